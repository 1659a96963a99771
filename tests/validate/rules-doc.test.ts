import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules, renderRulesMarkdown } from '../../src/validate/index.js';

const RULES_MD = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'rules.md');

describe('docs/rules.md', () => {
  it('is generated from the current rule metas', () => {
    const committed = readFileSync(RULES_MD, 'utf8');
    if (committed !== renderRulesMarkdown(builtinRules)) {
      expect.fail('docs/rules.md is stale: run npm run docs:rules');
    }
  });

  it('lists every rule with its default severity and both snippets', () => {
    const md = renderRulesMarkdown(builtinRules);
    for (const { meta } of builtinRules) {
      expect(md).toContain(`## ${meta.id}\n`);
      expect(md).toContain(`Default severity: **${meta.severity}**`);
      expect(md).toContain(meta.docs.invalid.trimEnd());
      expect(md).toContain(meta.docs.valid.trimEnd());
    }
  });

  it('has unique rule ids and namespaced codes', () => {
    const ids = builtinRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*(\/[a-z][a-z-]*)?$/);
  });
});
