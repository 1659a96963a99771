import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../src/calendar/calendar-day.js';
import type { Session } from '../../src/model/session.js';
import type { PlanConstraints } from '../../src/schedule/constraints.js';
import { choiceOf, forEachSkippedDay, type DateChoice } from '../../src/schedule/date-decisions.js';
import { plan } from '../../src/schedule/index.js';
import { formatMessage } from '../../src/messages/format.js';
import { chain, programOf } from './fixtures.js';
import { upTo, value } from './phases/run-phases.js';

const full = (date: string, modules: string[]): Session => ({ id: `agreed-${date}`, date, time: '09:30-16:30', breaks: ['12:30-13:30'], modules, status: 'scheduled' });
const dependent = programOf([
  { id: 'a', title: 'A', hours: 8 },
  { id: 'b', title: 'B', hours: 8 },
  { id: 'c', title: 'C', hours: 16, requires: ['b'] },
]);

const cases: [string, ReturnType<typeof chain>, PlanConstraints][] = [
  ['packed from a start on a holiday', chain(6), { start: '2027-01-06', state: 'BW', maxDaysPerWeek: 3 }],
  ['packed back from an end', chain(6), { end: '2027-02-26', state: 'BY', minGapDays: 2 }],
  ['spread over a period', chain(6), { start: '2027-01-04', end: '2027-06-30', state: 'NW', blackouts: [{ from: '2027-03-22', to: '2027-04-02', name: 'Osterferien' }] }],
  ['in blocks', chain(4, 24), { start: '2027-01-04', blocks: { days: 3 }, minGapDays: 14, state: 'BW' }],
  ['after an agreed session, packed', dependent, { start: '2027-01-04', minGapDays: 7, fixed: [full('2027-01-05', ['b'])] }],
  ['before an agreed session, spread', dependent, { start: '2027-01-04', end: '2027-03-31', state: 'BW', fixed: [full('2027-01-12', ['c'])] }],
  ['before agreed sessions, from an end', dependent, { end: '2027-03-31', fixed: [full('2027-01-15', ['c']), full('2027-01-20', ['c'])] }],
  ['across a change of the clocks', chain(3, 2), { start: '2027-03-21', weekdays: ['sun'], window: '01:30-04:00', breaks: [] }],
];

/** The public reason for a logged choice. */
const REASON: Record<DateChoice['cause'], string> = {
  start: 'start',
  'start-usable': 'start',
  'after-previous': 'next',
  'after-agreed': 'next',
  'before-agreed': 'end',
  spread: 'spread',
  end: 'end',
  'before-next': 'end',
  block: 'block',
};

describe('the explanation formats the date selector’s decision log, and nothing else', () => {
  for (const [name, program, constraints] of cases) {
    it(`gives the log’s reason for every date (${name})`, () => {
      const { dates } = upTo(program, constraints).dates();
      const log = value(dates);
      const explained = plan(program, constraints).explanation;
      const planned = explained.chosen.filter((c) => c.reason !== 'fixed');
      let i = 0;
      log.starts.forEach((start, u) => {
        for (let k = 0; k < log.sizes[u]!; k++, i++) {
          const choice = choiceOf(log, u, k);
          expect(planned[i]).toMatchObject({ date: fromDayNumber(start + k), reason: REASON[choice.cause] });
          // The day the log names (the previous session, the next one, the agreed one, the period) is the one the text names.
          for (const day of Object.values(choice).filter((x): x is number => typeof x === 'number' && x > 1000)) {
            expect(planned[i]!.detail.en).toContain(fromDayNumber(day));
            expect(planned[i]!.detail.de).toContain(fromDayNumber(day).split('-').reverse().join('.'));
          }
        }
      });
      expect(planned).toHaveLength(i);

      const skipped: [string, string][] = [];
      forEachSkippedDay(log, (day, decision) => {
        const reason =
          decision.cause === 'closed' ? decision.verdict.reason : decision.cause === 'agreed' ? 'fixed' : decision.cause === 'clock-change' ? 'blackout' : decision.cause === 'not-needed' ? 'spread' : decision.cause;
        skipped.push([fromDayNumber(day), reason]);
      });
      expect(explained.skipped.map((s) => [s.date, s.reason])).toEqual(skipped);
    });
  }

  it('words each choice from the catalogs in both languages', () => {
    const explained = plan(chain(2), { start: '2027-01-04' }).explanation;
    expect(explained.chosen.map((c) => c.detail)).toEqual([
      { en: formatMessage('en', 'plan.explanation', 'startUsable', { date: '2027-01-04' }), de: formatMessage('de', 'plan.explanation', 'startUsable', { date: '2027-01-04' }) },
      { en: 'next usable day after the session on 2027-01-04', de: 'nächster nutzbarer Tag nach dem Termin am 04.01.2027' },
    ]);
    expect(explained.summary).toEqual({ en: '16 UE in 2 sessions from 2027-01-04 to 2027-01-05; 0 dates skipped (no federal state given: nationwide public holidays only)', de: '16 UE in 2 Terminen vom 04.01.2027 bis 05.01.2027; 0 Tage übersprungen (kein Bundesland angegeben: nur bundesweite Feiertage)' });
  });

  it('names the defaults the plan used', () => {
    expect(plan(chain(1), { start: '2027-01-04', window: '08:00-12:00', unitMinutes: 60 }).explanation.defaults).toEqual([
      { option: 'id', value: 'kurs-2027-01-04' },
      { option: 'timeZone', value: 'Europe/Berlin' },
      { option: 'weekdays', value: ['mon', 'tue', 'wed', 'thu', 'fri'] },
      { option: 'breaks', value: [] },
      { option: 'maxUnitsPerDay', value: 8 },
      { option: 'splitModules', value: true },
      { option: 'includeOptional', value: false },
      { option: 'layout', value: 'consecutive' },
    ]);
    expect(plan(chain(1), { start: '2027-01-04', end: '2027-01-03' }).explanation.defaults).toEqual([]);
  });
});
