import fc from 'fast-check';
import { stringify, type ToStringOptions } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readYamlFast } from '../../../src/load/fast/index.js';
import { load } from '../../../src/load/index.js';
import { LineIndex } from '../../../src/load/line-index.js';
import { loadYamlDocument } from '../../../src/load/yaml-source.js';
import { numRuns } from '../../setup/runs.js';
import { where } from '../helpers.js';
import { edited } from './arbitraries.js';

// The fast reader (js-yaml) may decline any text; what it accepts must be
// exactly what the `yaml` path gives, and that path must have nothing to
// report. "Exactly": same key order, same prototypes, -0 is not 0.
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function slow(text: string) {
  return loadYamlDocument(text, 'x.yaml', new LineIndex(text));
}

/** Checks the contract on one text; returns whether the fast reader took it. */
function agrees(text: string): boolean {
  const fast = readYamlFast(text, 256);
  if (fast === undefined) return false;
  const reference = slow(text);
  expect(reference.diagnostics).toEqual([]);
  expect(reference.empty).toBeUndefined();
  expect(same(fast, reference.value)).toBe(true);
  const loaded = load(text, { format: 'yaml' });
  expect(loaded.ok).toBe(true);
  expect(loaded.diagnostics).toEqual([]);
  expect(same(loaded.value, reference.value)).toBe(true);
  return true;
}

function escapeSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointersOf(value: unknown): string[] {
  const out: string[] = [''];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop() as [unknown, string];
    if (node === null || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      const p = `${pointer}/${escapeSegment(key)}`;
      out.push(p);
      stack.push([child, p]);
    }
  }
  return out;
}

const STYLES: ToStringOptions[] = [
  {},
  { defaultStringType: 'QUOTE_DOUBLE' },
  { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' },
  { defaultStringType: 'BLOCK_LITERAL' },
  { defaultStringType: 'BLOCK_FOLDED', lineWidth: 20, minContentWidth: 0 },
  { collectionStyle: 'flow' },
  { indent: 4, indentSeq: false },
  { blockQuote: 'literal', doubleQuotedAsJSON: true },
  { lineWidth: 15, minContentWidth: 0, flowCollectionPadding: false },
];

const trickyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...' \n\r-:?#&*!|>"\'{}[],%@`~ab0.1+eE_\\äöüß😀\u2028\u0085'.split('')), maxLength: 12 }),
  fc.constantFrom('yes', 'No', 'TRUE', 'null', 'Null', '~', '0o17', '0x1F', '0b11', '.inf', '-.Inf', '.NaN', '+12', '012', '1_000', '1e3', '-0', '0.', '.5'),
  fc.constantFrom('2027-01-29', '12:30', '09:30-16:30', '2 2/3', '2⅔', '2,5 Std.', 'Bildung & Kultur', '*wichtig*', '<<', '- a', 'a: b', '# c', ' lead', 'trail ', 'a\n\nb', 'x\r\ny', '1e400'),
);
const documentValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    trickyString,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(trickyString, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const documentRoot = fc.oneof(fc.dictionary(trickyString, documentValue, { minKeys: 1, maxKeys: 5 }), fc.array(documentValue, { minLength: 1, maxLength: 5 }));

function stringified(value: unknown, style: ToStringOptions): string {
  try {
    return stringify(value, style) ?? '';
  } catch {
    return '';
  }
}

const STRUCTURAL = [
  '{', '}', '[', ']', ',', ':', ': ', '"', "'", '\\', '\n', '\r\n', '\r', ' ', '  ', '- ', '#', ' #', '&a ', '*a', '!', '!!str ',
  '|', '>', '|-', '>+', '|2', '\t', '\uFEFF', 'ü', '😀', '? ', '---\n', '...\n', '%YAML 1.1\n', '<<: ', '\u0085', '@', '`', '\u0000',
];

const EXAMPLE = [
  'kind: program',
  'id: ehrenamt',
  'title: "Grüße – Bildung & Kultur"',
  'hours: 160',
  'modules:',
  '  - id: einstieg # first',
  '    hours: 2 2/3',
  '    topics: [Geschichte, {title: Praxis, hours: "1 1/3"}]',
  '  - id: planung',
  "    title: 'Planung ''und'' Aufbau'",
  '    description: >-',
  '      folded',
  '      text',
  '',
  '      more',
  '    note: |+',
  '      keep',
  '',
  'start: 2027-01-29',
  'flags:',
  '- yes',
  '- ~',
  '',
].join('\n');

function mutations(text: string) {
  return edited(text, fc.oneof(fc.constantFrom(...STRUCTURAL), fc.string({ maxLength: 3 })), { maxEdits: 5, maxRemove: 3 });
}

// Lines of YAML-ish tokens at random indentation: near-valid documents, where the two parsers' corners show.
const TOKENS = [
  '- ', 'k: ', 'k2: ', '"q": ', "'s': ", '[1, 2]', '{a: b}', '[]', '{}', 'x', '"y"', "'z'", '? ', ': ', '|', '|-', '>', '>+', ' # c',
  '[', ']', '{', '}', ', ', 'a b', '1', '0x1F', 'null', 'true', '2 2/3', ':', '-', 'ä', ' ', '"m\n  n"', '#c', '---', '...',
];
const tokenLines = fc
  .array(
    fc.tuple(fc.constantFrom('', ' ', '  ', '   ', '    ', '      '), fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 4 })),
    { minLength: 1, maxLength: 8 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.map(([indent, tokens]) => indent + tokens.join('')).join(eol) + eol));

// Block documents written by hand rather than by yaml: plain scalars of every class of the core
// schema (which yaml's writer would quote), keys that repeat in other spellings (`a`, "a", 'a').
const SCALARS = [
  '0o17', '0o8', '0x1F', '0xG', '.inf', '-.Inf', '+.INF', '.iNF', '.NaN', '.nan', '.NAN', '.naN', '~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'FALSE', 'tRUE',
  'yes', '+12', '-0', '012', '1_000', '1e3', '1E-2', '.5', '0.', '+.5e+3', '1e400', '0b11', '2027-01-29', '09:30', '2 2/3', '"q"', "'s'", '"\\x41"',
];
// Keys that are not strings (1, null, true) are left to yaml: rarer, or few documents would be taken.
const key = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('a', '"a"', "'a'", 'b', 'k 1', '"k 1"', '"1"', '"~"', 'c', 'd', 'e') },
  { weight: 1, arbitrary: fc.constantFrom('1', 'null', 'true', '0o7') },
);
type Block = string | { map: [string, Block][] } | { seq: Block[] };
const block: fc.Arbitrary<Block> = fc.letrec<{ node: Block }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.constantFrom(...SCALARS),
    fc.record({ map: fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 4 }) }),
    fc.record({ seq: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
  ),
})).node;
function writeBlock(node: Block, indent: string): string {
  if (typeof node === 'string') return ` ${node}\n`;
  const inner = `${indent}  `;
  // A collection in an entry starts on the entry's line: `- a: 1` / `  b: 2`, `- - x` / `  - y`.
  if ('seq' in node) return `\n${node.seq.map((item) => `${inner}-${writeBlock(item, inner).replace(/^\n\s*/, ' ')}`).join('')}`;
  return `\n${node.map.map(([key, value]) => `${inner}${key}:${writeBlock(value, inner)}`).join('')}`;
}
const blockDocument = fc
  .array(fc.tuple(key, block), { minLength: 1, maxLength: 4 })
  .map((entries) => entries.map(([key, value]) => `${key}:${writeBlock(value, '')}`).join(''));

describe('readYamlFast: gives exactly what the yaml path gives, or declines', () => {
  it('on block documents of core schema scalars and keys in several spellings', () => {
    const taken = { true: 0, false: 0 };
    const runCount = numRuns(600, 20_000);
    fc.assert(
      fc.property(blockDocument, (text) => {
        taken[`${agrees(text)}`]++;
      }),
      { numRuns: runCount },
    );
    expect(Math.min(taken.true, taken.false)).toBeGreaterThan(runCount / 10);
  });

  it('on generated documents in several yaml styles', () => {
    let taken = 0;
    const runCount = numRuns(500, 20_000);
    fc.assert(
      fc.property(documentRoot, fc.constantFrom(...STYLES), (value, style) => {
        if (agrees(stringified(value, style))) taken++;
      }),
      { numRuns: runCount },
    );
    // Most of these are plain YAML: the fast path must not decline everything.
    expect(taken).toBeGreaterThan(runCount / 3);
  });

  it('on mutations of a valid document', () => {
    expect(agrees(EXAMPLE)).toBe(true);
    const taken = { true: 0, false: 0 };
    const runCount = numRuns(600, 20_000);
    fc.assert(
      fc.property(mutations(EXAMPLE), (text) => {
        taken[`${agrees(text)}`]++;
      }),
      { numRuns: runCount },
    );
    // Both sides: texts the fast reader takes (and must get right) and texts it leaves to yaml.
    expect(Math.min(taken.true, taken.false)).toBeGreaterThan(runCount / 10);
  });

  it('on lines of YAML tokens', () => {
    let taken = 0;
    const runCount = numRuns(800, 30_000);
    fc.assert(
      fc.property(tokenLines, (text) => {
        if (agrees(text)) taken++;
      }),
      { numRuns: runCount },
    );
    // Most are not valid YAML, or not plain; a few must be, or nothing is compared.
    expect(taken).toBeGreaterThan(runCount / 100);
  });

  const tricky: [string, string, boolean][] = [
    ['core schema scalars', 'a: "12"\nb: \'0o17\'\nc: 0o17\nd: 0x1F\ne: .inf\nf: -.Inf\ng: .NaN\nh: ~\ni: null\nj: Yes\nk: 2027-01-29\nl: 2 2/3\nm: 1_000\nn: 0b11\no: +12\np: 012\nq: 1e3\nr: -0\ns: 0.\nt: True\nu: NULL\nv:\n', true],
    ['folded and literal scalars with chomping', 'a: >\n  folded\n  text\n\n  para\nb: |-\n  lit\n   more\n\nc: >+\n  keep\n\n\nd: |\n  x\n', true],
    ['comments', '# head\na: 1 # one\n# between\nb: "x # not a comment"\nc: x#y\n', true],
    ['CRLF line endings', 'a: 1\r\nb:\r\n  - x\r\n  - "y\r\n    z"\r\n', true],
    ['escapes', 'a: "\\u00e4 \\x41 \\U0001F600 \\N \\_ \\L \\P \\e \\0 \\/ \\t"\nb: \'it\'\'s\'\n', true],
    ['multi-line quoted and plain scalars', 'a: "multi\n  line\n\n  para"\nb: plain\n  continued\nc: \'single\n  quoted\'\n', true],
    ['flow collections', 'a: {b: [1, 2, {c: d}], "e": \'f\'}\nb: [x: 1, y]\nc: [1, 2, ]\n', true],
    ['a leading --- after comments', '# yaml-language-server: $schema=x\n---\na: 1\n', true],
    ['prose with & and *', 'title: Bildung & Kultur\nnote: 5 * 3 ist *wichtig*\n', true],
    ['a sequence root', '- a\n- - b\n  - c\n- {d: e}\n', true],
    ['number keys', '1: a\n2.5: b\n', false],
    ['a null key', 'null: a\n~: b\n', false],
    ['a boolean key', 'true: a\n', false],
    ['a collection key', '[a, b]: c\n', false],
    ['an explicit key', '? a\n: b\n', false],
    ['a tab', 'a: "tab\there"\n', false],
    ['a byte order mark inside', 'a: x\ufeffy\n', false],
    ['a lone CR', 'a: x\ry\n', false],
    ['a tag', 'a: !!str 12\n', false],
    ['a local tag', 'a: !custom x\n', false],
    ['an anchor', 'a: &x 1\nb: 2\n', false],
    ['an alias', 'a: &x 1\nb: *x\n', false],
    ['a merge key', '<<: {a: 1}\nb: 2\n', false],
    ['a directive', '%YAML 1.1\n---\na: yes\n', false],
    // loadYaml looks for a version directive only in texts the fast reader declines.
    ['a directive below a comment', '# c\n%YAML 1.1\n---\na: yes\n', false],
    ['a document end marker', 'a: 1\n...\n', false],
    ['a second document', 'a: 1\n---\nb: 2\n', false],
    ['an indented document marker', '  ---\nb: c\n', false],
    ['a forbidden key', 'constructor: 1\n', false],
    ['a forbidden key spelled with escapes', '"\\x5f_proto__": 1\n', false],
    ['a duplicate key', 'a: 1\n"a": 2\n', false],
    ['a number beyond double range (Infinity, as yaml reads it)', 'a: 1e400\nb: -1e400\n', true],
    ['an integer beyond double range', `a: ${'9'.repeat(400)}\nb: 0x${'F'.repeat(300)}\n`, true],
    ['an indentation indicator', 'a: |2-\n    x\n   \n', false],
    ['a key over 1000 characters', `${'k'.repeat(1020)}: v\n`, false],
    ['a multi-line key', '"k\n  x": 1\n', false],
    ['content after a sequence at its parent’s indentation', 'a:\n- [2]b: c\n', false],
    ['a plain value below a comment line', 'k:\n#c\n  v\nx: 1\n', false],
    ['a plain sequence item below a comment line', '-\n#c\n  v\n- x\n', false],
    ['a scalar root', 'just text\n', false],
    ['an empty document', '# nothing\n', false],
    ['nesting deeper than the limit', `${'['.repeat(257)}${']'.repeat(257)}\n`, false],
  ];
  it.each(tricky)('%s', (_, text, taken) => {
    expect(agrees(text)).toBe(taken);
    if (!taken) expect(readYamlFast(text, 256)).toBeUndefined();
  });

  it('takes nesting up to the limit', () => {
    expect(readYamlFast(`${'['.repeat(256)}${']'.repeat(256)}\n`, 256)).toBeDefined();
    expect(readYamlFast('a:\n  b:\n    c: 1\n', 3)).toEqual({ a: { b: { c: 1 } } });
    expect(readYamlFast('a:\n  b:\n    c: [1]\n', 3)).toBeUndefined();
  });

  it('reads one long line and many block scalars (no hang: bounded by the test timeout)', () => {
    const keys: Record<string, number> = {};
    for (let i = 0; i < 50_000; i++) keys[`k${i}`] = i;
    const flow = JSON.stringify(keys);
    let blocks = 'm:\n';
    for (let i = 0; i < 5000; i++) blocks += `  - d: >-\n      text ${i}\n      more\n    e:\n      - >\n        x\n`;
    expect(same(readYamlFast(flow, 256), keys)).toBe(true);
    expect((readYamlFast(blocks, 256) as { m: unknown[] }).m).toHaveLength(5000);
  });

  it('reads a generated program of many modules', () => {
    const words = ['Netzwerk', 'Ehrenamt', 'Öffentlichkeit', 'Förderung', 'Qualität', 'Grüße'];
    const modules = Array.from({ length: 300 }, (_, i) => ({
      id: `m${i}`,
      title: `${words[i % words.length]} ${i}`,
      hours: i % 3 === 0 ? 8 : `${i % 5} ${1 + (i % 2)}/3`,
      ...(i % 4 === 0 ? { description: `${words.join(' ')} `.repeat(8).trim() } : {}),
      ...(i % 2 === 0 ? { topics: [words[i % 6], { title: words[(i + 1) % 6], hours: '2 2/3' }] } : {}),
      ...(i % 7 === 0 ? { modules: [{ id: `m${i}a`, title: 'Teil', hours: '1/3', optional: true }] } : {}),
    }));
    const text = stringify({ kind: 'program', id: 'gross', unit: 'UE', start: '2027-01-29', modules });
    expect(text.length).toBeGreaterThan(30_000);
    expect(agrees(text)).toBe(true);
  });
});

describe('load: fast and slow YAML paths', () => {
  const text = [
    'title: Grüße 😀',
    'ä😀:',
    '  "k\\n\\"x": [x, "ü😀y", {deep: true}]',
    '  z:',
    '    - id: a',
    '      hours: 8',
    '    - id: b # comment',
    '      hours: "2 2/3"',
    '      topics:',
    '      - Einstieg',
    '      - {title: Praxis, hours: 1/3}',
    '  text: >-',
    '    folded',
    '    lines',
    'a~b/c: 1',
    'empty:',
    '',
  ].join('\n');

  it('give identical values and identical positions for every pointer', () => {
    expect(readYamlFast(text, 256)).toBeDefined();
    const fast = load(text, { format: 'yaml' });
    const reference = slow(text);
    expect(fast.diagnostics).toEqual([]);
    expect(same(fast.value, reference.value)).toBe(true);
    const pointers = [...pointersOf(fast.value), '/nope', '/ä😀/z/1/missing', '/ä😀/z/9'];
    expect(pointers.length).toBeGreaterThan(20);
    for (const pointer of pointers) {
      expect(fast.sourceMap.locate(pointer)).toEqual(reference.sourceMap.locate(pointer));
      expect(fast.sourceMap.locate(pointer, 'key')).toEqual(reference.sourceMap.locate(pointer, 'key'));
    }
    expect(fast.sourceMap.locate('/ä😀/z/1/hours')).toEqual({ line: 8, column: 14, endLine: 8, endColumn: 21 });
  });

  it('give identical positions on generated documents', () => {
    fc.assert(
      fc.property(documentRoot, fc.constantFrom(...STYLES), (value, style) => {
        const yamlText = stringified(value, style);
        if (readYamlFast(yamlText, 256) === undefined) return;
        const fast = load(yamlText, { format: 'yaml' });
        const reference = slow(yamlText);
        for (const pointer of pointersOf(fast.value)) {
          expect(fast.sourceMap.locate(pointer, 'key')).toEqual(reference.sourceMap.locate(pointer, 'key'));
          expect(fast.sourceMap.locate(pointer)).toEqual(reference.sourceMap.locate(pointer));
        }
      }),
      { numRuns: numRuns(150, 5000) },
    );
  });

  it('still report aliases, anchors, forbidden keys and second documents', () => {
    const lol = (name: string, inner: string) => `${name}: &${name} [${Array(9).fill(inner).join(', ')}]\n`;
    // Seven levels of nine expand to 9^7 values, past the limit of a million.
    const bomb = lol('a', '"lol"') + lol('b', '*a') + lol('c', '*b') + lol('d', '*c') + lol('e', '*d') + lol('f', '*e') + lol('g', '*f');
    expect(where(load(bomb, { format: 'yaml' }).diagnostics)).toEqual(['limit/aliases 3:8']);
    expect(where(load('a: &a [1, *a]\n', { format: 'yaml' }).diagnostics)).toEqual(['syntax 1:11']);
    expect(where(load('a: *missing\n', { format: 'yaml' }).diagnostics)).toEqual(['syntax 1:4']);
    expect(load('base: &b {hours: 8}\nm: [*b]\n', { format: 'yaml' })).toMatchObject({ ok: true, value: { base: { hours: 8 }, m: [{ hours: 8 }] } });
    expect(where(load('__proto__:\n  polluted: 1\na: 1\n', { format: 'yaml' }).diagnostics)).toEqual(['schema/forbidden-key 1:1']);
    expect(where(load('a:\n  prototype: 1\n', { format: 'yaml' }).diagnostics)).toEqual(['schema/forbidden-key 2:3']);
    expect(where(load('a: 1\n---\nb: 2\n', { format: 'yaml' }).diagnostics)).toEqual(['syntax 2:1']);
    expect(where(load('a: 1\nb: 2\na: 3\n', { format: 'yaml' }).diagnostics)).toEqual(['syntax 3:1']);
    expect(load('a: !custom x\n', { format: 'yaml' }).diagnostics).toMatchObject([{ severity: 'warning', line: 1, column: 4 }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects hostile nesting, placed by the pre-scan', () => {
    const deep = 100_000;
    expect(readYamlFast('['.repeat(deep) + ']'.repeat(deep), 256)).toBeUndefined();
    expect(where(load('a:\n  b: ' + '['.repeat(deep) + ']'.repeat(deep) + '\n', { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 2:260']);
    expect(where(load('- '.repeat(deep) + 'x\n', { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 1:513']);
    expect(where(load('{a: '.repeat(deep), { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 1:1025']);
    let stairs = '';
    for (let i = 0; i < 300; i++) stairs += `${' '.repeat(i * 2)}level${i}:\n`;
    expect(where(load(stairs, { format: 'yaml' }).diagnostics)).toEqual(['limit/depth 257:513']);
  });
});
