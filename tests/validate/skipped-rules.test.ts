import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/messages/index.js';
import { builtinRules } from '../../src/validate/rules/index.js';
import { recognitionRules } from '../../src/validate/rules/recognition.js';
import { ruleNeeds } from '../../src/validate/rule-scope.js';
import { defineRule } from '../../src/validate/index.js';
import type { RuleContext } from '../../src/validate/types.js';
import { validateSnippet } from './helpers.js';

// validate() does not run two kinds of built-in rules, to keep a call on a
// single small program cheap. These tests hold the assumptions that makes
// safe: a rule added to either kind must really have nothing to do there.

/** A context that records which of its properties a rule reads, and fails the test on a report. */
function recordingContext(read: Set<string>): RuleContext {
  const base: Partial<RuleContext> = {
    documents: [],
    programs: new Map(),
    programDocuments: [],
    offerings: [],
    locale: 'en',
    options: { locale: 'en', creditHours: { min: 25, max: 30 }, state: undefined, profiles: [], customProfiles: [] },
    severity: 'error',
    formatMinutes: (minutes) => `${minutes} min`,
    report: (d) => {
      throw new Error(`unexpected report at ${d.path}`);
    },
  };
  return new Proxy(base as RuleContext, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

describe('rules validate() skips', () => {
  it('offering-only rules look at nothing but the offerings, so none means nothing to do', () => {
    const offeringOnlyRules = builtinRules.filter((rule) => ruleNeeds(rule) === 'offerings');
    expect(offeringOnlyRules.map((rule) => rule.meta.id)).toEqual(builtinRules.map((rule) => rule.meta.id).filter((id) => id.startsWith('offering/')));
    for (const rule of offeringOnlyRules) {
      const read = new Set<string>();
      rule.check(recordingContext(read));
      expect([...read], rule.meta.id).toEqual(['offerings']);
    }
  });

  it('recognition-only rules are the recognition area, the end of the built-in list and all recognitionVerdicts() runs', () => {
    const claimOnly = builtinRules.filter((rule) => ruleNeeds(rule) === 'claims');
    expect(claimOnly).toEqual(recognitionRules);
    expect(builtinRules.slice(-recognitionRules.length)).toEqual(recognitionRules);
    expect(recognitionRules.every((rule) => rule.meta.id.startsWith('recognition/'))).toBe(true);
  });

  it('a rule of one\'s own runs always, whatever its id says', () => {
    const own = defineRule({ meta: { id: 'offering/house-style', severity: 'warning', description: 'House style.' }, check() {} });
    expect(ruleNeeds(own)).toBeUndefined();
  });

  it('every built-in rule checks something: the codes of loading and the schema are declared, not run', () => {
    for (const rule of builtinRules) {
      expect(DIAGNOSTIC_CODES[rule.meta.id as keyof typeof DIAGNOSTIC_CODES]?.stage, rule.meta.id).toBe('rule');
    }
    const ruleCodes = Object.entries(DIAGNOSTIC_CODES).filter(([, info]) => info.stage === 'rule').map(([code]) => code);
    expect(builtinRules.map((r) => r.meta.id)).toEqual(ruleCodes);
  });

  it('a program alone still gets every other rule, and its parse diagnostics with the configured severity', () => {
    const program = 'kind: program\nid: p\ntitle: P\nhours: 4\nmodules:\n  - { id: a, title: A, hours: 2, titel: x }\n';
    const codes = validateSnippet(program, { rules: { schema: 'warn' } }).map((d) => `${d.code} ${d.severity}`);
    expect(codes).toEqual(['hours/total error', 'schema/unknown-key warning']);
    const totals = validateSnippet(program.replace(', titel: x', '')).map((d) => d.code);
    expect(totals).toEqual(['hours/total']);
  });
});
