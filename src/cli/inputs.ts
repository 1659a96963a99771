import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES, load } from '../load/index.js';
import { meantValue } from '../model/value-synonyms.js';
import { join, relative, resolve, sep } from 'node:path';
import { CliError, describeFsError } from './errors.js';
import { globBase, globDepth, globMatcher, isGlob, normalizePattern } from '../core/glob.js';
import { readLimited } from './read-file.js';

const EXTENSIONS = /\.(ya?ml|json)$/i;
/** Enough of a file to find its top-level `kind` without reading megabytes. */
const SNIFF_BYTES = 64 * 1024;

/**
 * What a cheap look at (the start of) a text says about its top-level
 * `kind`: `yes` or `no` for sure, `unsure` when only a parse can tell
 * (flow-mapping YAML, JSON text in a `.yaml` file, a `kind` key written
 * unusually, a near miss of a kind, a file without `kind` that may look
 * like a document, or a JSON text cut off before its top level ends).
 */
type Sniff = 'yes' | 'no' | 'unsure';

const KINDS = ['program', 'offering'] as const;
const YAML_KIND = /^(["']?)kind\1[ \t]*:[ \t]*(['"]?)(program|offering)\2[ \t]*(?:#.*)?\r?$/m;
/** A top-level `kind` key whose value the line above did not read (a tag, an anchor, the next line, a near miss). */
const YAML_KIND_KEY = /^(["']?)kind\1[ \t]*:/m;
/** A top-level `kind` with a plain word on its line (`Deployment`, `programm`); a tag or an anchor is left to the parse. */
const YAML_ANY_KIND = /^(["']?)kind\1[ \t]*:[ \t]*(['"]?)([A-Za-z][\w.-]*)\2[ \t]*(?:#.*)?\r?$/m;
/** The keys that make a file without `kind` look like a program or an offering: an `id` with one of these. */
const DOCUMENT_KEYS = ['modules', 'hours', 'sessions'] as const;
const YAML_ID = /^(["']?)id\1[ \t]*:/m;
const YAML_DOCUMENT_KEY = /^(["']?)(?:modules|hours|sessions)\1[ \t]*:/m;
const JSON_ID = /"id"\s*:/;
const JSON_DOCUMENT_KEY = /"(?:modules|hours|sessions)"\s*:/;

/** Whether a `kind` value means a curriculum document: the kind itself, or a near miss of one (`programm`, `Program`, `offer`). */
function meansDocument(kind: string): boolean {
  return (KINDS as readonly string[]).includes(kind) || meantValue(kind, KINDS) !== undefined;
}

/** The first character of the document content, past blank lines, comments, directives and `---`. */
function firstContent(text: string): string | undefined {
  const m = /^(?:[ \t]*(?:#[^\n]*)?\r?\n|%[^\n]*\n|---[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:---[ \t]+)?(\S)/.exec(text);
  return m?.[1];
}

function sniffJson(text: string, complete: boolean): Sniff {
  let depth = 0;
  let inString = false;
  let keyStart = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 1 && text.slice(keyStart, i) === 'kind') {
          const after = text.slice(i + 1, i + 40);
          const rest = /^\s*:\s*"([^"\\]*)"/.exec(after);
          if (rest) {
            if (rest[1] === 'program' || rest[1] === 'offering') return 'yes';
            // A near miss is a document its author got wrong: the parse says which kind it means.
            if (meansDocument(rest[1]!)) return 'unsure';
          } else if (/^\s*:\s*"/.test(after) || (!complete && i + 40 > text.length)) return 'unsure';
        }
      }
    } else if (ch === '"') {
      inString = true;
      keyStart = i + 1;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      // The top-level value has ended: the rest cannot add a top-level key.
      if (depth === 0) return 'no';
    }
  }
  return complete ? 'no' : 'unsure';
}

/**
 * Looks at a text (or its first part, when `complete` is false) for a
 * top-level `kind: program` or `kind: offering`, without parsing. YAML
 * keys at column 0 are top-level; in JSON the `"kind"` keys at nesting
 * depth one count. A near miss of a kind, or no `kind` but the keys of a
 * document, is `unsure`: the parse decides.
 *
 * @example
 * ```ts
 * sniffKind('kind: program\n', 'yaml', true); // 'yes'
 * sniffKind('{kind: program}', 'yaml', true); // 'unsure'
 * sniffKind('kind: programm\n', 'yaml', true); // 'unsure'
 * ```
 */
function sniffKind(text: string, format: 'json' | 'yaml', complete: boolean): Sniff {
  const first = firstContent(text);
  if (first === undefined) return complete ? 'no' : 'unsure';
  if (format === 'json' || first === '{') {
    if (first !== '{') return 'no';
    const json = sniffJson(text, complete);
    if (json === 'no' && JSON_ID.test(text) && JSON_DOCUMENT_KEY.test(text)) return 'unsure';
    // Flow-style YAML (`{kind: program}`) is not JSON; the scanner's "no" is only sure for .json files.
    return format === 'yaml' && json === 'no' ? 'unsure' : json;
  }
  if (first === '[') return 'no';
  if (YAML_KIND.test(text)) return 'yes';
  const any = YAML_ANY_KIND.exec(text);
  if (any !== null) return meansDocument(any[3]!.trim()) ? 'unsure' : 'no';
  if (YAML_KIND_KEY.test(text) || !complete) return 'unsure';
  // No `kind` at all: only a file with the keys of a document is worth a parse.
  return YAML_ID.test(text) && YAML_DOCUMENT_KEY.test(text) ? 'unsure' : 'no';
}

/**
 * What a found file is to `curricula validate`: a curriculum document
 * (its `kind` is one, or a near miss of one that the check then reports
 * with the kind it means), a file without `kind` that looks like one of
 * them (reported, not skipped), or anything else (left alone).
 *
 * @example
 * ```ts
 * const found: FoundFile = { kind: 'without-kind', looksLike: 'program', keys: ['id', 'modules'] };
 * ```
 */
type FoundFile = { kind: 'document' } | { kind: 'without-kind'; looksLike: 'program' | 'offering'; keys: string[] } | { kind: 'other' };

/** What a parsed top level is (see {@link FoundFile}). */
function classifyValue(value: unknown): FoundFile {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { kind: 'other' };
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, 'kind')) {
    return typeof record.kind === 'string' && meansDocument(record.kind) ? { kind: 'document' } : { kind: 'other' };
  }
  const present = DOCUMENT_KEYS.filter((key) => Object.hasOwn(record, key));
  if (typeof record.id !== 'string' || present.length === 0) return { kind: 'other' };
  // Sessions, or a program to run, make an offering; modules and hours a program.
  const looksLike = present.includes('sessions') || Object.hasOwn(record, 'program') ? 'offering' : 'program';
  return { kind: 'without-kind', looksLike, keys: ['id', ...present] };
}

/**
 * What a whole text is to `curricula validate` (see {@link FoundFile}). A
 * cheap look at the text decides almost every file (it runs on every YAML
 * and JSON file of a repository); the rest are parsed.
 *
 * @example
 * ```ts
 * classifyText('kind: programm\nid: x\n', 'yaml'); // { kind: 'document' }
 * classifyText('id: x\nmodules: []\n', 'yaml'); // { kind: 'without-kind', looksLike: 'program', keys: ['id', 'modules'] }
 * classifyText('name: CI\non: push\n', 'yaml'); // { kind: 'other' }
 * ```
 */
function classifyText(text: string, format: 'json' | 'yaml'): FoundFile {
  const sniffed = sniffKind(text, format, true);
  if (sniffed !== 'unsure') return { kind: sniffed === 'yes' ? 'document' : 'other' };
  const loaded = load(text, { format });
  return loaded.value === undefined ? classifyUnreadable(text) : classifyValue(loaded.value);
}

const ANY_KIND_LINE = /^(["']?)kind\1[ \t]*:[ \t]*(['"]?)([^'"#\s][^'"#\r\n]*?)\2[ \t]*(?:#.*)?\r?$/m;
const JSON_ANY_KIND = /"kind"\s*:\s*"([^"\\]*)"/;

/**
 * What a text that does not parse (a syntax error) is, from what it says
 * on its face: a near miss of a kind makes it a document, so the check
 * reports the syntax error; no `kind` but the keys of a document make it
 * a file without kind. A broken document is never skipped for being broken.
 */
function classifyUnreadable(text: string): FoundFile {
  const kind = ANY_KIND_LINE.exec(text)?.[3] ?? JSON_ANY_KIND.exec(text)?.[1];
  if (kind !== undefined) return meansDocument(kind.trim()) ? { kind: 'document' } : { kind: 'other' };
  if (YAML_KIND_KEY.test(text) || /"kind"\s*:/.test(text)) return { kind: 'other' };
  const has = (key: string) => new RegExp(`^(["']?)${key}\\1[ \\t]*:`, 'm').test(text) || new RegExp(`"${key}"\\s*:`).test(text);
  const present = DOCUMENT_KEYS.filter(has);
  if (!has('id') || present.length === 0) return { kind: 'other' };
  const looksLike = present.includes('sessions') || has('program') ? 'offering' : 'program';
  return { kind: 'without-kind', looksLike, keys: ['id', ...present] };
}

/**
 * Whether a whole document's top level says `kind: program` or `kind:
 * offering` (or a near miss of either, which the check then reports).
 *
 * @example
 * ```ts
 * import { isCurriculumText } from './inputs.js';
 * isCurriculumText('kind: program\nid: x\n', 'yaml'); // true
 * isCurriculumText('{kind: offering, id: x}', 'yaml'); // true
 * isCurriculumText('{"modules":[{"kind":"program"}]}', 'json'); // false
 * ```
 */
export function isCurriculumText(text: string, format: 'json' | 'yaml'): boolean {
  return classifyText(text, format).kind === 'document';
}

/** Decodes bytes for sniffing: UTF-16 by its byte order mark, else UTF-8 (leniently: a cut may split a character). */
function sniffText(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * What a found file is: its first 64 KB tell, and the whole file (up to
 * the size limit) only when they do not. Only regular files are looked
 * at: a FIFO or device found while searching (a link named `x.yaml` to
 * `/dev/zero`) is no document, and opening or reading it could block or
 * never end.
 */
function classifyFile(file: string): FoundFile {
  const format = /\.json$/i.test(file) ? 'json' : 'yaml';
  if (!statSync(file).isFile()) return { kind: 'other' };
  const fd = openSync(file, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
  const complete = head.length < SNIFF_BYTES;
  const sniffed = sniffKind(sniffText(head), format, complete);
  if (sniffed !== 'unsure') return { kind: sniffed === 'yes' ? 'document' : 'other' };
  if (complete) return classifyText(sniffText(head), format);
  // Larger than a document may be, and the start does not say it is one: not a document to check.
  const read = readLimited(file, DEFAULT_MAX_BYTES);
  return read.ok ? classifyText(sniffText(read.bytes), format) : { kind: 'other' };
}

function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

/** Depth-first walk of a folder, sorted, skipping node_modules and dot-folders. */
function walk(dir: string, maxDepth: number, visit: (path: string) => void, depth = 1): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!isSkippedFolder(e.name) && depth < maxDepth) walk(path, maxDepth, visit, depth + 1);
    } else if (e.isFile() || e.isSymbolicLink()) {
      visit(path);
    }
  }
}

/** The path to show for a found file: relative to the working folder when below it. */
function display(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel) ? rel : absolute;
}

/**
 * A file found without `kind` that looks like a program or an offering,
 * with the keys that make it look so.
 *
 * @example
 * ```ts
 * const note: WithoutKind = { looksLike: 'program', keys: ['id', 'modules'] };
 * ```
 */
export type WithoutKind = Omit<Extract<FoundFile, { kind: 'without-kind' }>, 'kind'>;

/**
 * The files `validate` checks, and the files found without `kind` that
 * look like documents (`document/without-kind`): they are listed too, so
 * a forgotten `kind` never lets a broken file pass unseen.
 *
 * @example
 * ```ts
 * const inputs: Inputs = { files: ['programm.yaml'], withoutKind: new Map() };
 * ```
 */
export interface Inputs {
  files: string[];
  withoutKind: Map<string, WithoutKind>;
}

/**
 * Every program and offering document below a folder: `*.yaml`, `*.yml`
 * and `*.json` files whose top level has `kind: program` or `kind:
 * offering` (or a near miss of either), and the files without `kind` that
 * look like one; node_modules and dot-folders are skipped.
 *
 * @example
 * ```ts
 * import { findCurriculumFiles } from './inputs.js';
 * findCurriculumFiles(process.cwd(), process.cwd()); // { files: ['examples/ehrenamt/program.yaml', …], withoutKind }
 * ```
 */
function findCurriculumFiles(dir: string, cwd: string, withoutKind: Map<string, WithoutKind>): string[] {
  const out: string[] = [];
  walk(resolve(cwd, dir), Infinity, (path) => {
    if (!EXTENSIONS.test(path)) return;
    try {
      const found = classifyFile(path);
      if (found.kind === 'other') return;
      const shown = display(cwd, path);
      out.push(shown);
      if (found.kind === 'without-kind') withoutKind.set(shown, { looksLike: found.looksLike, keys: found.keys });
    } catch {
      // Unreadable files found while searching are not the user's input; skip them.
    }
  });
  return out;
}

/**
 * Turns `validate`'s arguments into a list of files (see
 * {@link findInputs}).
 *
 * @example
 * ```ts
 * import { resolveInputs } from './inputs.js';
 * resolveInputs(['examples/**\/*.yaml'], process.cwd());
 * ```
 */
export function resolveInputs(args: readonly string[], cwd: string): string[] {
  return findInputs(args, cwd).files;
}

/**
 * Turns `validate`'s arguments into a list of files: paths as given, glob
 * patterns expanded (`*`, `?`, `**`), folders searched for documents, and
 * with no argument the working folder searched. A path that does not exist
 * or a pattern that matches nothing is a {@link CliError} (exit 2). Files
 * found in folders without `kind` that look like documents are listed with
 * a note ({@link Inputs}).
 *
 * @example
 * ```ts
 * import { findInputs } from './inputs.js';
 * const { files, withoutKind } = findInputs([], process.cwd());
 * ```
 */
export function findInputs(args: readonly string[], cwd: string): Inputs {
  const files: string[] = [];
  const withoutKind = new Map<string, WithoutKind>();
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  if (args.length === 0) {
    const found = findCurriculumFiles('.', cwd, withoutKind);
    if (found.length === 0) throw new CliError('noFilesHere', {});
    found.forEach(add);
    return { files, withoutKind };
  }
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let st;
    try {
      st = statSync(absolute);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // A link loop or a name too long is not "no such file": say what is wrong.
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new CliError('cannotRead', { file: arg, reason: describeFsError(error) });
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found = findCurriculumFiles(arg, cwd, withoutKind);
      // As for a pattern that matches nothing: an empty folder is most likely the wrong one.
      if (found.length === 0) throw new CliError('noFilesIn', { path: arg });
      found.forEach(add);
      continue;
    }
    if (st) {
      add(arg);
      continue;
    }
    if (!isGlob(arg)) throw new CliError('noSuchFile', { file: arg });
    const pattern = normalizePattern(arg);
    const base = globBase(pattern);
    const prefix = base === '.' ? '' : base === '/' ? '/' : `${base}/`;
    // The walk starts in the base: every path it finds has the base's segments, only the rest is matched.
    const matches = globMatcher(pattern.slice(prefix.length));
    const baseAbsolute = resolve(cwd, base);
    const before = files.length;
    walk(baseAbsolute, globDepth(pattern), (path) => {
      const below = relative(baseAbsolute, path).split(sep).join('/');
      if (matches(below)) add((prefix + below).split('/').join(sep));
    });
    if (files.length === before) throw new CliError('noMatch', { pattern: arg });
  }
  return { files, withoutKind };
}
