import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { FileReport } from '../../src/cli/formatters/report.js';

/** A diagnostic with defaults, for formatter tests. */
export function diag(over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    code: 'schema/unknown-key',
    severity: 'error',
    message: "Unknown key 'titel'",
    path: '/titel',
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 6,
    messageId: 'unknown',
    data: { key: 'titel' },
    ...over,
  };
}

/** Three files: one with an error and a warning, one with a tricky message, one clean. */
export const REPORTS: FileReport[] = [
  {
    file: 'programs/a.yaml',
    uri: 'programs/a.yaml',
    text: 'kind: program\nid: a\ntitel: A\nhours: 10\n',
    diagnostics: [
      diag({ file: 'programs/a.yaml' }),
      diag({ file: 'programs/a.yaml', code: 'hours/total', severity: 'warning', message: 'Modules add up to 8 UE, not 10 UE', path: '/hours', line: 4, column: 8, endColumn: 10 }),
    ],
  },
  {
    file: 'programs/b c.yaml',
    uri: 'programs/b c.yaml',
    text: 'kind: offering\n',
    diagnostics: [
      diag({ file: 'programs/b c.yaml', code: 'refs/unresolved', message: '100% sure, really:\nline two <&>', path: '', line: 1, column: 1, endLine: 1, endColumn: 1 }),
      diag({ file: 'programs/b c.yaml', code: 'sessions/to-be-agreed', severity: 'info', message: 'Session still to be agreed', path: '/sessions/0', line: 1, column: 1, endLine: 1, endColumn: 15 }),
    ],
  },
  { file: 'programs/clean.yaml', uri: 'programs/clean.yaml', text: 'kind: program\n', diagnostics: [] },
];
