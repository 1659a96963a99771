// `curricula handbook`, `calendar` and `sheet` as a user runs them: documents
// are validated first, pages are written atomically (folders made), and bad
// input exits 1 (problems in the documents) or 2 (usage) with nothing written.
// The offering runs only part of the program, so coverage is turned off as a
// user would for a partial run.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeScratch, removeScratch, ROOT } from './e2e-helpers.js';

const OFFERING = `kind: offering
id: netzwerk-2027
program: ehrenamt-netzwerk
state: BW
location: Hauptstr. 28, 70563 Stuttgart
sessions:
  - { id: s1, date: 2027-01-04, time: "09:30-16:30", breaks: ["12:30-13:30"], modules: [einstieg] }
  - { id: s2, date: 2027-01-05, time: "09:30-16:30", breaks: ["12:30-13:30"], modules: [einstieg] }
  - { id: s3, date: 2027-01-07, time: "09:30-16:30", modules: [planung], status: cancelled }
  - { status: to-be-agreed, modules: [mensch] }
`;

const PARTIAL = ['--rule', 'offering/coverage=off'];

describe('handbook, calendar, sheet', () => {
  let dir = '';
  beforeAll(() => {
    dir = makeScratch();
    copyFileSync(join(ROOT, 'examples/ehrenamt-netzwerk.program.yaml'), join(dir, 'program.yaml'));
    writeFileSync(join(dir, 'kurs.yaml'), OFFERING);
  });
  afterAll(() => removeScratch(dir));

  it('handbook writes HTML to --out (making its folder) and Markdown by --format or extension', () => {
    const html = cli(['handbook', 'program.yaml', '--offering', 'kurs.yaml', '--out', 'pages/handbuch.html', ...PARTIAL], { cwd: dir });
    expect(html).toMatchObject({ status: 0, stdout: '' });
    const page = readFileSync(join(dir, 'pages/handbuch.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="de">/);
    expect(page).toContain('"@type": "CourseInstance"');
    const md = cli(['handbook', 'program.yaml', '--format', 'md'], { cwd: dir });
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('```mermaid\nflowchart LR');
    expect(cli(['handbook', 'program.yaml', '--out', 'handbuch.md'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'handbuch.md'), 'utf8')).toMatch(/^# Ehrenamtliches Engagement/);
    expect(cli(['handbook', 'program.yaml', '--locale', 'en'], { cwd: dir }).stdout).toContain('<html lang="en">');
  });

  it('calendar and sheet write their pages for an offering with its program', () => {
    expect(cli(['calendar', 'kurs.yaml', '--program', 'program.yaml', '--out', 'kalender.html', ...PARTIAL], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'kalender.html'), 'utf8')).toContain('data-date="2027-01-04" data-status="session"');
    const sheet = cli(['sheet', 'kurs.yaml', '-p', 'program.yaml', '--rows', '12', ...PARTIAL], { cwd: dir });
    expect(sheet.status).toBe(0);
    expect(sheet.stdout.match(/<section class="sheet"/g)).toHaveLength(2);
    expect(sheet.stdout.match(/<td class="num">/g)).toHaveLength(24);
  });

  it('documents with errors exit 1 with the problems on stderr, and nothing is written', () => {
    writeFileSync(join(dir, 'broken.yaml'), OFFERING.replace('modules: [einstieg] }', 'modules: [einstiegg] }'));
    const run = cli(['sheet', 'broken.yaml', '--program', 'program.yaml', '--out', 'never.html', ...PARTIAL], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refs/unresolved');
    expect(existsSync(join(dir, 'never.html'))).toBe(false);
  });

  it('usage errors exit 2 in one line', () => {
    for (const [args, message] of [
      [['sheet', 'kurs.yaml'], /needs --program/],
      [['calendar', 'kurs.yaml', '--program', 'program.yaml', '--format', 'pdf'], /Invalid value 'pdf' for --format/],
      [['sheet', 'kurs.yaml', '--program', 'program.yaml', '--rows', '31'], /at most 30 lines/],
      [['handbook', 'missing.yaml'], /No such file: missing.yaml/],
    ] as const) {
      const run = cli([...args], { cwd: dir });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('each has --help', () => {
    for (const command of ['handbook', 'calendar', 'sheet']) {
      const run = cli([command, '--help'], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`Usage: curricula ${command}`);
    }
  });
});
