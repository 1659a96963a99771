/**
 * Finds where JSON text nests deeper than `maxDepth` objects and arrays,
 * without parsing it: brackets are counted outside strings. Returns the
 * offset of the first bracket beyond the limit, or -1.
 *
 * This runs before `JSON.parse` and before any scanner, so a hostile file
 * with 100,000 nested `[` is rejected in one linear pass and never reaches
 * code that could exhaust the stack. Given `keys`, it also counts the keys
 * the text writes (strings followed by a colon), which the loader compares
 * with the parsed value's to find a repeated key without a second walk.
 *
 * @example
 * ```ts
 * jsonDepthExcess('[[[1]]]', 2); // 2 (the third '[')
 * jsonDepthExcess('["[[["]', 2); // -1 (brackets in strings do not count)
 * const keys = { count: 0 };
 * jsonDepthExcess('{"a": {"b": 1}}', 256, keys); // -1, and keys.count is 2
 * ```
 */
export function jsonDepthExcess(text: string, maxDepth: number, keys?: { count: number }): number {
  let depth = 0;
  let keyCount = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Jump to the closing quote: one not preceded by an odd number of backslashes.
      let j = text.indexOf('"', i + 1);
      while (j > 0) {
        let k = j - 1;
        while (text.charCodeAt(k) === 92) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j < 0) break;
      i = j;
      if (keys !== undefined) {
        // A string followed by a colon is a key (in text that is JSON).
        let next = j + 1;
        let d = text.charCodeAt(next);
        while (d === 32 || d === 10 || d === 13 || d === 9) d = text.charCodeAt(++next);
        if (d === 58) keyCount++;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (depth > 0) depth--;
    }
  }
  if (keys !== undefined) keys.count = keyCount;
  return -1;
}

/**
 * True when the text has at most `limit` opening brackets (`[` and `{`,
 * inside strings or not), counted with `indexOf` and given up as soon as
 * the count passes the limit.
 *
 * `JSON.parse` is linear but slow on dense nesting (about 1 µs per level:
 * 4 million nested `[` take seconds), so `load` lets it run before the
 * depth pre-scan only on texts that cannot hide much nesting: real
 * documents have one bracket per 80 to 170 characters. Costs a tenth of
 * {@link jsonDepthExcess} on a 1.4 MB program.
 *
 * @example
 * ```ts
 * openingBracketsAtMost('{"a": [1, 2]}', 2); // true
 * openingBracketsAtMost('[[[', 2); // false
 * ```
 */
export function openingBracketsAtMost(text: string, limit: number): boolean {
  let count = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) if (++count > limit) return false;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) if (++count > limit) return false;
  return true;
}

const SPACE = 32;
const TAB = 9;
const CR = 13;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/**
 * The indentation of the block collection that holds a scalar starting here: the key's column for
 * a mapping value (`- a: |` is held at column 2, not the line's 0), else the column of the level
 * above the scalar's own (it starts its line, or follows `- ` or `? `); -1 at the root.
 */
function parentIndent(indents: readonly number[], mappingValue: boolean): number {
  const depth = indents.length;
  return mappingValue ? (indents[depth - 1] ?? -1) : depth >= 2 ? (indents[depth - 2] as number) : -1;
}

/** Whether a block sequence entry (`- ` or a lone `-`) starts at `at`. */
function isEntry(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === 45 && (at + 1 >= end || isBlank(text.charCodeAt(at + 1)));
}

/**
 * Estimates YAML nesting without parsing, and returns the offset where it
 * first exceeds `maxDepth` (or -1). Block structure is tracked as a stack of
 * indentation columns (compact `- - x` entries count once each, a `- `
 * entry at its key's indentation one more), flow collections by their
 * brackets (a single-pair mapping in a flow sequence, `[a: b]`, one more);
 * quoted scalars, comments and block scalar bodies (`|`, `>`) are skipped,
 * and a flow collection or quote that a less indented line would continue
 * is taken to have ended there, as yaml takes it.
 *
 * It is an estimate by design, and errs only upwards: it never counts less
 * than the nesting the `yaml` package builds, so hostile input (100,000
 * nested `[`, a staircase of indentation) is rejected in one linear pass
 * before yaml's composer, which recurses, ever sees it. It may count more:
 * one level for a sequence of scalars or a plain scalar broken over lines
 * (what the generous default limit absorbs), more for text that only looks
 * like structure in a plain scalar broken over lines.
 *
 * @example
 * ```ts
 * yamlDepthExcess('a:\n  b:\n    c: [[1]]\n', 4); // 16 (the second '[')
 * ```
 */
export function yamlDepthExcess(text: string, maxDepth: number): number {
  const n = text.length;
  const indents: number[] = [];
  const sequence: boolean[] = []; // per block level: whether a `- ` entry opened it
  let flow = 0;
  let flowParent = -1; // the block indentation a flow collection opened in
  // Per open flow collection: whether it is a sequence, and whether its current entry is a
  // single-pair mapping (`[a: b]` nests the pair one level deeper, with no bracket of its own).
  const flowSequence: boolean[] = [];
  const flowPair: boolean[] = [];
  let pairs = 0;
  let quote = 0; // the quote character code while inside a quoted scalar
  let quoteParent = -1; // the block indentation a quoted scalar opened in
  let blockScalarParent = -2; // > -2 while skipping a block scalar's body
  let blockScalarIndent = -1; // the body's indentation, once its first line is seen
  let prev = -1; // last non-blank character, -1 at the start of a block line's content
  let indicates = false; // whether the last ':', '-' or '?' was an indicator, not part of a plain scalar
  let nodeEnd = -1; // just past the last quote or bracket that closed a node (a JSON-like key)
  let i = 0;
  while (i < n) {
    const lineStart = i;
    let lineEnd = text.indexOf('\n', i);
    if (lineEnd < 0) lineEnd = n;
    i = lineEnd + 1;
    let end = lineEnd;
    if (end > lineStart && text.charCodeAt(end - 1) === CR) end--;

    let j = lineStart;
    while (j < end && text.charCodeAt(j) === SPACE) j++;
    const indent = j - lineStart;
    const blank = j >= end || (text.charCodeAt(j) === TAB && text.slice(j, end).trim() === "");

    if (blockScalarParent > -2) {
      if (blank) continue;
      // The first line sets the body's indentation, unless the header did (`|2`); a line indented less ends it.
      if (blockScalarIndent < 0 && indent > blockScalarParent) blockScalarIndent = indent;
      if (blockScalarIndent >= 0 && indent >= blockScalarIndent) continue;
      blockScalarParent = -2;
      blockScalarIndent = -1;
    }
    // A flow collection ends, for yaml, at a line indented no more than the block it opened in
    // (an error, or a `[` that was never one: `x\n [y` is a plain scalar); only a closing bracket
    // may stand there.
    if (flow > 0 && quote === 0 && !blank && indent <= flowParent && !(text.charCodeAt(j) === 93 || text.charCodeAt(j) === 125)) {
      flow = pairs = flowSequence.length = flowPair.length = 0;
    }
    // Likewise a quote that a line so indented would continue was none (`x\n 'y` is a plain scalar).
    if (quote !== 0 && flow === 0 && !blank && indent <= quoteParent) quote = 0;

    let k = j;
    if (quote === 0 && flow === 0) {
      if (blank || text.charCodeAt(j) === 35 /* # */) continue;
      if (indent === 0 && (text.startsWith('---', j) || text.startsWith('...', j))) {
        const after = text.charCodeAt(j + 3);
        if (j + 3 >= end || isBlank(after)) {
          indents.length = sequence.length = 0;
          k = j + 3;
          while (k < end && isBlank(text.charCodeAt(k))) k++;
          if (k >= end) continue;
        }
      }
      if (k === j) {
        // A `- ` entry at its parent key's indentation (`a:\n- x`) is a level inside that key.
        const entry = isEntry(text, j, end);
        for (let top = indents.length - 1; top >= 0; top--) {
          const at = indents[top] as number;
          if (at < indent || (at === indent && entry && !sequence[top])) break;
          indents.pop();
          sequence.pop();
        }
        indents.push(indent);
        sequence.push(entry);
      }
      if (indents.length > maxDepth) return j;
      // Compact nested entries on one line: "- - x", "? - x", ": - x".
      for (;;) {
        const c = text.charCodeAt(k);
        if (!((c === 45 /* - */ || c === 63 /* ? */ || (c === 58 /* : */ && k === j)) && (k + 1 >= end || isBlank(text.charCodeAt(k + 1))))) break;
        k += 1;
        while (k < end && isBlank(text.charCodeAt(k))) k++;
        if (k >= end || text.charCodeAt(k) === 35) break;
        indents.push(k - lineStart);
        sequence.push(isEntry(text, k, end));
        if (indents.length > maxDepth) return k;
      }
      // A flow collection opening the line is counted by its bracket, not as a block level.
      const first = text.charCodeAt(k);
      if ((first === 91 || first === 123) && indents[indents.length - 1] === k - lineStart) {
        indents.pop();
        sequence.pop();
      }
    }

    // The rest of the line: flow brackets, quotes, comments, block scalar headers. In a flow
    // collection a line break is only a space: what the last line ended with still counts.
    if (flow === 0) {
      prev = -1;
      indicates = false;
    }
    for (let p = k; p < end; p++) {
      const c = text.charCodeAt(p);
      if (quote !== 0) {
        if (quote === 39 /* ' */ && c === 39) {
          if (text.charCodeAt(p + 1) === 39) p++;
          else {
            quote = 0;
            nodeEnd = p + 1;
          }
        } else if (quote === 34 && c === 92 /* \ */) p++;
        else if (quote === 34 && c === 34) {
          quote = 0;
          nodeEnd = p + 1;
        }
        prev = c;
        continue;
      }
      if (isBlank(c)) continue;
      if (c === 35 /* # */ && (p === lineStart || isBlank(text.charCodeAt(p - 1)))) break;
      const tokenStart: boolean =
        prev === -1 ||
        ((prev === 58 /* : */ || prev === 45 /* - */ || prev === 63) /* ? */ && indicates && isBlank(text.charCodeAt(p - 1))) ||
        (flow > 0 && (prev === 91 || prev === 123 || prev === 44 || (prev === 58 && indicates)));
      if (c === 58) {
        // `:` is an indicator before a blank; in a flow collection also before a flow indicator
        // or right after a quoted key (`{"a":"b"}`), so `{ :': x }` has the plain key `:'`.
        const next = text.charCodeAt(p + 1);
        indicates = p + 1 >= end || isBlank(next) || (flow > 0 && (next === 44 || next === 91 || next === 93 || next === 123 || next === 125 || nodeEnd === p));
      } else if (c === 45 || c === 63) {
        // `- ` and `? ` indicate only where a node starts (`a- [` is a plain scalar).
        indicates = tokenStart && (p + 1 >= end || isBlank(text.charCodeAt(p + 1)));
      }
      if (flow > 0 && flowSequence[flow - 1] === true && flowPair[flow - 1] !== true && indicates && (c === 58 || c === 63)) {
        flowPair[flow - 1] = true;
        if (indents.length + flow + ++pairs > maxDepth) return p;
      }
      if (c === 91 /* [ */ || c === 123 /* { */) {
        if (flow > 0 || tokenStart) {
          if (flow === 0) flowParent = indents.length > 0 ? (indents[indents.length - 1] as number) : -1;
          flowSequence[flow] = c === 91;
          flowPair[flow] = false;
          flow++;
          if (indents.length + flow + pairs > maxDepth) return p;
        }
      } else if (c === 93 /* ] */ || c === 125 /* } */) {
        if (flow > 0) {
          flow--;
          if (flowPair[flow] === true) pairs--;
          nodeEnd = p + 1;
        }
      } else if (c === 44 /* , */ && flow > 0 && flowPair[flow - 1] === true) {
        flowPair[flow - 1] = false;
        pairs--;
      } else if ((c === 34 || c === 39) && tokenStart) {
        quote = c;
        quoteParent = flow > 0 ? -1 : parentIndent(indents, prev === 58);
      } else if ((c === 124 /* | */ || c === 62) /* > */ && flow === 0 && tokenStart && /^[|>][0-9+-]*(?:[ \t]+#.*)?[ \t]*$/.test(text.slice(p, end))) {
        // The body is every line indented past the collection that holds the scalar.
        blockScalarParent = parentIndent(indents, prev === 58);
        // An indentation indicator fixes the body's indentation past the parent's.
        let h = p + 1;
        while (h < end && (text.charCodeAt(h) === 43 || text.charCodeAt(h) === 45)) h++;
        const digit = text.charCodeAt(h) - 48;
        if (digit >= 1 && digit <= 9) blockScalarIndent = Math.max(blockScalarParent, 0) + digit;
        break;
      }
      prev = c;
    }
  }
  return -1;
}
