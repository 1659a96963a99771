export { codeArea, DIAGNOSTIC_CODES, isDiagnosticCode, type CodeInfo, type CodeStage, type DiagnosticCode } from './codes.js';
export { describeCode } from './describe-code.js';
export { fillMessage, formatMessage, hasMessage, messageFormatter } from './format.js';
export { diagnosticOf, finding, renderDiagnostic, renderFinding, type Finding } from './finding.js';
export type {
  MessageCatalog,
  MessageDataOf,
  MessageId,
  MessageNamespace,
  PagesCatalog,
  PagesTranslation,
  PlaceholderFormat,
  PlaceholderTypes,
  TextData,
  Translation,
} from './types.js';
