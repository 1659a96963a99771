import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model/parse.js';
import { OPTIONS_FILE, validate, type ValidateOptions } from '../../src/validate/index.js';

const PROGRAM = parseDocument('kind: program\nid: p\ntitle: P\nmodules:\n  - { id: a, title: A, hours: 8 }\n', { filename: 'p.yaml' });
const OFFERING = parseDocument('kind: offering\nid: o\nprogram: p\nsessions:\n  - { date: 2027-01-06, time: "09:00-15:00", modules: [a] }\n', {
  filename: 'o.yaml',
});

function settingProblems(options: ValidateOptions): string[] {
  return validate([PROGRAM, OFFERING], options)
    .filter((d) => d.file === OPTIONS_FILE)
    .map((d) => `${d.path} ${d.code} ${d.severity} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
}

describe('validate() options an app passes through', () => {
  it('reports a state that is not a federal state code, with the code it probably means', () => {
    const [lower] = settingProblems({ state: 'by' as never });
    expect(lower).toMatch(/^\/state config\/invalid-setting error state: Expected one of 'BW', 'BY', .*, got 'by'; offerings that name no state are checked for the holidays of all of Germany \(did you mean "BY"\?\)$/);
    expect(settingProblems({ state: 'Bayern' as never })).toEqual([]);
    expect(settingProblems({ state: 'DE-BW' as never })).toEqual([]);
    expect(settingProblems({ state: 'Bayren' as never })[0]).toContain('did you mean "BY"?');
    expect(settingProblems({ state: 'XX' as never })).toHaveLength(1);
    expect(settingProblems({ state: 'BW' })).toEqual([]);
  });

  it('still checks holidays with a valid state: Epiphany is a holiday in BW', () => {
    expect(validate([PROGRAM, OFFERING], { state: 'BW' }).map((d) => d.code)).toContain('offering/holiday');
  });

  it('reports unusable creditHours and locale instead of silently using the defaults', () => {
    expect(settingProblems({ creditHours: { min: 30, max: 25 } })).toEqual([
      '/creditHours/max config/invalid-setting error creditHours: `min` is larger than `max` (the default 25 to 30 is used)',
    ]);
    expect(settingProblems({ creditHours: { min: 0, max: 25 } })).toEqual([
      '/creditHours/min config/invalid-setting error creditHours: Must be greater than 0 (the default 25 to 30 is used)',
    ]);
    expect(settingProblems({ creditHours: { min: 20, max: 20 } })).toEqual([]);
    expect(settingProblems({ locale: 'fr' as never })).toEqual([
      "/locale config/invalid-setting error locale: Expected one of 'en', 'de', got 'fr' (English is used)",
    ]);
    expect(settingProblems({ locale: 'de', state: 'XX' as never })[0]).toContain('Durchführungen ohne Bundesland werden auf die Feiertage ganz Deutschlands geprüft');
    expect(settingProblems({ rules: { 'hours/total': 'loud' as never } })).toEqual([
      "/rules/hours~1total config/invalid-setting error Rule \"hours/total\": Expected one of 'error', 'warn', 'warning', 'info', 'off', got 'loud'; the setting is ignored",
    ]);
  });
});

describe('rules settings', () => {
  it('know every code of the registry: loading, the schema and the rules are configurable', () => {
    expect(settingProblems({ rules: { syntax: 'warn', 'schema/unknown-key': 'off', encoding: 'off', hours: 'off', 'offering/*': 'info' } })).toEqual([]);
  });

  it('say that the planner’s, the options’ and internal codes cannot be set, rather than calling them unknown', () => {
    expect(settingProblems({ rules: { 'plan/infeasible': 'off', internal: 'off', 'config/unknown-rule': 'off' } })).toEqual([
      "/rules/config~1unknown-rule config/unknown-rule warning Rule \"config/unknown-rule\" cannot be set in the rules option: it reports problems of the options themselves",
      '/rules/internal config/unknown-rule warning Rule "internal" cannot be set in the rules option: it reports a bug in a rule and is always shown',
      '/rules/plan~1infeasible config/unknown-rule warning Rule "plan/infeasible" cannot be set in the rules option: plan() reports it, validation does not',
    ]);
  });

  it('still call a misspelt code unknown, with the code it probably means', () => {
    expect(settingProblems({ rules: { 'hours/totl': 'off' } })).toEqual([
      '/rules/hours~1totl config/unknown-rule warning Unknown rule "hours/totl" in the rules option (did you mean "hours/total"?)',
    ]);
  });
});
