import { checkArguments } from '../core/arguments.js';
import { didYouMean } from '../core/did-you-mean.js';
import { loadBuiltinProfiles } from './builtin.js';
import type { ProfileConstraint } from './constraint.js';
import type { CustomProfile, RecognitionProfile } from './profile.js';

/**
 * What {@link resolveProfile} found:
 * - `ok: true`: the version of the profile to check against on `date`
 *   (`inForce: false` when no version is in force then, and the nearest
 *   one was taken), every version's dates, and the chain of `extends`
 *   (the profile itself first);
 * - `unknown`: no profile has the id (`suggestion`: the closest id);
 * - `cycle`: custom profiles extend each other in a circle (`cycle`, from
 *   the id back to itself);
 * - `incomplete`: a custom profile without `extends` lacks fields a
 *   profile needs (`missing`).
 *
 * @example
 * ```ts
 * import { resolveProfile } from 'curricula';
 * const r = resolveProfile('bildungsurlaub/HE', '2027-04-05');
 * if (r.ok) r.profile.constraints.length; // 3
 * ```
 */
export type ProfileResolution =
  | {
      ok: true;
      profile: RecognitionProfile;
      date: string;
      inForce: boolean;
      versions: readonly { validFrom: string; validTo: string | undefined }[];
      chain: readonly string[];
    }
  | { ok: false; reason: 'unknown'; id: string; suggestion: string | undefined }
  | { ok: false; reason: 'cycle'; id: string; cycle: readonly string[] }
  | { ok: false; reason: 'incomplete'; id: string; missing: readonly string[] };

const REQUIRED: readonly (keyof RecognitionProfile)[] = ['title', 'name', 'source', 'unit', 'validFrom', 'verified', 'constraints'];

/**
 * The rules a course is checked against for a recognition on a date: the
 * version of profile `id` in force on `date` (YYYY-MM-DD), from the built-in
 * profiles and your own (`customProfiles`, which replace a built-in profile
 * of the same id). A custom profile that `extends` another takes the
 * parent's version in force on the same date and changes what it gives;
 * a circle of `extends` is reported, not followed. A custom profile that
 * extends its own id (`{ id: 'bildungsurlaub/HE', extends:
 * 'bildungsurlaub/HE', … }`) changes the built-in one in place.
 *
 * @example
 * ```ts
 * import { resolveProfile } from 'curricula';
 * const ni = resolveProfile('juleica/NI', '2027-03-01');
 * if (ni.ok) ni.profile.validFrom; // '2026-01-01'
 * resolveProfile('bildungsurlaub/HS', '2027-03-01'); // { ok: false, reason: 'unknown', suggestion: 'bildungsurlaub/HE', … }
 * const own = resolveProfile('haus/HE', '2027-03-01', [
 *   { id: 'haus/HE', extends: 'bildungsurlaub/HE', constraints: [{ kind: 'participants', max: 20 }] },
 * ]);
 * ```
 */
export function resolveProfile(id: string, date: string, customProfiles: readonly CustomProfile[] = []): ProfileResolution {
  checkArguments('resolveProfile', [['id', id, 'text'], ['date', date, 'text'], ['customProfiles', customProfiles, 'records']]);
  return resolveAt(id, date, customProfiles, []);
}

/**
 * Every profile id known with these custom profiles, sorted.
 *
 * @example
 * ```ts
 * import { profileIds } from 'curricula';
 * profileIds().includes('juleica'); // true
 * ```
 */
export function profileIds(customProfiles: readonly CustomProfile[] = []): string[] {
  checkArguments('profileIds', [['customProfiles', customProfiles, 'records']]);
  return [...new Set([...loadBuiltinProfiles().map((p) => p.id), ...customProfiles.map((p) => p.id)])].sort();
}

function resolveAt(id: string, date: string, custom: readonly CustomProfile[], seen: readonly string[]): ProfileResolution {
  if (seen.includes(id)) return { ok: false, reason: 'cycle', id: seen[0]!, cycle: [...seen.slice(seen.indexOf(id)), id] };
  const own = custom.filter((p) => p.id === id);
  const chainHere = [...seen, id];
  let versions: { profile: RecognitionProfile; chain: readonly string[] }[];
  if (own.length > 0) {
    versions = [];
    for (const entry of own) {
      if (entry.extends === undefined) {
        const missing = REQUIRED.filter((key) => entry[key] === undefined);
        if (missing.length > 0) return { ok: false, reason: 'incomplete', id, missing };
        versions.push({ profile: entry as RecognitionProfile, chain: [id] });
        continue;
      }
      // A custom profile that extends its own id tightens the built-in one in place.
      const parent =
        entry.extends === id
          ? resolveAt(id, entry.validFrom ?? date, custom.filter((p) => p.id !== id), seen)
          : resolveAt(entry.extends, entry.validFrom ?? date, custom, chainHere);
      if (!parent.ok) return parent;
      versions.push({ profile: merge(parent.profile, entry), chain: [id, ...parent.chain] });
    }
  } else {
    versions = loadBuiltinProfiles().filter((p) => p.id === id).map((profile) => ({ profile, chain: [id] }));
  }
  if (versions.length === 0) {
    return { ok: false, reason: 'unknown', id, suggestion: didYouMean(id, profileIds(custom)) };
  }
  versions.sort((a, b) => (a.profile.validFrom < b.profile.validFrom ? -1 : a.profile.validFrom > b.profile.validFrom ? 1 : 0));
  const inForce = versions.find(({ profile }) => inForceOn(profile, date));
  // No version in force: the latest that started before the date, else the first one.
  const chosen = inForce ?? [...versions].reverse().find(({ profile }) => profile.validFrom <= date) ?? versions[0]!;
  return {
    ok: true,
    profile: chosen.profile,
    date,
    inForce: inForce !== undefined,
    versions: versions.map(({ profile }) => ({ validFrom: profile.validFrom, validTo: profile.validTo })),
    chain: chosen.chain,
  };
}

/**
 * Whether a profile version is in force on a date (validFrom and validTo inclusive).
 *
 * @example
 * ```ts
 * import { builtinProfiles, profileInForce } from 'curricula';
 * profileInForce(builtinProfiles[0], '2027-01-01'); // true
 * ```
 */
export function profileInForce(profile: Pick<RecognitionProfile, 'validFrom' | 'validTo'>, date: string): boolean {
  checkArguments('profileInForce', [['profile', profile, 'record'], ['date', date, 'text']]);
  return inForceOn(profile, date);
}

function inForceOn(profile: Pick<RecognitionProfile, 'validFrom' | 'validTo'>, date: string): boolean {
  return profile.validFrom <= date && (profile.validTo === undefined || date <= profile.validTo);
}

/** The parent with what the child changes; inherited amounts keep the parent's unit. */
function merge(parent: RecognitionProfile, child: CustomProfile): RecognitionProfile {
  const unit = child.unit ?? parent.unit;
  const replaced = new Set<string>([...(child.constraints ?? []).map((c) => c.kind), ...(child.without ?? [])]);
  const inherited = parent.constraints
    .filter((c) => !replaced.has(c.kind))
    .map((c) => (unit === parent.unit ? c : inUnit(c, parent.unit)));
  const merged: RecognitionProfile = {
    id: child.id,
    title: child.title ?? parent.title,
    name: child.name ?? parent.name,
    source: { ...parent.source, ...definedOnly(child.source ?? {}) } as RecognitionProfile['source'],
    unit,
    validFrom: child.validFrom ?? parent.validFrom,
    verified: child.verified ?? parent.verified,
    constraints: [...inherited, ...((child.constraints ?? []) as ProfileConstraint[])],
  };
  const validTo = child.validTo ?? (child.validFrom === undefined ? parent.validTo : undefined);
  if (validTo !== undefined) merged.validTo = validTo;
  const notes = [...(parent.notes ?? []), ...(child.notes ?? [])];
  if (notes.length > 0) merged.notes = notes;
  return merged;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const AMOUNT_KEYS = ['min', 'average', 'floor', 'arrivalFloor', 'departureFloor'] as const;

/** A constraint whose plain-number amounts are written with their unit, so another profile unit cannot rescale them. */
function inUnit(constraint: ProfileConstraint, unit: string): ProfileConstraint {
  if (constraint.kind === 'days' || constraint.kind === 'participants' || constraint.kind === 'seminarDays') return constraint;
  const out: Record<string, unknown> = { ...constraint };
  for (const key of AMOUNT_KEYS) {
    if (typeof out[key] === 'number') out[key] = `${String(out[key])} ${unit}`;
  }
  if (constraint.kind === 'admission' && typeof constraint.certificate?.hours === 'number') {
    out.certificate = { ...constraint.certificate, hours: `${constraint.certificate.hours} ${unit}` };
  }
  if (constraint.kind === 'certificate' && typeof constraint.renewal?.hours === 'number') {
    out.renewal = { ...constraint.renewal, hours: `${constraint.renewal.hours} ${unit}` };
  }
  return out as ProfileConstraint;
}
