import type { FileReport } from './report.js';

/**
 * The machine format scripts rely on; keep its shape stable:
 * `[{ file, diagnostics: [{ code, severity, message, path, line, column, endLine, endColumn, messageId, data }] }]`,
 * one entry per file, valid files with an empty list. `messageId` and
 * `data` are the message's id in the code's catalog entry and the raw
 * values of its placeholders, so a script can render its own text.
 *
 * @example
 * ```ts
 * import { formatJson } from './json.js';
 * JSON.parse(formatJson([{ file: 'a.yaml', diagnostics: [] }])); // [{ file: 'a.yaml', diagnostics: [] }]
 * ```
 */
export function formatJson(reports: readonly FileReport[]): string {
  const data = reports.map((r) => ({
    file: r.file,
    // Listing the keys keeps extra fields (hint, file) out of the contract.
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      path: d.path,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      messageId: d.messageId,
      data: d.data,
    })),
  }));
  return JSON.stringify(data, null, 2) + '\n';
}
