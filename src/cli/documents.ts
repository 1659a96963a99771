import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import type { SourceFormat } from '../load/index.js';
import type { CurriculumDocument, ParseResult } from '../model/parse.js';
import { parseDocument } from '../model/parse.js';
import { CliError, describeFsError } from './errors.js';
import type { FileReport } from './formatters/report.js';

/**
 * The format a file is read as: JSON for `.json`, YAML otherwise (YAML
 * also reads JSON, so an odd extension is never a dead end).
 *
 * @example
 * ```ts
 * import { formatOf } from './documents.js';
 * formatOf('program.json'); // 'json'
 * ```
 */
export function formatOf(file: string): SourceFormat {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
}

/**
 * Reads a file the user named. A missing or unreadable file is a
 * {@link CliError} (exit 2): it is a problem with the call, not with a
 * document.
 *
 * @example
 * ```ts
 * import { readInput } from './documents.js';
 * const text = readInput('program.yaml', process.cwd());
 * ```
 */
export function readInput(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new CliError(`No such file: ${file}`);
    throw new CliError(`Cannot read ${file}: ${describeFsError(error)}`);
  }
}

/**
 * A parsed file and its text (kept for SARIF fingerprints).
 *
 * @example
 * ```ts
 * const { file, text, result }: ReadDocument = readDocument('program.yaml', process.cwd(), 'en');
 * ```
 */
export interface ReadDocument {
  file: string;
  text: string;
  result: ParseResult<CurriculumDocument>;
}

/**
 * Reads and parses one program or offering file.
 *
 * @example
 * ```ts
 * import { readDocument } from './documents.js';
 * const { result } = readDocument('program.yaml', process.cwd(), 'de');
 * ```
 */
export function readDocument(file: string, cwd: string, locale: Locale): ReadDocument {
  const text = readInput(file, cwd);
  return { file, text, result: parseDocument(text, { filename: file, format: formatOf(file), locale }) };
}

/**
 * Groups diagnostics into one report per file, in the order the files were
 * given; valid files get an empty list. Diagnostics of files not in the
 * list (none expected) are kept in reports of their own.
 *
 * @example
 * ```ts
 * import { groupByFile } from './documents.js';
 * groupByFile(['a.yaml', 'b.yaml'], diagnostics); // [{ file: 'a.yaml', diagnostics: [...] }, { file: 'b.yaml', diagnostics: [] }]
 * ```
 */
export function groupByFile(files: readonly string[], diagnostics: readonly Diagnostic[], fallbackFile?: string): FileReport[] {
  const byFile = new Map<string, Diagnostic[]>(files.map((f) => [f, []]));
  for (const d of diagnostics) {
    const file = d.file ?? fallbackFile ?? files[0] ?? '<input>';
    let list = byFile.get(file);
    if (!list) {
      list = [];
      byFile.set(file, list);
    }
    list.push(d);
  }
  return [...byFile].map(([file, ds]) => ({ file, diagnostics: ds }));
}
