import type * as YamlLib from 'yaml';
import type { Alias, Document, Node, Pair, YAMLMap } from 'yaml';
import { lazyRequire } from '../core/lazy-require.js';
import { START_OF_TEXT, type Diagnostic } from '../core/diagnostic.js';
import { readYamlFast, yamlDepthExcess } from './fast/index.js';
import { isForbiddenKey, mayContainForbiddenKey } from './forbidden-keys.js';
import { forbiddenKeyDiagnostic, type FormatResult } from './json-source.js';
import type { LineIndex } from './line-index.js';
import { MAX_YAML_ALIAS_VALUES } from './limits.js';
import { loadDiagnostic, syntaxDiagnostic } from './load-diagnostic.js';
import { yamlMessage } from './yaml-messages.js';
import { EMPTY_SOURCE_MAP, lazySourceMap, type PointerTable } from './source-map.js';

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
  // A collection key is refused (collectionKind), so its name only has to be cheap:
  // yaml's String(key) converts the whole key, aliases and all.
  if (yamlLib().isMap(key)) return '{…}';
  if (yamlLib().isSeq(key)) return '[…]';
  return '';
}

// A key that is a list or mapping, itself or through an alias; curricula name things with text.
function collectionKind(key: unknown, anchors: Map<string, Node>): 'list' | 'mapping' | undefined {
  const Y = yamlLib();
  const node = Y.isAlias(key) ? anchors.get(key.source) : key;
  if (Y.isMap(node)) return 'mapping';
  if (Y.isSeq(node)) return 'list';
  return undefined;
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
  // yaml checks each key against every key before it in the mapping: 50,000 keys took 15 s. Repeated
  // keys are found here instead, in one pass with a Map per mapping (repeatedKeys).
  uniqueKeys: false,
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
  // The fast reader leaves every text with a line that starts with `%` to yaml: one it read has no
  // directive, and needs no second search of the whole text for one (a few percent of a small file).
  if (value !== undefined) return { value, diagnostics: [], sourceMap: lazySourceMap(lines, () => walkYaml(parseYaml(text)).table) };
  const directive = text.charCodeAt(0) === 37 /* % */ || text.includes('\n%') ? yamlVersionDirective(text) : undefined;
  const result = readYamlSlowly(text, file, lines, maxDepth);
  if (directive === undefined) return result;
  // yaml's own warning says less (and the fast reader gives none): one finding of ours instead.
  const diagnostics = result.diagnostics.filter((d) => d.messageId !== 'yamlVersion');
  diagnostics.push(
    loadDiagnostic(file, 'syntax', 'yamlOtherVersion', { version: directive.version }, {
      path: '',
      range: lines.rangeOf(directive.start, directive.end),
      hintId: 'yamlOtherVersionHint',
      severity: 'warning',
    }),
  );
  return { ...result, diagnostics };
}

/** A text the fast reader declined: checked for depth, then read by yaml with every diagnostic. */
function readYamlSlowly(text: string, file: string, lines: LineIndex, maxDepth: number): FormatResult {
  const deepAt = yamlDepthExcess(text, maxDepth);
  if (deepAt >= 0) return { value: undefined, diagnostics: [], sourceMap: EMPTY_SOURCE_MAP, deepAt };
  return loadYamlDocument(text, file, lines);
}

/**
 * A `%YAML` directive that asks for another version than 1.2, before the
 * document starts: its version as written and where it stands. Both
 * parsers read every file as YAML 1.2 with the core schema whatever the
 * directive says (so `yes` stays text, as the schema expects), which the
 * author of a `%YAML 1.1` file does not expect: it is worth a warning.
 *
 * @example
 * ```ts
 * yamlVersionDirective('%YAML 1.1\n---\na: yes\n'); // { version: '1.1', start: 0, end: 9 }
 * yamlVersionDirective('%YAML 1.2\n---\n'); // undefined
 * ```
 */
function yamlVersionDirective(text: string): { version: string; start: number; end: number } | undefined {
  let at = 0;
  while (at < text.length) {
    const lineEnd = text.indexOf('\n', at);
    const end = lineEnd < 0 ? text.length : lineEnd;
    const line = text.slice(at, end).replace(/\r$/, '');
    if (line.startsWith('%')) {
      const m = /^%YAML[ \t]+(\S{1,20})/.exec(line);
      if (m !== null) return m[1] === '1.2' ? undefined : { version: m[1]!, start: at, end: at + line.trimEnd().length };
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#')) return undefined;
    at = end + 1;
  }
  return undefined;
}

function parseYaml(text: string): Document {
  return yamlLib().parseDocument(text, PARSE_OPTIONS) as unknown as Document;
}

/**
 * Reads YAML text (the caller has already checked size and depth) with the
 * `yaml` package: YAML 1.2 core schema, duplicate keys are errors (also
 * keys that differ only in YAML, like `1` and `"1"`), one document per
 * file, the expanded size of aliases capped (billion laughs), tags that make
 * other than plain values (`!!binary`, `!!set` …) and keys that are lists
 * or mappings refused, forbidden keys removed. The text is parsed once;
 * the parsed document is kept and walked for positions only when the
 * source map is first asked (or when a diagnostic needs a place).
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
    diagnostics.push(problemDiagnostic(file, text, lines, error.code, error.message, error.pos, 'error'));
  }
  for (const warning of doc.warnings) {
    diagnostics.push(problemDiagnostic(file, text, lines, warning.code, warning.message, warning.pos, 'warning'));
  }
  const repeated = repeatedKeys(doc);
  for (const key of repeated) diagnostics.push(repeatedKeyDiagnostic(file, lines, key));
  if (doc.errors.length > 0 || repeated.length > 0) return { value: undefined, diagnostics, sourceMap };
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
        loadDiagnostic(file, 'syntax', 'aliasCycle', { alias: `*${cycle.name}` }, {
          path: '',
          range: lines.rangeOf(cycle.range[0], cycle.range[1]),
          hintId: 'aliasCycleHint',
        }),
      );
      return { value: undefined, diagnostics, sourceMap };
    }
  }

  if (text.includes('*')) {
    const crossing = aliasBomb(doc, MAX_YAML_ALIAS_VALUES);
    if (crossing !== undefined) {
      const at = bombSite(walk().anchorsAndAliases) ?? rangeOf(crossing);
      diagnostics.push(
        loadDiagnostic(file, 'limit/aliases', 'aliasBomb', { max: MAX_YAML_ALIAS_VALUES }, {
          path: '',
          range: at !== undefined ? lines.rangeOf(at[0], at[1]) : START_OF_TEXT,
          hintId: 'fewerAliases',
        }),
      );
      return { value: undefined, diagnostics, sourceMap };
    }
  }

  const unplain = notPlain(doc);
  if (unplain.length > 0) {
    for (const problem of unplain) diagnostics.push(notPlainDiagnostic(file, text, lines, problem));
    return { value: undefined, diagnostics, sourceMap };
  }

  try {
    // Never yaml's toJS: its alias lookup is quadratic, and the alias limit above is on expanded size, which toJS does not know.
    const value = plainValue(doc);
    if (value === NOT_PLAIN_KEY) {
      // notPlain reports every key that is not a scalar; this is only a guard should the two ever disagree.
      diagnostics.push(loadDiagnostic(file, 'syntax', 'keyNotText', {}, { path: '', range: START_OF_TEXT, hintId: 'keyAsText' }));
      return { value: undefined, diagnostics, sourceMap };
    }
    return { value, diagnostics, sourceMap };
  } catch (e) {
    const unresolved = e instanceof ReferenceError ? /^Unresolved alias.*: (.*)$/.exec(e.message) : null;
    if (unresolved !== null) {
      const name = unresolved[1] ?? '';
      const alias = walk().anchorsAndAliases.find((node) => yamlLib().isAlias(node) && node.source === name);
      const at = rangeOf(alias);
      diagnostics.push(
        loadDiagnostic(file, 'syntax', 'unknownAlias', { alias: `*${name}`, anchor: `&${name}` }, {
          path: '',
          range: at !== undefined ? lines.rangeOf(at[0], at[1]) : START_OF_TEXT,
          hintId: 'defineAnchor',
        }),
      );
    } else diagnostics.push(internalProblem(file, e));
    return { value: undefined, diagnostics, sourceMap };
  }
}

/**
 * The alias at which the values that aliases add, expanded (nested aliases
 * multiplied out), first exceed `limit`, or undefined when they stay within
 * it. Sizes are counted per anchor once, never by expanding, so a billion
 * laughs costs one walk over its few hundred nodes. Anchors resolve as in
 * yaml: the last one of that name before the alias, in document order.
 *
 * @example
 * ```ts
 * aliasBomb(parseYaml('a: &a [1, 2]\nb: *a\n'), 3); // undefined: *a adds 3 values (the list and its items)
 * aliasBomb(parseYaml('a: &a [1, 2]\nb: *a\n'), 2); // the alias *a
 * ```
 */
function aliasBomb(doc: Document, limit: number): Alias | undefined {
  const Y = yamlLib();
  const root = doc.contents;
  if (!Y.isNode(root)) return undefined;
  const sizes = new Map<Node, number>();
  const anchors = new Map<string, Node>();
  const frames: { node: Node; children: unknown[]; next: number; size: number }[] = [];
  let added = 0;
  let pending: unknown = root;
  let hasPending = true;
  for (;;) {
    let size: number | undefined;
    if (hasPending) {
      const node = pending;
      hasPending = false;
      if (Y.isAlias(node)) {
        const target = anchors.get(node.source);
        // An anchor still open holds this alias (a cycle, reported before): count it once.
        size = target !== undefined ? (sizes.get(target) ?? 1) : 1;
        added += size;
        if (added > limit) return node;
      } else if (Y.isNode(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
        if (Y.isCollection(node)) {
          const children: unknown[] = [];
          for (const item of node.items) {
            if (Y.isPair(item)) children.push(item.key, item.value);
            else children.push(item);
          }
          frames.push({ node, children, next: 0, size: 1 });
        } else {
          size = 1;
          if (node.anchor) sizes.set(node, 1);
        }
      } else size = 0;
    } else {
      const top = frames[frames.length - 1];
      if (top === undefined) return undefined;
      if (top.next < top.children.length) {
        pending = top.children[top.next++];
        hasPending = true;
        continue;
      }
      frames.pop();
      if (top.node.anchor) sizes.set(top.node, top.size);
      size = top.size;
    }
    if (size !== undefined) {
      const parent = frames[frames.length - 1];
      if (parent === undefined) return undefined;
      parent.size += size;
    }
  }
}

const NOT_PLAIN_KEY: unique symbol = Symbol('not a plain key');

/**
 * The document's value, as yaml's `toJS` gives it for the core schema
 * (keys as text, an alias the very value of its anchor), or
 * {@link NOT_PLAIN_KEY} when a key is a collection (reported before by
 * {@link notPlain}, so not expected here). Why not `toJS`: it looks up
 * every alias's anchor by scanning all anchors and aliases before it, so 20,000 sessions that
 * reuse one `&ort` took 10 s; here each anchor is remembered by name as it
 * is met (the last one of a name before the alias counts, as in yaml).
 * Tags that make other than plain values are refused before this runs.
 *
 * @example
 * ```ts
 * plainValue(parseYaml('a: &x [1]\nb: *x\n')); // { a: [1], b: [1] }
 * ```
 */
function plainValue(doc: Document): unknown {
  const Y = yamlLib();
  const named = new Map<string, Node>();
  const values = new Map<Node, unknown>();
  const convert = (node: unknown): unknown => {
    if (Y.isAlias(node)) {
      const target = named.get(node.source);
      if (target === undefined || !values.has(target)) {
        throw new ReferenceError(`Unresolved alias (the anchor must be set before the alias): ${node.source}`);
      }
      return values.get(target);
    }
    if (!Y.isNode(node)) return node === undefined ? null : node;
    if (node.anchor) named.set(node.anchor, node);
    let value: unknown;
    if (Y.isScalar(node)) value = node.value;
    else if (Y.isMap(node)) {
      const map: Record<string, unknown> = {};
      for (const pair of node.items) if (!addPair(map, pair)) return NOT_PLAIN_KEY;
      value = map;
    } else if (Y.isSeq(node)) {
      const list: unknown[] = [];
      for (const item of node.items) {
        if (Y.isPair(item)) {
          const map: Record<string, unknown> = {};
          if (!addPair(map, item)) return NOT_PLAIN_KEY;
          list.push(map);
        } else {
          const v = convert(item);
          if (v === NOT_PLAIN_KEY) return NOT_PLAIN_KEY;
          list.push(v);
        }
      }
      value = list;
    } else return NOT_PLAIN_KEY;
    if (node.anchor) values.set(node, value);
    return value;
  };
  const addPair = (map: Record<string, unknown>, pair: Pair): boolean => {
    const key = convert(pair.key);
    if (key === NOT_PLAIN_KEY || (key !== null && typeof key === 'object')) return false;
    const value = convert(pair.value);
    if (value === NOT_PLAIN_KEY) return false;
    const name = key === null ? '' : String(key);
    // Like yaml: an own property even for names objects inherit.
    if (name === '__proto__') Object.defineProperty(map, name, { value, writable: true, enumerable: true, configurable: true });
    else map[name] = value;
    return true;
  };
  return convert(doc.contents);
}

/** A value the YAML text makes that is not plain data. */
type NotPlain =
  | { kind: 'tag'; tag: string; pointer: string; range: [number, number] }
  | { kind: 'collection-key'; collection: 'list' | 'mapping'; pointer: string; range: [number, number] };

const PLAIN_TAGS = new Set(['map', 'seq', 'str', 'int', 'float', 'bool', 'null', 'pairs'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * What would make `toJS` return something other than plain data: YAML 1.1
 * tags yaml still resolves when written explicitly (`!!binary` gives bytes,
 * `!!set` a Set, `!!omap` a Map, `!!timestamp` a Date), and keys that are
 * lists or mappings. Only reached for texts the fast reader declined, so
 * valid plain files never pay for it.
 *
 * @example
 * ```ts
 * notPlain(parseYaml('a: !!set {x}\n'))[0]?.kind; // 'tag'
 * ```
 */
function notPlain(doc: Document): NotPlain[] {
  const Y = yamlLib();
  const out: NotPlain[] = [];
  const anchors = new Map<string, Node>();
  // `keyOf`: the pointer of the mapping whose key this node is. Checked when the node is met, not
  // with its mapping, so an alias key (`? *a`) sees its anchor even when that is set in an earlier sibling.
  const stack: { node: unknown; pointer: string; keyOf?: string }[] = [{ node: doc.contents, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer, keyOf } = stack.pop() as (typeof stack)[number];
    if (keyOf !== undefined) {
      const collection = collectionKind(node, anchors);
      const at = rangeOf(node);
      if (collection !== undefined && at !== undefined) out.push({ kind: 'collection-key', collection, pointer: keyOf, range: at });
    }
    if (!Y.isNode(node) || Y.isAlias(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    const tag = node.tag;
    const objectScalar = Y.isScalar(node) && node.value !== null && typeof node.value === 'object';
    const range = rangeOf(node) ?? [0, 0];
    if ((tag !== undefined && tag.startsWith('tag:yaml.org,2002:') && !PLAIN_TAGS.has(tag)) || objectScalar) {
      out.push({ kind: 'tag', tag: tag ?? '', pointer, range });
      continue;
    }
    const children: (typeof stack)[number][] = [];
    if (Y.isMap(node)) {
      for (const pair of node.items) {
        const child = `${pointer}/${escapeSegment(keyString(pair.key, anchors))}`;
        children.push({ node: pair.key, pointer: child, keyOf: pointer }, { node: pair.value, pointer: child });
      }
    } else if (Y.isCollection(node)) {
      node.items.forEach((item, i) => {
        const child = `${pointer}/${i}`;
        if (Y.isPair(item)) children.push({ node: item.key, pointer: child, keyOf: child }, { node: item.value, pointer: child });
        else children.push({ node: item, pointer: child });
      });
    }
    // Reversed, so anchors are met in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

// Quoting the key as written keeps its text; a long or multi-line key gets the rule only.
function writtenKey(text: string, range: [number, number]): string | undefined {
  const written = text.slice(range[0], range[1]).trim();
  if (written.length === 0 || written.length > 60 || /[\r\n'"#&*!]/.test(written) || !/^[[{]/.test(written)) return undefined;
  return `'${written}'`;
}

function notPlainDiagnostic(file: string, text: string, lines: LineIndex, problem: NotPlain): Diagnostic {
  const range = lines.rangeOf(problem.range[0], problem.range[1]);
  if (problem.kind === 'collection-key') {
    const id = problem.collection === 'list' ? 'listKey' : 'mappingKey';
    const written = writtenKey(text, problem.range);
    return written === undefined
      ? loadDiagnostic(file, 'syntax', id, {}, { path: problem.pointer, range, hintId: 'quoteKey' })
      : loadDiagnostic(file, 'syntax', id, { written }, { path: problem.pointer, range, hintId: 'quoteKeyAs' });
  }
  // The node's range leaves out its tag; the tag is what to change.
  let bang = text.lastIndexOf('!', problem.range[0]);
  while (bang > 0 && text.charCodeAt(bang - 1) === 33) bang--;
  const tagged = bang >= 0 && /^![^\s]*\s+$/.test(text.slice(bang, problem.range[0])) ? lines.rangeOf(bang, problem.range[1]) : range;
  const tag = problem.tag.replace('tag:yaml.org,2002:', '!!');
  return loadDiagnostic(file, 'syntax', 'notPlainTag', { tag }, { path: problem.pointer, range: tagged, hintId: 'removeTag' });
}

/** A key written twice in one mapping, once keys are text as in the value (`1` and `"1"` name one property). */
interface RepeatedKey {
  key: string;
  pointer: string;
  range: [number, number];
  firstStart: number;
  /** Whether yaml itself would call the two keys equal (the same scalar value), or only their text is the same. */
  same: boolean;
}

/**
 * Every key that repeats an earlier key of its mapping, in one walk with a
 * Map per mapping: linear in the document, where yaml's own check
 * (`uniqueKeys`) compares each key with all before it. Keys are compared
 * as the value names them (`keyString`: `1` and `"1"` are one property,
 * which `toJS` would silently keep once); collection keys are reported as
 * such by {@link notPlain}. Anchors are known in document order, as yaml
 * resolves them.
 *
 * @example
 * ```ts
 * repeatedKeys(parseYaml('a: 1\na: 2\n'))[0]?.key; // 'a'
 * ```
 */
function repeatedKeys(doc: Document): RepeatedKey[] {
  const Y = yamlLib();
  const out: RepeatedKey[] = [];
  const anchors = new Map<string, Node>();
  const stack: { node: unknown; pointer: string }[] = [{ node: doc.contents, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop() as (typeof stack)[number];
    if (!Y.isNode(node) || Y.isAlias(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    const children: (typeof stack)[number][] = [];
    if (Y.isMap(node)) {
      const seen = new Map<string, Pair>();
      for (const pair of node.items) {
        const key = keyString(pair.key, anchors);
        const child = `${pointer}/${escapeSegment(key)}`;
        const keyRange = rangeOf(pair.key);
        if (keyRange !== undefined && !Y.isCollection(pair.key)) {
          const first = seen.get(key);
          if (first === undefined) seen.set(key, pair);
          else {
            const a = first.key;
            const b = pair.key;
            const same = a === b || (Y.isScalar(a) && Y.isScalar(b) && a.value === b.value);
            out.push({ key, pointer: child, range: keyRange, firstStart: rangeOf(a)?.[0] ?? keyRange[0], same });
          }
        }
        children.push({ node: pair.key, pointer: child }, { node: pair.value, pointer: child });
      }
    } else if (Y.isCollection(node)) {
      node.items.forEach((item, i) => {
        const child = `${pointer}/${i}`;
        if (Y.isPair(item)) children.push({ node: item.key, pointer: child }, { node: item.value, pointer: child });
        else children.push({ node: item, pointer: child });
      });
    }
    // Reversed, so anchors are met in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.sort((x, y) => x.range[0] - y.range[0]);
}

function repeatedKeyDiagnostic(file: string, lines: LineIndex, problem: RepeatedKey): Diagnostic {
  const first = lines.position(problem.firstStart);
  return loadDiagnostic(file, 'syntax', 'duplicateKey', { key: problem.key, line: first.line, column: first.column }, {
    path: problem.pointer,
    range: lines.rangeOf(problem.range[0], problem.range[1]),
    hintId: problem.same ? 'firstKey' : 'firstKeyWrittenDifferently',
  });
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

// The first alias whose anchor holds aliases itself: where expansion starts to multiply (none: a flat bomb).
function bombSite(marks: readonly Node[]): [number, number] | undefined {
  const anchors = new Map<string, Node>();
  const aliasStarts = marks.filter(yamlLib().isAlias).map((a) => a.range?.[0] ?? -1);
  for (const node of marks) {
    if (!yamlLib().isAlias(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      continue;
    }
    const range = rangeOf(node);
    if (range === undefined) continue;
    const target = rangeOf(anchors.get(node.source));
    if (target !== undefined && aliasStarts.some((s) => s > target[0] && s < target[1])) return range;
  }
  return undefined;
}

function internalProblem(file: string, e: unknown): Diagnostic {
  if (isStackOverflow(e)) return loadDiagnostic(file, 'limit/depth', 'tooDeepToRead', {}, { path: '', range: START_OF_TEXT });
  const error = e instanceof Error ? e.message : String(e);
  return loadDiagnostic(file, 'syntax', 'readFailedYaml', { error }, { path: '', range: START_OF_TEXT });
}

function problemDiagnostic(
  file: string,
  text: string,
  lines: LineIndex,
  code: string,
  message: string,
  pos: [number, number],
  severity: 'error' | 'warning',
): Diagnostic {
  const start = Math.min(pos[0], text.length);
  const end = Math.min(Math.max(pos[1], start), text.length);
  const range = lines.rangeOf(start, end);
  if (code === 'MULTIPLE_DOCS') {
    const lineEnd = text.indexOf('\n', start);
    const markerEnd = Math.max(start + 1, Math.min(end, lineEnd < 0 ? text.length : lineEnd));
    return loadDiagnostic(file, 'syntax', 'secondDocument', {}, {
      path: '',
      range: lines.rangeOf(start, Math.min(markerEnd, text.length)),
      hintId: 'oneDocument',
      severity,
    });
  }
  const mapped = yamlMessage(message);
  const hint = code === 'BLOCK_AS_IMPLICIT_KEY' ? quoteHint(text, start) : undefined;
  return syntaxDiagnostic(
    file,
    hint === undefined ? mapped : { messageId: mapped.messageId, data: { ...mapped.data, ...hint.data }, hintId: hint.hintId },
    { path: '', range, severity },
  );
}

// `title: Teil 1: Grundlagen` is a mapping inside a mapping to YAML; the author meant one text.
function quoteHint(text: string, at: number): { hintId: string; data: Record<string, string> } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  const key = /^\s*(?:-\s+)?([^\s:#][^:#]*):\s+/.exec(text.slice(lineStart, at));
  const value = line.slice(at - lineStart).trim();
  if (key === null || value === '' || value.includes(' #') || /^["'[{]/.test(value)) return { hintId: 'quoteColon', data: {} };
  const quoted = value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value.replace(/\\/g, '\\\\')}"`;
  return { hintId: 'quoteColonAs', data: { key: key[1]!.trim(), quoted } };
}
