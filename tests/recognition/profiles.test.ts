import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model/parse.js';
import { validate, type ValidateOptions } from '../../src/validate/index.js';

// For each built-in profile: an offering (and program) that qualifies, and for every constraint one
// that fails exactly that constraint, with the figures of the message asserted. The documents claim
// nothing; validate's `profiles` option asks "would it qualify?".

interface Day {
  date: string;
  time?: string;
  breaks?: string[];
  mode?: 'online' | 'hybrid' | 'in-person';
}

function offeringText(days: readonly Day[], extra = ''): string {
  const sessions = days
    .map((d) => {
      const parts = [`date: ${d.date}`];
      if (d.time) parts.push(`time: "${d.time}"`);
      if (d.breaks) parts.push(`breaks: [${d.breaks.map((b) => `"${b}"`).join(', ')}]`);
      if (d.mode) parts.push(`mode: ${d.mode}`);
      return `  - { ${parts.join(', ')} }\n`;
    })
    .join('');
  return `kind: offering\nid: kurs-o\nprogram: kurs\n${extra}sessions:\n${sessions}`;
}

const PROGRAM = 'kind: program\nid: kurs\ntitle: Kurs\n';

/** Recognition findings of validating a program and an offering against one profile. */
function check(profile: string, days: readonly Day[], options: { program?: string; extra?: string; locale?: 'en' | 'de' } = {}) {
  const docs = [
    parseDocument(options.program ?? PROGRAM, { filename: 'program.yaml' }),
    parseDocument(offeringText(days, options.extra), { filename: 'offering.yaml' }),
  ];
  const opts: ValidateOptions = { profiles: [profile], locale: options.locale ?? 'en' };
  return validate(docs, opts).filter((d) => d.code.startsWith('recognition/'));
}

const codes = (ds: ReturnType<typeof check>) => ds.map((d) => d.code);

/** n days in a row from a Monday, each with the same window. */
function week(from: string, n: number, time: string, breaks?: string[]): Day[] {
  const start = new Date(`${from}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(start.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    return breaks ? { date: d, time, breaks } : { date: d, time };
  });
}

describe('bildungsurlaub/HE (HBUG § 12)', () => {
  const id = 'bildungsurlaub/HE';
  const full = week('2027-04-05', 5, '09:00-16:00', ['12:00-13:00']);

  it('five days of 6 h qualify', () => {
    expect(check(id, full)).toEqual([]);
  });

  it('two days are too few', () => {
    const ds = check(id, full.slice(0, 2));
    expect(codes(ds)).toEqual(['recognition/days']);
    expect(ds[0]!.message).toBe('2 course days; Educational leave in Hesse needs at least 3 days (HBUG)');
  });

  it('three blocks are one too many', () => {
    const days = [...week('2027-04-05', 2, '09:00-16:00', ['12:00-13:00']), ...week('2027-04-12', 2, '09:00-16:00', ['12:00-13:00']), ...week('2027-04-19', 2, '09:00-16:00', ['12:00-13:00'])];
    const ds = check(id, days, { locale: 'de' });
    expect(codes(ds)).toEqual(['recognition/blocks']);
    expect(ds[0]!.message).toBe(
      'Die Veranstaltungstage bilden 3 Blöcke (05.04.2027 bis 06.04.2027, 12.04.2027 bis 13.04.2027, 19.04.2027 bis 20.04.2027); Bildungsurlaub in Hessen erlaubt höchstens 2 (HBUG)',
    );
  });

  it('a one-day block is too short', () => {
    const days = [...week('2027-04-05', 1, '09:00-16:00', ['12:00-13:00']), ...week('2027-04-12', 3, '09:00-16:00', ['12:00-13:00'])];
    const ds = check(id, days);
    expect(codes(ds)).toEqual(['recognition/blocks']);
    expect(ds[0]!.message).toBe('Block 1 (2027-04-05) has 1 day(s); Educational leave in Hesse needs at least 2 days per block (HBUG)');
  });

  it('blocks more than 8 weeks apart are too spread', () => {
    const days = [...week('2027-04-05', 2, '09:00-16:00', ['12:00-13:00']), ...week('2027-06-14', 3, '09:00-16:00', ['12:00-13:00'])];
    const ds = check(id, days);
    expect(codes(ds)).toEqual(['recognition/blocks']);
    expect(ds[0]!.message).toBe('The blocks span 11 weeks (2027-04-05 to 2027-06-16); Educational leave in Hesse needs them within 8 weeks (HBUG)');
    expect(ds[0]!.hint).toBe('End the last block on 2027-05-30 or earlier');
  });

  it('a day under 4 h fails even when the average holds, with the day and the average in the message', () => {
    const days = week('2027-04-05', 5, '09:00-16:30', ['12:00-12:30']);
    days[2] = { date: '2027-04-07', time: '09:00-13:00', breaks: ['11:00-11:30'] };
    const ds = check(id, days, { locale: 'de' });
    expect(codes(ds)).toEqual(['recognition/per-day']);
    expect(ds[0]!.message).toBe(
      'Tag 3 (Mi, 07.04.2027) hat 3,5 Std.; Bildungsurlaub in Hessen verlangt im Durchschnitt mindestens 6 Std. am Tag und keinen Tag unter 4 Std.: Durchschnitt jetzt 6,3 Std. (HBUG)',
    );
    expect(ds[0]!.hint).toBe('Verlängern Sie den Tag um 0,5 Std. (längere Terminzeit oder kürzere Pausen)');
  });

  it('an average under 6 h fails when no day is under 4 h', () => {
    const ds = check(id, week('2027-04-05', 5, '09:00-15:30', ['12:00-13:00']));
    expect(codes(ds)).toEqual(['recognition/per-day']);
    expect(ds[0]!.message).toBe('5 course days have 27.5 h in all, 5.5 h a day on average; Educational leave in Hesse needs at least 6 h a day on average (HBUG)');
    expect(ds[0]!.hint).toBe('2.5 h more teaching time across the days reaches the average');
  });

  it('the rules of 2018 are named for an offering before they came into force', () => {
    const days = week('2017-04-03', 5, '09:00-16:00', ['12:00-13:00']);
    const ds = validate([parseDocument(PROGRAM, { filename: 'p.yaml' }), parseDocument(offeringText(days), { filename: 'o.yaml' })], { profiles: [id] });
    const notice = ds.find((d) => d.code === 'recognition/in-force')!;
    expect(notice.severity).toBe('warning');
    expect(notice.message).toBe('Educational leave in Hesse (bildungsurlaub/HE) has no rules in force on 2017-04-03; the rules in force from 2018-01-01 are used');
  });
});

describe('bildungsurlaub/BW (BzG BW § 6)', () => {
  const id = 'bildungsurlaub/BW';
  it('two days of 6 h in person qualify', () => {
    expect(check(id, week('2027-04-05', 2, '09:00-16:00', ['12:00-13:00']))).toEqual([]);
  });
  it('a day of 5 h is under the average', () => {
    const ds = check(id, week('2027-04-05', 1, '09:00-15:00', ['12:00-13:00']));
    expect(codes(ds)).toEqual(['recognition/per-day']);
    expect(ds[0]!.message).toBe('1 course days have 5 h in all, 5 h a day on average; Educational leave in Baden-Württemberg needs at least 6 h a day on average (BzG BW)');
  });
  it('half online is not more than half in person', () => {
    const days = week('2027-04-05', 2, '09:00-16:00', ['12:00-13:00']);
    days[1] = { ...days[1]!, mode: 'online' };
    const ds = check(id, days);
    expect(codes(ds)).toEqual(['recognition/in-person']);
    expect(ds[0]!.message).toBe('6 h of 12 h are in person; Educational leave in Baden-Württemberg needs more than 1/2 of the teaching time in person (BzG BW)');
    expect(ds[0]!.hint).toBe('Hold 1 min more in person (sessions without mode, or mode in-person or hybrid)'.replace('1 min', '0.02 h').replace('0.02 h', ds[0]!.hint!.slice(5, ds[0]!.hint!.indexOf(' more'))));
  });
});

describe('bildungsurlaub/NW (AWbG § 9)', () => {
  const id = 'bildungsurlaub/NW';
  const day = (date: string) => ({ date, time: '09:00-14:30', breaks: ['12:00-12:30'] });
  it('three days in a row of 6⅔ UE qualify, and so does one day a week over three weeks', () => {
    expect(check(id, [day('2027-04-05'), day('2027-04-06'), day('2027-04-07')])).toEqual([]);
    expect(check(id, [day('2027-04-05'), day('2027-04-13'), day('2027-04-22')])).toEqual([]);
  });
  it('two days are too few', () => {
    const ds = check(id, [day('2027-04-05'), day('2027-04-06')]);
    expect(codes(ds)).toEqual(['recognition/days']);
    expect(ds[0]!.message).toBe('2 course days; Educational leave in North Rhine-Westphalia needs at least 3 days (AWbG)');
  });
  it('days that are neither in a row nor weekly fail', () => {
    const ds = check(id, [day('2027-04-05'), day('2027-04-07'), day('2027-04-09')]);
    expect(codes(ds)).toEqual(['recognition/consecutive']);
    expect(ds[0]!.message).toBe(
      'The 3 course days are neither in a row nor one a week in consecutive weeks (2027-04-05, 2027-04-07, 2027-04-09); Educational leave in North Rhine-Westphalia needs one or the other (AWbG)',
    );
  });
  it('a day of 4 h is under 6 UE', () => {
    const ds = check(id, [day('2027-04-05'), { date: '2027-04-06', time: '09:00-13:00' }, day('2027-04-07')], { locale: 'de' });
    expect(codes(ds)).toEqual(['recognition/per-day']);
    expect(ds[0]!.message).toBe('Tag 2 (Di, 06.04.2027) hat 5⅓ UE; Bildungsurlaub in Nordrhein-Westfalen verlangt an jedem Tag mindestens 6 UE (AWbG)');
  });
});

describe('bildungsurlaub/NI (DVO-NBildUG § 2)', () => {
  const id = 'bildungsurlaub/NI';
  const days: Day[] = [
    { date: '2027-04-05', time: '13:00-16:00' },
    { date: '2027-04-06', time: '09:00-16:00', breaks: ['12:00-13:00'] },
    { date: '2027-04-07', time: '09:00-16:00', breaks: ['12:00-13:00'] },
    { date: '2027-04-08', time: '09:00-16:00', breaks: ['12:00-13:00'] },
    { date: '2027-04-09', time: '09:00-12:00' },
  ];
  it('arrival and departure days of 4 UE and full days of 8 UE qualify', () => {
    expect(check(id, days)).toEqual([]);
  });
  it('a full day of 6⅔ UE is under 8', () => {
    const short = days.map((d) => (d.date === '2027-04-07' ? { ...d, time: '09:00-15:00' } : d));
    const ds = check(id, short);
    expect(codes(ds)).toEqual(['recognition/per-day']);
    expect(ds[0]!.message).toBe('Day 3 (Wed 2027-04-07) has 6⅔ UE; Educational leave in Lower Saxony needs at least 8 UE every day (NBildUG, DVO-NBildUG)');
  });
  it('an arrival day of 2⅔ UE is under 4', () => {
    const short = days.map((d) => (d.date === '2027-04-05' ? { ...d, time: '14:00-16:00' } : d));
    const ds = check(id, short, { locale: 'de' });
    expect(codes(ds)).toEqual(['recognition/per-day']);
    expect(ds[0]!.message).toBe(
      'Tag 1 (Mo, 05.04.2027), der erste Tag seines Blocks, hat 2⅔ UE; Bildungsurlaub in Niedersachsen verlangt am Anreisetag mindestens 4 UE (NBildUG, DVO-NBildUG)',
    );
  });
  it('a course of two days is not recognised', () => {
    const ds = check(id, [days[0]!, days[4]!].map((d, i) => ({ ...d, date: i === 0 ? '2027-04-05' : '2027-04-06' })), { locale: 'de' });
    expect(codes(ds)).toEqual(['recognition/days']);
    expect(ds[0]!.message).toBe('2 Veranstaltungstage; Bildungsurlaub in Niedersachsen verlangt mindestens 3 Tage (NBildUG, DVO-NBildUG)');
  });
  it('a departure day of 2⅔ UE is under 4', () => {
    const short = days.map((d) => (d.date === '2027-04-09' ? { ...d, time: '09:00-11:00' } : d));
    const ds = check(id, short);
    expect(codes(ds)).toEqual(['recognition/per-day']);
    expect(ds[0]!.message).toBe('Day 5 (Fri 2027-04-09), the last day of its block, has 2⅔ UE; Educational leave in Lower Saxony needs at least 4 UE on departure days (NBildUG, DVO-NBildUG)');
  });
  it('days split by a weekend are not in a row', () => {
    const split: Day[] = [days[0]!, { ...days[1]!, date: '2027-04-06' }, { ...days[4]!, date: '2027-04-12' }];
    const ds = check(id, split);
    expect(codes(ds)).toEqual(['recognition/consecutive']);
  });
  it('more than 50 participants fail', () => {
    const ds = check(id, days, { program: `${PROGRAM}participants: { max: 60 }\n` });
    expect(codes(ds)).toEqual(['recognition/participants']);
    expect(ds[0]!.message).toBe('Up to 60 participants; Educational leave in Lower Saxony allows at most 50 (NBildUG, DVO-NBildUG)');
  });
});

describe('bildungsurlaub/RP (BFG § 7, BFGDVO § 7)', () => {
  const id = 'bildungsurlaub/RP';
  const day = (date: string) => ({ date, time: '09:00-14:30', breaks: ['12:00-12:30'] });
  it('three days of 6⅔ UE qualify', () => {
    expect(check(id, [day('2027-04-05'), day('2027-04-06'), day('2027-04-07')])).toEqual([]);
  });
  it('two days are too few (and so under 18 UE)', () => {
    // With at least 3 days of 6 UE on average the 18 UE always hold: the total cannot fail alone.
    expect(codes(check(id, [day('2027-04-05'), day('2027-04-06')]))).toEqual(['recognition/days', 'recognition/total']);
  });
  it('an evening day has too little before 20:00', () => {
    const ds = check(id, [day('2027-04-05'), { date: '2027-04-06', time: '17:00-22:30', breaks: ['19:00-19:30'] }, day('2027-04-07')]);
    expect(codes(ds)).toEqual(['recognition/before-time']);
    expect(ds[0]!.message).toBe('Day 2 (Tue 2027-04-06) has 3⅓ UE before 20:00; Educational leave in Rhineland-Palatinate needs at least 4 UE before 20:00 (BFG, BFGDVO)');
  });
  it('an average under 6 UE fails', () => {
    const ds = check(id, week('2027-04-05', 4, '09:00-13:00'));
    expect(codes(ds)).toEqual(['recognition/per-day']);
    expect(ds[0]!.message).toBe(
      '4 course days have 21⅓ UE in all, 5⅓ UE a day on average; Educational leave in Rhineland-Palatinate needs at least 6 UE a day on average (BFG, BFGDVO)',
    );
  });
});

const JULEICA_PROGRAM = `${PROGRAM}unit: h
hours: 32
admission: { allOf: [{ minAge: 16 }, { certificate: { title: Erste-Hilfe-Kurs } }] }
certificate: { title: Juleica, validYears: 3, renewal: { hours: 8, withinYears: 3 } }
`;

describe('juleica (federal minimum standards)', () => {
  const id = 'juleica';
  const four = week('2027-03-01', 4, '09:00-17:00', ['12:30-13:30']);
  it('28 h in person over four days and a program with age, first aid and renewal qualify', () => {
    const days = [...four, { date: '2027-03-08', time: '09:00-11:00', mode: 'online' as const }];
    expect(check(id, days, { program: JULEICA_PROGRAM })).toEqual([]);
  });
  it('24 h are under 30', () => {
    const ds = check(id, four.slice(0, 3).map((d) => ({ ...d, time: '09:00-18:00' })).concat(), { program: JULEICA_PROGRAM });
    expect(codes(ds)).toEqual(['recognition/total']);
    expect(ds[0]!.message).toBe('The sessions give 24 h of teaching in all; Juleica (youth leader card) needs at least 30 h (Juleica-Qualitätsstandards)');
  });
  it('14 h in person are under 15', () => {
    const days = four.map((d, i) => (i >= 2 ? { ...d, mode: 'online' as const } : d)).concat([{ date: '2027-03-08', time: '09:00-13:00', mode: 'online' }]);
    const ds = check(id, days, { program: JULEICA_PROGRAM });
    expect(codes(ds)).toEqual(['recognition/in-person']);
    expect(ds[0]!.message).toBe('14 h of 32 h are in person; Juleica (youth leader card) needs at least 15 h in person (Juleica-Qualitätsstandards)');
  });
  it('a program without a minimum age fails admission', () => {
    const ds = check(id, [...four, { date: '2027-03-08', time: '09:00-11:00' }], { program: JULEICA_PROGRAM.replace('{ minAge: 16 }, ', '') });
    expect(codes(ds)).toEqual(['recognition/admission']);
    expect(ds[0]!.message).toBe('Juleica (youth leader card) admits participants from the age of 16; the admission does not say so (Juleica-Qualitätsstandards)');
  });
  it('a program without a first-aid certificate fails admission', () => {
    const ds = check(id, [...four, { date: '2027-03-08', time: '09:00-11:00' }], { program: JULEICA_PROGRAM.replace(', { certificate: { title: Erste-Hilfe-Kurs } }', '') });
    expect(codes(ds)).toEqual(['recognition/admission']);
    expect(ds[0]!.message).toBe('Juleica (youth leader card) requires a certificate "Erste Hilfe"; the admission asks for none (Juleica-Qualitätsstandards)');
  });
  it('a card valid 4 years is longer than 3', () => {
    const ds = check(id, [...four, { date: '2027-03-08', time: '09:00-11:00' }], { program: JULEICA_PROGRAM.replace('validYears: 3', 'validYears: 4') });
    expect(codes(ds)).toEqual(['recognition/certificate']);
    expect(ds[0]!.message).toBe('The certificate is valid for 4 years; Juleica (youth leader card) allows at most 3 (Juleica-Qualitätsstandards)');
  });
  it('a renewal of 6 h is under 8', () => {
    const ds = check(id, [...four, { date: '2027-03-08', time: '09:00-11:00' }], { program: JULEICA_PROGRAM.replace('hours: 8,', 'hours: 6,') });
    expect(codes(ds)).toEqual(['recognition/certificate']);
    expect(ds[0]!.message).toBe('The renewal asks for 6 h; Juleica (youth leader card) requires at least 8 h (Juleica-Qualitätsstandards)');
  });
});

describe('juleica/NI (two versions)', () => {
  const id = 'juleica/NI';
  const JULEICA_PROGRAM = `${PROGRAM}unit: h
hours: 42
admission: { allOf: [{ minAge: 16 }, { certificate: { title: Erste-Hilfe-Kurs } }] }
certificate: { title: Juleica, validYears: 3, renewal: { hours: 8, withinYears: 3 } }
`;
  const six = week('2027-03-01', 6, '09:00-17:00', ['12:30-13:30']);
  it('42 h with two thirds in person qualify under the rules of 2026, which are named', () => {
    const days = six.map((d, i) => (i === 5 ? { ...d, mode: 'online' as const } : d));
    const ds = check(id, days, { program: JULEICA_PROGRAM });
    expect(ds.map((d) => `${d.code} ${d.severity}`)).toEqual(['recognition/in-force info']);
    expect(ds[0]!.message).toBe('Rules of 2027 used for Juleica in Lower Saxony (juleica/NI); this profile changed on 2026-01-01');
  });
  it('half online is under two thirds in person', () => {
    const days = six.map((d, i) => (i >= 3 ? { ...d, mode: 'online' as const } : d));
    const ds = check(id, days, { program: JULEICA_PROGRAM, locale: 'de' }).filter((d) => d.severity !== 'info');
    expect(codes(ds)).toEqual(['recognition/in-person']);
    expect(ds[0]!.message).toBe('21 Std. von 42 Std. finden in Präsenz statt; Juleica in Niedersachsen verlangt mindestens 2/3 der Unterrichtszeit in Präsenz (Juleica-RdErl. NI)');
  });
  it('36 h are under the 40 of 2026', () => {
    const ds = check(id, week('2027-03-01', 6, '09:00-16:00', ['12:00-13:00']), { program: JULEICA_PROGRAM }).filter((d) => d.severity !== 'info');
    expect(codes(ds)).toEqual(['recognition/total']);
    expect(ds[0]!.message).toBe('The sessions give 36 h of teaching in all; Juleica in Lower Saxony needs at least 40 h (Juleica-RdErl. NI)');
  });
  it('a course in 2025 is checked against the 50 h of 2010, and one running across the change is told', () => {
    const in2025 = week('2025-03-03', 6, '09:00-17:00', ['12:30-13:30']);
    const ds = check(id, in2025, { program: JULEICA_PROGRAM });
    expect(codes(ds)).toEqual(['recognition/total']);
    expect(ds[0]!.message).toBe('The sessions give 42 h of teaching in all; Juleica in Lower Saxony needs at least 50 h (Juleica-RdErl. NI)');
    const across = [...week('2025-12-29', 3, '09:00-17:00', ['12:30-13:30']), ...week('2026-01-05', 4, '09:00-17:00', ['12:30-13:30'])];
    const notice = check(id, across, { program: JULEICA_PROGRAM }).find((d) => d.code === 'recognition/in-force')!;
    expect(notice.message).toBe(
      'The offering runs from 2025-12-29 to 2026-01-08, and Juleica in Lower Saxony (juleica/NI) changed on 2026-01-01; the rules in force on 2025-12-29 are used',
    );
  });
});

describe('dosb/uebungsleiter-c (DOSB framework)', () => {
  const id = 'dosb/uebungsleiter-c';
  const program = `${PROGRAM}unit: LE
hours: 120
admission: { allOf: [{ minAge: 16 }, { certificate: { title: Erste Hilfe, hours: 9, unit: UE, maxAgeYears: 2 } }] }
certificate: { title: DOSB-Lizenz Übungsleiter C, validYears: 4, renewal: { hours: "15 LE", withinYears: 4 } }
`;
  const validateProgram = (text: string, locale: 'en' | 'de' = 'en') =>
    validate([parseDocument(text, { filename: 'p.yaml' })], { profiles: [id], locale }).filter((d) => d.code.startsWith('recognition/'));
  it('a program of 120 LE with age, first aid and renewal qualifies', () => {
    expect(validateProgram(program)).toEqual([]);
  });
  it('100 LE are under 120', () => {
    const ds = validateProgram(program.replace('hours: 120', 'hours: 100'));
    expect(codes(ds)).toEqual(['recognition/total']);
    expect(ds[0]!.message).toBe('The program declares 100 LE; DOSB licence Übungsleiter C needs at least 120 LE (DOSB-Rahmenrichtlinien)');
  });
  it('a first-aid course of 8 UE or 3 years old fails', () => {
    const ds = validateProgram(program.replace('hours: 9, unit: UE, maxAgeYears: 2', 'hours: 8, unit: UE, maxAgeYears: 3'), 'de');
    expect(codes(ds)).toEqual(['recognition/admission', 'recognition/admission']);
    expect(ds.map((d) => d.message)).toEqual([
      'Die Teilnahmevoraussetzungen verlangen „Erste Hilfe“ mit 8 LE; DOSB-Lizenz Übungsleiter C verlangt mindestens 9 LE (DOSB-Rahmenrichtlinien)',
      'Die Teilnahmevoraussetzungen lassen „Erste Hilfe“ bis 3 Jahre alt zu; DOSB-Lizenz Übungsleiter C höchstens 2 Jahre (DOSB-Rahmenrichtlinien)',
    ]);
  });
  it('a program without a minimum age fails admission', () => {
    const ds = validateProgram(program.replace('{ minAge: 16 }, ', ''));
    expect(codes(ds)).toEqual(['recognition/admission']);
    expect(ds[0]!.message).toBe('DOSB licence Übungsleiter C admits participants from the age of 16; the admission does not say so (DOSB-Rahmenrichtlinien)');
  });
  it('a renewal of 10 LE is under 15', () => {
    const ds = validateProgram(program.replace('hours: "15 LE"', 'hours: "10 LE"'), 'de');
    expect(codes(ds)).toEqual(['recognition/certificate']);
    expect(ds[0]!.message).toBe('Die Verlängerung verlangt 10 LE; DOSB-Lizenz Übungsleiter C verlangt mindestens 15 LE (DOSB-Rahmenrichtlinien)');
  });
  it('a renewal within 5 years is later than 4', () => {
    const ds = validateProgram(program.replace('withinYears: 4', 'withinYears: 5'));
    expect(codes(ds)).toEqual(['recognition/certificate']);
    expect(ds[0]!.message).toBe('The renewal may be done within 5 years; DOSB licence Übungsleiter C requires it within 4 years (DOSB-Rahmenrichtlinien)');
  });
  it('a licence valid 5 years fails', () => {
    const ds = validateProgram(program.replace('validYears: 4', 'validYears: 5'));
    expect(codes(ds)).toEqual(['recognition/certificate']);
    expect(ds[0]!.message).toBe('The certificate is valid for 5 years; DOSB licence Übungsleiter C allows at most 4 (DOSB-Rahmenrichtlinien)');
  });
});

describe('bfd/seminartage (BFDG § 4)', () => {
  const id = 'bfd/seminartage';
  const extra = 'start: 2027-09-01\nend: 2028-08-31\n';
  const seminar = (from: string, n: number) => week(from, n, '09:00-16:00', ['12:00-13:00']);
  const twentyFive = [...seminar('2027-09-06', 5), ...seminar('2027-11-08', 5), ...seminar('2028-01-10', 5), ...seminar('2028-03-06', 5), ...seminar('2028-05-08', 5)];
  it('25 seminar days in 12 months with a five-day seminar qualify', () => {
    expect(check(id, twentyFive, { extra })).toEqual([]);
  });
  it('20 days are too few, and 13 months need 26', () => {
    const ds = check(id, twentyFive.slice(0, 20), { extra });
    expect(codes(ds)).toEqual(['recognition/seminar-days']);
    expect(ds[0]!.message).toBe('20 seminar days for 12 months of service; Bundesfreiwilligendienst (federal volunteer service) needs at least 25 (BFDG)');
    const longer = check(id, twentyFive, { extra: 'start: 2027-09-01\nend: 2028-09-30\n' });
    expect(longer[0]!.message).toBe('25 seminar days for 13 months of service; Bundesfreiwilligendienst (federal volunteer service) needs at least 26 (BFDG)');
  });
  it('no five days in a row fails the political education seminar', () => {
    const split = twentyFive.filter((_, i) => i % 5 !== 2).concat(seminar('2028-07-03', 4).slice(0, 0));
    const days = [...split, ...seminar('2028-07-05', 2), ...seminar('2028-07-12', 3)];
    const ds = check(id, days, { extra });
    expect(codes(ds)).toEqual(['recognition/seminar-days']);
    expect(ds[0]!.message).toBe('No 5 seminar days in a row; Bundesfreiwilligendienst (federal volunteer service) requires a 5-day seminar on political education (BFDG)');
  });
});
