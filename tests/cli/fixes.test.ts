import { spawnSync } from 'node:child_process';
import { closeSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandArgs, type CommandSpec } from '../../src/cli/args.js';
import { idFrom, yamlString } from '../../src/cli/commands/init.js';
import type { CliContext } from '../../src/cli/context.js';
import { escapeData, formatGithub } from '../../src/cli/formatters/github.js';
import { formatSarif } from '../../src/cli/formatters/sarif.js';
import { formatStylish } from '../../src/cli/formatters/stylish.js';
import { isCurriculumText, resolveInputs } from '../../src/cli/inputs.js';
import { runCli } from '../../src/cli/run.js';
import { writeFileAtomic } from '../../src/cli/write-file.js';
import { load } from '../../src/load/index.js';
import { diag } from './sample.js';
import { numRuns } from '../setup/runs.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/cli');
const FIXES = join(ROOT, 'tests/fixtures/cli-fixes');
const EXAMPLES = join(ROOT, 'examples');
const tmp = mkdtempSync(join(tmpdir(), 'curricula-cli-fixes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(argv: string[], cwd = FIXTURES) {
  const out = { stdout: '', stderr: '' };
  const ctx: CliContext = {
    cwd,
    env: {},
    stdout: { write: (s) => void (out.stdout += s), isTTY: false },
    stderr: { write: (s) => void (out.stderr += s), isTTY: false },
  };
  const code = await runCli(argv, ctx);
  return { code, ...out };
}

/** Text with line breaks and indentation folded, to find a wrapped hint. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('plan validates the program first', () => {
  it('refuses a program that validate rejects, with the same findings', async () => {
    const r = await run(['plan', 'broken/errors.yaml', '--start', '2027-01-04']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('hours/total');
    expect(r.stderr).toContain('refs/unresolved');
  });

  it('takes --rule as validate does: warnings are shown and planning goes on', async () => {
    const r = await run(['plan', 'broken/errors.yaml', '--start', '2027-01-04', '--rule', 'hours/total=warn', '--rule', 'refs/unresolved=warn']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('✖ 2 problems (0 errors, 2 warnings)');
    expect(r.stdout).toContain('kind: offering');
  });

  it('uses the config file found upward, as validate does', async () => {
    const withConfig = await run(['plan', 'total.yaml', '--start', '2027-01-04'], join(FIXTURES, 'config'));
    expect(withConfig.code).toBe(0);
    expect(withConfig.stderr).toContain('Warnung');
    expect(withConfig.stderr).toContain('hours/total');
    const without = await run(['plan', 'total.yaml', '--start', '2027-01-04', '--no-config'], join(FIXTURES, 'config'));
    expect(without.code).toBe(1);
    expect(without.stdout).toBe('');
  });
});

describe('hints are shown whole', () => {
  const long = 'Smallest changes that fit: end on 2027-02-01 (1 allowed day later), or start on 2026-12-31, or add Saturdays';

  it('prints the reasons of an infeasible plan', async () => {
    const r = await run(['plan', join(EXAMPLES, 'ehrenamt-netzwerk.program.yaml'), '--start', '2027-01-04', '--end', '2027-01-29', '--state', 'BW']);
    expect(r.code).toBe(1);
    expect(flat(r.stderr)).toMatch(/Smallest changes that fit: end on 2027-02-01 .*or add Saturdays/);
  });

  it('keeps every word of any hint in stylish, GitHub and SARIF', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9:.,()-]{1,30}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        const hint = words.join(' ');
        const reports = [{ file: 'a.yaml', diagnostics: [diag({ message: 'Does not fit', hint })] }];
        expect(flat(formatStylish(reports))).toContain(hint);
        expect(formatGithub(reports)).toContain(escapeData(hint));
        const sarif = JSON.parse(formatSarif(reports, { version: '0', informationUri: 'https://example.invalid', rules: [] }));
        expect(sarif.runs[0].results[0].message.text).toContain(hint);
      }),
      { numRuns: numRuns(60, 600) },
    );
    expect(formatStylish([{ file: 'a.yaml', diagnostics: [diag({ hint: long })] }])).toContain('  3:1  error  Unknown key \'titel\'  schema/unknown-key\n              Smallest changes that fit:');
  });
});

describe('plan findings are located in the program', () => {
  it('shows a skipped module at its place in the file, under the file name', async () => {
    const file = join(EXAMPLES, 'geb-ich-dir-so-gibst-du-mir.program.yaml');
    const r = await run(['plan', file, '--start', '2027-01-04']);
    expect(r.stderr).toContain(`\n${file}\n`);
    const line = r.stderr.split('\n').find((l) => l.includes('plan/module-skipped'))!;
    const text = readFileSync(file, 'utf8').split('\n');
    const [, row, column] = /^\s+(\d+):(\d+)/.exec(line)!;
    expect(Number(row)).toBeGreaterThan(1);
    expect(text[Number(row) - 1]!.slice(Number(column) - 1)).toMatch(/^id: workshop|^- id: workshop|^workshop/);
  });
});

describe('finding files', () => {
  it('fails (exit 2) on a folder without curriculum files', async () => {
    mkdirSync(join(tmp, 'empty'));
    const r = await run(['validate', 'empty'], tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('curricula: No program or offering files found in empty (*.yaml, *.yml or *.json files with kind: program or kind: offering)\n');
  });

  it('finds flow-mapping YAML and JSON text in .yaml files, not other flow mappings', () => {
    expect(resolveInputs(['flow'], FIXES)).toEqual([join('flow', 'flow-mapping.yaml'), join('flow', 'json-text.yaml')]);
    expect(isCurriculumText('%YAML 1.2\n---\n{ kind: offering }\n', 'yaml')).toBe(true);
    expect(isCurriculumText('kind: !!str program\n', 'yaml')).toBe(true);
    expect(isCurriculumText('kind:\n  offering\n', 'yaml')).toBe(true);
  });

  it('finds JSON and YAML whose kind comes after the first 64 KB', () => {
    const dir = join(tmp, 'late');
    mkdirSync(dir);
    const modules = Array.from({ length: 900 }, (_, i) => ({ id: `m${i}`, title: `Module number ${i} with a longer title`, hours: 1 }));
    writeFileSync(join(dir, 'late.json'), JSON.stringify({ id: 'late', title: 'Late', modules, kind: 'program' }, null, 2));
    const yaml = `id: late2\ntitle: Late\nmodules:\n${modules.map((m) => `  - id: ${m.id}\n    title: ${m.title}\n    hours: 1\n`).join('')}kind: program\n`;
    writeFileSync(join(dir, 'late.yaml'), yaml);
    writeFileSync(join(dir, 'big-other.json'), JSON.stringify({ modules }, null, 2));
    expect(readFileSync(join(dir, 'late.json')).length).toBeGreaterThan(64 * 1024);
    expect(resolveInputs(['late'], tmp)).toEqual([join('late', 'late.json'), join('late', 'late.yaml')]);
  });
});

describe('plan takes the state from the config', () => {
  it('skips the holidays of the config state, as validate checks them', async () => {
    const dir = join(tmp, 'config-state');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'curricula.config.yaml'), 'state: BW\n');
    writeFileSync(join(dir, 'p.yaml'), readFileSync(join(EXAMPLES, 'ehrenamt-netzwerk.program.yaml')));
    const planned = await run(['plan', 'p.yaml', '--start', '2027-01-04', '--format', 'csv'], dir);
    expect(planned.code).toBe(0);
    // Epiphany (6 January) is a public holiday in BW, not nationwide.
    expect(planned.stdout).toContain('2027-01-05');
    expect(planned.stdout).not.toContain('2027-01-06');
    const flag = await run(['plan', 'p.yaml', '--start', '2027-01-04', '--format', 'csv', '--state', 'BE'], dir);
    expect(flag.stdout).toContain('2027-01-06');
  });
});

describe('files that are not UTF-8', () => {
  const program = readFileSync(join(FIXTURES, 'clean/program.yaml'), 'utf8');

  it('reports a Latin-1 file at its first bad byte instead of reading garbled text', async () => {
    writeFileSync(join(tmp, 'latin1.yaml'), Buffer.from(program, 'latin1'));
    const r = await run(['validate', 'latin1.yaml', '--format', 'json'], tmp);
    expect(r.code).toBe(1);
    const [d] = JSON.parse(r.stdout)[0].diagnostics;
    const bad = program.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l));
    expect(d).toMatchObject({ code: 'encoding', severity: 'error', line: bad + 1, column: program.split('\n')[bad]!.search(/[^\x00-\x7f]/) + 1 });
    expect(d.message).toContain('not UTF-8');
    const plan = await run(['plan', 'latin1.yaml', '--start', '2027-01-04', '--locale', 'de'], tmp);
    expect(plan.code).toBe(1);
    expect(plan.stdout).toBe('');
    expect(plan.stderr).toContain('kein UTF-8');
    expect(plan.stderr).toContain('iconv -f windows-1252 -t utf-8 latin1.yaml');
  });

  it('knows encoding as a rule: --rule sets it, SARIF describes it, and an unreadable file is never passed', async () => {
    writeFileSync(join(tmp, 'latin1-rule.yaml'), Buffer.from(program, 'latin1'));
    const lowered = await run(['validate', 'latin1-rule.yaml', '--rule', 'encoding=warn', '--format', 'json'], tmp);
    expect(lowered.stderr).toBe('');
    expect(lowered.code).toBe(1);
    const codes = JSON.parse(lowered.stdout)[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code} ${d.severity}`);
    expect(codes).toEqual(['document/unchecked error', 'encoding warning']);
    const sarif = await run(['validate', 'latin1-rule.yaml', '--format', 'sarif'], tmp);
    const rule = JSON.parse(sarif.stdout).runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'encoding');
    expect(rule.shortDescription.text).toContain('UTF-8');
  });

  it('quotes a file name with a space in the suggested iconv command, so it can be pasted', async () => {
    writeFileSync(join(tmp, 'Kurs 2027.yaml'), Buffer.from(program, 'latin1'));
    const r = await run(['validate', 'Kurs 2027.yaml'], tmp);
    expect(flat(r.stdout)).toContain("iconv -f windows-1252 -t utf-8 'Kurs 2027.yaml' > 'utf8-Kurs 2027.yaml'");
  });

  it('reads UTF-16 with a byte order mark, and names UTF-16 without one', async () => {
    writeFileSync(join(tmp, 'utf16.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(program, 'utf16le')]));
    expect(await run(['validate', 'utf16.yaml'], tmp)).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' });
    writeFileSync(join(tmp, 'utf16-plain.yaml'), Buffer.from(program, 'utf16le'));
    const r = await run(['validate', 'utf16-plain.yaml'], tmp);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('UTF-16');
    expect(r.stdout).toContain('encoding');
  });
});

describe('init', () => {
  it('writes ids that YAML would read as other things as strings, and spells out umlauts', async () => {
    for (const name of ['2027.yaml', 'null.yaml', 'true.yaml', '1e3.yaml', 'Straße.yaml']) {
      expect((await run(['init', name], tmp)).code).toBe(0);
      expect(await run(['validate', name, '--no-config'], tmp)).toMatchObject({ code: 0, stdout: '✔ 1 file checked, no problems\n' });
    }
    expect(readFileSync(join(tmp, '2027.yaml'), 'utf8')).toContain("\nid: '2027'\n");
    expect(readFileSync(join(tmp, 'Straße.yaml'), 'utf8')).toContain('\nid: strasse\n');
    expect(idFrom('Übungen für Öffentlichkeit.yaml')).toBe('uebungen-fuer-oeffentlichkeit');
  });

  it('quotes exactly so that any id loads back as the same string', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/), (id) => {
        expect(load(`id: ${yamlString(id)}\n`, { format: 'yaml' }).value).toEqual({ id });
      }),
      { numRuns: numRuns(300, 3_000) },
    );
  });
});

describe('options', () => {
  const spec: CommandSpec = {
    name: 'demo',
    summary: 'validateSummary',
    usage: 'validateUsage',
    options: { 'max-warnings': { type: 'string', value: 'N', description: 'maxWarningsOption' }, out: { type: 'string', short: 'o', description: 'outOption' } },
    positionals: { min: 0, max: 1, name: 'fileName' },
  };

  it('takes negative numbers as option values', async () => {
    expect(parseCommandArgs(spec, ['--max-warnings', '-1', '-o', '-2']).values).toMatchObject({ 'max-warnings': '-1', out: '-2' });
    expect(await run(['validate', 'warnings/optional.yaml', '--max-warnings', '-1'])).toMatchObject({ code: 0 });
    const r = await run(['validate', 'warnings/optional.yaml', '--max-warnings', '-3']);
    expect(r).toMatchObject({ code: 2, stderr: "curricula: Invalid value '-3' for --max-warnings: expected a whole number of at least 0\n" });
  });

  it('writes --out through a symbolic link, keeping the link', () => {
    mkdirSync(join(tmp, 'real'));
    writeFileSync(join(tmp, 'real', 'plan.yaml'), 'old\n');
    symlinkSync(join('real', 'plan.yaml'), join(tmp, 'link.yaml'));
    writeFileAtomic(join(tmp, 'link.yaml'), 'new\n');
    expect(lstatSync(join(tmp, 'link.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(tmp, 'real', 'plan.yaml'), 'utf8')).toBe('new\n');
  });

  it('writes formula-looking CSV cells as they are with --csv-formulas, and documents it', async () => {
    const r = await run(['plan', 'formula.program.yaml', '--start', '2027-01-04', '--format', 'csv', '--csv-formulas'], FIXES);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(',"=HYPERLINK(""http://example.invalid"")",');
    for (const command of ['plan', 'export']) {
      expect((await run([command, '--help'])).stdout).toMatch(/--csv-formulas\s+CSV: write cells starting with = \+ - @ as they are/);
    }
  });
});

describe('the built command', () => {
  it('says in one line that stdout cannot be written, and exits 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli.cjs'), 'validate', 'broken'], { cwd: FIXTURES, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('curricula: cannot write to stdout: no space left on device\n');
    } finally {
      closeSync(full);
    }
  });
});
