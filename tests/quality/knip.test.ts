import { expect, it } from 'vitest';
import { runTool } from './run-tool.js';

// No unused files, exports, types or dependencies (configuration in knip.json).
it('knip finds nothing unused', () => {
  const { status, output } = runTool('knip', ['--no-progress', '--no-config-hints']);
  expect(status, output).toBe(0);
}, 180_000);
