import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, makeScratch, removeScratch } from './e2e-helpers.js';

// `curricula plan` never changes the request without saying so, and stays bounded on hostile figures
// (issues 12 and 13, the planner's items).

let tmp = '';
beforeAll(() => {
  tmp = makeScratch();
  write(
    'tracks.program.yaml',
    `kind: program
id: zweige
title: Zwei Zweige
unit: UE
hours: 24
tracks:
  - id: management
    title: Management
    modules: [einstieg, fuehrung]
    hours: 24
  - id: koordination
    title: Koordination
    modules: [einstieg, praxis]
    hours: 24
modules:
  - id: einstieg
    title: Einstieg
    hours: 8
  - id: fuehrung
    title: Führung
    hours: 16
  - id: praxis
    title: Praxis
    hours: 16
`,
  );
  write('hours.program.yaml', program('stunden', 'h', 'hours: 14'));
  write('week.program.yaml', program('woche', 'UE', 'hours: 40'));
  write('thirty-two.program.yaml', program('zweiunddreissig', 'UE', 'hours: 32'));
  write('huge.program.yaml', program('riesig', 'UE', 'hours: "99999999999 UE"', 'hours: "99999999999 UE"'));
  write('days.program.yaml', program('tage', 'UE', 'days: 99999999999', ''));
  write('sessions.program.yaml', program('termine', 'UE', 'hours: 8\n    sessions: 400'));
});
afterAll(() => removeScratch(tmp));

function write(name: string, text: string): void {
  writeFileSync(join(tmp, name), text);
}

/** A program of one module `a` with the given lines (its hours, days or sessions). */
function program(id: string, unit: string, module: string, total = module.split('\n')[0]!): string {
  return `kind: program\nid: ${id}\ntitle: ${id}\nunit: ${unit}\n${total === '' ? '' : `${total}\n`}modules:\n  - id: a\n    title: A\n    ${module}\n`;
}

const plan = (args: string[]) => cli(['plan', ...args], { cwd: tmp });

describe('a program with tracks', () => {
  it('is not planned as the sum of its tracks: without --track it is a usage error naming the tracks and the flag', () => {
    const r = plan(['tracks.program.yaml', '--start', '2027-01-04']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--track: Program zweige has tracks (management, koordination)');
    expect(r.stderr).toContain('--track management');
    expect(r.stderr).toContain('--track all');
  });

  it('--track all plans each track as an offering of its own, one file each, that validate accepts', () => {
    const dir = join(tmp, 'tracks');
    mkdirSync(dir);
    const r = plan(['tracks.program.yaml', '--start', '2027-01-04', '--track', 'all', '--out', 'tracks/kurs.offering.yaml']);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['kurs-koordination.offering.yaml', 'kurs-management.offering.yaml']);
    const offerings = ['management', 'koordination'].map((t) => parseYaml(readFileSync(join(dir, `kurs-${t}.offering.yaml`), 'utf8')));
    expect(offerings.map((o) => [o.id, o.track, o.sessions.length])).toEqual([
      ['zweige-2027-01-04-management', 'management', 3],
      ['zweige-2027-01-04-koordination', 'koordination', 3],
    ]);
    expect(r.stderr).toMatch(/^Track management: Defaults used: offering id zweige-2027-01-04-management; /m);
    const check = cli(['validate', 'tracks.program.yaml', 'tracks/kurs-management.offering.yaml', 'tracks/kurs-koordination.offering.yaml', '--max-warnings', '0'], {
      cwd: tmp,
    });
    expect(check).toMatchObject({ status: 0, stderr: '' });
    // One document on stdout cannot hold two offerings.
    const bare = plan(['tracks.program.yaml', '--start', '2027-01-04', '--track', 'all']);
    expect(bare).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('give --out FILE') });
  });

  it('--track all says which track a finding is about, and nothing is written when one track cannot be planned', () => {
    const dir = join(tmp, 'tracks-short');
    mkdirSync(dir);
    for (const [locale, word] of [['en', 'Track'], ['de', 'Zweig']] as const) {
      const r = plan(['tracks.program.yaml', '--start', '2027-01-04', '--end', '2027-01-05', '--track', 'all', '--out', 'tracks-short/kurs.yaml', '--locale', locale]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${word} management: 24 UE`);
      expect(r.stderr).toContain(`${word} koordination: 24 UE`);
    }
    expect(readdirSync(dir)).toEqual([]);
    // A program without tracks has nothing to plan one by one: the hint names the flag to leave out.
    const none = plan(['week.program.yaml', '--start', '2027-01-04', '--track', 'all', '--out', 'tracks-short/kurs.yaml']);
    expect(none).toMatchObject({ status: 2, stderr: expect.stringContaining('has no tracks to plan one by one (Plan it as a whole: plan() without track, the command without --track)') });
  });
});

describe('what the plan assumed and what it did', () => {
  it('says when the units-per-day cap ends a day before the window does, on stderr and in "Why these dates"', () => {
    const r = plan(['hours.program.yaml', '--start', '2027-01-04', '--window', '09:00-17:00', '--format', 'md', '--locale', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('| 09:00–16:00 |');
    const note =
      'Full days end at 16:00, not at the end of the daily window 09:00-17:00: a day holds at most 8 units of 45 min, the default (maxUnitsPerDay; --max-ue-per-day)';
    expect(r.stderr).toContain(`Note: ${note}\n`);
    expect(r.stdout).toContain(`### Notes\n\n- ${note}\n`);
    // Every default that shaped the result is named, the layout too.
    const defaults =
      'offering id stunden-2027-01-04; time zone Europe/Berlin; weekdays mon, tue, wed, thu, fri; breaks 12:30-13:30; teaching units of 45 min; ' +
      'at most 8 units a day; modules may span several days; optional modules left out; layout consecutive';
    expect(r.stderr).toContain(`Defaults used: ${defaults}\n`);
    expect(r.stdout).toContain(`- **Defaults used:** ${defaults}\n`);
    expect(r.stdout).toContain('- **Layout:** consecutive: ');
    // Given explicitly, the cap is no default; the note still says where the day ends.
    const given = plan(['hours.program.yaml', '--start', '2027-01-04', '--window', '09:00-17:00', '--max-ue-per-day', '8', '--locale', 'de']);
    expect(given.stderr).toContain('Hinweis: Volle Tage enden um 16:00, nicht am Ende des Tageszeitfensters 09:00-17:00');
    expect(given.stderr).not.toContain('höchstens 8 Einheiten pro Tag;');
  });

  it('keeps the days of a period together unless --layout spread is asked for', () => {
    const period = ['week.program.yaml', '--start', '2027-01-04', '--end', '2027-03-26', '--format', 'csv', '--csv-header', 'keys'];
    const days = (stdout: string) => (parseCsv(stdout, { columns: true }) as Record<string, string>[]).map((row) => row.date);
    const together = plan(period);
    expect(together.status).toBe(0);
    expect(days(together.stdout)).toEqual(['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']);
    const spread = plan([...period, '--layout', 'spread']);
    // 2027-03-26 is Good Friday, a holiday nationwide: the last day is the one before.
    expect(days(spread.stdout)).toEqual(['2027-01-04', '2027-01-25', '2027-02-15', '2027-03-08', '2027-03-25']);
    expect(spread.stderr).not.toContain('layout');
    const md = plan([...period.slice(0, 5), '--layout', 'spread', '--format', 'md', '--locale', 'en']);
    expect(md.stdout).toContain('- **Layout:** spread: the sessions spread evenly over the period from the start to the end\n');
    // Days left free between two sessions are one line, and a run never passes a session's date.
    expect(md.stdout).toContain(
      '### Skipped\n\n- Tue, 2027-01-05 – Fri, 2027-01-22: left free to spread sessions evenly over the period\n' +
        '- Tue, 2027-01-26 – Fri, 2027-02-12: left free to spread sessions evenly over the period\n',
    );
    // A spread needs both ends; without an end it is not quietly packed.
    const open = plan(['week.program.yaml', '--start', '2027-01-04', '--layout', 'spread']);
    expect(open).toMatchObject({ status: 2, stdout: '', stderr: expect.stringContaining('--layout: layout spread needs a start and an end') });
  });
});

describe('exports count what really happens', () => {
  it('sessions still to be agreed do not count as planned time; the Markdown says what depends on them', () => {
    write(
      'pending.offering.yaml',
      `kind: offering
id: zweiunddreissig-2027
program: zweiunddreissig
timeZone: Europe/Berlin
sessions:
  - id: s1
    date: 2027-01-04
    time: 09:30-16:30
    breaks: [12:30-13:30]
    modules: [{ module: a, hours: 8 }]
  - id: s2
    date: 2027-01-05
    time: 09:30-16:30
    breaks: [12:30-13:30]
    modules: [{ module: a, hours: 8 }]
  - id: s3
    date: 2027-01-06
    time: 09:30-16:30
    breaks: [12:30-13:30]
    modules: [{ module: a, hours: 8 }]
  - id: s4
    status: to-be-agreed
    time: 09:30-16:30
    breaks: [12:30-13:30]
    modules: [{ module: a, hours: 8 }]
`,
    );
    // validate's offering/coverage: "24 of 32 UE scheduled; 8 UE depend on sessions still to be agreed".
    const md = cli(['export', 'pending.offering.yaml', '--program', 'thirty-two.program.yaml', '--to', 'md', '--locale', 'en'], { cwd: tmp });
    expect(md.status).toBe(0);
    expect(md.stdout).toContain('| Module | Hours | Planned | Still to be agreed | Sessions |\n');
    expect(md.stdout).toContain('| A | 32 UE | 24 UE | 8 UE | s1, s2, s3 |\n');
    expect(md.stdout).toContain('- **Teaching time:** 24 UE\n');
  });

  it('teaching time across a clock change is the time that really passes, in every export', () => {
    write(
      'night.offering.yaml',
      `kind: offering
id: nacht-2027
program: woche
timeZone: Europe/Berlin
sessions:
  - id: s1
    date: 2027-03-28
    time: 01:00-04:00
    modules: [a]
`,
    );
    const run = (to: string, ...more: string[]) =>
      cli(['export', 'night.offering.yaml', '--program', 'week.program.yaml', '--to', to, '--locale', 'en', '--rule', 'offering/coverage=off', ...more], { cwd: tmp });
    const csv = parseCsv(run('csv', '--csv-header', 'keys').stdout, { columns: true }) as Record<string, string>[];
    expect([csv[0]!.teaching_minutes, csv[0]!.teaching_time]).toEqual(['120', '2⅔ UE']);
    const md = run('md').stdout;
    expect(md).toContain('| s1 | Sun, 2027-03-28 | 01:00–04:00 | A | 2⅔ UE | scheduled |');
    expect(md).toContain('- **Teaching time:** 2⅔ UE\n');
    expect(run('ics').stdout.replace(/\r\n /g, '')).toContain('- A (2⅔ UE)');
  });
});

describe('hostile figures', () => {
  it('an absurd amount of hours or days ends at once with the figures, and nothing is planned', () => {
    for (const [file, figure] of [
      ['huge.program.yaml', '99999999999'],
      ['days.program.yaml', '99999999999'],
    ] as const) {
      for (const locale of ['en', 'de']) {
        const started = Date.now();
        const r = plan([file, '--start', '2027-01-04', '--locale', locale]);
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(r.status).toBe(1);
        expect(r.stdout).toBe('');
        // plan/infeasible here; a validator that bounds amounts where they are read may answer first.
        expect(r.stderr).toMatch(new RegExp(`${figure}|99,999,999,999|99\\.999\\.999\\.999`));
        expect(r.stderr).not.toMatch(/internal error|interner Fehler|heap/i);
      }
    }
  });

  it('an amount a document may give but the calendar cannot hold is plan/infeasible at once, naming the figures and where the plan must end', () => {
    write('late.program.yaml', program('spaet', 'UE', 'hours: "100000 UE"'));
    const r = plan(['late.program.yaml', '--start', '2190-01-01']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('100000 UE need at least 12,500 days of teaching, but from 2190-01-01 to 2200-12-31 there are only 2,869 teaching weekdays');
    expect(r.stderr).toContain('Check the hours of a (100000 UE): a plan ends on 2200-12-31 at the latest');
    expect(r.stderr).toContain('plan/infeasible');
    const de = plan(['late.program.yaml', '--start', '2190-01-01', '--locale', 'de']);
    expect(de.stderr).toContain('100000 UE brauchen mindestens 12.500 Tage Unterricht, vom 01.01.2190 bis 31.12.2200 gibt es aber nur 2.869 Unterrichtswochentage');
  });

  it('a module of 8 UE in 400 sessions is plan/infeasible, not 360 one-minute sessions', () => {
    const r = plan(['sessions.program.yaml', '--start', '2027-01-04']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Module a takes at least 400 sessions, but 8 UE split evenly give only 360 sessions of at most 1 min (Allow 360 sessions, or give the module more time)');
    const de = plan(['sessions.program.yaml', '--start', '2027-01-04', '--locale', 'de']);
    expect(de.stderr).toContain('Modul a hat mindestens 400 Termine, 8 UE gleichmäßig geteilt ergeben aber nur 360 Termine à höchstens 1 Min.');
  });

  it('dates outside 1900–2200 are usage errors naming the flag, and a plan near the end never writes a date past it', () => {
    // The issue's command line: --distribute is now --layout, and says so.
    const old = plan(['week.program.yaml', '--start', '0001-01-01', '--end', '9999-12-31', '--distribute', 'spread']);
    expect(old).toMatchObject({ status: 2, stdout: '', stderr: "curricula: Option '--distribute' of 'plan' was replaced: use '--layout consecutive|spread'\n" });
    expect(plan(['week.program.yaml', '--distribute', 'spread', '--locale', 'de']).stderr).toContain("Die Option '--distribute' von 'plan' wurde ersetzt: verwenden Sie '--layout consecutive|spread'");
    for (const locale of ['en', 'de']) {
      const started = Date.now();
      const far = plan(['week.program.yaml', '--start', '0001-01-01', '--end', '9999-12-31', '--layout', 'spread', '--locale', locale]);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(far.status).toBe(2);
      expect(far.stdout).toBe('');
      const range = locale === 'en' ? '1900-01-01.*2200-12-31' : '01\\.01\\.1900.*31\\.12\\.2200';
      expect(far.stderr).toMatch(new RegExp(`--start.*(0001-01-01|01\\.01\\.0001).*${range}`));
      expect(far.stderr).toMatch(/--end.*(9999-12-31|31\.12\.9999)/);
    }
    // The range is documented where the flags are.
    expect(plan(['--help']).stdout).toContain('First possible day (YYYY-MM-DD, 1900-01-01 to 2200-12-31)');
    expect(plan(['--help', '--locale', 'de']).stdout).toContain('Spätester Tag (JJJJ-MM-TT, 1900-01-01 bis 2200-12-31)');
    const late = plan(['week.program.yaml', '--start', '2200-12-24', '--max-ue-per-day', '2']);
    expect(late.status).toBe(1);
    expect(late.stderr).toContain('a plan ends on 2200-12-31 at the latest');
    for (const format of ['yaml', 'ics', 'csv', 'md']) {
      const r = plan(['week.program.yaml', '--start', '2200-12-01', '--format', format]);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/NaN|undefined|2201-/);
      expect(r.stdout).toMatch(/2200-12-0[1-9]|0[1-9]\.12\.2200|22001201/);
    }
  });

  it('a spread over the whole range is bounded: five sessions, no date outside it, and "Why these dates" says what there is to say', { timeout: 60_000 }, () => {
    const started = Date.now();
    const md = plan(['week.program.yaml', '--start', '1900-01-01', '--end', '2200-12-31', '--layout', 'spread', '--format', 'md', '--locale', 'de']);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(md.status).toBe(0);
    const days = [...md.stdout.matchAll(/^\| s0\d \| \w\w, (\S+) \|/gm)].map((m) => m[1]);
    expect(days).toEqual(['02.01.1900', '02.04.1975', '04.07.2050', '01.10.2125', '31.12.2200']);
    // The holidays and the runs of days left free, not every date of 301 years.
    expect(md.stdout.length).toBeLessThan(500_000);
    expect(md.stdout).toContain('- Mi, 03.01.1900 – Do, 12.04.1900: frei gelassen, um die Termine gleichmäßig zu verteilen\n- Fr, 13.04.1900: gesetzlicher Feiertag: Karfreitag\n');
  });
});
