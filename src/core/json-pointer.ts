import { checkList, checkText } from './arguments.js';
/**
 * Builds a JSON pointer (RFC 6901) from path segments.
 *
 * @example
 * ```ts
 * import { toPointer } from 'curricula';
 * toPointer(['modules', 0, 'hours']); // '/modules/0/hours'
 * ```
 */
export function toPointer(segments: readonly (string | number)[]): string {
  checkList('toPointer', 'segments', segments);
  let out = '';
  for (const s of segments) out += '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

/**
 * Splits a JSON pointer into its segments (strings; array indexes stay
 * strings, as RFC 6901 has them).
 *
 * @example
 * ```ts
 * import { fromPointer } from 'curricula';
 * fromPointer('/modules/0/hours'); // ['modules', '0', 'hours']
 * ```
 */
export function fromPointer(pointer: string): string[] {
  checkText('fromPointer', 'pointer', pointer);
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The pointer one level up; `''` stays `''`.
 *
 * @example
 * ```ts
 * import { parentPointer } from 'curricula';
 * parentPointer('/modules/0/title'); // '/modules/0'
 * ```
 */
export function parentPointer(pointer: string): string {
  checkText('parentPointer', 'pointer', pointer);
  const i = pointer.lastIndexOf('/');
  return i <= 0 ? '' : pointer.slice(0, i);
}
