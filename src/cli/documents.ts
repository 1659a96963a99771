import { basename, resolve } from 'node:path';
import { START_OF_TEXT, type Diagnostic } from '../core/diagnostic.js';
import type { Locale } from '../core/locale.js';
import { diagnosticOf, finding } from '../messages/index.js';
import { DEFAULT_MAX_BYTES, type SourceFormat } from '../load/index.js';
import type { Offering } from '../model/offering.js';
import type { CurriculumDocument, ParseResult } from '../model/parse.js';
import { parseDocument, parseOffering, parseProgram } from '../model/parse.js';
import type { Program } from '../model/program.js';
import { CliError, describeFsError } from './errors.js';
import type { FileReport } from './formatters/report.js';
import { readLimited } from './read-file.js';
import { decodeText, type DecodedText } from './text-encoding.js';

/**
 * The format a file is read as: JSON for `.json`, YAML otherwise (YAML
 * also reads JSON, so an odd extension is never a dead end).
 *
 * @example
 * ```ts
 * formatOf('program.json'); // 'json'
 * ```
 */
function formatOf(file: string): SourceFormat {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
}

/** A file's bytes up to the size limit, or the `limit/size` finding; a file that cannot be read is a {@link CliError}. */
function readBytes(file: string, cwd: string, locale: Locale): { ok: true; bytes: Buffer } | { ok: false; diagnostic: Diagnostic } {
  let read;
  try {
    read = readLimited(resolve(cwd, file), DEFAULT_MAX_BYTES);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new CliError('noSuchFile', { file });
    throw new CliError('cannotRead', { file, reason: describeFsError(error) });
  }
  if (read.ok) return read;
  // A device, FIFO or pipe has no size: reading stopped after the limit.
  const f =
    read.size === undefined
      ? finding('limit/size', 'tooLargeStream', { limit: DEFAULT_MAX_BYTES }, 'splitFile')
      : finding('limit/size', 'tooLarge', { limit: DEFAULT_MAX_BYTES, size: read.size }, 'splitFile');
  return { ok: false, diagnostic: diagnosticOf(f, { path: '', range: START_OF_TEXT, file }, locale) };
}

/**
 * The finding for a file that is not UTF-8 text, at its first bad byte,
 * saying how to save it as UTF-8.
 *
 * @example
 * ```ts
 * encodingDiagnostic('alt.yaml', { ok: false, reason: 'not-utf8', where: { line: 2, column: 8, endLine: 2, endColumn: 9 } }, 'en').code; // 'encoding'
 * ```
 */
function encodingDiagnostic(file: string, failure: Extract<DecodedText, { ok: false }>, locale: Locale): Diagnostic {
  const [from, messageId] = ENCODING_FAILURES[failure.reason];
  const command = `iconv -f ${from} -t utf-8 ${shellWord(file)} > ${shellWord(`utf8-${basename(file)}`)}`;
  return diagnosticOf(finding('encoding', messageId, { command }, 'saveAsUtf8'), { path: '', range: failure.where, file }, locale);
}

/** For each way a file is not text curricula reads: the encoding it most likely is (for iconv) and the message. */
const ENCODING_FAILURES = {
  'not-utf8': ['windows-1252', 'notUtf8'],
  'utf16-without-bom': ['utf-16le', 'utf16WithoutBom'],
  utf32: ['utf-32', 'utf32'],
  'utf16-odd-length': ['utf-16', 'utf16OddLength'],
  'utf16-lone-surrogate': ['utf-16', 'utf16LoneSurrogate'],
} as const satisfies Record<Extract<DecodedText, { ok: false }>['reason'], readonly [string, string]>;

// A path as one shell word, so the suggested command works when pasted ("Kurs 2027.yaml").
function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

/**
 * A file's text, or the finding that it is not UTF-8 or too large.
 *
 * @example
 * ```ts
 * const source: SourceText = readSource('program.yaml', process.cwd(), 'en');
 * ```
 */
type SourceText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Reads a file the user named, strictly as UTF-8 (UTF-16 with a byte order
 * mark is decoded too), never more than the size limit (8 MiB) however
 * long the file, device or pipe. A missing or unreadable file is a
 * {@link CliError} (exit 2): it is a problem with the call. A file that is
 * not UTF-8, or larger than the limit, is a located finding (exit 1), like
 * a syntax error, so that it is never read as garbled text.
 *
 * @example
 * ```ts
 * const source = readSource('program.yaml', process.cwd(), 'de');
 * if (source.ok) console.log(source.text.length);
 * ```
 */
function readSource(file: string, cwd: string, locale: Locale): SourceText {
  const read = readBytes(file, cwd, locale);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, diagnostic: encodingDiagnostic(file, decoded, locale) };
}

/**
 * A parse result holding only the finding that a file could not be read as
 * text, so commands report it with the document findings.
 */
function unreadable(file: string, diagnostic: Diagnostic): ParseResult<never> {
  return { ok: false, file, value: undefined, diagnostics: [diagnostic], sourceMap: { locate: () => ({ ...START_OF_TEXT }) } };
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
export function readDocument(file: string, cwd: string, locale: Locale, maxBytes?: number): ReadDocument {
  const source = readSource(file, cwd, locale);
  if (!source.ok) return { file, text: '', result: unreadable(file, source.diagnostic) };
  return { file, text: source.text, result: parseDocument(source.text, { filename: file, format: formatOf(file), locale, ...limit(maxBytes) }) };
}

/** The size limit to read with, when one is set (`--max-bytes`, the config's `maxBytes`). */
function limit(maxBytes: number | undefined): { maxBytes?: number } {
  return maxBytes === undefined ? {} : { maxBytes };
}

/**
 * Reads and parses a program file (`plan`, `export --program`); a file
 * that is not UTF-8 gives a result with that finding only.
 *
 * @example
 * ```ts
 * import { readProgram } from './documents.js';
 * const { value } = readProgram('program.yaml', process.cwd(), 'en');
 * ```
 */
export function readProgram(file: string, cwd: string, locale: Locale | undefined, maxBytes?: number): ParseResult<Program> {
  const source = readSource(file, cwd, locale ?? 'en');
  if (!source.ok) return unreadable(file, source.diagnostic);
  return parseProgram(source.text, { filename: file, format: formatOf(file), ...(locale ? { locale } : {}), ...limit(maxBytes) });
}

/**
 * Reads and parses an offering file (`export`); a file that is not UTF-8
 * gives a result with that finding only.
 *
 * @example
 * ```ts
 * import { readOffering } from './documents.js';
 * const { value } = readOffering('kurs-2027.yaml', process.cwd(), 'en');
 * ```
 */
export function readOffering(file: string, cwd: string, locale: Locale | undefined, maxBytes?: number): ParseResult<Offering> {
  const source = readSource(file, cwd, locale ?? 'en');
  if (!source.ok) return unreadable(file, source.diagnostic);
  return parseOffering(source.text, { filename: file, format: formatOf(file), ...(locale ? { locale } : {}), ...limit(maxBytes) });
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
