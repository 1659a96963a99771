import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/duration/index.js';
import { builtinProfiles, recognitionProfileSchema, resolveProfile } from '../../src/recognition/index.js';

describe('built-in profiles', () => {
  it.each(builtinProfiles.map((p) => [`${p.id} from ${p.validFrom}`, p] as const))('%s is a valid profile', (_name, profile) => {
    const parsed = recognitionProfileSchema.safeParse(profile);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.each(builtinProfiles.map((p) => [`${p.id} from ${p.validFrom}`, p] as const))('%s names its source and dates', (_name, profile) => {
    expect(profile.source.law.length).toBeGreaterThan(0);
    expect(profile.source.short.length).toBeGreaterThan(0);
    expect(profile.source.sections.length).toBeGreaterThan(0);
    expect(profile.source.url).toMatch(/^https?:\/\//);
    expect(profile.source.checked.length).toBeGreaterThan(0);
    for (const check of profile.source.checked) {
      expect(check.url).toMatch(/^https?:\/\//);
      expect(check.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(profile.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (profile.validTo !== undefined) expect(profile.validTo > profile.validFrom).toBe(true);
    // An unverified figure says so, in the profile and in a note.
    if (profile.constraints.some((c) => c.verified === false)) expect(profile.verified).toBe(false);
    if (!profile.verified) expect(profile.notes?.length ?? 0).toBeGreaterThan(0);
  });

  it('every amount of every profile is an exact duration in its unit', () => {
    for (const profile of builtinProfiles) {
      for (const c of profile.constraints) {
        for (const [key, value] of Object.entries(c)) {
          if (['min', 'average', 'floor', 'arrivalFloor', 'departureFloor'].includes(key) && !['days', 'participants'].includes(c.kind)) {
            expect(parseDuration(value as number | string, profile.unit).ok, `${profile.id} ${c.kind}.${key}`).toBe(true);
          }
        }
      }
    }
  });

  it('versions of one id do not overlap', () => {
    const ids = new Set(builtinProfiles.map((p) => p.id));
    for (const id of ids) {
      const versions = builtinProfiles.filter((p) => p.id === id).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (let i = 1; i < versions.length; i++) {
        expect(versions[i - 1]!.validTo, id).toBeDefined();
        expect(versions[i - 1]!.validTo! < versions[i]!.validFrom, id).toBe(true);
      }
    }
  });

  it('covers the five states, Juleica, DOSB and the volunteer service', () => {
    expect([...new Set(builtinProfiles.map((p) => p.id))].sort()).toEqual([
      'bfd/seminartage',
      'bildungsurlaub/BW',
      'bildungsurlaub/HE',
      'bildungsurlaub/NI',
      'bildungsurlaub/NW',
      'bildungsurlaub/RP',
      'dosb/uebungsleiter-c',
      'juleica',
      'juleica/NI',
    ]);
  });
});

describe('resolveProfile', () => {
  it('takes the version in force on the date', () => {
    const before = resolveProfile('juleica/NI', '2025-11-03');
    const after = resolveProfile('juleica/NI', '2026-01-01');
    expect(before.ok && before.profile.validFrom).toBe('2010-01-01');
    expect(after.ok && after.profile.validFrom).toBe('2026-01-01');
    expect(after.ok && after.inForce).toBe(true);
    expect(after.ok && after.versions.map((v) => v.validFrom)).toEqual(['2010-01-01', '2026-01-01']);
  });

  it('takes the nearest version and says it is not in force when none is', () => {
    const r = resolveProfile('bildungsurlaub/HE', '2016-05-02');
    expect(r.ok && r.inForce).toBe(false);
    expect(r.ok && r.profile.validFrom).toBe('2018-01-01');
  });

  it('suggests the closest id for an unknown one', () => {
    expect(resolveProfile('bildungsurlaub/HS', '2027-01-01')).toEqual({ ok: false, reason: 'unknown', id: 'bildungsurlaub/HS', suggestion: 'bildungsurlaub/HE' });
    expect(resolveProfile('juleika', '2027-01-01')).toMatchObject({ ok: false, reason: 'unknown', suggestion: 'juleica' });
  });

  it('extends a built-in profile: a constraint of the same kind replaces the parent one, without drops kinds', () => {
    const r = resolveProfile('haus/HE', '2027-04-05', [
      { id: 'haus/HE', extends: 'bildungsurlaub/HE', constraints: [{ kind: 'perDay', average: 7 }], without: ['blocks'] },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.chain).toEqual(['haus/HE', 'bildungsurlaub/HE']);
    expect(r.profile.constraints.map((c) => c.kind)).toEqual(['days', 'perDay']);
    expect(r.profile.constraints[1]).toEqual({ kind: 'perDay', average: 7 });
    expect(r.profile.source.short).toBe('HBUG');
  });

  it('keeps inherited amounts in the parent unit when the child changes the unit', () => {
    const r = resolveProfile('haus/HE', '2027-04-05', [{ id: 'haus/HE', extends: 'bildungsurlaub/HE', unit: 'UE' }]);
    expect(r.ok && r.profile.constraints.find((c) => c.kind === 'perDay')).toMatchObject({ average: '6 h', floor: '4 h' });
  });

  it('a custom profile that extends its own id changes the built-in one in place', () => {
    const r = resolveProfile('bildungsurlaub/HE', '2027-04-05', [
      { id: 'bildungsurlaub/HE', extends: 'bildungsurlaub/HE', constraints: [{ kind: 'participants', max: 16 }] },
    ]);
    expect(r.ok && r.profile.constraints.map((c) => c.kind)).toEqual(['days', 'blocks', 'perDay', 'participants']);
  });

  it('reports a cycle of extends instead of following it', () => {
    const r = resolveProfile('a', '2027-01-01', [
      { id: 'a', extends: 'b' },
      { id: 'b', extends: 'c' },
      { id: 'c', extends: 'a' },
    ]);
    expect(r).toEqual({ ok: false, reason: 'cycle', id: 'a', cycle: ['a', 'b', 'c', 'a'] });
  });

  it('names what a complete custom profile lacks', () => {
    expect(resolveProfile('x', '2027-01-01', [{ id: 'x', constraints: [] }])).toMatchObject({
      ok: false,
      reason: 'incomplete',
      missing: ['title', 'name', 'source', 'unit', 'validFrom', 'verified'],
    });
  });
});
