import { lazyRequire } from '../core/lazy-require.js';
import type { RecognitionProfile } from './profile.js';

/**
 * Where the Node entries find the profiles' data (dist/recognition-profiles.cjs,
 * beside them, built from profile-data.ts); bundles provide it under this id
 * (src/bundler.ts, src/pages-bundler.ts, the command). A run that checks no
 * recognition claim never loads it.
 *
 * @example
 * ```ts
 * import { profiles } from './profile-data.js';
 * provideModule(BUILTIN_PROFILES, () => ({ profiles }));
 * ```
 */
export const BUILTIN_PROFILES = './recognition-profiles.cjs';

let loaded: readonly RecognitionProfile[] | undefined;

/**
 * The built-in profiles, loaded on the first call.
 *
 * @example
 * ```ts
 * loadBuiltinProfiles().some((p) => p.id === 'juleica'); // true
 * ```
 */
export function loadBuiltinProfiles(): readonly RecognitionProfile[] {
  loaded ??= Object.freeze([...lazyRequire<{ profiles: readonly RecognitionProfile[] }>(BUILTIN_PROFILES).profiles]);
  return loaded;
}

// The public array reads as a frozen array of the profiles, and loads them the first time it
// is looked at (any property, key or descriptor), so that importing the package costs nothing.
const target: RecognitionProfile[] = [];
function filled(): RecognitionProfile[] {
  if (!Object.isFrozen(target)) {
    target.push(...loadBuiltinProfiles());
    Object.freeze(target);
  }
  return target;
}

/**
 * The recognition profiles that ship with the package (Bildungsurlaub and
 * Bildungszeit of five states, the Juleica, the DOSB coach licence C, the
 * seminar days of the federal volunteer service), one entry per version:
 * a profile id that changed has several, with `validFrom` and `validTo`.
 * They are JSON files in src/recognition/profiles/, shipped with the
 * package and loaded when first read (plain Node reads
 * dist/recognition-profiles.cjs then; bundles carry them); tests/recognition/builtin.test.ts checks each against
 * `recognitionProfileSchema` and that each names its source and dates.
 * docs/recognition.md lists them with their figures.
 *
 * @example
 * ```ts
 * import { builtinProfiles } from 'curricula';
 * builtinProfiles.filter((p) => p.id === 'juleica/NI').map((p) => p.validFrom); // ['2010-01-01', '2026-01-01']
 * ```
 */
export const builtinProfiles: readonly RecognitionProfile[] = new Proxy(target, {
  get: (_, key) => Reflect.get(filled(), key),
  has: (_, key) => Reflect.has(filled(), key),
  ownKeys: () => Reflect.ownKeys(filled()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(filled(), key),
  isExtensible: () => Reflect.isExtensible(filled()),
  preventExtensions: () => Reflect.preventExtensions(filled()),
  set: () => (filled(), false),
  defineProperty: () => (filled(), false),
  deleteProperty: () => (filled(), false),
});
