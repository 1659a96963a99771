import type { Offering } from '../model/offering.js';
import type { Program } from '../model/program.js';
import type { ConstraintOf, ProfileConstraintKind } from '../recognition/constraint.js';
import { courseDays, type CourseDays } from '../recognition/course-days.js';
import type { RecognitionProfile } from '../recognition/profile.js';
import { resolveProfile, type ProfileResolution } from '../recognition/resolve.js';
import type { RuleDocument, RuleScope } from './types.js';

/** Where a document got a profile from: its own claim, its program's, another's offering, or the `profiles` option. */
type ClaimOrigin = 'own' | 'program' | 'offering' | 'option';

/** One recognition a document is checked against: the claim, and how its profile resolved. */
export interface ClaimCheck<T extends Program | Offering = Program | Offering> {
  doc: RuleDocument<T>;
  id: string;
  origin: ClaimOrigin;
  /** Pointer of the claim in `doc` (its `profile`), or of the document when the claim is elsewhere. */
  pointer: string;
  /** The date the rules were taken for; undefined when the document has none (the latest version is used). */
  date: string | undefined;
  resolution: ProfileResolution;
}

/** A resolved claim with the profile's constraints of one kind. */
export interface ResolvedClaim<T extends Program | Offering, K extends ProfileConstraintKind> extends ClaimCheck<T> {
  profile: RecognitionProfile;
  constraints: ConstraintOf<K>[];
}

/** An offering's claims with its course days. */
export interface OfferingClaims {
  doc: RuleDocument<Offering>;
  days: CourseDays;
  claims: ClaimCheck<Offering>[];
}

/** The date that picks a profile's latest version when a document has no dates. */
const LATEST = '9999-12-31';

const NO_DAYS: CourseDays = Object.freeze({ days: [], blocks: [], toBeAgreed: 0 }) as unknown as CourseDays;

/**
 * Whether any document of the set claims a recognition or the options name
 * a profile: exactly when {@link recognitionClaims} has a claim to check.
 * Without one, the `recognition/` rules have nothing to look at.
 */
export function anyRecognitionClaim(documents: readonly RuleDocument[], optionProfiles: readonly string[]): boolean {
  if (optionProfiles.length > 0) return true;
  for (const doc of documents) if ((doc.value.recognitions?.length ?? 0) > 0) return true;
  return false;
}

/** Every program and offering with the recognitions it is checked against (once per validate() call). */
export function recognitionClaims(ctx: RuleScope): { programs: ClaimCheck<Program>[]; offerings: OfferingClaims[] } {
  return ctx.memo(collect, ctx);
}

/** The resolved claims of offerings whose profile has constraints of `kind`. */
export function offeringConstraints<K extends ProfileConstraintKind>(
  ctx: RuleScope,
  kind: K,
): { claim: ResolvedClaim<Offering, K>; days: CourseDays }[] {
  const out: { claim: ResolvedClaim<Offering, K>; days: CourseDays }[] = [];
  for (const entry of recognitionClaims(ctx).offerings) {
    for (const claim of entry.claims) {
      const resolved = withKind(claim, kind);
      if (resolved !== undefined) out.push({ claim: resolved, days: entry.days });
    }
  }
  return out;
}

/** The resolved claims of programs whose profile has constraints of `kind`. */
export function programConstraints<K extends ProfileConstraintKind>(ctx: RuleScope, kind: K): ResolvedClaim<Program, K>[] {
  const out: ResolvedClaim<Program, K>[] = [];
  for (const claim of recognitionClaims(ctx).programs) {
    const resolved = withKind(claim, kind);
    if (resolved !== undefined) out.push(resolved);
  }
  return out;
}

function withKind<T extends Program | Offering, K extends ProfileConstraintKind>(claim: ClaimCheck<T>, kind: K): ResolvedClaim<T, K> | undefined {
  if (!claim.resolution.ok) return undefined;
  const constraints = claim.resolution.profile.constraints.filter((c): c is ConstraintOf<K> => c.kind === kind);
  if (constraints.length === 0) return undefined;
  return { ...claim, profile: claim.resolution.profile, constraints };
}

function collect(ctx: RuleScope): { programs: ClaimCheck<Program>[]; offerings: OfferingClaims[] } {
  const { profiles: optionProfiles, customProfiles } = ctx.options;
  const offerings: OfferingClaims[] = ctx.offerings.map((doc) => {
    const program = ctx.programs.get(doc.value.program);
    const ids: { id: string; origin: ClaimOrigin; pointer: string }[] = [];
    (doc.value.recognitions ?? []).forEach((claim, i) => ids.push({ id: claim.profile, origin: 'own', pointer: `/recognitions/${i}/profile` }));
    for (const claim of program?.value.recognitions ?? []) ids.push({ id: claim.profile, origin: 'program', pointer: '/program' });
    for (const id of optionProfiles) ids.push({ id, origin: 'option', pointer: '' });
    // Most offerings claim nothing: their days are not worked out at all.
    if (ids.length === 0) return { doc, days: NO_DAYS, claims: [] };
    const days = courseDays(doc.value);
    const date = doc.value.start ?? days.days[0]?.date;
    const claims: ClaimCheck<Offering>[] = [];
    const seen = new Set<string>();
    for (const { id, origin, pointer } of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      claims.push({ doc, id, origin, pointer, date, resolution: resolveProfile(id, date ?? LATEST, customProfiles) });
    }
    return { doc, days, claims };
  });

  const programs: ClaimCheck<Program>[] = [];
  for (const doc of ctx.programDocuments) {
    const seen = new Set<string>();
    const add = (id: string, origin: ClaimOrigin, pointer: string, date: string | undefined) => {
      if (seen.has(id)) return;
      seen.add(id);
      programs.push({ doc, id, origin, pointer, date, resolution: resolveProfile(id, date ?? LATEST, customProfiles) });
    };
    (doc.value.recognitions ?? []).forEach((claim, i) => add(claim.profile, 'own', `/recognitions/${i}/profile`, undefined));
    // A recognition an offering claims binds its program too (participants, admission, certificate).
    for (const entry of offerings) {
      if (entry.doc.value.program !== doc.value.id) continue;
      for (const claim of entry.claims) if (claim.origin === 'own') add(claim.id, 'offering', '', claim.date);
    }
    for (const id of optionProfiles) add(id, 'option', '', undefined);
  }
  return { programs, offerings };
}
