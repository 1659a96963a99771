import { describe, expect, it } from 'vitest';
import { ClockChanges, localInstant } from '../../src/calendar/local-time.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/calendar-day.js';

/** What changesWindow answered before it knew the minute of a change: the window's two instants, asked of the zone. */
function byInstants(timeZone: string, day: number, window: { start: number; end: number }): boolean {
  const date = fromDayNumber(day);
  return (localInstant(date, window.end, timeZone).getTime() - localInstant(date, window.start, timeZone).getTime()) / 60_000 !== window.end - window.start;
}

describe('ClockChanges.changesWindow', () => {
  // Windows around the usual changes (01:00–03:00 local in Europe, midnight elsewhere) and ordinary ones.
  const windows = [
    { start: 0, end: 60 },
    { start: 0, end: 1440 },
    { start: 60, end: 240 },
    { start: 90, end: 150 },
    { start: 120, end: 180 },
    { start: 150, end: 200 },
    { start: 180, end: 240 },
    { start: 480, end: 570 },
    { start: 570, end: 990 },
    { start: 1380, end: 1440 },
  ];

  it.each(['Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Havana'])(
    'answers as the instants do on every day near a change in %s',
    (zone) => {
      const clock = new ClockChanges(zone);
      const from = toDayNumber('2026-01-01');
      const to = toDayNumber('2028-12-31');
      let changed = 0;
      for (let day = from; day <= to; day++) {
        // Days far from a change are answered without the zone; the ones near one are what the minute settles.
        for (const window of windows) {
          const expected = byInstants(zone, day, window);
          expect(clock.changesWindow(day, window), `${fromDayNumber(day)} ${window.start}-${window.end}`).toBe(expected);
          if (expected) changed++;
        }
      }
      expect(changed).toBeGreaterThan(0);
    },
  );
});
