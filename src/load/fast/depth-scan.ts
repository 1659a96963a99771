/**
 * Finds where JSON text nests deeper than `maxDepth` objects and arrays,
 * without parsing it: brackets are counted outside strings. Returns the
 * offset of the first bracket beyond the limit, or -1.
 *
 * This runs before `JSON.parse` and before any scanner, so a hostile file
 * with 100,000 nested `[` is rejected in one linear pass and never reaches
 * code that could exhaust the stack.
 *
 * @example
 * ```ts
 * jsonDepthExcess('[[[1]]]', 2); // 2 (the third '[')
 * jsonDepthExcess('["[[["]', 2); // -1 (brackets in strings do not count)
 * ```
 */
export function jsonDepthExcess(text: string, maxDepth: number): number {
  let depth = 0;
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
      if (j < 0) return -1;
      i = j;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > maxDepth) return i;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (depth > 0) depth--;
    }
  }
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
const LF = 10;
const CR = 13;

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}

/**
 * Estimates YAML nesting without parsing, and returns the offset where it
 * first exceeds `maxDepth` (or -1). Block structure is tracked as a stack of
 * indentation columns (compact `- - x` entries count once each), flow
 * collections by their brackets; quoted scalars, comments and block scalar
 * bodies (`|`, `>`) are skipped.
 *
 * It is an estimate by design: it may count one level too many for a
 * multi-line plain scalar, which the generous default limit absorbs, and it
 * runs in one linear pass so that hostile input (100,000 nested `[` or a
 * staircase of indentation) is rejected before the `yaml` parser, whose
 * composer recurses, ever sees it.
 *
 * @example
 * ```ts
 * yamlDepthExcess('a:\n  b:\n    c: [[1]]\n', 4); // 16 (the second '[')
 * ```
 */
export function yamlDepthExcess(text: string, maxDepth: number): number {
  const n = text.length;
  const indents: number[] = [];
  let flow = 0;
  let quote = 0; // the quote character code while inside a quoted scalar
  let blockScalarParent = -2; // > -2 while skipping a block scalar's body
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
      if (blank || indent > blockScalarParent) continue;
      blockScalarParent = -2;
    }

    let k = j;
    if (quote === 0 && flow === 0) {
      if (blank || text.charCodeAt(j) === 35 /* # */) continue;
      if (indent === 0 && (text.startsWith('---', j) || text.startsWith('...', j))) {
        const after = text.charCodeAt(j + 3);
        if (j + 3 >= end || isBlank(after)) {
          indents.length = 0;
          k = j + 3;
          while (k < end && isBlank(text.charCodeAt(k))) k++;
          if (k >= end) continue;
        }
      }
      if (k === j) {
        while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop();
        indents.push(indent);
      }
      if (indents.length > maxDepth) return j;
      // Compact nested entries on one line: "- - x", "? - x".
      for (;;) {
        const c = text.charCodeAt(k);
        if (!((c === 45 /* - */ || c === 63) /* ? */ && (k + 1 >= end || isBlank(text.charCodeAt(k + 1))))) break;
        k += 1;
        while (k < end && isBlank(text.charCodeAt(k))) k++;
        if (k >= end || text.charCodeAt(k) === 35) break;
        indents.push(k - lineStart);
        if (indents.length > maxDepth) return k;
      }
      // A flow collection opening the line is counted by its bracket, not as a block level.
      const first = text.charCodeAt(k);
      if ((first === 91 || first === 123) && indents[indents.length - 1] === k - lineStart) indents.pop();
    }

    // The rest of the line: flow brackets, quotes, comments, block scalar headers.
    let prev = -1; // last non-blank character on this line, -1 at the start of content
    for (let p = k; p < end; p++) {
      const c = text.charCodeAt(p);
      if (quote !== 0) {
        if (quote === 39 /* ' */ && c === 39) {
          if (text.charCodeAt(p + 1) === 39) p++;
          else quote = 0;
        } else if (quote === 34 && c === 92 /* \ */) p++;
        else if (quote === 34 && c === 34) quote = 0;
        prev = c;
        continue;
      }
      if (isBlank(c)) continue;
      if (c === 35 /* # */ && (p === lineStart || isBlank(text.charCodeAt(p - 1)))) break;
      const tokenStart =
        prev === -1 ||
        ((prev === 58 /* : */ || prev === 45 /* - */ || prev === 63) /* ? */ && isBlank(text.charCodeAt(p - 1))) ||
        (flow > 0 && (prev === 91 || prev === 123 || prev === 44 || prev === 58));
      if (c === 91 /* [ */ || c === 123 /* { */) {
        if (flow > 0 || tokenStart) {
          flow++;
          if (indents.length + flow > maxDepth) return p;
        }
      } else if (c === 93 /* ] */ || c === 125 /* } */) {
        if (flow > 0) flow--;
      } else if ((c === 34 || c === 39) && tokenStart) {
        quote = c;
      } else if ((c === 124 /* | */ || c === 62) /* > */ && flow === 0 && tokenStart && /^[|>][0-9+-]*(?:[ \t]+#.*)?[ \t]*$/.test(text.slice(p, end))) {
        blockScalarParent = prev === -1 && indent === 0 && k === j ? -1 : indent;
        break;
      }
      prev = c;
    }
  }
  return -1;
}
