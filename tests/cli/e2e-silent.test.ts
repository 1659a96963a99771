// Issue 12, "nothing silently wrong": what a new user's first hour found, each point run through the
// built command as a user runs it. Every test here failed before the change it belongs to.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { cli, makeScratch, removeScratch } from './e2e-helpers.js';

let tmp = '';
beforeAll(() => {
  tmp = makeScratch();
});
afterAll(() => removeScratch(tmp));

/** A scratch folder with these files in it. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const PROGRAM = `kind: program
id: kurs
title: Kurs
hours: 16
modules:
  - { id: a, title: A, hours: 8 }
  - { id: b, title: B, hours: 8 }
`;

/**
 * An offering of PROGRAM on the given sessions (flow mappings, one per line). Each session gets an id
 * (s1, s2, …) as a well-kept offering has, so the sessions-without-ids note (offering/session-ids)
 * stays out of reports that are about something else.
 */
const offering = (sessions: string[], head = 'state: HE\n') => {
  let n = 0;
  const lines = sessions.map((s) => (s.trimStart().startsWith('- {') ? s.replace('- { ', () => `- { id: s${++n}, `) : s));
  return `kind: offering\nid: kurs-2027\nprogram: kurs\n${head}sessions:\n${lines.map((s) => `${s}\n`).join('')}`;
};

describe('validate does not skip what it cannot read', () => {
  const dir = () =>
    folder('discovery', {
      'kurse/programm.yaml': PROGRAM.replace('kind: program', 'kind: programm'),
      'kurse/gross.yaml': PROGRAM.replace('kind: program', 'kind: Program').replace('id: kurs', 'id: gross'),
      'kurse/angebot.yaml': 'kind: offer\nid: kurs-2027\nprogram: kurs\nsessions: []\n',
      'kurse/ohne-kind.yaml': PROGRAM.replace('kind: program\n', '').replace('id: kurs', 'id: ohne'),
      'kurse/ohne-kind.json': JSON.stringify({ id: 'json-2027', program: 'kurs', sessions: [] }),
      '.github/workflows/ci.yml': 'name: CI\non: push\njobs: {}\n',
      'deploy/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: { name: x }\n',
      'tools/settings.yaml': 'id: tool\nenabled: true\n',
    });

  it('a kind that is a near miss is an error with the kind it means; a document without kind is a warning; other YAML stays ignored', () => {
    const r = cli(['validate'], { cwd: dir() });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Expected kind 'program' or 'offering', got 'programm' (Did you mean 'program'?)");
    expect(r.stdout).toContain("Expected kind 'program' or 'offering', got 'Program' (Did you mean 'program'?)");
    expect(r.stdout).toContain("Expected kind 'program' or 'offering', got 'offer' (Did you mean 'offering'?)");
    expect(r.stdout).toMatch(/kurse\/ohne-kind\.yaml\n {2}1:1 {2}warning {2}This file has no kind, but looks like 'program' \(id, modules, hours\): it was not checked .*document\/without-kind/);
    expect(r.stdout).toMatch(/kurse\/ohne-kind\.json\n {2}1:1 {2}warning {2}This file has no kind, but looks like 'offering' \(id, sessions\)/);
    for (const other of ['ci.yml', 'pod.yaml', 'settings.yaml']) expect(r.stdout).not.toContain(other);
    expect(r.stdout).toMatch(/✖ 5 files checked: 3 errors, 2 warnings\n$/);
  });

  it('a file that does not parse is judged by what it says on its face: a near-miss kind is checked (its syntax error shown), no kind with document keys is a warning', () => {
    const dir = folder('broken', {
      'programm.yaml': 'kind: programm\nid: kurs\ntitle: Kurs\nmodules:\n  - { id: a, title: A, hours: 8\n',
      'angebot.json': '{ "kind": "offer", "id": "kurs-2027", "sessions": [\n',
      'ohne-kind.yaml': 'id: kurs\nmodules:\n  - { id: a, title: A, hours: 8\n',
      'ci.yml': 'name: CI\non: [push\njobs: {}\n',
    });
    const r = cli(['validate'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/programm\.yaml\n {2}6:1 {2}error {2}.* {2}syntax/);
    expect(r.stdout).toMatch(/angebot\.json\n {2}2:1 {2}error {2}Unexpected end of input/);
    expect(r.stdout).toMatch(/ohne-kind\.yaml\n {2}1:1 {2}warning {2}This file has no kind, but looks like 'program' \(id, modules\)/);
    expect(r.stdout).not.toContain('ci.yml');
    expect(r.stdout).toMatch(/✖ 3 files checked: 2 errors, 1 warning\n$/);
  });

  it('the report ends with what was checked, on success too, on a terminal or not; --quiet silences it', async () => {
    const dir = folder('summary', { 'p.yaml': PROGRAM, 'o.yaml': offering(['  - { date: 2027-03-01, time: "09:00-15:00", modules: [a] }', '  - { date: 2027-03-02, time: "09:00-15:00", modules: [b] }']) });
    expect(cli(['validate'], { cwd: dir })).toEqual({ status: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
    expect(cli(['validate', '--locale', 'de'], { cwd: dir }).stdout).toBe('✔ 2 Dateien geprüft, keine Probleme\n');
    expect(cli(['validate', '--quiet'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    // On a terminal (in process, as a TTY), coloured.
    const out = { stdout: '', stderr: '' };
    const tty = { write: (s: string) => void (out.stdout += s), isTTY: true };
    const code = await runCli(['validate'], { cwd: dir, env: {}, stdout: tty, stderr: { write: (s: string) => void (out.stderr += s), isTTY: true } });
    expect(code).toBe(0);
    expect(out.stdout).toBe('\u001b[32m✔ 2 files checked, no problems\u001b[39m\n');
  });
});

describe('validate says what the author meant', () => {
  it('a decimal comma in a flow mapping: quote the value, said once, no wrong sum', () => {
    const dir = folder('comma', {
      'p.yaml': `kind: program
id: kurs
title: Kurs
hours: 10
modules:
  - { id: a, title: A, hours: 2,5 }
  - { id: b, title: Recht, Aufsicht und Haftung, hours: 8 }
`,
    });
    const r = cli(['validate', 'p.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('6:33  error  In a { … } mapping a comma ends the value: YAML read hours: 2 and a key \'5\', not the decimal number 2,5 (Quote the value: hours: "2,5")');
    expect(r.stdout).toContain('7:21  error  In a { … } mapping a comma ends the value: YAML read title: "Recht" and the rest as a key \'Aufsicht und Haftung\' (Quote the value: title: "Recht, Aufsicht und Haftung")');
    expect(r.stdout).not.toContain('hours/total');
    expect(r.stdout).not.toContain("Unknown key '5'");
    expect(r.stdout).toContain('1 file checked: 2 errors, 0 warnings');
  });

  it('German words where the format has English values get the value they mean; federal states by name and ISO code are accepted', () => {
    const dir = folder('words', {
      'p.yaml': PROGRAM.replace('hours: 16', 'unit: Stunden\nhours: 16'),
      'le.yaml': PROGRAM.replace('id: kurs', 'id: dosb').replace('hours: 16', 'unit: Lerneinheiten\nhours: 16'),
      'ustd.yaml': PROGRAM.replace('id: kurs', 'id: ustd').replace('hours: 16', 'unit: UStd.\nhours: 16'),
      'o.yaml': offering(
        ['  - { date: 2027-03-01, time: "09:00-15:00", modules: [a], status: abgesagt }', '  - { date: 2027-03-02, time: "09:00-15:00", modules: [b], status: geplant }', '  - { status: n.V., modules: [b] }'],
        'state: Hessen\n',
      ),
    });
    const r = cli(['validate', 'p.yaml', 'le.yaml', 'ustd.yaml', 'o.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("got 'Stunden' (Did you mean 'h'?)");
    expect(r.stdout).toContain("got 'Lerneinheiten' (Did you mean 'LE'?)");
    expect(r.stdout).toContain("got 'UStd.' (Did you mean 'UE'?)");
    expect(r.stdout).toContain("got 'abgesagt' (Did you mean 'cancelled'?)");
    expect(r.stdout).toContain("got 'geplant' (Did you mean 'scheduled'?)");
    expect(r.stdout).toContain("got 'n.V.' (Did you mean 'to-be-agreed'?)");
    expect(r.stdout).not.toContain('Hessen');
    // LE as a unit and "120 LE" as an amount: a Lerneinheit of 45 minutes, as sports federations count.
    const le = folder('le', {
      'p.yaml': 'kind: program\nid: ul-c\ntitle: Übungsleiter C\nunit: LE\nhours: "120 LE"\nmodules:\n  - { id: basis, title: Basis, hours: 30 }\n  - { id: profil, title: Profil, hours: "90 LE" }\n',
      'o.yaml': 'kind: offering\nid: ul-c-2027\nprogram: ul-c\nstate: DE-NW\nsessions:\n  - { id: basis, date: 2027-06-07, time: "09:00-15:00", modules: [basis] }\n',
    });
    const ok = cli(['validate', 'p.yaml', 'o.yaml', '--rule', 'offering/coverage=off'], { cwd: le });
    expect(ok).toEqual({ status: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
    // The command's --state takes names and ISO codes too; a near miss is a usage error with the code meant.
    for (const state of ['Baden-Württemberg', 'DE-BY', 'Bayern']) expect(cli(['validate', 'p.yaml', 'o.yaml', '--rule', 'offering/coverage=off', '--state', state], { cwd: le }).status).toBe(0);
    expect(cli(['validate', 'p.yaml', '--state', 'Bayer'], { cwd: le })).toMatchObject({ status: 2, stderr: expect.stringContaining("Did you mean 'BY'?") });
  });

  it('an impossible date says why, a reversed window names both times, a figure comes in the unit the author wrote', () => {
    const dir = folder('reasons', {
      'p.yaml': 'kind: program\nid: kurs\ntitle: Kurs\nunit: h\nhours: "20 UE"\nmodules:\n  - { id: a, title: A, hours: 16 }\n',
      'o.yaml': offering(['  - { date: 2027-02-29, time: "09:00-12:00", modules: [a] }', '  - { date: 2027-04-31, time: "16:30-09:30", modules: [a] }']),
    });
    const r = cli(['validate', 'p.yaml', 'o.yaml'], { cwd: dir });
    expect(r.stdout).toContain('Declared 20 UE (15 h), but the required modules add up to 16 h');
    expect(r.stdout).toContain('2027-02-29 does not exist: 2027 is not a leap year');
    expect(r.stdout).toContain('2027-04-31 does not exist: April has 30 days');
    expect(r.stdout).toContain("The time window '16:30-09:30' ends at 09:30 before it starts at 16:30 (Write it as '09:30-16:30', or check the times)");
    const de = cli(['validate', 'p.yaml', 'o.yaml', '--locale', 'de'], { cwd: dir });
    expect(de.stdout).toContain('Den 29.02.2027 gibt es nicht: 2027 ist kein Schaltjahr');
  });

  it('a coverage shortfall is located at the last session of the module, where the time is missing', () => {
    const dir = folder('shortfall', {
      'p.yaml': PROGRAM,
      'o.yaml': offering([
        '  - { date: 2027-03-01, time: "09:00-12:00", modules: [a] }',
        '  - { date: 2027-03-02, time: "09:00-15:00", modules: [b] }',
        '  - { date: 2027-03-03, time: "09:00-11:15", modules: [a] }',
      ]),
    });
    const r = cli(['validate', 'p.yaml', 'o.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/o\.yaml\n {2}8:64 {2}error {2}Module "a" needs 8 UE, but its sessions give it 7 UE of teaching time/);
  });
});

describe('coverage counts what is certain', () => {
  it('sessions still to be agreed do not count: a warning with the figures', () => {
    const dir = folder('tba', {
      'p.yaml': PROGRAM.replace('hours: 16', 'hours: 38').replace('hours: 8 }\n  - { id: b', 'hours: 30 }\n  - { id: b'),
      'o.yaml': offering([
        '  - { date: 2027-03-01, time: "09:00-15:00", modules: [a] }',
        '  - { date: 2027-03-02, time: "09:00-15:00", modules: [a] }',
        '  - { date: 2027-03-03, time: "09:00-15:00", modules: [a] }',
        '  - { date: 2027-03-04, time: "09:00-15:00", modules: [b] }',
        '  - { status: to-be-agreed, modules: [a] }',
      ]),
    });
    const r = cli(['validate', 'p.yaml', 'o.yaml'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Module "a": 24 UE of 30 UE scheduled; 6 UE depend on sessions still to be agreed');
    expect(r.stdout).toMatch(/10:47 +warning +Module "a": 24 UE of 30 UE .* offering\/coverage/);
  });

  it('teaching time across a clock change is the time that really passes, and the session is reported', () => {
    const dir = folder('dst', {
      'p.yaml': PROGRAM.replace('hours: 16', 'hours: 12').replace('hours: 8 }\n  - { id: b', 'hours: 4 }\n  - { id: b'),
      'o.yaml': offering(['  - { date: 2027-03-28, time: "01:00-04:00", modules: [a] }', '  - { date: 2027-03-30, time: "09:00-15:00", modules: [b] }']),
    });
    const r = cli(['validate', 'p.yaml', 'o.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('The clocks change during this session (2027-03-28, Europe/Berlin): 01:00-04:00 holds 120 min of teaching time, not 180 min');
    // 120 minutes are 2 2/3 UE, not the 4 UE three wall-clock hours would be.
    expect(r.stdout).toContain('Module "a" needs 4 UE, but its sessions give it 2⅔ UE of teaching time');
    // The exports count the same 120 minutes: CSV, Markdown's module overview and the calendar events.
    writeFileSync(join(dir, 'p.yaml'), PROGRAM.replace('hours: 16', 'hours: "10 2/3"').replace('hours: 8 }\n  - { id: b', 'hours: "2 2/3" }\n  - { id: b'));
    expect(cli(['validate', 'p.yaml', 'o.yaml'], { cwd: dir }).status).toBe(0);
    const csv = parseCsv(cli(['export', 'o.yaml', '--program', 'p.yaml', '--to', 'csv', '--csv-header', 'keys'], { cwd: dir }).stdout) as string[][];
    const column = csv[0]!.indexOf('teaching_minutes');
    expect(csv.slice(1).map((row) => row[column])).toEqual(['120', '360']);
    const md = cli(['export', 'o.yaml', '--program', 'p.yaml', '--to', 'md', '--locale', 'en'], { cwd: dir }).stdout;
    expect(md).toMatch(/\| A \| 2⅔ UE \| 2⅔ UE \|/);
    expect(md).toContain('**Teaching time:** 10⅔ UE');
    const ics = cli(['export', 'o.yaml', '--program', 'p.yaml', '--to', 'ics', '--locale', 'en'], { cwd: dir }).stdout;
    expect(ics).toContain('- A (2⅔ UE)');
  });
});

describe('intentional exceptions, ESLint style', () => {
  const GOOD_FRIDAY = '  - { date: 2027-03-26, time: "09:00-15:00", modules: [a] }';
  const EASTER_MONDAY = '  - { date: 2027-03-29, time: "09:00-15:00", modules: [b] }';

  it('a directive with a reason disables the finding on the next line; without a reason it disables nothing', () => {
    const dir = folder('directives', {
      'p.yaml': PROGRAM,
      'ok.yaml': offering(['  # curricula-disable-next-line offering/holiday -- Ostern-Intensivkurs, mit dem Träger abgestimmt', GOOD_FRIDAY, '  - { date: 2027-03-30, time: "09:00-15:00", modules: [b] }']),
      'no-reason.yaml': offering(['  # curricula-disable-next-line offering/holiday', GOOD_FRIDAY, '  - { date: 2027-03-30, time: "09:00-15:00", modules: [b] }']).replace('kurs-2027', 'kurs-2027b'),
    });
    expect(cli(['validate', 'p.yaml', 'ok.yaml', '--max-warnings', '0'], { cwd: dir })).toEqual({ status: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
    const r = cli(['validate', 'p.yaml', 'no-reason.yaml'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('6:3   error    This directive gives no reason after " -- ", so it disables nothing');
    expect(r.stdout).toContain('2027-03-26 is a public holiday in Hessen (Good Friday)');
  });

  it('disable … enable covers a range; unused directives are reported when asked, and by default in CI formats', () => {
    const dir = folder('ranges', {
      'p.yaml': PROGRAM,
      'o.yaml': offering([
        '  # curricula-disable offering/holiday -- Ostern-Intensivkurs, mit dem Träger abgestimmt',
        GOOD_FRIDAY,
        EASTER_MONDAY,
        '  # curricula-enable offering/holiday',
        '  - { date: 2027-05-06, time: "09:00-10:30", modules: [a] }',
        '  # curricula-disable-next-line offering/outlier-date -- kein Ausreißer mehr',
        '  - { date: 2027-05-07, time: "09:00-10:30", modules: [a] }',
      ]),
    });
    const plain = cli(['validate', 'p.yaml', 'o.yaml'], { cwd: dir });
    expect(plain.stdout).not.toContain('Good Friday');
    expect(plain.stdout).not.toContain('Easter Monday');
    expect(plain.stdout).toContain('2027-05-06 is a public holiday in Hessen (Ascension Day)');
    expect(plain.stdout).not.toContain('directive/unused');
    const asked = cli(['validate', 'p.yaml', 'o.yaml', '--report-unused-disable-directives'], { cwd: dir });
    expect(asked.status).toBe(1);
    expect(asked.stdout).toMatch(/11:3 +error +Unused directive: nothing reported 'offering\/outlier-date' where this directive disables it .*directive\/unused/);
    const github = cli(['validate', 'p.yaml', 'o.yaml', '--format', 'github'], { cwd: dir });
    expect(github.stdout).toContain('::warning file=o.yaml,line=11,col=3');
    expect(github.stdout).toContain('directive/unused');
    expect(cli(['validate', 'p.yaml', 'o.yaml', '--format', 'github', '--report-unused-disable-directives-severity', 'off'], { cwd: dir }).stdout).not.toContain('directive/unused');
  });

  it('config overrides set rules for JSON files and folders; SARIF lists disabled findings with suppressions', () => {
    const json = JSON.stringify({ kind: 'offering', id: 'json-2027', program: 'kurs', state: 'HE', sessions: [{ id: 'karfreitag', date: '2027-03-26', time: '09:00-15:00', modules: ['a'] }, { id: 'ostermontag', date: '2027-03-29', time: '09:00-15:00', modules: ['b'] }] });
    const dir = folder('overrides', {
      'curricula.config.yaml': 'overrides:\n  - { files: "kurse/2027/*.json", rules: { offering/holiday: off } }\n  - { files: kurse/ostern, rules: { offering: warn } }\nreportUnusedDisableDirectives: warn\n',
      'p.yaml': PROGRAM,
      'kurse/2027/json.json': json,
      'kurse/2026/json.json': json.replace('json-2027', 'json-2026'),
      'kurse/ostern/o.yaml': offering(['  # curricula-disable-next-line offering/holiday -- Ostern-Intensivkurs, mit dem Träger abgestimmt', GOOD_FRIDAY, '  - { date: 2027-03-30, time: "09:00-15:00", modules: [b] }']),
    });
    const sub = join(dir, 'kurse');
    // From a subfolder too: the patterns are relative to the config file's folder.
    const r = cli(['validate', '../p.yaml', '2027/json.json', '2026/json.json', 'ostern/o.yaml', '--format', 'json'], { cwd: sub });
    const reports = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string }[] }[];
    expect(reports.map((x) => `${x.file}: ${x.diagnostics.map((d) => d.code).join(' ')}`)).toEqual([
      '../p.yaml: ',
      '2027/json.json: ',
      '2026/json.json: offering/holiday offering/holiday',
      'ostern/o.yaml: ',
    ]);
    const sarif = JSON.parse(cli(['validate', '../p.yaml', 'ostern/o.yaml', '--format', 'sarif'], { cwd: sub }).stdout) as {
      runs: { results: { ruleId: string; suppressions?: { kind: string; status: string; justification: string }[] }[] }[];
    };
    expect(sarif.runs[0]!.results).toMatchObject([
      { ruleId: 'offering/holiday', suppressions: [{ kind: 'inSource', status: 'accepted', justification: 'Ostern-Intensivkurs, mit dem Träger abgestimmt' }] },
    ]);
  });
});

describe('CLI details that surprised', () => {
  it('--out with an extension no format has is a usage error naming the formats, not YAML under that name', () => {
    const dir = folder('xlsx', { 'p.yaml': PROGRAM });
    const r = cli(['plan', 'p.yaml', '--start', '2027-01-04', '--out', 'kurs.xlsx'], { cwd: dir });
    expect(r).toEqual({
      status: 2,
      stdout: '',
      stderr: "curricula: Cannot tell the format of 'kurs.xlsx' from its extension: write to a file ending in .yaml, .yml, .json, .ics, .csv, .md, or name the format with --format yaml|json|ics|csv|md\n",
    });
    expect(cli(['handbook', 'p.yaml', '--out', 'handbuch.pdf'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('.html, .htm, .md') });
  });

  it('init takes the id from the name without .program and speaks one language throughout', () => {
    const dir = folder('init', {});
    const first = cli(['init', 'juleica.program.yaml'], { cwd: dir });
    expect(first).toEqual({ status: 0, stdout: '', stderr: 'juleica.program.yaml angelegt. Prüfen mit: curricula validate juleica.program.yaml\n' });
    expect(readFileSync(join(dir, 'juleica.program.yaml'), 'utf8')).toContain('\nid: juleica\n');
    expect(cli(['init', 'juleica.program.yaml'], { cwd: dir }).stderr).toBe('curricula: juleica.program.yaml gibt es schon; die Datei wird nicht überschrieben\n');
    expect(cli(['init', 'kurs.offering.yaml', '--locale', 'en'], { cwd: dir }).stderr).toBe('Wrote kurs.offering.yaml. Check it with: curricula validate kurs.offering.yaml\n');
  });

  it('the CSV header and status values follow --locale, with a stable --csv-header keys for scripts', () => {
    const dir = folder('csv', {
      'p.yaml': PROGRAM,
      'o.yaml': offering(['  - { date: 2027-03-01, time: "09:00-15:00", modules: [a], status: cancelled }', '  - { date: 2027-03-02, time: "09:00-15:00", modules: [b] }', '  - { date: 2027-03-03, time: "09:00-15:00", modules: [a] }']),
    });
    const rows = (args: string[]) => parseCsv(cli(['export', 'o.yaml', '--program', 'p.yaml', '--to', 'csv', ...args], { cwd: dir }).stdout) as string[][];
    const de = rows(['--locale', 'de']);
    expect(de[0]!.slice(0, 4)).toEqual(['Durchführung', 'Termin', 'Status', 'Datum']);
    expect(de[1]![2]).toBe('abgesagt');
    const en = rows(['--locale', 'en']);
    expect(en[0]!.slice(0, 4)).toEqual(['Offering', 'Session', 'Status', 'Date']);
    expect(en[1]![2]).toBe('cancelled');
    for (const locale of ['de', 'en']) {
      const keys = rows(['--locale', locale, '--csv-header', 'keys']);
      expect(keys[0]!.slice(0, 4)).toEqual(['offering', 'session', 'status', 'date']);
      expect(keys[1]![2]).toBe('cancelled');
    }
  });

  it('the size limit can be raised: --max-bytes and the config key maxBytes', () => {
    const big = PROGRAM + `description: "${'x'.repeat(2000)}"\n`;
    const dir = folder('size', { 'p.yaml': big });
    const limited = cli(['validate', 'p.yaml', '--max-bytes', '1000'], { cwd: dir });
    expect(limited.status).toBe(1);
    expect(limited.stdout).toContain('The file is larger than 1000 bytes');
    expect(limited.stdout).toContain('raise the maxBytes limit');
    expect(cli(['validate', 'p.yaml', '--max-bytes', '4096'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'curricula.config.yaml'), 'maxBytes: 1000\n');
    expect(cli(['validate', 'p.yaml'], { cwd: dir }).status).toBe(1);
    expect(cli(['validate', 'p.yaml', '--max-bytes', '4096'], { cwd: dir }).status).toBe(0);
    expect(cli(['validate', 'p.yaml', '--max-bytes', 'lots'], { cwd: dir })).toMatchObject({ status: 2, stderr: expect.stringContaining("Invalid value 'lots' for --max-bytes") });
  });
});
