export { OPTIONS_FILE, validate } from './validate.js';
export { builtinMeta, defineRule } from './define-rule.js';
export { builtinRules } from './rules/index.js';
export { renderRulesMarkdown } from './rules-doc.js';
export type {
  AnyRule,
  LegacyReportDescriptor,
  ReportData,
  ReportDescriptor,
  ResolvedValidateOptions,
  Rule,
  RuleContext,
  RuleDocs,
  RuleDocument,
  RuleMessageData,
  RuleMessageId,
  RuleMessages,
  RuleMeta,
  RuleScope,
  RuleSetting,
  ValidateOptions,
} from './types.js';
