#!/usr/bin/env node
// Writes docs/rules.md from the code registry (DIAGNOSTIC_CODES) and the English catalog's descriptions. The built-in rules' long docs (src/validate/rule-docs.ts) are not part of the
// package, so this bundles them from the sources with esbuild instead of importing dist.
// tests/validate/rules-doc.test.ts fails when the file is stale.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await build({
  stdin: {
    contents: `
      import { provideModule } from './src/core/lazy-require.ts';
      import { CATALOG_MODULES } from './src/messages/catalogs.ts';
      import { en, enPages } from './src/messages/en.ts';
      import { renderRulesMarkdown } from './src/validate/index.ts';
      import { documentRules } from './src/validate/registry.ts';
      import { builtinRuleDocs, RULES_INTRO } from './src/validate/rule-docs.ts';
      // The descriptions come from the English catalog, which the package's entries provide; this bundle is no entry.
      provideModule(CATALOG_MODULES.en, () => ({ en, enPages }));
      const rules = documentRules();
      export const count = rules.length;
      export const markdown = renderRulesMarkdown(rules, { docs: builtinRuleDocs, intro: RULES_INTRO });
    `,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { count, markdown } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
const target = join(root, 'docs', 'rules.md');
writeFileSync(target, markdown);
console.log(`wrote ${target} (${count} rules)`);
