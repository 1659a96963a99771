import { argumentError, checkArguments, checkRecord } from '../core/arguments.js';
import { START_OF_TEXT, type Diagnostic, type MessageData, type Severity, type SourceRange } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.js';
import { formatMessage } from './format.js';
import type { MessageDataOf, MessageId } from './types.js';

/**
 * A finding before it has a place and a language (Befund): a code, the id
 * of its message in the catalogs, the data its placeholders are filled
 * with, and optionally the id of a hint message (filled from the same
 * data). Layers build findings; text is made from them only by
 * {@link renderFinding}.
 *
 * @example
 * ```ts
 * import type { Finding } from 'curricula';
 * const f: Finding = { code: 'config/unknown-rule', messageId: 'unknown', data: { key: 'hours/totl' } };
 * ```
 */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly messageId: string;
  readonly data: MessageData;
  readonly hintId?: string | undefined;
}

/**
 * Builds a {@link Finding}, checking at compile time that the message and
 * hint ids exist for the code and that `data` gives every placeholder
 * either text names.
 *
 * @example
 * ```ts
 * import { finding } from 'curricula';
 * const f = finding('config/unknown-rule', 'unknown', { key: 'hours/totl', suggestion: 'hours/total' }, 'didYouMean');
 * ```
 */
export function finding<C extends DiagnosticCode, M extends MessageId<C>, H extends MessageId<C> = never>(
  code: C,
  messageId: M,
  data: MessageDataOf<C, M> & ([H] extends [never] ? unknown : MessageDataOf<C, H>),
  hintId?: H,
): Finding {
  return hintId === undefined ? { code, messageId, data: data as MessageData } : { code, messageId, data: data as MessageData, hintId };
}

/**
 * The message and hint of a finding in a language.
 *
 * @example
 * ```ts
 * import { finding, renderFinding } from 'curricula';
 * renderFinding(finding('document/unchecked', 'unchecked', {}), 'de').message;
 * ```
 */
export function renderFinding(f: Finding, locale: Locale): { message: string; hint?: string } {
  checkRecord('renderFinding', 'f', f);
  const message = formatMessage(locale, f.code, f.messageId, f.data) ?? `${f.code}#${f.messageId}`;
  if (f.hintId === undefined) return { message };
  const hint = formatMessage(locale, f.code, f.hintId, f.data);
  return hint === undefined ? { message } : { message, hint };
}

/**
 * A located diagnostic from a finding: its code's default severity unless
 * `severity` is given, the text in `locale`, no `hint` property when there
 * is none (so results compare equal however they were built).
 *
 * @example
 * ```ts
 * import { diagnosticOf, finding } from 'curricula';
 * const d = diagnosticOf(finding('document/unchecked', 'unchecked', {}), { path: '', file: 'a.yaml' }, 'en');
 * ```
 */
export function diagnosticOf(
  f: Finding,
  where: { path: string; range?: SourceRange | undefined; file?: string | undefined; severity?: Severity | undefined },
  locale: Locale,
): Diagnostic {
  checkArguments('diagnosticOf', [['f', f, 'record'], ['where', where, 'record']]);
  // Without a severity the code's default is taken, so the code must be one the registry knows.
  if (where.severity === undefined && !Object.prototype.hasOwnProperty.call(DIAGNOSTIC_CODES, f.code)) {
    throw argumentError('diagnosticOf', 'f.code', 'a code of DIAGNOSTIC_CODES (or give where.severity)', f.code);
  }
  const range = where.range ?? START_OF_TEXT;
  const { message, hint } = renderFinding(f, locale);
  const d: Diagnostic = {
    code: f.code,
    severity: where.severity ?? DIAGNOSTIC_CODES[f.code].severity,
    message,
    path: where.path,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    messageId: f.messageId,
    data: f.data,
  };
  if (hint !== undefined) d.hint = hint;
  if (f.hintId !== undefined) d.hintId = f.hintId;
  if (where.file !== undefined) d.file = where.file;
  return d;
}

/**
 * The same diagnostic with its message and hint rendered in another
 * language, from its code, message ids and data. Diagnostics of codes the
 * catalogs do not know (custom rules) come back unchanged.
 *
 * @example
 * ```ts
 * import { renderDiagnostic, validate } from 'curricula';
 * const german = validate(results).map((d) => renderDiagnostic(d, 'de'));
 * ```
 */
export function renderDiagnostic(d: Diagnostic, locale: Locale): Diagnostic {
  checkRecord('renderDiagnostic', 'd', d);
  const message = formatMessage(locale, d.code, d.messageId, d.data);
  if (message === undefined) return d;
  const out: Diagnostic = { ...d, message };
  if (d.hintId !== undefined) {
    const hint = formatMessage(locale, d.code, d.hintId, d.data);
    if (hint !== undefined) out.hint = hint;
  }
  return out;
}
