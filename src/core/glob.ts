/**
 * Whether a path argument is a glob pattern (`*`, `?`) rather than a path.
 *
 * @example
 * ```ts
 * import { isGlob } from './glob.js';
 * isGlob('examples/**\/*.yaml'); // true
 * ```
 */
export function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * A matcher for a glob pattern with `*` (any characters but `/`), `?` (one
 * such character) and `**` (any number of folders). Patterns use forward
 * slashes; a leading `./` is ignored. Wildcards do not match a leading dot,
 * as in shells.
 *
 * It matches without a regular expression: a translation to one (ours
 * before, and picomatch's, measured) backtracks on patterns such as
 * `*a*a*a*a*b.yaml`, which took 18 s and more against a long file name.
 * Here `*` within a segment and `**` across segments are matched greedily
 * with one resume point each (the classic wildcard algorithm), so a match
 * costs at most the product of the lengths, never more.
 *
 * @example
 * ```ts
 * import { globMatcher } from './glob.js';
 * globMatcher('examples/**\/*.yaml')('examples/a/b.yaml'); // true
 * ```
 */
export function globMatcher(pattern: string): (path: string) => boolean {
  const segments = normalizePattern(pattern).split('/');
  // Most segments have no wildcard (the folders before `*.yaml`): each is one string comparison for
  // every file a search finds, not a walk through its characters.
  const literal = segments.map((segment) => !isGlob(segment));
  return (path) => matchSegments(segments, literal, path.split('/'));
}

/** `**` is zero or more whole segments (none starting with a dot); any other pattern segment matches one. */
function matchSegments(pattern: readonly string[], literal: readonly boolean[], path: readonly string[]): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < path.length) {
    if (p < pattern.length && pattern[p] === '**') {
      starP = p++;
      starT = t;
    } else if (p < pattern.length && (literal[p] ? pattern[p] === path[t] : matchSegment(pattern[p]!, path[t]!))) {
      p++;
      t++;
    } else if (starP >= 0 && !path[starT]!.startsWith('.')) {
      // Let the last `**` take one more segment, and try again after it.
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '**') p++;
  return p === pattern.length;
}

/** One segment: `*` any run of characters, `?` one; neither matches a leading dot. */
function matchSegment(pattern: string, text: string): boolean {
  if (text.startsWith('.') && (pattern.startsWith('*') || pattern.startsWith('?'))) return false;
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === '*') {
      starP = p++;
      starT = t;
    } else if (p < pattern.length && (c === '?' || c === text[t])) {
      p++;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/**
 * Forward slashes, no leading `./`.
 *
 * @example
 * ```ts
 * normalizePattern('.\\examples\\*.yaml'); // 'examples/*.yaml'
 * ```
 */
export function normalizePattern(pattern: string): string {
  return pattern.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/**
 * The folder a walk for a pattern starts in: its leading segments without
 * wildcards (`examples/**\/*.yaml` → `examples`, `*.json` → `.`).
 *
 * @example
 * ```ts
 * import { globBase } from './glob.js';
 * globBase('examples/*\/program.yaml'); // 'examples'
 * ```
 */
export function globBase(pattern: string): string {
  const segments = normalizePattern(pattern).split('/');
  const base: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (isGlob(s)) break;
    base.push(s);
  }
  if (base.length === 1 && base[0] === '') return '/';
  return base.length === 0 ? '.' : base.join('/');
}

/**
 * How deep below its base a pattern can match, or Infinity with `**`; bounds
 * the folder walk.
 *
 * @example
 * ```ts
 * import { globDepth } from './glob.js';
 * globDepth('a/*\/*.yaml'); // 2
 * ```
 */
export function globDepth(pattern: string): number {
  const p = normalizePattern(pattern);
  if (p.includes('**')) return Infinity;
  const base = globBase(p);
  const rest = base === '.' ? p : p.slice(base.length + (base === '/' ? 0 : 1));
  return rest.split('/').length;
}
