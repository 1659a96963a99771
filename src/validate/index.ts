export { OPTIONS_FILE, validate } from './validate.js';
export { defineRule } from './define-rule.js';
export { builtinRules } from './rules/index.js';
export { renderRulesMarkdown } from './rules-doc.js';
export type {
  ReportDescriptor,
  ResolvedValidateOptions,
  Rule,
  RuleContext,
  RuleDocs,
  RuleDocument,
  RuleMeta,
  RuleSetting,
  ValidateOptions,
} from './types.js';
