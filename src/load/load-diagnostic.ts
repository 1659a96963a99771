import type { Diagnostic, MessageData, Severity, SourceRange } from '../core/diagnostic.js';
import { diagnosticOf, finding, type DiagnosticCode, type MessageDataOf, type MessageId } from '../messages/index.js';

/**
 * Builds a loader diagnostic (Befund beim Einlesen) from a message of the
 * catalogs: its code, message id and data, and the hint id when there is
 * one. The text is English; `load` renders it in the language asked for.
 * The compiler checks the ids and the data against the catalog.
 *
 * @example
 * ```ts
 * loadDiagnostic('p.yaml', 'empty', 'fileEmpty', {}, { path: '', range: START_OF_TEXT, hintId: 'writeDocument' });
 * ```
 */
export function loadDiagnostic<C extends DiagnosticCode, M extends MessageId<C>, H extends MessageId<C> = never>(
  file: string,
  code: C,
  messageId: M,
  data: MessageDataOf<C, M> & ([H] extends [never] ? unknown : MessageDataOf<C, H>),
  where: { path: string; range: SourceRange; hintId?: H | undefined; severity?: Severity | undefined },
): Diagnostic {
  return diagnosticOf(finding<C, M, H>(code, messageId, data, where.hintId), { path: where.path, range: where.range, file, severity: where.severity }, 'en');
}

/**
 * A `syntax` diagnostic whose message id was chosen at run time (the JSON
 * scanner's errors, the YAML library's problems mapped to the catalogs):
 * the id and data are checked by the catalog tests rather than the compiler.
 *
 * @example
 * ```ts
 * syntaxDiagnostic('a.json', { messageId: 'jsonComment', data: {}, hintId: 'jsonRemoveComment' }, { path: '', range });
 * ```
 */
export function syntaxDiagnostic(
  file: string,
  message: { messageId: string; data: MessageData; hintId?: string | undefined },
  where: { path: string; range: SourceRange; severity?: Severity | undefined },
): Diagnostic {
  const f = { code: 'syntax' as const, messageId: message.messageId, data: message.data, ...(message.hintId !== undefined ? { hintId: message.hintId } : {}) };
  return diagnosticOf(f, { path: where.path, range: where.range, file, severity: where.severity }, 'en');
}
