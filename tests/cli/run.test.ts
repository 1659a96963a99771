import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { createProgress } from '../../src/cli/progress.js';
import { runCli } from '../../src/cli/run.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/cli');

function context(over: Partial<CliContext> = {}, stderrTTY = false) {
  const out = { stdout: '', stderr: '' };
  const ctx: CliContext = {
    cwd: FIXTURES,
    env: {},
    stdout: { write: (s) => void (out.stdout += s), isTTY: false },
    stderr: { write: (s) => void (out.stderr += s), isTTY: stderrTTY, columns: 60 },
    ...over,
  };
  return { ctx, out };
}

describe('runCli in process', () => {
  it('shows help on stderr and exits 2 without a command', async () => {
    const { ctx, out } = context();
    expect(await runCli([], ctx)).toBe(2);
    expect(out.stderr).toContain('Usage: curricula <command>');
    expect(out.stdout).toBe('');
  });

  it('answers `help <command>`', async () => {
    const { ctx, out } = context();
    expect(await runCli(['help', 'validate'], ctx)).toBe(0);
    expect(out.stdout).toContain('Usage: curricula validate');
    expect(out.stdout).toContain('--max-warnings N');
  });

  it('rejects unknown global options with a suggestion', async () => {
    const { ctx, out } = context();
    expect(await runCli(['--verison'], ctx)).toBe(2);
    expect(out.stderr).toBe("curricula: Unknown option '--verison'. Did you mean '--version'?\n");
  });

  it('turns an internal error into one line, and a stack with --debug', async () => {
    const failing = { write: () => { throw new Error('disk on fire\nsecond line'); }, isTTY: false };
    const plain = context({ stdout: failing });
    expect(await runCli(['validate', 'broken/errors.yaml'], plain.ctx)).toBe(2);
    expect(plain.out.stderr).toBe('curricula: internal error: disk on fire (run with --debug for details)\n');
    const debug = context({ stdout: failing });
    expect(await runCli(['validate', 'broken/errors.yaml', '--debug'], debug.ctx)).toBe(2);
    expect(debug.out.stderr).toMatch(/^curricula: internal error: disk on fire\nError: disk on fire\n.*\n\s+at /);
  });

  it('warns about unknown rules in --rule without failing', async () => {
    const { ctx, out } = context();
    expect(await runCli(['validate', 'clean/program.yaml', '--rule', 'hours/totl=off'], ctx)).toBe(0);
    expect(out.stderr).toContain('curricula: warning: Unknown rule "hours/totl"');
    expect(out.stderr).toContain('hours/total');
  });

  it('validates every file once when several reports are asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'curricula-run-'));
    try {
      const { ctx, out } = context();
      const report = join(dir, 'report.txt');
      expect(await runCli(['validate', join('broken', 'errors.yaml'), '-f', 'json', '-f', 'stylish', '-o', report], ctx)).toBe(1);
      expect(JSON.parse(out.stdout)[0].diagnostics).toHaveLength(2);
      expect(readFileSync(report, 'utf8')).toContain('1 file checked: 2 errors');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses two formats on stdout, which would run together into one text', async () => {
    const { ctx, out } = context();
    expect(await runCli(['validate', join('broken', 'errors.yaml'), '-f', 'json', '-f', 'github'], ctx)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      "curricula: Formats json and github would all print to stdout: give each but one an --output FILE, e.g. --format github --output curricula.txt\n",
    );
  });
});

describe('progress', () => {
  it('draws on a terminal outside CI only, and clears itself', () => {
    const tty = context({}, true);
    const p = createProgress(tty.ctx, 60, 'Checking');
    for (let i = 0; i < 60; i++) p.tick(`file-${i}.yaml`);
    p.done();
    expect(tty.out.stderr).toContain('Checking 1/60 file-0.yaml');
    expect(tty.out.stderr).toContain('Checking 60/60 file-59.yaml');
    expect(tty.out.stderr.endsWith('\r\u001b[K')).toBe(true);

    for (const [env, isTTY, total] of [[{ CI: 'true' }, true, 60], [{}, false, 60], [{}, true, 3]] as const) {
      const quiet = context({ env }, isTTY);
      const q = createProgress(quiet.ctx, total, 'Checking');
      q.tick('a.yaml');
      q.done();
      expect(quiet.out.stderr).toBe('');
    }
  });
});
