#!/usr/bin/env node
// Writes docs/recognition.md from the built-in recognition profiles (src/recognition/profiles/*.json).
// Bundles the sources with esbuild like scripts/rules-doc.mjs; tests/recognition/profiles-doc.test.ts
// fails when the file is stale.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundled = await build({
  stdin: {
    contents: `
      import { profiles } from './src/recognition/profile-data.ts';
      import { renderProfilesMarkdown } from './src/recognition/profiles-doc.ts';
      export const count = profiles.length;
      export const markdown = renderProfilesMarkdown(profiles);
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
const target = join(root, 'docs', 'recognition.md');
writeFileSync(target, markdown);
console.log(`wrote ${target} (${count} profile versions)`);
