import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { documentRules } from '../../src/validate/registry.js';
import { FIXTURES, parseFixture, readFixtures } from './helpers.js';

// RuleTester style: tests/fixtures/validate/<rule id with dashes>/ holds
// `valid*.yaml` and `invalid*.yaml` cases; files starting with `_` are
// context (a program an offering refers to) validated together with each
// case. An invalid case lists what it must yield as trailing comments,
// `# expect: <code> <severity> <line>:<column>`: exactly those, nothing
// else above info. A valid case yields nothing above info and nothing of
// its rule at all.

// Every code a document can be reported with has its fixtures, the codes of loading and the schema as much as the rules'.
// `encoding` is the command's (the library reads text, not bytes), and so is `document/without-kind` (about the
// files the command searched): tests/cli covers them.
const byDir = new Map(
  documentRules()
    .filter((r) => r.meta.id !== 'encoding' && r.meta.id !== 'document/without-kind')
    .map((r) => [r.meta.id.replace(/\//g, '-'), r.meta.id]),
);
const allDirs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const dirs = allDirs.filter((d) => byDir.has(d));

it('every fixture directory belongs to a rule', () => {
  expect(allDirs.filter((d) => !byDir.has(d))).toEqual([]);
});

it('every code a document can be reported with has a fixture directory with valid and invalid cases', () => {
  const missing = [...byDir.keys()].filter((dir) => {
    if (!dirs.includes(dir)) return true;
    const names = readFixtures(dir).map((f) => f.name);
    return !names.some((n) => n.startsWith('valid')) || !names.some((n) => n.startsWith('invalid'));
  });
  expect(missing).toEqual([]);
});

describe.each(dirs)('%s', (dir) => {
  const ruleId = byDir.get(dir)!;
  const fixtures = readFixtures(dir);
  const context = fixtures.filter((f) => f.name.startsWith('_')).map((f) => parseFixture(dir, f));
  const relevant = (d: { code: string; severity: string }) => d.severity !== 'info' || d.code === ruleId;

  it.each(fixtures.filter((f) => f.name.startsWith('invalid')).map((f) => [f.name, f] as const))('%s', (name, fixture) => {
    const diagnostics = validate([...context, parseFixture(dir, fixture)], { rules: fixture.rules }).filter(relevant);
    expect(diagnostics.map((d) => `${d.file} ${d.code} ${d.severity} ${d.line}:${d.column}`)).toEqual(
      fixture.expected.map((e) => `${dir}/${name} ${e}`),
    );
    expect(fixture.expected.some((e) => e.startsWith(`${ruleId} `))).toBe(true);
  });

  it.each(fixtures.filter((f) => f.name.startsWith('valid')).map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const diagnostics = validate([...context, parseFixture(dir, fixture)], { rules: fixture.rules });
    expect(diagnostics.filter(relevant).map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  });
});
