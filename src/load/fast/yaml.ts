import type * as JsYaml from 'js-yaml';
import type { Event } from 'js-yaml';
import { lazyRequire } from '../../core/lazy-require.js';
import { isForbiddenKey } from '../forbidden-keys.js';

// js-yaml is needed only once a YAML text arrives: JSON-only users never load it.
const jsYaml = (): typeof JsYaml => lazyRequire<typeof JsYaml>('js-yaml');

// Why a second YAML parser: the `yaml` package builds a full document with
// positions, comments and ranges, which costs 3.5 times js-yaml on a 1 MB
// program (its tokenizer alone 2.6 times). Valid files are the common case
// in CI, so they are tokenized by js-yaml (its flat event list, no tree)
// and built into values here; everything this reader cannot vouch for goes
// to `yaml`, which also produces every diagnostic. The rule: the fast
// reader may decline any text, but what it accepts must come out exactly as
// `yaml` (YAML 1.2 core schema, unique keys, strict) would give it, with no
// diagnostic. tests/load/fast/yaml.test.ts checks that property; each
// decline below names the difference between the two parsers it avoids.

// yaml's core schema for plain scalars, tried in yaml's order (null, bool,
// int in octal, decimal and hex, float .inf/.nan, exponent, decimal), with
// yaml's conversions: so the values are yaml's by construction, including
// corners where js-yaml differs (`1e400` is Infinity, not a string).
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT_OCT = /^0o[0-7]+$/;
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_INT_HEX = /^0x[0-9a-fA-F]+$/;
const CORE_FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const CORE_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

function plainScalar(source: string): unknown {
  const first = source.charCodeAt(0);
  // Only these first characters can start a null, a boolean or a number; everything else is a string at once.
  if (Number.isNaN(first) || first === 126 /* ~ */ || first === 110 /* n */ || first === 78 /* N */) {
    return CORE_NULL.test(source) ? null : source;
  }
  if (first === 116 /* t */ || first === 84 /* T */ || first === 102 /* f */ || first === 70 /* F */) {
    return CORE_BOOL.test(source) ? first === 116 || first === 84 : source;
  }
  if (!((first >= 48 && first <= 57) || first === 43 /* + */ || first === 45 /* - */ || first === 46) /* . */) return source;
  if (CORE_INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (CORE_INT.test(source)) return parseInt(source, 10);
  if (CORE_INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (CORE_FLOAT_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return Number.NaN;
    return source.charCodeAt(0) === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (CORE_FLOAT_EXP.test(source) || CORE_FLOAT.test(source)) return parseFloat(source);
  return source;
}

const LONE_CR = /\r(?!\n)/;
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
const ONLY_COMMENT_LINES = /^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*$/;
const LEADING_MARKER = /^(?:[ ]*(?:#[^\r\n]*)?\r?\n)*---(?:[ \r\n]|$)/;
const INDENTATION_INDICATOR = /[|>][-+]?[1-9]/;

/**
 * Text-level reasons to leave a YAML text to the `yaml` package, each a
 * place where yaml and js-yaml were seen to differ: tabs (yaml rejects tab
 * indentation that js-yaml accepts), a byte order mark inside the text, a
 * lone CR (a line break to js-yaml, content to yaml), directives (`%` at the
 * start of a line: js-yaml skips unknown ones, yaml reports them) and
 * document markers other than one leading `---` (a second document is a
 * diagnostic).
 */
function textIsPlain(text: string): boolean {
  if (text.includes('\t') || text.includes('\uFEFF') || text.startsWith('%') || text.includes('\n%')) return false;
  if (text.includes('\r') && LONE_CR.test(text)) return false;
  if (text.startsWith('---') || text.startsWith('...') || text.includes('\n---') || text.includes('\n...')) {
    DOCUMENT_MARKER.lastIndex = 0;
    const first = DOCUMENT_MARKER.exec(text);
    if (first !== null) {
      if (text.startsWith('...', first.index)) return false;
      if (!ONLY_COMMENT_LINES.test(text.slice(0, first.index))) return false;
      if (DOCUMENT_MARKER.exec(text) !== null) return false;
    }
  }
  return true;
}

// A block scalar header with an explicit indentation indicator (`|2-`, `>1`):
// the two libraries disagree on whitespace-only lines inside such scalars.
// js-yaml's content starts on the line after the header.
function hasIndentationIndicator(text: string, contentStart: number): boolean {
  const headerEnd = text.charCodeAt(contentStart - 1) === 10 ? contentStart - 1 : contentStart;
  return INDENTATION_INDICATOR.test(text.slice(text.lastIndexOf('\n', headerEnd - 1) + 1, headerEnd));
}

// yaml (strict) rejects an implicit key longer than 1024 characters or
// broken over lines; js-yaml does not. Declines any key that comes close.
// Bounded work per key: a long single-line flow document must stay linear.
function keyIsShort(text: string, start: number, end: number): boolean {
  const colon = text.indexOf(':', end);
  if (colon < 0 || colon - start > 1000) return false;
  for (let i = start; i < colon; i++) if (text.charCodeAt(i) === 10) return false;
  return true;
}

// Every key of a block mapping but the first must begin its line. js-yaml
// misses content left on the line after a sequence at its parent's
// indentation (`a:\n- [1]b: c` reads as two keys), yaml rejects it.
function startsLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32) return false;
  }
  return true;
}

// A plain value that begins its line below a comment line: yaml reads
// `-\n#c\n  v\n- x` as ['v - x'] and rejects `k:\n#c\n  v\nx: 1`, js-yaml
// reads what the indentation says. Looks back over blank and comment lines
// to the line with content above.
function belowCommentLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  if (i < 0 || text.charCodeAt(i) !== 10) return false;
  while (i > 0) {
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    let j = lineStart;
    while (j < i && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 13)) j++;
    if (j < i) return text.charCodeAt(j) === 35;
    i = lineStart - 1;
  }
  return false;
}

const PLAIN = 1; // SCALAR_STYLE.PLAIN
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const LITERAL_BLOCK = 4; // and FOLDED_BLOCK = 5
const BLOCK = 1; // COLLECTION_STYLE.BLOCK
const KEEP = 3; // CHOMPING_MODE.KEEP

type Collection = Record<string, unknown> | unknown[];

/**
 * Builds the value from js-yaml's flat event list in one pass, declining
 * (undefined) on whatever needs yaml's judgement: directives, more than one
 * document, anchors, aliases and tags (yaml's alias limits, cycle checks
 * and tag warnings apply), a scalar root, nesting deeper than `maxDepth`,
 * keys that are not strings (yaml and js-yaml name `1`, `null` or `[a]`
 * keys differently), duplicate, forbidden and merge keys, explicit
 * indentation indicators, `|+` at an end of text without a line break,
 * long or multi-line keys, block mapping keys that do not begin a line and
 * plain values below a comment line. Every check looks at a bounded stretch
 * of text, so the pass is linear.
 */
function build(text: string, events: readonly Event[], maxDepth: number): object | undefined {
  const { EVENT_ID, getScalarValue } = jsYaml();
  // `|+` keeps trailing blank lines; a last line of spaces without a line break counts as one more in js-yaml only.
  const endsWithBreak = text.endsWith('\n');
  // One entry per open collection: the collection, its key waiting for a value, how many keys it has had, its style.
  const open: Collection[] = [];
  const pendingKey: (string | undefined)[] = [];
  const keyCount: number[] = [];
  const block: boolean[] = [];
  let root: object | undefined;
  let documents = 0;
  // Adds a finished value to the open collection; false when it would be a key that is not a string.
  const add = (value: unknown): boolean => {
    const top = open.length - 1;
    const target = open[top] as Collection;
    if (Array.isArray(target)) target.push(value);
    else {
      const key = pendingKey[top];
      if (key === undefined) return false;
      target[key] = value;
      pendingKey[top] = undefined;
    }
    return true;
  };
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as Event;
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || event.directives.length > 0 || event.explicitEnd) return undefined;
        // js-yaml also takes an indented `---` for a marker; yaml only one in column 1.
        if (event.explicitStart && !LEADING_MARKER.test(text)) return undefined;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (event.tagStart !== -1 || event.anchorStart !== -1 || open.length >= maxDepth) return undefined;
        const top = open.length - 1;
        // A collection as a key: yaml stringifies it, js-yaml would not.
        if (top >= 0 && !Array.isArray(open[top]) && pendingKey[top] === undefined) return undefined;
        open.push(event.type === EVENT_ID.MAPPING ? {} : []);
        pendingKey.push(undefined);
        keyCount.push(0);
        block.push(event.style === BLOCK);
        break;
      }
      case EVENT_ID.SCALAR: {
        if (event.tagStart !== -1 || event.anchorStart !== -1) return undefined;
        const style = event.style;
        if (style >= LITERAL_BLOCK && (hasIndentationIndicator(text, event.valueStart) || (event.chomping === KEEP && !endsWithBreak))) return undefined;
        const top = open.length - 1;
        if (top < 0) return undefined;
        const target = open[top] as Collection;
        if (!Array.isArray(target) && pendingKey[top] === undefined) {
          // A key: quoted ones start at their quote.
          const start = style === SINGLE_QUOTED || style === DOUBLE_QUOTED ? event.valueStart - 1 : event.valueStart;
          if (start < 0 || !keyIsShort(text, start, event.valueEnd)) return undefined;
          if ((keyCount[top] as number) > 0 && block[top] === true && !startsLine(text, start)) return undefined;
          const source = getScalarValue(text, event);
          const key = style === PLAIN ? plainScalar(source) : source;
          if (typeof key !== 'string' || isForbiddenKey(key) || key === '<<' || Object.prototype.hasOwnProperty.call(target, key)) return undefined;
          pendingKey[top] = key;
          keyCount[top] = (keyCount[top] as number) + 1;
          break;
        }
        if (style === PLAIN && belowCommentLine(text, event.valueStart)) return undefined;
        const source = getScalarValue(text, event);
        add(style === PLAIN ? plainScalar(source) : source);
        break;
      }
      case EVENT_ID.POP: {
        // The document's own end has no open collection.
        if (open.length === 0) break;
        const top = open.length - 1;
        if (pendingKey[top] !== undefined) return undefined;
        const done = open.pop() as Collection;
        pendingKey.pop();
        keyCount.pop();
        block.pop();
        if (open.length === 0) root = done;
        else if (!add(done)) return undefined;
        break;
      }
      default:
        return undefined; // an alias
    }
  }
  return documents === 1 ? root : undefined;
}

/**
 * Reads plain YAML quickly (schnelles Einlesen) with js-yaml, or declines.
 *
 * Returns the value when the text is one document whose root is a mapping
 * or a sequence and nothing in it needs the `yaml` package's judgement
 * (see above); the value is then exactly what the `yaml` path gives, and
 * that path would report nothing. Returns `undefined` for everything else:
 * invalid YAML, empty documents, anchors, tags, duplicate or forbidden
 * keys, non-string keys, nesting deeper than `maxDepth`, and the other
 * corners listed in this file. Never throws.
 *
 * @example
 * ```ts
 * readYamlFast('modules:\n  - id: a\n    hours: 2 2/3\n', 256); // { modules: [{ id: 'a', hours: '2 2/3' }] }
 * readYamlFast('a: &x 1\nb: *x\n', 256); // undefined (aliases are left to yaml)
 * ```
 */
export function readYamlFast(text: string, maxDepth: number): object | undefined {
  if (!textIsPlain(text)) return undefined;
  try {
    // js-yaml's own depth limit guards its stack; `build` applies ours.
    return build(text, jsYaml().parseEvents(text, { maxDepth: maxDepth + 1 }), maxDepth);
  } catch {
    return undefined;
  }
}
