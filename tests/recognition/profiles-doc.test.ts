import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinProfiles } from '../../src/recognition/index.js';
import { constraintRule, renderProfilesMarkdown } from '../../src/recognition/profiles-doc.js';
import { builtinRules } from '../../src/validate/index.js';

const md = renderProfilesMarkdown(builtinProfiles);

describe('docs/recognition.md', () => {
  it('is generated from the built-in profiles', () => {
    const committed = readFileSync(new URL('../../docs/recognition.md', import.meta.url), 'utf8');
    if (committed !== md) expect.fail('docs/recognition.md is stale: run npm run docs:profiles');
  });

  it('lists every profile version with its source, dates and figures', () => {
    for (const p of builtinProfiles) {
      expect(md).toContain(`## ${p.id} (from ${p.validFrom}`);
      expect(md).toContain(p.source.url);
      for (const check of p.source.checked) expect(md).toContain(check.url);
    }
    expect(md).toContain('| `recognition/per-day` | at least 6 h a day on average, no day under 4 h | § 12 Abs. 2 HBUG |');
  });

  it('names a rule that exists for every constraint', () => {
    const ids = new Set(builtinRules.map((r) => r.meta.id));
    for (const p of builtinProfiles) for (const c of p.constraints) expect(ids.has(constraintRule(c)), `${p.id} ${c.kind}`).toBe(true);
  });
});
