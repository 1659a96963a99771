export { validate, type ValidateInput } from './validate.js';
export { OPTIONS_FILE, overrideSchema, ruleSettingSchema, rulesSchema, validateOptionsSchema, type RuleSetting, type ValidateOptions } from './options.js';
export { builtinMeta, defineRule } from './define-rule.js';
export { builtinRules } from './rules/index.js';
export { renderRulesMarkdown } from './rules-doc.js';
export { recognitionVerdicts, type RecognitionVerdict, type RecognitionVerdictOptions } from './recognition-verdict.js';
export type {
  AnyRule,
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
} from './types.js';
