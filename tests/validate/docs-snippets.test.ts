import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { builtinRules } from '../../src/validate/index.js';
import { documentRules } from '../../src/validate/registry.js';
import { builtinRuleDocs, builtinRuleReason } from '../../src/validate/rule-docs.js';
import { germanRuleReasons } from '../../src/validate/rule-docs.de.js';
import type { RuleDocs } from '../../src/validate/types.js';
import { brief, parseSnippet } from './helpers.js';

describe('builtinRuleDocs', () => {
  // `encoding` is the command's finding about bytes, which a text snippet cannot show.
  const documented = documentRules().filter((r) => r.meta.id !== 'encoding');

  it('has the docs of exactly the codes a document can be reported with', () => {
    expect([...builtinRuleDocs.keys()].sort()).toEqual(documented.map((r) => r.meta.id).sort());
  });

  it('has a German reason for every rule with docs, translated rather than copied, keeping its code spans', () => {
    expect([...germanRuleReasons.keys()].sort()).toEqual([...builtinRuleDocs.keys()].sort());
    const spans = (text: string) => new Set(text.match(/`[^`]+`/g) ?? []);
    for (const [id, docs] of builtinRuleDocs) {
      const german = germanRuleReasons.get(id)!;
      expect(german, id).not.toBe(docs.why);
      expect(builtinRuleReason(id, 'de'), id).toBe(german);
      expect(builtinRuleReason(id, 'en'), id).toBe(docs.why);
      // `requires`, `--format github` and the like are names, the same in both languages.
      expect([...spans(docs.why)].filter((span) => !spans(german).has(span)), id).toEqual([]);
      // German typography: „…“, not English quotation marks.
      expect(german, id).not.toMatch(/"/);
    }
    expect(builtinRuleReason('encoding', 'de')).toBeUndefined();
  });

  it('stays out of the rules themselves, so the library bundle does not carry it', () => {
    expect(builtinRules.filter((r) => r.meta.docs !== undefined).map((r) => r.meta.id)).toEqual([]);
  });
});

// docs/rules.md shows each rule's snippets; running them keeps the docs honest.
describe.each(
  documentRules()
    // `document/without-kind` is the command's finding about the files it searched: its snippets show it but cannot be run.
    .filter((r) => r.meta.id !== 'encoding' && r.meta.id !== 'document/without-kind')
    .map((r) => [r.meta.id, r, builtinRuleDocs.get(r.meta.id) as RuleDocs] as const),
)(
  'docs snippets of %s',
  (id, rule, docs) => {
    it('the failing snippet is reported', () => {
      const diagnostics = validate(parseSnippet(docs.invalid, docs.parseOptions), { rules: docs.rules ?? {} });
      expect(brief(diagnostics.filter((d) => d.code === id)).length, brief(diagnostics).join('\n')).toBeGreaterThan(0);
      expect(diagnostics.find((d) => d.code === id)?.severity).toBe(rule.meta.severity);
    });

    it('the passing snippet is not', () => {
      const diagnostics = validate(parseSnippet(docs.valid, docs.parseOptions), { rules: docs.rules ?? {} });
      expect(diagnostics.filter((d) => d.code === id)).toEqual([]);
      // A passing example that fails some other rule would teach the wrong thing.
      expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    });
  },
);
