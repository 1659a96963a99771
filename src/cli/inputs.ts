import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CliError } from './errors.js';
import { globBase, globDepth, globToRegExp, isGlob, normalizePattern } from './glob.js';

const EXTENSIONS = /\.(ya?ml|json)$/i;
/** Enough of a file to find its top-level `kind` without reading megabytes. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether a document's top level says `kind: program` or `kind: offering`.
 * A cheap look at the text, not a parse: it runs on every YAML and JSON
 * file of a repository. YAML keys at column 0 are top-level; in JSON the
 * first `"kind"` at nesting depth one counts.
 *
 * @example
 * ```ts
 * import { isCurriculumText } from './inputs.js';
 * isCurriculumText('kind: program\nid: x\n', 'yaml'); // true
 * isCurriculumText('{"modules":[{"kind":"program"}]}', 'json'); // false
 * ```
 */
export function isCurriculumText(text: string, format: 'json' | 'yaml'): boolean {
  if (format === 'yaml') {
    return /^kind[ \t]*:[ \t]*(['"]?)(program|offering)\1[ \t]*(?:#.*)?\r?$/m.test(text);
  }
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
          const rest = /^\s*:\s*"(program|offering)"/.exec(text.slice(i + 1, i + 40));
          if (rest) return true;
        }
      }
    } else if (ch === '"') {
      inString = true;
      keyStart = i + 1;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
  }
  return false;
}

function sniff(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.toString('utf8', 0, n).replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
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
      if (isCurriculumText(sniff(path), /\.json$/i.test(path) ? 'json' : 'yaml')) out.push(display(cwd, path));
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
    if (found.length === 0) throw new CliError('No program or offering files found below the current folder');
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
      findCurriculumFiles(arg, cwd).forEach(add);
      continue;
    }
    if (st) {
      add(arg);
      continue;
    }
    if (!isGlob(arg)) throw new CliError(`No such file: ${arg}`);
    const pattern = normalizePattern(arg);
    const base = globBase(pattern);
    const matcher = globToRegExp(pattern);
    const prefix = base === '.' ? '' : base === '/' ? '/' : `${base}/`;
    const baseAbsolute = resolve(cwd, base);
    const before = files.length;
    walk(baseAbsolute, globDepth(pattern), (path) => {
      const rel = prefix + relative(baseAbsolute, path).split(sep).join('/');
      if (matcher.test(rel)) add(rel.split('/').join(sep));
    });
    if (files.length === before) throw new CliError(`No files match: ${arg}`);
  }
  return files;
}
