import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, isRoot, makeScratch, removeScratch, VERSION } from './e2e-helpers.js';

let tmp = '';
beforeAll(() => {
  tmp = makeScratch();
});
afterAll(() => removeScratch(tmp));

describe('plan', () => {
  const program = 'clean/program.yaml';
  const base = ['plan', program, '--start', '2027-01-04', '--state', 'BW'];

  it('writes ICS that calendars read, atomically to --out', () => {
    const file = join(tmp, 'plan.ics');
    const r = cli([...base, '--out', file]);
    expect(r.stderr).toMatch(/^Defaults used: offering id netzwerk-2027-01-04; time zone Europe\/Berlin; .*; layout consecutive\n$/);
    expect(r.status).toBe(0);
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent');
    expect(events).toHaveLength(5);
    // 2027-01-06 is Epiphany in Baden-Württemberg: no session that day.
    const days = events.map((e) => e.getFirstPropertyValue('dtstart')!.toString().slice(0, 10));
    expect(days).not.toContain('2027-01-06');
    expect(readdirSync(tmp).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('writes CSV and Markdown to stdout', () => {
    const csv = cli([...base, '--format', 'csv']);
    expect(csv.status).toBe(0);
    const rows = parseCsv(csv.stdout.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    const md = cli([...base, '--format', 'md', '--weekdays', 'tue-thu', '--window', '9:00-17:00', '--break', '12:00-13:00', '--max-ue-per-day', '8', '--blackout', '2027-01-12..2027-01-14']);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^#/m);
    expect(md.stdout).toMatch(/\|.*2027-01-19|19\.01\.2027|19 Jan/);
  });

  it('an infeasible plan exits 1 with the reasons and leaves --out untouched', () => {
    const file = join(tmp, 'keep.yaml');
    writeFileSync(file, 'previous plan\n');
    const r = cli([...base, '--end', '2027-01-05', '--out', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/error/);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('previous plan\n');
  });

  it('--out into a read-only folder fails cleanly and leaves nothing behind', () => {
    const dir = join(tmp, 'readonly');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    // root ignores permissions; run as nobody so the folder really is read-only.
    const r = cli([...base, '--out', join(dir, 'plan.ics')], isRoot ? { uid: 65534 } : {});
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`curricula: Cannot write ${join(dir, 'plan.ics')}: permission denied\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('bad flag values are usage errors', () => {
    expect(cli([...base, '--weekdays', 'mon-fry'])).toMatchObject({ status: 2, stderr: expect.stringContaining("Invalid weekday 'fry'") });
    expect(cli(['plan'])).toMatchObject({ status: 2, stderr: expect.stringContaining('needs a program file') });
  });
});

describe('export, schema, init, help', () => {
  it('exports an offering with its program', () => {
    const r = cli(['export', 'clean/offering.yaml', '--program', 'clean/program.yaml', '--to', 'ics']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(r.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    const md = cli(['export', 'clean/offering.yaml', '-p', 'clean/program.yaml', '--to', 'md', '--locale', 'de']);
    expect(md.stdout).toContain('Einstieg in die Netzwerkarbeit');
  });

  it('prints the JSON Schemas', () => {
    const r = cli(['schema', 'program']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$id).toMatch(/program\.schema\.json$/);
    expect(JSON.stringify(schema)).toContain('modules');
  });

  it('init writes a starter that validates, and never overwrites', () => {
    const dir = join(tmp, 'init');
    mkdirSync(dir);
    expect(cli(['init', 'kurs.yaml'], { cwd: dir }).status).toBe(0);
    const text = readFileSync(join(dir, 'kurs.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+program\.schema\.json\n/);
    expect(cli(['validate', 'kurs.yaml', '--max-warnings', '0'], { cwd: dir })).toEqual({ status: 0, stdout: '✔ 1 file checked, no problems\n', stderr: '' });
    const again = cli(['init', 'kurs.yaml'], { cwd: dir });
    // The starter is German by default, and so is everything the command says.
    expect(again).toMatchObject({ status: 2, stderr: 'curricula: kurs.yaml gibt es schon; die Datei wird nicht überschrieben\n' });
    expect(cli(['init', 'kurs.yaml', '--locale', 'en'], { cwd: dir })).toMatchObject({ status: 2, stderr: 'curricula: kurs.yaml already exists; not overwriting it\n' });
    expect(readFileSync(join(dir, 'kurs.yaml'), 'utf8')).toBe(text);
    expect(statSync(join(dir, 'kurs.yaml')).isFile()).toBe(true);
  });

  it('--help for the command and each subcommand, --version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    for (const c of ['validate', 'plan', 'export', 'schema', 'init']) expect(help.stdout).toContain(`  ${c} `);
    const sub = cli(['plan', '--help']);
    expect(sub.stdout).toContain('Usage: curricula plan <program file>');
    expect(sub.stdout).toContain('--max-ue-per-day N');
    expect(cli(['--version'])).toEqual({ status: 0, stdout: `${VERSION}\n`, stderr: '' });
  });
});
