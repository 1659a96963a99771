// The built command on the probe's reproducers (fixtures/README.md) and on
// what cannot be a file in git: devices, FIFOs, pipes, links in a loop,
// file names with line breaks and escape sequences. Each case once hung,
// wrote where it must not, printed control characters into the terminal or
// the CI log, or said something that was not what was wrong.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeScratch, removeScratch, ROOT } from '../cli/e2e-helpers.js';

const CLI = join(ROOT, 'dist/cli.cjs');
const FIXTURES = join(ROOT, 'tests/hostile/fixtures');
const PROGRAM = join(ROOT, 'tests/fixtures/cli/clean/program.yaml');
const unix = process.platform !== 'win32';

let tmp = '';
beforeAll(() => {
  tmp = makeScratch();
});
afterAll(() => removeScratch(tmp));

/** Runs a shell command line with `CURRICULA` standing for the built command; a hang fails after 20 s. */
function sh(line: string, cwd = tmp): { status: number | null; stdout: string; stderr: string } {
  const command = line.replace(/\bCURRICULA\b/g, `"${process.execPath}" "${CLI}"`);
  const r = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '', HOME: tmp } });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** The stylish lines of findings (`line:column  severity  message  code`), trimmed. */
function findings(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => /^\s+\d+:\d+\s/.test(l))
    .map((l) => l.trim().replace(/\s{2,}/g, '  '));
}

describe.runIf(unix)('every read stops at the size limit', () => {
  it('a device that never ends: /dev/zero and /dev/urandom', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const r = cli(['validate', device]);
      expect(r.status, device).toBe(1);
      expect(findings(r.stdout)).toEqual(['1:1  error  The input is larger than 8 MiB; reading stopped there (Split the document into smaller files)  limit/size']);
    }
  });

  it('stdin fed by `yes`, and a FIFO fed by `yes`', () => {
    const piped = sh('yes | CURRICULA validate /dev/stdin');
    expect(piped.status).toBe(1);
    expect(findings(piped.stdout)[0]).toMatch(/limit\/size$/);
    const fifo = join(tmp, 'fifo.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const fed = sh(`(yes > ${fifo} &) ; CURRICULA validate ${fifo}`);
    expect(fed.status).toBe(1);
    expect(findings(fed.stdout)[0]).toMatch(/limit\/size$/);
  });

  it('a config file that is a device', () => {
    const r = cli(['validate', PROGRAM, '--config', '/dev/zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('curricula: Invalid config /dev/zero:1:1: The input is larger than 8 MiB; reading stopped there\n');
  });

  it('the files fix and diff read besides the documents stop at the limit too', () => {
    const offering = join(ROOT, 'tests/fixtures/cli/clean/offering.yaml');
    const fixed = cli(['fix', '/dev/zero', '--add-session-ids']);
    expect(fixed.status).toBe(2);
    expect(fixed.stderr).toBe('curricula: Cannot read /dev/zero: larger than 8 MiB, where reading stops\n');
    const diffed = cli(['diff', offering, offering, '--program', PROGRAM, '--format', 'ics', '--out', join(tmp, 'update'), '--published', '/dev/zero']);
    expect(diffed.status).toBe(2);
    expect(diffed.stderr).toBe('curricula: Cannot read /dev/zero: larger than 8 MiB, where reading stops\n');
  });

  it('a regular file larger than the limit is not read at all, and says how large it is', () => {
    const big = join(tmp, 'big.program.yaml');
    writeFileSync(big, `kind: program\n${'#'.repeat(9 * 1024 * 1024)}\n`);
    const r = cli(['validate', big]);
    expect(r.status).toBe(1);
    expect(findings(r.stdout)).toEqual(['1:1  error  The file is larger than 8 MiB (9.0 MiB or more) (Split the document into smaller files)  limit/size']);
  });

  it('a link named like a document to a device is not taken for one when searching a folder', () => {
    const dir = join(tmp, 'found');
    mkdirSync(dir);
    copyFileSync(PROGRAM, join(dir, 'program.yaml'));
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    const r = cli(['validate', dir]);
    expect(r.status).toBe(0);
  });
});

describe.runIf(unix)('writing where it must not', () => {
  // As root, a temporary file renamed over /dev/null replaced the device with a regular file.
  // As root the test makes a null device of its own (mknod), so that a regression cannot break the machine's
  // /dev/null; as anyone else /dev/null cannot be replaced, and writing to it must still work.
  it('--out to a device writes to the device and leaves it a device', () => {
    const root = process.getuid?.() === 0;
    const device = root ? join(tmp, 'null') : '/dev/null';
    if (root) expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    const r = cli(['plan', PROGRAM, '--start', '2027-01-04', '--out', device]);
    expect(r.status).toBe(0);
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it('--out /dev/stdout >> file appends, as the shell asked', () => {
    const log = join(tmp, 'log.csv');
    writeFileSync(log, 'earlier line\n');
    const r = sh(`CURRICULA plan ${PROGRAM} --start 2027-01-04 --format csv --out /dev/stdout >> ${log}`);
    expect(r.status).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text).toMatch(/^earlier line\nDurchführung,Termin,/);
    expect(lstatSync(log).isFile()).toBe(true);
  });

  it('--out to a FIFO writes into it (no temporary file renamed over it)', () => {
    const fifo = join(tmp, 'out.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = sh(`cat ${fifo} > ${join(tmp, 'from-fifo.csv')} & CURRICULA plan ${PROGRAM} --start 2027-01-04 --format csv --out ${fifo}; wait`);
    expect(r.status).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(tmp, 'from-fifo.csv'), 'utf8')).toMatch(/^Durchführung,Termin,/);
  });

  it('a regular file is still replaced atomically', () => {
    const file = join(tmp, 'plan.yaml');
    writeFileSync(file, 'old\n');
    expect(cli(['plan', PROGRAM, '--start', '2027-01-04', '--out', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# yaml-language-server/);
  });

  it('a stdout pipe closed early is exit 2, as README says', () => {
    // Enough output to overflow the pipe's buffer after `head` has gone.
    const keys = join(tmp, 'keys.program.yaml');
    writeFileSync(keys, `kind: program\nid: p\ntitle: T\n${Array.from({ length: 3000 }, (_, i) => `k${i}: 1\n`).join('')}`);
    const status = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" validate ${keys} --format json | head -c 10 > /dev/null; echo \${PIPESTATUS[0]}`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(status.stdout.trim()).toBe('2');
    expect(status.stderr).toBe('curricula: cannot write to stdout: the reader closed the pipe\n');
  });
});

describe('messages that say what is wrong', () => {
  it('--out "" names the empty file name', () => {
    const r = cli(['plan', PROGRAM, '--start', '2027-01-04', '--out', '']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("curricula: Option '--out' needs a file name, not an empty text\n");
  });

  it.runIf(unix)('a symbolic link loop is named as one, reading and writing', () => {
    symlinkSync('loop-b.yaml', join(tmp, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', join(tmp, 'loop-b.yaml'));
    const read = cli(['validate', 'loop-a.yaml'], { cwd: tmp });
    expect(read.status).toBe(2);
    expect(read.stderr).toBe('curricula: Cannot read loop-a.yaml: too many levels of symbolic links\n');
    const written = cli(['plan', PROGRAM, '--start', '2027-01-04', '--out', 'loop-a.yaml'], { cwd: tmp });
    // Gone before the scratch folder is cleaned, which follows links.
    unlinkSync(join(tmp, 'loop-a.yaml'));
    unlinkSync(join(tmp, 'loop-b.yaml'));
    expect(written.status).toBe(2);
    expect(written.stderr).toBe('curricula: Cannot write loop-a.yaml: too many levels of symbolic links\n');
  });

  it('--max-ue-per-day 99999999999999999999 names the flag and its bound', () => {
    const r = cli(['plan', PROGRAM, '--start', '2027-01-04', '--max-ue-per-day', '99999999999999999999']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("curricula: Invalid value '99999999999999999999' for --max-ue-per-day: expected a whole number from 1 to 1,440\n");
  });

  it('dates outside 1900-01-01 to 2200-12-31 in flags are usage errors naming each flag', () => {
    const r = cli(['plan', PROGRAM, '--start', '0001-01-01', '--end', '9999-12-31']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^curricula: --start: Date 0001-01-01 lies outside .*--end: Date 9999-12-31 lies outside the dates a plan can use \(1900-01-01 to 2200-12-31\)\n$/);
  });

  it('a --blackout or --holiday outside 1900-01-01 to 2200-12-31 is a usage error naming the flag, in both languages', () => {
    const r = cli(['plan', PROGRAM, '--start', '2027-01-04', '--blackout', '2207-01-05']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('curricula: --blackout: Date 2207-01-05 lies outside the dates a plan can use (1900-01-01 to 2200-12-31)\n');
    const de = cli(['plan', PROGRAM, '--start', '2027-01-04', '--holiday', '0001-01-01', '--locale', 'de']);
    expect(de.status).toBe(2);
    expect(de.stderr).toBe('curricula: --holiday: Datum 01.01.0001 liegt außerhalb der Daten, die ein Plan verwenden kann (01.01.1900 bis 31.12.2200)\n');
  });

  it('--format twice without --output is a usage error', () => {
    const r = cli(['validate', PROGRAM, '--format', 'json', '--format', 'sarif']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^curricula: Formats json and sarif would all print to stdout/);
  });
});

describe('the probe’s reproducers', () => {
  const validate = (file: string, ...args: string[]) => cli(['validate', join(FIXTURES, file), '--no-config', ...args]);

  it('UTF-32 and broken UTF-16 get an encoding error at the bad byte', () => {
    expect(findings(validate('utf32.program.yaml').stdout)[0]).toMatch(/^1:1 {2}error {2}The file is UTF-32 text .*encoding$/);
    expect(findings(validate('utf16-odd-length.program.yaml').stdout)[0]).toMatch(/^9:1 {2}error {2}The file is not whole UTF-16 text: .*encoding$/);
    expect(findings(validate('utf16-lone-surrogate.program.yaml').stdout)[0]).toMatch(/^2:1 {2}error {2}The file is not valid UTF-16 text: .*encoding$/);
  });

  it('CR-only line endings are line breaks', () => {
    const r = validate('cr-only.program.yaml');
    expect(r.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(r.status).toBe(0);
  });

  it('.nan, .inf and 1e999 are "not a finite number"', () => {
    expect(findings(validate('not-finite.program.yaml').stdout)).toEqual([
      '4:8  error  Not a finite number (NaN)  schema/type',
      '8:12  error  Not a finite number (Infinity)  schema/type',
    ]);
    expect(findings(validate('not-finite.program.json').stdout)).toEqual(['1:55  error  Not a finite number (Infinity)  schema/type']);
  });

  it('%YAML 1.1 is warned about', () => {
    const r = validate('yaml-1.1.program.yaml');
    expect(findings(r.stdout)[0]).toBe('1:1  warning  This file declares %YAML 1.1; curricula reads every file as YAML 1.2  syntax');
  });

  it('an escape sequence in a key reaches neither the terminal nor the CI log', () => {
    for (const format of ['stylish', 'github', 'junit', 'sarif']) {
      const r = validate('escape-key.program.yaml', '--format', format);
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout, format).toContain('\\u001b]0;pwned\\u0007');
    }
  });

  it('dates outside the supported range are located errors', () => {
    expect(findings(validate('dates-out-of-range.offering.yaml').stdout)).toEqual([
      '5:11  error  This date lies outside the supported range, 1900-01-01 to 2200-12-31: check the year  date/invalid',
      '6:11  error  This date lies outside the supported range, 1900-01-01 to 2200-12-31: check the year  date/invalid',
    ]);
  });

  it('amounts and day counts beyond the planning horizon are located errors', () => {
    const amounts = validate('huge-amounts.program.yaml');
    expect(amounts.status).toBe(1);
    expect(findings(amounts.stdout).map((l) => l.replace(/ {2}.*(?= {2})/, ''))).toEqual(['4:8  duration/invalid', '8:12  duration/invalid']);
    expect(amounts.stdout).toContain('an amount is at most 5,270,400 minutes (87,840 h, ten years around the clock)');
    expect(findings(validate('huge-days.program.yaml').stdout)).toEqual(['7:11  error  Must be at most 3660, not 99999999999  schema/range']);
  });
});

describe.runIf(unix)('file names cannot smuggle commands into a CI log or a terminal', () => {
  it('a line break and `::error` in a file name stay inside the github property', () => {
    const name = 'evil\n::error file=evil.yaml,line=1::pwned\u001b[31m.program.yaml';
    writeFileSync(join(tmp, name), 'kind: program\nid: p\ntitle: T\ntitel: T\n');
    const r = cli(['validate', name, '--format', 'github'], { cwd: tmp });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('::'))).toBe(true);
    expect(lines.some((l) => l.startsWith('::error file=evil.yaml'))).toBe(false);
    expect(lines[0]).toMatch(/^::error file=evil%0A%3A%3Aerror file=evil\.yaml%2Cline=1%3A%3Apwned\\u001b\[31m\.program\.yaml,line=/);
    const stylish = cli(['validate', name], { cwd: tmp });
    expect(stylish.stdout).not.toMatch(/\u001b/);
    expect(stylish.stdout).toContain('evil\\u000a::error file=evil.yaml,line=1::pwned\\u001b[31m.program.yaml');
    expect(existsSync(join(tmp, name))).toBe(true);
  });
});
