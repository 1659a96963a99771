import { describe, expect, it } from 'vitest';
import { validate } from '../../src/validate/index.js';
import { builtinRules } from '../../src/validate/index.js';
import { brief, parseSnippet } from './helpers.js';

// docs/rules.md shows each rule's snippets; running them keeps the docs honest.
describe.each(builtinRules.map((r) => [r.meta.id, r] as const))('docs snippets of %s', (id, rule) => {
  it('the failing snippet is reported', () => {
    const diagnostics = validate(parseSnippet(rule.meta.docs.invalid, rule.meta.docs.parseOptions));
    expect(brief(diagnostics.filter((d) => d.code === id)).length, brief(diagnostics).join('\n')).toBeGreaterThan(0);
    expect(diagnostics.find((d) => d.code === id)?.severity).toBe(rule.meta.severity);
  });

  it('the passing snippet is not', () => {
    const diagnostics = validate(parseSnippet(rule.meta.docs.valid, rule.meta.docs.parseOptions));
    expect(diagnostics.filter((d) => d.code === id)).toEqual([]);
    // A passing example that fails some other rule would teach the wrong thing.
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });
});
