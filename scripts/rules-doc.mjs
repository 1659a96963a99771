#!/usr/bin/env node
// Writes docs/rules.md from the built package's rule metas (run `npm run build` first;
// `npm run docs:rules` does both). tests/validate/rules-doc.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules, renderRulesMarkdown } from '../dist/index.js';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');
writeFileSync(target, renderRulesMarkdown(builtinRules));
console.log(`wrote ${target} (${builtinRules.length} rules)`);
