import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model/parse.js';
import { courseDays } from '../../src/recognition/index.js';
import { validate } from '../../src/validate/index.js';

const program = parseDocument('kind: program\nid: kurs\ntitle: Kurs\n', { filename: 'p.yaml' });
const offering = (sessions: string, extra = '') =>
  parseDocument(`kind: offering\nid: kurs-o\nprogram: kurs\n${extra}sessions:\n${sessions}`, { filename: 'o.yaml' });
const fiveDays = ['05', '06', '07', '08', '09'].map((d) => `  - { id: d${d}, date: 2027-04-${d}, time: "09:00-16:00", breaks: ["12:00-13:00"] }\n`).join('');

describe('validate options for recognitions', () => {
  it('an unknown profile in the options gets a did-you-mean and checks nothing', () => {
    const ds = validate([program, offering(fiveDays)], { profiles: ['bildungsurlaub/HS'] });
    expect(ds.map((d) => `${d.file} ${d.code} ${d.message} | ${d.hint}`)).toEqual([
      expect.stringMatching(/^<options> config\/invalid-setting Unknown recognition profile "bildungsurlaub\/HS" \(.*juleica.*\) \| did you mean "bildungsurlaub\/HE"\?$/),
    ]);
  });

  it('a custom profile extends a built-in one and is checked by its own id', () => {
    const customProfiles = [{ id: 'haus/HE', extends: 'bildungsurlaub/HE', name: { de: 'Hausregel', en: 'House rule' }, constraints: [{ kind: 'perDay' as const, average: 7 }] }];
    const ds = validate([program, offering(fiveDays, 'recognitions: [{ profile: haus/HE }]\n')], { customProfiles });
    expect(ds.map((d) => `${d.code} ${d.message}`)).toEqual([
      'recognition/per-day 5 course days have 30 h in all, 6 h a day on average; House rule needs at least 7 h a day on average (HBUG)',
    ]);
  });

  it('a circle of extends is named at the claim', () => {
    const customProfiles = [
      { id: 'a', extends: 'b' },
      { id: 'b', extends: 'a' },
    ];
    const ds = validate([program, offering(fiveDays, 'recognitions: [{ profile: a }]\n')], { customProfiles });
    expect(ds.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual(['recognition/profile 4:27 Recognition profile "a" extends itself: a → b → a']);
  });

  it('a custom profile the schema refuses is located in the options', () => {
    const ds = validate([program], { customProfiles: [{ id: 'x', extends: 'juleica', constraints: [{ kind: 'perDay', average: -1 }] }] as never });
    expect(ds.map((d) => `${d.file} ${d.code} ${d.path}`)).toEqual(['<options> config/invalid-setting /customProfiles/0/constraints/0/average']);
  });
});

describe('course days', () => {
  it('count local wall-clock time on the days the clocks change, as the coverage check does', () => {
    const o = offering('  - { date: 2027-03-28, time: "09:00-16:00", breaks: ["12:00-13:00"] }\n  - { date: 2027-10-31, time: "09:00-16:00", breaks: ["12:00-13:00"] }\n');
    const days = courseDays(o.value as never).days;
    expect(days.map((d) => d.minutes)).toEqual([360, 360]);
  });

  it('leave out cancelled sessions and those still to be agreed, and merge sessions of one date', () => {
    const o = offering(
      '  - { date: 2027-04-05, time: "09:00-12:00" }\n  - { date: 2027-04-05, time: "13:00-16:00" }\n  - { date: 2027-04-06, time: "09:00-12:00", status: cancelled }\n  - { status: to-be-agreed }\n',
    );
    const result = courseDays(o.value as never);
    expect(result.days.map((d) => [d.date, d.minutes])).toEqual([['2027-04-05', 360]]);
    expect(result.toBeAgreed).toBe(1);
  });

  it('take online agenda items out of the in-person time', () => {
    const o = offering(
      '  - date: 2027-04-05\n    time: "09:00-16:00"\n    breaks: ["12:00-13:00"]\n    agenda:\n      - { time: "09:00-10:30", title: Einführung, mode: online }\n',
    );
    expect(courseDays(o.value as never).days[0]).toMatchObject({ minutes: 360, inPersonMinutes: 270 });
  });
});
