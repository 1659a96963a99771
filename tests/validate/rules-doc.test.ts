import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defineRule, renderRulesMarkdown } from '../../src/validate/index.js';
import { documentRules } from '../../src/validate/registry.js';
import { builtinRuleDocs, RULES_INTRO } from '../../src/validate/rule-docs.js';

const rules = documentRules();

const RULES_MD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'rules.md');
const render = (): string => renderRulesMarkdown(rules, { docs: builtinRuleDocs, intro: RULES_INTRO });

describe('docs/rules.md', () => {
  it('is generated from the current rule metas and docs', () => {
    const committed = readFileSync(RULES_MD, 'utf8');
    if (committed !== render()) {
      expect.fail('docs/rules.md is stale: run npm run docs:rules');
    }
  });

  it('lists every rule with its default severity and both snippets', () => {
    const md = render();
    for (const { meta } of rules) {
      const docs = builtinRuleDocs.get(meta.id);
      expect(md).toContain(`## ${meta.id}\n`);
      if (docs === undefined) continue;
      expect(md).toContain(`## ${meta.id}\n`);
      expect(md).toContain(`Default severity: **${meta.severity}**`);
      expect(md).toContain(docs.invalid.trimEnd());
      expect(md).toContain(docs.valid.trimEnd());
    }
  });

  it('has unique rule ids and namespaced codes', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*(\/[a-z][a-z-]*)?$/);
  });
});

describe('renderRulesMarkdown', () => {
  const house = defineRule({
    meta: {
      id: 'house/title-case',
      severity: 'warning',
      description: 'Module titles start with a capital letter.',
      docs: { why: 'House style.', invalid: 'title: einstieg', valid: 'title: Einstieg', url: 'https://example.org/title-case' },
    },
    check() {},
  });

  it("renders a custom rule's own docs under a default heading", () => {
    const md = renderRulesMarkdown([house]);
    expect(md.startsWith('# Validation rules\n\n## All rules\n')).toBe(true);
    expect(md).toContain('| [`house/title-case`](#housetitle-case) | warning |');
    expect(md).toContain('**Why:** House style.\n\nReported:\n\n```yaml\ntitle: einstieg\n```');
    expect(md).toContain('More: https://example.org/title-case\n');
  });

  it('writes the built-in rules\' descriptions in the language asked for, and a custom rule\'s as it wrote it', () => {
    const md = renderRulesMarkdown([...rules.filter((r) => r.meta.id === 'hours/total'), house], { locale: 'de' });
    expect(md).toContain('| [`hours/total`](#hourstotal) | error | Die angegebenen `hours` eines Programms sind genau die Summe seiner Pflichtmodule; optionale Module zählen nicht mit. |');
    expect(md).toContain('| [`house/title-case`](#housetitle-case) | warning | Module titles start with a capital letter. |');
    expect(renderRulesMarkdown(rules, { docs: builtinRuleDocs, intro: RULES_INTRO, locale: 'en' })).toBe(render());
    expect(() => renderRulesMarkdown(rules, { locale: 'fr' as 'en' })).toThrow("renderRulesMarkdown: options.locale must be 'en', 'de' or left out, got \"fr\"");
  });

  it('gives a rule without docs its heading, severity and description only', () => {
    const md = renderRulesMarkdown(rules.slice(0, 1));
    expect(md).toContain('## syntax\n\nDefault severity: **error**\n');
    expect(md).not.toContain('**Why:**');
  });
});
