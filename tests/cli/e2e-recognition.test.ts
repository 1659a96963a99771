// `curricula plan --profile` and `curricula timetable` as a provider runs them for a recognition
// application: plan the course for Bildungsurlaub in Hessen, write the timetable the office asks for,
// and be told plainly when the course would not qualify.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeScratch, removeScratch, ROOT } from './e2e-helpers.js';

describe('plan --profile and timetable', () => {
  let dir = '';
  beforeAll(() => {
    dir = makeScratch();
    copyFileSync(join(ROOT, 'examples/kommunikation-ehrenamt.program.yaml'), join(dir, 'program.yaml'));
  });
  afterAll(() => removeScratch(dir));

  it('plan --profile writes an offering that claims the recognition, its days laid out by the profile', () => {
    const run = cli(['plan', 'program.yaml', '--start', '2027-04-05', '--state', 'HE', '--profile', 'bildungsurlaub/HE', '--out', 'kurs.yaml'], { cwd: dir });
    // stderr says only what the plan assumed (issue 12): no finding.
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: expect.stringMatching(/^Defaults used: offering id kommunikation-ehrenamt-2027-04-05; [^\n]*\n$/) });
    const text = readFileSync(join(dir, 'kurs.yaml'), 'utf8');
    expect(text).toContain('recognitions:\n  - profile: bildungsurlaub/HE\n');
    expect(text.match(/date: "2027-04-0\d"/g)).toHaveLength(5);
    // The Markdown output explains what the plan was made by.
    const md = cli(['plan', 'program.yaml', '--start', '2027-04-05', '--profile', 'bildungsurlaub/HE', '--format', 'md', '--locale', 'de'], { cwd: dir });
    expect(md.stdout).toContain('geplant für Bildungsurlaub in Hessen (bildungsurlaub/HE, Regeln gültig ab 01.01.2018, HBUG)');
    // --agenda from-topics writes each session's agenda from its modules' topics; the offering still validates clean.
    const withAgenda = cli(['plan', 'program.yaml', '--start', '2027-04-05', '--profile', 'bildungsurlaub/NI', '--agenda', 'from-topics', '--out', 'ablauf.yaml'], { cwd: dir });
    expect(withAgenda).toMatchObject({ status: 0, stderr: expect.stringMatching(/^Defaults used: [^\n]*\n$/) });
    expect(readFileSync(join(dir, 'ablauf.yaml'), 'utf8')).toContain(
      '    agenda:\n      - time: 09:30-10:15\n        title: Ankommen und Kennenlernen\n        module: grundlagen\n        topic: Ankommen und Kennenlernen\n',
    );
    expect(cli(['validate', 'ablauf.yaml', 'program.yaml', '--profile', 'bildungsurlaub/NI'], { cwd: dir })).toMatchObject({ status: 0, stdout: '✔ 2 files checked, no problems\n' });
  });

  it('plan --profile that cannot be met exits 1 with the rule and the change; one that conflicts with a flag is a usage error', () => {
    // Flags that agree with the profile are kept.
    const agreeing = cli(['plan', 'program.yaml', '--start', '2027-04-05', '--profile', 'bildungsurlaub/RP', '--max-ue-per-day', '9', '--window', '09:00-17:00', '--out', 'rp.yaml'], { cwd: dir });
    expect(agreeing.status).toBe(0);
    expect(readFileSync(join(dir, 'rp.yaml'), 'utf8')).toContain('time: 09:00-16:00');
    const row = cli(['plan', 'program.yaml', '--start', '2027-04-05', '--profile', 'bildungsurlaub/NI', '--weekdays', 'mon,wed,fri', '--out', 'never.yaml'], { cwd: dir });
    expect(row.status).toBe(2);
    expect(row.stderr).toContain('weekdays mon, wed, fri conflicts with Educational leave in Lower Saxony: all days in a row');
    writeFileSync(join(dir, 'kurz.yaml'), readFileSync(join(dir, 'program.yaml'), 'utf8').replace('hours: 40', 'hours: 36').replace(/(id: transfer\n {4}title: Transfer in die Praxis\n {4}hours:) 8/, '$1 4'));
    const average = cli(['plan', 'kurz.yaml', '--start', '2027-04-05', '--profile', 'bildungsurlaub/HE', '--out', 'never.yaml'], { cwd: dir });
    expect(average.status).toBe(1);
    expect(average.stderr).toContain('Educational leave in Hesse needs at least 6 h a day on average');
    expect(average.stderr.replace(/\s+/g, ' ')).toContain('allow 9 UE a day with the daily window until 17:15');
    expect(existsSync(join(dir, 'never.yaml'))).toBe(false);
    const unknown = cli(['plan', 'program.yaml', '--start', '2027-04-05', '--profile', 'bildungsurlaub/HS'], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/bildungsurlaub\/HE/);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('timetable writes Markdown by default, HTML and CSV by --format or extension, German unless asked', () => {
    cli(['plan', 'program.yaml', '--start', '2027-04-05', '--state', 'HE', '--profile', 'bildungsurlaub/HE', '--out', 'kurs.yaml'], { cwd: dir });
    const md = cli(['timetable', 'kurs.yaml', '--program', 'program.yaml', '--agenda', 'from-topics'], { cwd: dir });
    expect(md).toMatchObject({ status: 0, stderr: '' });
    expect(md.stdout).toMatch(/^# Ablaufplan: Kommunikation und Konfliktlösung im Ehrenamt\n/);
    expect(md.stdout).toContain('Bildungsurlaub in Hessen (bildungsurlaub/HE): erfüllt die Voraussetzungen');
    expect(md.stdout).toContain('| 09:30–10:15 | Ankommen und Kennenlernen | Grundlagen der Kommunikation | 1 UE |');
    expect(cli(['timetable', 'kurs.yaml', '-p', 'program.yaml', '--out', 'out/ablaufplan.html'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'out/ablaufplan.html'), 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(cli(['timetable', 'kurs.yaml', '-p', 'program.yaml', '--out', 'ablaufplan.csv', '--separator', ';', '--bom'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'ablaufplan.csv'), 'utf8')).toMatch(/^\uFEFFday;date;weekday;start;end;kind;/);
    expect(cli(['timetable', 'kurs.yaml', '-p', 'program.yaml', '--locale', 'en'], { cwd: dir }).stdout).toMatch(/^# Timetable: /);
  });

  it('a recognition that does not qualify is written with its findings, exit 1; other errors write nothing', () => {
    const kurs = readFileSync(join(dir, 'kurs.yaml'), 'utf8');
    writeFileSync(join(dir, 'kurz-tag.yaml'), kurs.replace('date: "2027-04-07"\n    time: 09:30-16:30\n    breaks:\n      - 12:30-13:30', 'date: "2027-04-07"\n    time: 09:30-12:30'));
    const run = cli(['timetable', 'kurz-tag.yaml', '--program', 'program.yaml', '--out', 'ablaufplan.md', '--rule', 'offering/coverage=off'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('recognition/per-day');
    const written = readFileSync(join(dir, 'ablaufplan.md'), 'utf8');
    expect(written).toContain('Bildungsurlaub in Hessen (bildungsurlaub/HE): erfüllt die Voraussetzungen nicht');
    expect(written).toContain('Tag 3 (Mi, 07.04.2027) hat 3 Std.');
    writeFileSync(join(dir, 'kaputt.yaml'), kurs.replace('- grundlagen', '- grundlagn'));
    const broken = cli(['timetable', 'kaputt.yaml', '--program', 'program.yaml', '--out', 'nie.md'], { cwd: dir });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('refs/unresolved');
    expect(existsSync(join(dir, 'nie.md'))).toBe(false);
  });

  it('usage errors exit 2 in one line, and it has --help', () => {
    for (const [args, message] of [
      [['timetable', 'kurs.yaml'], /needs --program/],
      [['timetable', 'kurs.yaml', '--program', 'program.yaml', '--format', 'pdf'], /Invalid value 'pdf' for --format/],
      [['timetable', 'kurs.yaml', '--program', 'program.yaml', '--agenda', 'topics'], /Invalid value 'topics' for --agenda/],
    ] as const) {
      const run = cli([...args], { cwd: dir });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    const help = cli(['timetable', '--help'], { cwd: dir });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--agenda as-is|from-topics');
    expect(cli(['--help'], { cwd: dir }).stdout).toContain('timetable');
    expect(cli(['plan', '--help'], { cwd: dir }).stdout).toContain('--profile ID');
    expect(cli(['plan', 'program.yaml', '--start', '2027-04-05', '--agenda', 'topics'], { cwd: dir }).stderr).toMatch(/^curricula: Invalid value 'topics' for --agenda[^\n]*\n$/);
  });
});
