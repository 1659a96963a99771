import { describe, expect, it } from 'vitest';
import { parseDirective, scanDirectives } from '../../src/load/index.js';
import { parseDocument } from '../../src/model/parse.js';
import { validate as validateAll, type ValidateOptions } from '../../src/validate/index.js';
import { brief } from './helpers.js';

// Sessions without ids are noted as info (offering/session-ids); these tests are about other findings.
const validate = (documents: Parameters<typeof validateAll>[0], options: ValidateOptions = {}) =>
  validateAll(documents, options).filter((d) => d.code !== 'offering/session-ids');

const PROGRAM = parseDocument('kind: program\nid: intensiv\ntitle: Intensivkurs\nmodules:\n  - { id: a, title: A, hours: 4 }\n', { filename: 'programm.yaml' });

function offering(sessions: string, filename = 'kurse/2027/ostern.yaml') {
  return parseDocument(`kind: offering\nid: ostern-2027\nprogram: intensiv\nstate: HE\nsessions:\n${sessions}`, { filename });
}

const GOOD_FRIDAY = '  - { date: 2027-03-26, time: "09:00-12:00", modules: [a] }\n';

describe('inline directives', () => {
  it('are read from YAML comments only: not from quoted or block text', () => {
    const text = [
      'note: "# curricula-disable offering -- not a comment"',
      'text: |',
      '  # curricula-disable offering -- block text',
      '# curricula-disable-next-line offering/holiday, offering/outlier-date -- Ostern',
      'a: 1 # curricula-disable-line offering -- trailing',
      '',
    ].join('\n');
    expect(scanDirectives(text, 'yaml').map((d) => `${d.line}:${d.column} ${d.kind} ${d.rules.join('+')} (${d.reason})`)).toEqual([
      '4:1 disable-next-line offering/holiday+offering/outlier-date (Ostern)',
      '5:6 disable-line offering (trailing)',
    ]);
    expect(scanDirectives('{"a": "# curricula-disable offering -- x"}', 'json')).toEqual([]);
    expect(parseDirective('curricula-disabled offering -- x')).toBeUndefined();
    expect(parseDirective('curricula-enable')).toMatchObject({ kind: 'enable', rules: [], reason: undefined });
    expect(parseDirective('curricula-disable a--b -- why -- and more')).toMatchObject({ rules: ['a--b'], reason: 'why -- and more' });
  });

  it('disable a finding with a reason, and keep it with its suppression when asked (for SARIF)', () => {
    const doc = offering(`  # curricula-disable-next-line offering/holiday -- Ostern-Intensivkurs, mit dem Träger abgestimmt\n${GOOD_FRIDAY}`);
    expect(validate([PROGRAM, doc])).toEqual([]);
    const kept = validate([PROGRAM, doc], { keepSuppressed: true });
    expect(brief(kept)).toEqual(['offering/holiday warning 7:13']);
    expect(kept[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'Ostern-Intensivkurs, mit dem Träger abgestimmt' }]);
  });

  it('disable nothing without a reason, and say so', () => {
    const doc = offering(`  # curricula-disable-next-line offering/holiday\n${GOOD_FRIDAY}`);
    const found = validate([PROGRAM, doc], { locale: 'de' });
    expect(brief(found)).toEqual(['directive/invalid error 6:3', 'offering/holiday warning 7:13']);
    expect(found[0]!.message).toBe('Diese Anweisung nennt nach " -- " keinen Grund und schaltet darum nichts ab');
  });

  it('name a misspelt code with a did-you-mean', () => {
    const doc = offering(`${GOOD_FRIDAY.trimEnd()} # curricula-disable-line offering/holidy -- Ostern\n`);
    const found = validate([PROGRAM, doc]).filter((d) => d.code === 'directive/invalid');
    expect(found.map((d) => `${d.message} (${d.hint})`)).toEqual(["This directive names 'offering/holidy', which is no code a directive can disable (Did you mean 'offering/holiday'?)"]);
  });

  it('report unused directives only when asked, in the severity asked for', () => {
    const doc = offering(`  # curricula-disable-next-line offering/holiday -- Ostern\n  - { date: 2027-03-24, time: "09:00-12:00", modules: [a] }\n`);
    expect(validate([PROGRAM, doc])).toEqual([]);
    expect(brief(validate([PROGRAM, doc], { reportUnusedDisableDirectives: 'warn' }))).toEqual(['directive/unused warning 6:3']);
    expect(brief(validate([PROGRAM, doc], { reportUnusedDisableDirectives: 'error' }))).toEqual(['directive/unused error 6:3']);
    expect(brief(validate([PROGRAM, doc], { rules: { 'directive/unused': 'warn' } }))).toEqual(['directive/unused warning 6:3']);
  });

  it('a schema problem disabled on purpose still leaves the file unchecked, and says so', () => {
    const doc = offering(`  # curricula-disable-next-line schema/value -- bleibt so\n  - { date: 2027-03-24, status: abgesagt }\n`);
    expect(brief(validate([PROGRAM, doc]))).toEqual(['document/unchecked error 1:1']);
  });
});

describe('overrides: rule settings for some files (JSON files, folders)', () => {
  const json = parseDocument(
    JSON.stringify({ kind: 'offering', id: 'json-2027', program: 'intensiv', state: 'HE', sessions: [{ date: '2027-03-26', time: '09:00-12:00', modules: ['a'] }] }),
    { filename: 'kurse/2027/json.json' },
  );
  const other = offering(GOOD_FRIDAY, 'kurse/2026/ostern.yaml');

  it('apply to the files their globs, names or folders match, and nowhere else', () => {
    for (const files of ['kurse/2027/*.json', 'kurse/2027/json.json', 'kurse/2027', ['kurse/2027/']]) {
      const found = validate([PROGRAM, json, other], { overrides: [{ files, rules: { 'offering/holiday': 'off' } }] });
      expect(found.map((d) => `${d.file} ${d.code}`), String(files)).toEqual(['kurse/2026/ostern.yaml offering/holiday']);
    }
  });

  it('turn a rule on for some files only, and an area setting wins over a more specific base setting', () => {
    const on = validate([PROGRAM, json, other], { rules: { 'offering/holiday': 'off' }, overrides: [{ files: 'kurse/2026/**', rules: { offering: 'error' } }] });
    expect(on.map((d) => `${d.file} ${d.code} ${d.severity}`)).toEqual(['kurse/2026/ostern.yaml offering/holiday error']);
  });

  it('name an unknown rule at its pointer', () => {
    const found = validate([PROGRAM], { overrides: [{ files: '*.json', rules: { 'offering/holidy': 'off' } }] });
    expect(found.map((d) => `${d.path} ${d.code} ${d.hint}`)).toEqual(['/overrides/0/rules/offering~1holidy config/unknown-rule did you mean "offering/holiday"?']);
  });
});
