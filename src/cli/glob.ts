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
 * A regular expression for a glob pattern with `*` (any characters but
 * `/`), `?` (one such character) and `**` (any number of folders). Patterns
 * use forward slashes; a leading `./` is ignored. Wildcards do not match a
 * leading dot, as in shells.
 *
 * @example
 * ```ts
 * import { globToRegExp } from './glob.js';
 * globToRegExp('examples/**\/*.yaml').test('examples/a/b.yaml'); // true
 * ```
 */
export function globToRegExp(pattern: string): RegExp {
  const p = normalizePattern(pattern);
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    const atSegmentStart = i === 0 || p[i - 1] === '/';
    if (ch === '*' && p[i + 1] === '*' && atSegmentStart && (p[i + 2] === '/' || i + 2 === p.length)) {
      // `**/` matches zero or more whole folders; a trailing `**` everything below.
      re += i + 2 === p.length ? '(?:[^/.][^/]*)(?:/[^/.][^/]*)*' : '(?:[^/.][^/]*/)*';
      i += 2;
    } else if (ch === '*') {
      re += atSegmentStart ? '(?:[^/.][^/]*)?' : '[^/]*';
    } else if (ch === '?') {
      re += atSegmentStart ? '[^/.]' : '[^/]';
    } else {
      re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
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
