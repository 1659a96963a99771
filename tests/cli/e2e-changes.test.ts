import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES, makeScratch, removeScratch } from './e2e-helpers.js';

let tmp = '';
beforeAll(() => {
  tmp = makeScratch();
});
afterAll(() => removeScratch(tmp));

// A spring course as sent out (changes/kurs.yaml) and after the trainer fell ill and a room was lost
// (changes/kurs-neu.yaml): s02 cancelled with s06 as its replacement, s03 moved, s04 in another room.
const files = ['changes/kurs.yaml', 'changes/kurs-neu.yaml'];
const program = ['--program', 'clean/program.yaml'];

describe('curricula diff', () => {
  it('lists the changes by session, like validate lists findings', () => {
    expect(cli(['diff', ...files, ...program])).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'changes/kurs.yaml → changes/kurs-neu.yaml (netzwerk-2027-03-01)',
        '  s02  cancelled  Fri 2027-03-19 09:30–16:30, replaced by s06',
        '  s06  added      Tue 2027-04-06 09:30–16:30, replaces s02',
        '  s03  moved      Fri 2027-04-09 09:30–16:30 → Mon 2027-04-12 09:30–16:30',
        '  s04  changed    Fri 2027-04-16 09:30–16:30: location',
        '',
        '4 changes (1 cancelled, 1 moved, 1 changed, 1 added), 2 unchanged',
        '',
      ].join('\n'),
    });
  });

  it('writes the participants\' notice in the documents\' language, and JSON', () => {
    const md = cli(['diff', ...files, ...program, '--format', 'md']);
    expect(md.status).toBe(0);
    expect(md.stdout).toBe(
      [
        '# Änderungen: Netzwerkarbeit in der Kommune',
        '',
        '- Der Termin am Fr, 19.03.2027 entfällt; Ersatztermin Di, 06.04.2027, 09:30–16:30 Uhr.',
        '- Der Termin am Fr, 09.04.2027 entfällt; Ersatztermin Mo, 12.04.2027, 09:30–16:30 Uhr.',
        '- Der Termin am Fr, 16.04.2027 findet an einem anderen Ort statt: Rathaus, Saal 2.',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(cli(['diff', ...files, '--format', 'json']).stdout);
    expect(json).toMatchObject({ before: { file: files[0], id: 'netzwerk-2027-03-01' }, matchedBy: 'id', withoutIds: 0, unchanged: 2 });
    expect(json.changes.map((c: { kind: string; id: string }) => `${c.kind} ${c.id}`)).toEqual(['cancelled s02', 'added s06', 'moved s03', 'changed s04']);
  });

  it('--format ics writes update.ics and one CANCEL per session to a folder, stamped with SOURCE_DATE_EPOCH', () => {
    const out = join(tmp, 'update');
    const r = cli(['diff', ...files, ...program, '--format', 'ics', '--out', out], { env: { SOURCE_DATE_EPOCH: '1805000000' } });
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['cancel-s02.ics', 'update.ics']);
    const update = new ICAL.Component(ICAL.parse(readFileSync(join(out, 'update.ics'), 'utf8')));
    expect(update.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(update.getAllSubcomponents('vevent').map((e) => [e.getFirstPropertyValue('uid'), e.getFirstPropertyValue('sequence'), e.getFirstPropertyValue('status')])).toEqual([
      ['netzwerk-2027-03-01/s02@curricula', 1, 'CANCELLED'],
      ['netzwerk-2027-03-01/s03@curricula', 1, 'CONFIRMED'],
      ['netzwerk-2027-03-01/s04@curricula', 1, 'CONFIRMED'],
      ['netzwerk-2027-03-01/s06@curricula', 0, 'CONFIRMED'],
    ]);
    const cancel = readFileSync(join(out, 'cancel-s02.ics'), 'utf8');
    expect(cancel).toContain('\r\nMETHOD:CANCEL\r\n');
    expect(cancel).toContain('\r\nORGANIZER;CN=Kursbüro:mailto:kurse@example.org\r\n');
    expect(cancel).toContain('\r\nDTSTAMP:20270314T045320Z\r\n');
    expect(cancel.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('takes the sequences calendars hold from --published, so the next update is newer', () => {
    const sent = join(tmp, 'sent.ics');
    writeFileSync(sent, 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:netzwerk-2027-03-01/s03@curricula\r\nSEQUENCE:4\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    const out = join(tmp, 'update2');
    expect(cli(['diff', ...files, '--format', 'ics', '--out', out, '--published', sent]).status).toBe(0);
    expect(readFileSync(join(out, 'update.ics'), 'utf8')).toMatch(/UID:netzwerk-2027-03-01\/s03@curricula\r\n(?:.*\r\n)*?SEQUENCE:5\r\n/);
  });

  it('refuses what it cannot do right: ics without a folder, cancellations without an organizer, documents with errors', () => {
    expect(cli(['diff', ...files, '--format', 'ics'])).toMatchObject({ status: 2, stderr: 'curricula: --format ics writes a folder of calendar files: give --out FOLDER\n' });
    const dir = join(tmp, 'anonymous');
    mkdirSync(dir);
    for (const f of files) writeFileSync(join(dir, f.slice('changes/'.length)), readFileSync(join(FIXTURES, f), 'utf8').replace(/^contact: .*\n/m, ''));
    const anonymous = cli(['diff', 'kurs.yaml', 'kurs-neu.yaml', '--format', 'ics', '--out', 'out'], { cwd: dir });
    expect(anonymous.status).toBe(2);
    expect(anonymous.stderr).toMatch(/^curricula: the update cancels events, and a cancellation needs an organizer e-mail/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(cli(['diff', 'kurs.yaml', 'kurs-neu.yaml', '--format', 'ics', '--out', 'out', '--organizer', 'kurse@example.org'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['cancel-s02.ics', 'update.ics']);
    const broken = cli(['diff', files[0]!, 'broken/errors.yaml']);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toBe('');
  });

  it('says when sessions without ids were matched by date and modules', () => {
    const dir = join(tmp, 'noids');
    mkdirSync(dir);
    for (const f of files) writeFileSync(join(dir, f.slice('changes/'.length)), readFileSync(join(FIXTURES, f), 'utf8').replace(/^ {2}- id: s\d+\n {4}/gm, '  - '));
    const r = cli(['diff', 'kurs.yaml', 'kurs-neu.yaml', '--format', 'md'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'curricula: 11 sessions have no id, so sessions were matched by date and modules: one that moved shows as removed and added (curricula fix --add-session-ids gives them ids)\n',
    );
    expect(r.stdout).toContain('- Der Termin am Fr, 09.04.2027 entfällt; Ersatztermin Mo, 12.04.2027, 09:30–16:30 Uhr.');
  });
});

describe('curricula fix and the UID domain', () => {
  it('fix --add-session-ids gives the plan\'s UIDs to a hand-written file, and validate stops mentioning it', () => {
    const dir = join(tmp, 'fix');
    mkdirSync(dir);
    copyFileSync(join(FIXTURES, 'clean/program.yaml'), join(dir, 'program.yaml'));
    writeFileSync(join(dir, 'kurs.yaml'), readFileSync(join(FIXTURES, 'clean/offering.yaml'), 'utf8').replace(/^ {2}- id: s\d+\n {4}/gm, '  - '));
    const before = cli(['validate', '.'], { cwd: dir });
    expect(before.stdout).toContain('offering/session-ids');
    const ics = (file: string) => cli(['export', file, '--program', 'program.yaml', '--to', 'ics'], { cwd: dir }).stdout.match(/^UID:.*$/gm);
    const uids = ics('kurs.yaml');
    expect(cli(['fix', 'kurs.yaml', '--add-session-ids'], { cwd: dir })).toEqual({ status: 0, stdout: 'kurs.yaml: 5 session ids added (s01, s02, s03, s04, s05)\n', stderr: '' });
    expect(ics('kurs.yaml')).toEqual(uids);
    expect(cli(['validate', '.'], { cwd: dir })).toEqual({ status: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
  });

  it('takes the UID domain from --uid-domain, else the config\'s uidDomain', () => {
    const dir = join(tmp, 'domain');
    mkdirSync(dir);
    copyFileSync(join(FIXTURES, 'clean/program.yaml'), join(dir, 'program.yaml'));
    copyFileSync(join(FIXTURES, 'clean/offering.yaml'), join(dir, 'kurs.yaml'));
    const uid = (args: string[]) => /^UID:(.*)\r$/m.exec(cli(['export', 'kurs.yaml', '--program', 'program.yaml', '--to', 'ics', ...args], { cwd: dir }).stdout)?.[1];
    expect(uid([])).toBe('netzwerk-2027/s01@curricula');
    writeFileSync(join(dir, 'curricula.config.yaml'), 'uidDomain: kurse.example.org\n');
    expect(uid([])).toBe('netzwerk-2027/s01@kurse.example.org');
    expect(uid(['--uid-domain', 'vhs.example.de'])).toBe('netzwerk-2027/s01@vhs.example.de');
    expect(cli(['export', 'kurs.yaml', '--program', 'program.yaml', '--to', 'ics', '--uid-domain', 'a b'], { cwd: dir })).toMatchObject({ status: 2 });
  });
});
