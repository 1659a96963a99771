import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runTool } from './run-tool.js';

// typedoc.json treats warnings as errors, so exit code 0 means no warnings.
// Built into a temporary directory: the test must not touch docs/api.
it('TypeDoc builds the API docs without warnings', () => {
  const out = mkdtempSync(join(tmpdir(), 'curricula-typedoc-'));
  try {
    const { status, output } = runTool('typedoc', ['--out', out, '--logLevel', 'Warn']);
    expect(output.trim(), output).toBe('');
    expect(status, output).toBe(0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
