import type * as YamlLib from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { lazyRequire } from '../core/lazy-require.js';
import { START_OF_TEXT, type Diagnostic } from '../core/diagnostic.js';
import { yamlDepthExcess } from './depth-scan.js';
import { isForbiddenKey, mayContainForbiddenKey } from './forbidden-keys.js';
import { forbiddenKeyDiagnostic, type FormatResult } from './json-source.js';
import type { LineIndex } from './line-index.js';
import { MAX_YAML_ALIAS_COUNT } from './limits.js';
import { loadDiagnostic } from './load-diagnostic.js';
import { EMPTY_SOURCE_MAP, lazySourceMap, type PointerTable } from './source-map.js';
import { readYamlFast } from './yaml-fast.js';

// The yaml package builds full documents with positions: needed for files
// with problems and for locating diagnostics, not for valid files, which the
// fast reader handles. So it is loaded on first need.
const yamlLib = (): typeof YamlLib => lazyRequire<typeof YamlLib>('yaml');

/**
 * Everything one walk over a parsed YAML document learns: value ranges by
 * JSON pointer, pairs with forbidden keys, and anchors and aliases in
 * document order (to place an alias-bomb diagnostic).
 *
 * @example
 * ```ts
 * const walk = walkYaml(yamlLib().parseDocument('a: [1, 2]\n'));
 * walk.table.get('/a/1'); // { keyStart: -1, keyEnd: -1, valueStart: 7, valueEnd: 8 }
 * ```
 */
interface YamlWalk {
  table: PointerTable;
  forbidden: { map: YAMLMap; pair: Pair; pointer: string }[];
  anchorsAndAliases: Node[];
}

function escapeSegment(segment: string): string {
  return segment.includes('~') || segment.includes('/') ? segment.replace(/~/g, '~0').replace(/\//g, '~1') : segment;
}

function scalarKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) ?? '' : String(value);
}

// The key as `toJS` names the property, so pointers built from the value match.
function keyString(key: unknown, anchors: Map<string, Node>): string {
  if (key === null || key === undefined) return '';
  if (yamlLib().isScalar(key)) return scalarKey(key.value);
  if (yamlLib().isAlias(key)) {
    const target = anchors.get(key.source);
    return yamlLib().isScalar(target) ? scalarKey(target.value) : `*${key.source}`;
  }
  try {
    return String(key);
  } catch {
    return '';
  }
}

function rangeOf(node: unknown): [number, number] | undefined {
  if (!yamlLib().isNode(node) || !node.range) return undefined;
  return [node.range[0], node.range[1]];
}

/**
 * Walks a parsed YAML document without recursion and records where every
 * node is, by JSON pointer. Aliases are not followed (their own range
 * stands for everything below them), which also keeps alias bombs cheap.
 *
 * @example
 * ```ts
 * const text = 'a:\n  b: x\n';
 * walkYaml(yamlLib().parseDocument(text)).table.get('/a/b'); // { keyStart: 5, keyEnd: 6, valueStart: 8, valueEnd: 9 }
 * ```
 */
function walkYaml(doc: Document): YamlWalk {
  const table: PointerTable = new Map();
  const forbidden: YamlWalk['forbidden'] = [];
  const marks: Node[] = [];
  // Anchors and aliases first (alias keys are named after their anchor's scalar), in one cheap pass.
  const first: unknown[] = [doc.contents];
  while (first.length > 0) {
    const node = first.pop();
    if (yamlLib().isAlias(node)) {
      marks.push(node);
      continue;
    }
    if (!yamlLib().isNode(node)) continue;
    if (node.anchor) marks.push(node);
    if (yamlLib().isCollection(node)) {
      for (const item of node.items) {
        if (yamlLib().isPair(item)) first.push(item.key, item.value);
        else first.push(item);
      }
    }
  }
  marks.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  const anchors = new Map<string, Node>();
  for (const node of marks) if (!yamlLib().isAlias(node) && node.anchor) anchors.set(node.anchor, node);
  // Second pass with pointers, now that every anchor is known.
  // `dropped`: below a forbidden key, whose whole value goes (so nothing inside it is reported).
  const work: { node: unknown; pointer: string; keyStart: number; keyEnd: number; dropped: boolean }[] = [
    { node: doc.contents, pointer: '', keyStart: -1, keyEnd: -1, dropped: false },
  ];
  while (work.length > 0) {
    const { node, pointer, keyStart, keyEnd, dropped } = work.pop() as (typeof work)[number];
    const range = rangeOf(node);
    if (range !== undefined) table.set(pointer, { keyStart, keyEnd, valueStart: range[0], valueEnd: range[1] });
    if (yamlLib().isMap(node)) {
      for (const pair of node.items) {
        const key = keyString(pair.key, anchors);
        const child = `${pointer}/${escapeSegment(key)}`;
        const keyRange = rangeOf(pair.key) ?? [-1, -1];
        const forbiddenHere = !dropped && isForbiddenKey(key);
        if (forbiddenHere) forbidden.push({ map: node, pair, pointer: child });
        if (rangeOf(pair.value) !== undefined) {
          work.push({ node: pair.value, pointer: child, keyStart: keyRange[0], keyEnd: keyRange[1], dropped: dropped || forbiddenHere });
        } else {
          // A key without a value node (`? a`): the value is where the key ends.
          table.set(child, { keyStart: keyRange[0], keyEnd: keyRange[1], valueStart: keyRange[1], valueEnd: keyRange[1] });
        }
      }
    } else if (yamlLib().isCollection(node)) {
      node.items.forEach((item, i) => {
        const child = `${pointer}/${i}`;
        if (yamlLib().isPair(item)) {
          // A single-pair mapping inside a flow sequence (`[a: 1]`) becomes an object.
          const keyRange = rangeOf(item.key) ?? [-1, -1];
          const end = rangeOf(item.value)?.[1] ?? keyRange[1];
          table.set(child, { keyStart: -1, keyEnd: -1, valueStart: keyRange[0], valueEnd: end });
        } else work.push({ node: item, pointer: child, keyStart: -1, keyEnd: -1, dropped });
      });
    }
  }
  return { table, forbidden, anchorsAndAliases: marks };
}

const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  // 'error' keeps yaml from writing to the console but still reports a second document.
  logLevel: 'error',
  keepSourceTokens: false,
} as const;

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * Reads YAML text (the caller has already checked its size). Plain valid
 * documents, the common case, are read by {@link readYamlFast} (js-yaml)
 * with no pre-scan; their source map parses the text with `yaml` on the
 * first `locate` call, so positions are the same as on the slow path.
 * Everything else is checked for depth by {@link yamlDepthExcess} (which
 * sets `deepAt` when too deep) and read by {@link loadYamlDocument}, which
 * gives every diagnostic.
 *
 * @example
 * ```ts
 * const text = 'a: 1\na: 2\n';
 * loadYaml(text, 'a.yaml', new LineIndex(text), 256).diagnostics[0]?.message; // "Duplicate key 'a'"
 * ```
 */
export function loadYaml(text: string, file: string, lines: LineIndex, maxDepth: number): FormatResult {
  const value = readYamlFast(text, maxDepth);
  if (value !== undefined) {
    return { value, diagnostics: [], sourceMap: lazySourceMap(lines, () => walkYaml(parseYaml(text)).table) };
  }
  const deepAt = yamlDepthExcess(text, maxDepth);
  if (deepAt >= 0) return { value: undefined, diagnostics: [], sourceMap: EMPTY_SOURCE_MAP, deepAt };
  return loadYamlDocument(text, file, lines);
}

function parseYaml(text: string): Document {
  return yamlLib().parseDocument(text, PARSE_OPTIONS) as unknown as Document;
}

/**
 * Reads YAML text (the caller has already checked size and depth) with the
 * `yaml` package: YAML 1.2 core schema, duplicate keys are errors, one
 * document per file, alias expansion capped (billion laughs) and forbidden
 * keys removed. The text is parsed once; the parsed document is kept and
 * walked for positions only when the source map is first asked (or when a
 * diagnostic needs a place).
 *
 * @example
 * ```ts
 * const text = 'a: 1\na: 2\n';
 * loadYamlDocument(text, 'a.yaml', new LineIndex(text)).diagnostics[0]?.message; // "Duplicate key 'a'"
 * ```
 */
export function loadYamlDocument(text: string, file: string, lines: LineIndex): FormatResult {
  let doc: Document;
  try {
    doc = parseYaml(text);
  } catch (e) {
    return { value: undefined, diagnostics: [internalProblem(file, e)], sourceMap: EMPTY_SOURCE_MAP };
  }
  let walked: YamlWalk | undefined;
  const walk = (): YamlWalk => (walked ??= walkYaml(doc));
  const sourceMap = lazySourceMap(lines, () => walk().table);
  const diagnostics: Diagnostic[] = [];

  for (const error of doc.errors) {
    diagnostics.push(problemDiagnostic(file, text, lines, error.code, error.message, error.pos, 'error', doc));
  }
  for (const warning of doc.warnings) {
    diagnostics.push(problemDiagnostic(file, text, lines, warning.code, warning.message, warning.pos, 'warning', doc));
  }
  if (doc.errors.length > 0) return { value: undefined, diagnostics, sourceMap };
  if (isEmptyDocument(doc)) return { value: undefined, diagnostics, sourceMap, empty: true };

  if (mayContainForbiddenKey(text, 'yaml')) {
    for (const { map, pair, pointer } of walk().forbidden) {
      const index = map.items.indexOf(pair);
      if (index >= 0) map.items.splice(index, 1);
      diagnostics.push(forbiddenKeyDiagnostic(file, pointer, sourceMap));
    }
  }

  if (text.includes('&') && text.includes('*')) {
    const cycle = recursiveAlias(walk().anchorsAndAliases);
    if (cycle !== undefined) {
      diagnostics.push(
        loadDiagnostic(
          file,
          {
            code: 'syntax',
            message: `Alias '*${cycle.name}' refers to the collection it is part of`,
            path: '',
            hint: 'A value cannot contain itself; repeat the content instead',
          },
          lines.rangeOf(cycle.range[0], cycle.range[1]),
        ),
      );
      return { value: undefined, diagnostics, sourceMap };
    }
  }

  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_YAML_ALIAS_COUNT });
    return { value, diagnostics, sourceMap };
  } catch (e) {
    const unresolved = e instanceof ReferenceError ? /^Unresolved alias.*: (.*)$/.exec(e.message) : null;
    if (unresolved !== null) {
      const name = unresolved[1] ?? '';
      const alias = walk().anchorsAndAliases.find((node) => yamlLib().isAlias(node) && node.source === name);
      const at = rangeOf(alias);
      diagnostics.push(
        loadDiagnostic(
          file,
          { code: 'syntax', message: `Unknown alias '*${name}'`, path: '', hint: `Define the anchor '&${name}' before using the alias` },
          at !== undefined ? lines.rangeOf(at[0], at[1]) : START_OF_TEXT,
        ),
      );
    } else if (e instanceof ReferenceError && /excessive alias/i.test(e.message)) {
      const at = bombSite(walk().anchorsAndAliases);
      const range = at !== undefined ? lines.rangeOf(at[0], at[1]) : START_OF_TEXT;
      diagnostics.push(
        loadDiagnostic(
          file,
          {
            code: 'limit/aliases',
            message: `Aliases expand to too many values (more than ${MAX_YAML_ALIAS_COUNT} alias uses); this looks like an alias bomb`,
            path: '',
            hint: 'Repeat the content or use fewer nested aliases (*name)',
          },
          range,
        ),
      );
    } else diagnostics.push(internalProblem(file, e));
    return { value: undefined, diagnostics, sourceMap };
  }
}

// Nothing at all, or only `---` and comments (an empty plain scalar); `~` and `null` are values.
function isEmptyDocument(doc: Document): boolean {
  const contents = doc.contents;
  if (contents === null || contents === undefined) return true;
  return yamlLib().isScalar(contents) && contents.value === null && !contents.tag && !contents.anchor && contents.range?.[0] === contents.range?.[1];
}

// yaml resolves `&a [*a]` to a circular value, which no consumer of plain data expects.
function recursiveAlias(marks: readonly Node[]): { name: string; range: [number, number] } | undefined {
  const anchors = new Map<string, Node>();
  for (const node of marks) {
    if (!yamlLib().isAlias(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      continue;
    }
    const range = rangeOf(node);
    const target = rangeOf(anchors.get(node.source));
    if (range !== undefined && target !== undefined && range[0] > target[0] && range[0] < target[1]) return { name: node.source, range };
  }
  return undefined;
}

// The first alias whose anchor holds aliases itself: where expansion starts to multiply.
function bombSite(marks: readonly Node[]): [number, number] | undefined {
  const anchors = new Map<string, Node>();
  const aliasStarts = marks.filter(yamlLib().isAlias).map((a) => a.range?.[0] ?? -1);
  let lastAlias: [number, number] | undefined;
  for (const node of marks) {
    if (!yamlLib().isAlias(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      continue;
    }
    const range = rangeOf(node);
    if (range === undefined) continue;
    lastAlias = range;
    const target = rangeOf(anchors.get(node.source));
    if (target !== undefined && aliasStarts.some((s) => s > target[0] && s < target[1])) return range;
  }
  return lastAlias;
}

function internalProblem(file: string, e: unknown): Diagnostic {
  if (isStackOverflow(e)) {
    return loadDiagnostic(file, { code: 'limit/depth', message: 'The document is nested too deeply to read', path: '' }, START_OF_TEXT);
  }
  const message = e instanceof Error ? e.message : String(e);
  return loadDiagnostic(file, { code: 'syntax', message: `Could not read the YAML document: ${message}`, path: '' }, START_OF_TEXT);
}

function problemDiagnostic(
  file: string,
  text: string,
  lines: LineIndex,
  code: string,
  message: string,
  pos: [number, number],
  severity: 'error' | 'warning',
  doc: Document,
): Diagnostic {
  const start = Math.min(pos[0], text.length);
  const end = Math.min(Math.max(pos[1], start), text.length);
  const range = lines.rangeOf(start, end);
  if (code === 'MULTIPLE_DOCS') {
    const lineEnd = text.indexOf('\n', start);
    const markerEnd = Math.max(start + 1, Math.min(end, lineEnd < 0 ? text.length : lineEnd));
    return loadDiagnostic(
      file,
      {
        code: 'syntax',
        message: 'A second document starts here; a file holds one document',
        path: '',
        hint: "Keep one document per file: remove the '---' line or move the rest into its own file",
        severity,
      },
      lines.rangeOf(start, Math.min(markerEnd, text.length)),
    );
  }
  if (code === 'DUPLICATE_KEY') {
    const duplicate = findDuplicate(doc, start);
    if (duplicate !== undefined) {
      const first = lines.position(duplicate.firstStart);
      return loadDiagnostic(
        file,
        {
          code: 'syntax',
          message: `Duplicate key '${duplicate.key}'`,
          path: '',
          hint: `The first '${duplicate.key}' is at line ${first.line}, column ${first.column}; keys in a mapping must be unique`,
          severity,
        },
        lines.rangeOf(duplicate.start, duplicate.end),
      );
    }
  }
  return loadDiagnostic(file, { code: 'syntax', message: plainMessage(message), path: '', severity }, range);
}

function plainMessage(message: string): string {
  const text = message.trim();
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : 'Invalid YAML';
}

// yaml reports a duplicate at the key that repeats; find it and the first one.
function findDuplicate(doc: Document, at: number): { key: string; start: number; end: number; firstStart: number } | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!yamlLib().isCollection(node)) continue;
    if (yamlLib().isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const range = rangeOf(pair.key);
        const key = keyString(pair.key, new Map());
        if (range !== undefined) {
          const firstStart = seen.get(key);
          if (range[0] <= at && at < Math.max(range[1], range[0] + 1) && firstStart !== undefined) {
            return { key, start: range[0], end: range[1], firstStart };
          }
          if (firstStart === undefined) seen.set(key, range[0]);
        }
        stack.push(pair.key, pair.value);
      }
    } else for (const item of node.items) stack.push(yamlLib().isPair(item) ? item.value : item);
  }
  return undefined;
}
