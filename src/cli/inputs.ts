import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { load } from '../load/index.js';
import { join, relative, resolve, sep } from 'node:path';
import { CliError } from './errors.js';
import { globBase, globDepth, globMatcher, isGlob, normalizePattern } from '../core/glob.js';

const EXTENSIONS = /\.(ya?ml|json)$/i;
/** Enough of a file to find its top-level `kind` without reading megabytes. */
const SNIFF_BYTES = 64 * 1024;

/**
 * What a cheap look at (the start of) a text says about its top-level
 * `kind`: `yes` or `no` for sure, `unsure` when only a parse can tell
 * (flow-mapping YAML, JSON text in a `.yaml` file, a `kind` key written
 * unusually, or a JSON text cut off before its top level ends).
 */
type Sniff = 'yes' | 'no' | 'unsure';

const YAML_KIND = /^(["']?)kind\1[ \t]*:[ \t]*(['"]?)(program|offering)\2[ \t]*(?:#.*)?\r?$/m;
/** A top-level `kind` key whose value the line above did not read (a tag, an anchor, the next line). */
const YAML_KIND_KEY = /^(["']?)kind\1[ \t]*:/m;

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
 * depth one count.
 *
 * @example
 * ```ts
 * sniffKind('kind: program\n', 'yaml', true); // 'yes'
 * sniffKind('{kind: program}', 'yaml', true); // 'unsure'
 * ```
 */
function sniffKind(text: string, format: 'json' | 'yaml', complete: boolean): Sniff {
  const first = firstContent(text);
  if (first === undefined) return complete ? 'no' : 'unsure';
  if (format === 'json' || first === '{') {
    if (first !== '{') return 'no';
    const json = sniffJson(text, complete);
    // Flow-style YAML (`{kind: program}`) is not JSON; the scanner's "no" is only sure for .json files.
    return format === 'yaml' && json === 'no' ? 'unsure' : json;
  }
  if (first === '[') return 'no';
  if (YAML_KIND.test(text)) return 'yes';
  if (YAML_KIND_KEY.test(text) || !complete) return 'unsure';
  return 'no';
}

/**
 * Whether a whole document's top level says `kind: program` or `kind:
 * offering`. A cheap look at the text decides almost every file (it runs on
 * every YAML and JSON file of a repository); the rest are parsed.
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
  const sniffed = sniffKind(text, format, true);
  if (sniffed !== 'unsure') return sniffed === 'yes';
  const { value } = load(text, { format });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'program' || kind === 'offering';
}

/** Decodes bytes for sniffing: UTF-16 by its byte order mark, else UTF-8 (leniently: a cut may split a character). */
function sniffText(bytes: Buffer): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** Whether a found file is a curriculum document: its first 64 KB, and the whole file only when they do not tell. */
function isCurriculumFile(file: string): boolean {
  const format = /\.json$/i.test(file) ? 'json' : 'yaml';
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
  if (sniffed !== 'unsure') return sniffed === 'yes';
  return isCurriculumText(complete ? sniffText(head) : sniffText(readFileSync(file)), format);
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
 * Every program and offering document below a folder: `*.yaml`, `*.yml`
 * and `*.json` files whose top level has `kind: program` or `kind:
 * offering`; node_modules and dot-folders are skipped.
 *
 * @example
 * ```ts
 * import { findCurriculumFiles } from './inputs.js';
 * findCurriculumFiles(process.cwd(), process.cwd()); // ['examples/ehrenamt/program.yaml', …]
 * ```
 */
function findCurriculumFiles(dir: string, cwd: string): string[] {
  const out: string[] = [];
  walk(resolve(cwd, dir), Infinity, (path) => {
    if (!EXTENSIONS.test(path)) return;
    try {
      if (isCurriculumFile(path)) out.push(display(cwd, path));
    } catch {
      // Unreadable files found while searching are not the user's input; skip them.
    }
  });
  return out;
}

/**
 * Turns `validate`'s arguments into a list of files: paths as given, glob
 * patterns expanded (`*`, `?`, `**`), folders searched for documents, and
 * with no argument the working folder searched. A path that does not exist
 * or a pattern that matches nothing is a {@link CliError} (exit 2).
 *
 * @example
 * ```ts
 * import { resolveInputs } from './inputs.js';
 * resolveInputs(['examples/**\/*.yaml'], process.cwd());
 * ```
 */
export function resolveInputs(args: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  if (args.length === 0) {
    const found = findCurriculumFiles('.', cwd);
    if (found.length === 0) throw new CliError('noFilesHere', {});
    found.forEach(add);
    return files;
  }
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    let st;
    try {
      st = statSync(absolute);
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) {
      const found = findCurriculumFiles(arg, cwd);
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
    const matches = globMatcher(pattern);
    const prefix = base === '.' ? '' : base === '/' ? '/' : `${base}/`;
    const baseAbsolute = resolve(cwd, base);
    const before = files.length;
    walk(baseAbsolute, globDepth(pattern), (path) => {
      const rel = prefix + relative(baseAbsolute, path).split(sep).join('/');
      if (matches(rel)) add(rel.split('/').join(sep));
    });
    if (files.length === before) throw new CliError('noMatch', { pattern: arg });
  }
  return files;
}
