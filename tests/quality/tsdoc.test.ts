import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { root } from './run-tool.js';

// The offenders (file:line name: problem) are the failure message.
it('every public export has TSDoc with an @example', () => {
  const result = spawnSync(process.execPath, ['scripts/check-tsdoc.mjs'], { cwd: root, encoding: 'utf8' });
  expect(result.stderr, result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 60_000);
