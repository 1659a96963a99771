import { describe, expect, it } from 'vitest';
import { fromDayNumber } from '../../../src/calendar/calendar-day.js';
import type { Session } from '../../../src/model/session.js';
import type { PlanConstraints } from '../../../src/schedule/constraints.js';
import { choiceOf, forEachSkippedDay, type DateDecisions } from '../../../src/schedule/date-decisions.js';
import { allocateDays } from '../../../src/schedule/phases/allocate-days.js';
import { chooseDates } from '../../../src/schedule/phases/choose-dates.js';
import { phrase } from '../../../src/schedule/texts.js';
import { chain, programOf } from '../fixtures.js';
import { upTo, value } from './run-phases.js';

const decide = (program: ReturnType<typeof chain>, constraints: PlanConstraints) => upTo(program, constraints).dates().dates;

/** Each planned day with the cause the log gives and the day it names. */
function log(dates: DateDecisions): [string, string, string?][] {
  const out: [string, string, string?][] = [];
  dates.starts.forEach((start, u) => {
    for (let k = 0; k < dates.sizes[u]!; k++) {
      const choice = choiceOf(dates, u, k);
      const named = 'previous' in choice ? choice.previous : 'agreed' in choice ? choice.agreed : 'next' in choice ? choice.next : undefined;
      out.push(named === undefined ? [fromDayNumber(start + k), choice.cause] : [fromDayNumber(start + k), choice.cause, fromDayNumber(named)]);
    }
  });
  return out;
}

const full = (date: string, modules: string[]): Session => ({ date, time: '09:30-16:30', breaks: ['12:30-13:30'], modules, status: 'scheduled' });

describe('phase 7: choose dates', () => {
  it('packs from the start and logs why each day was chosen', () => {
    const dates = value(decide(chain(3), { start: '2027-01-06', state: 'BW' }));
    // Epiphany is a holiday in BW: the start is not usable, the first day is the next usable one.
    expect(log(dates)).toEqual([
      ['2027-01-07', 'start'],
      ['2027-01-08', 'after-previous', '2027-01-07'],
      ['2027-01-11', 'after-previous', '2027-01-08'],
    ]);
    expect(log(value(decide(chain(1), { start: '2027-01-07' })))).toEqual([['2027-01-07', 'start-usable']]);
    expect(dates.period).toEqual({ first: dates.start, last: dates.days[2] });
  });

  it('packs back from an end, and spreads over a period', () => {
    expect(log(value(decide(chain(3), { end: '2027-01-08', state: 'BW' })))).toEqual([
      ['2027-01-05', 'before-next', '2027-01-07'],
      ['2027-01-07', 'before-next', '2027-01-08'],
      ['2027-01-08', 'end'],
    ]);
    const spread = value(decide(chain(3), { start: '2027-01-04', end: '2027-01-29', layout: 'spread' }));
    expect(log(spread)).toEqual([
      ['2027-01-04', 'spread'],
      ['2027-01-18', 'spread'],
      ['2027-01-29', 'spread'],
    ]);
    expect(choiceOf(spread, 1, 0)).toEqual({ cause: 'spread', from: spread.start, to: spread.end });
  });

  it('logs the days of a block by their place in it', () => {
    const dates = value(decide(chain(2, 12), { start: '2027-01-04', blocks: { days: 2 }, minGapDays: 7 }));
    expect(log(dates)).toEqual([
      ['2027-01-04', 'start-usable'],
      ['2027-01-05', 'block'],
      ['2027-01-12', 'after-previous', '2027-01-05'],
    ]);
    expect(choiceOf(dates, 0, 1)).toEqual({ cause: 'block', day: 2, block: 1, blockDays: 2 });
  });

  it('logs the agreed session that held a day back or forward', () => {
    const program = programOf([
      { id: 'auftakt', title: 'Auftakt', hours: 8 },
      { id: 'folge', title: 'Folge', hours: 16, requires: ['auftakt'] },
    ]);
    expect(log(value(decide(program, { start: '2027-01-04', fixed: [full('2027-01-12', ['auftakt'])] })))).toEqual([
      ['2027-01-13', 'after-agreed', '2027-01-12'],
      ['2027-01-14', 'after-previous', '2027-01-13'],
    ]);
    expect(log(value(decide(program, { end: '2027-03-31', fixed: [full('2027-01-15', ['folge']), full('2027-01-20', ['folge'])] })))).toEqual([
      ['2027-01-14', 'before-agreed', '2027-01-15'],
    ]);
  });

  it('logs why the other days of the period hold no session', () => {
    const dates = value(decide(chain(4), { start: '2027-01-04', maxDaysPerWeek: 2, fixed: [{ date: '2027-01-05', status: 'cancelled' }] }));
    const skipped: [string, string][] = [];
    forEachSkippedDay(dates, (day, decision) => skipped.push([fromDayNumber(day), decision.cause === 'closed' ? decision.verdict.reason : decision.cause]));
    expect(skipped).toEqual([
      ['2027-01-05', 'agreed'],
      ['2027-01-07', 'weekly-cap'],
      ['2027-01-08', 'weekly-cap'],
      ['2027-01-09', 'weekday'],
      ['2027-01-10', 'weekday'],
    ]);
    // Packed from the start, the period ends with the last session.
    expect(fromDayNumber(dates.period!.last)).toBe('2027-01-12');
  });

  it('fails with the figures and the smallest changes, the caller’s re-planned ones among them', () => {
    const { ctx, content } = upTo(chain(10), { start: '2027-01-04', end: '2027-01-08', window: '09:00-15:00' }).dates();
    let asked = 0;
    const result = chooseDates({
      ctx,
      content,
      replanned: () => {
        asked++;
        return [phrase('plan/infeasible', 'noLunchBreak', {})];
      },
    });
    if (result.ok) throw new Error('dated');
    expect(asked).toBe(1);
    expect(result.diagnostics.map((d) => [d.code, d.path, d.messageId, d.hintId])).toEqual([['plan/infeasible', '/end', 'window', 'changes']]);
    expect(result.diagnostics[0]!.hint).toContain('without the default lunch break');
    // Only asked for when the dates cannot be found.
    const fits = upTo(chain(1), { start: '2027-01-04' }).dates();
    chooseDates({ ctx: fits.ctx, content: fits.content, replanned: () => [(asked++, phrase('plan/infeasible', 'noLunchBreak', {}))] });
    expect(asked).toBe(1);
  });

  it('fails when the days need more blocks than allowed', () => {
    const ctx = upTo(chain(4, 24), { start: '2027-01-04', blocks: { days: 3, count: 3 } }).checked();
    const result = chooseDates({ ctx, content: allocateDays(ctx), replanned: () => [] });
    if (result.ok) throw new Error('dated');
    expect(result.diagnostics.map((d) => [d.path, d.messageId])).toEqual([['/blocks/count', 'blockCount']]);
  });
});
