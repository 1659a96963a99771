// What the author meant: German words for English values, impossible dates with their reason,
// values cut at a comma in a flow mapping, and teaching time that really passes across a clock change.
import { describe, expect, it } from 'vitest';
import { elapsedTeachingMinutes } from '../../src/calendar/index.js';
import { writtenUnit } from '../../src/duration/index.js';
import { formatMessage } from '../../src/messages/index.js';
import { calendarDateProblem } from '../../src/model/calendar-date.js';
import { decimalComma, numberBeforeComma, quotedPair, textSplit } from '../../src/model/comma-split.js';
import { federalStateGuess, federalStateSchema } from '../../src/model/federal-state.js';
import { parseProgram } from '../../src/model/parse.js';
import { meantValue } from '../../src/model/value-synonyms.js';

const STATUS = ['scheduled', 'cancelled', 'to-be-agreed'];
const UNITS = ['UE', 'LE', 'h', 'min'];

describe('meantValue', () => {
  it('maps German words and English variants to the value they mean, only among the allowed ones', () => {
    expect(['abgesagt', 'Ausgefallen', 'fällt aus', 'canceled'].map((w) => meantValue(w, STATUS))).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    expect(['geplant', 'offen', 'tba', 'n.V.', 'n. V.', 'nach Vereinbarung'].map((w) => meantValue(w, STATUS))).toEqual([
      'scheduled',
      'to-be-agreed',
      'to-be-agreed',
      'to-be-agreed',
      'to-be-agreed',
      'to-be-agreed',
    ]);
    expect(['Std.', 'Stunden', 'Zeitstunden', 'LE', 'Lerneinheiten', 'UStd.', 'Minuten'].map((w) => meantValue(w, UNITS))).toEqual(['h', 'h', 'h', 'LE', 'LE', 'UE', 'min']);
    expect(meantValue('Präsenz', ['in-person', 'online', 'phone', 'hybrid'])).toBe('in-person');
    expect(meantValue('offer', ['program', 'offering'])).toBe('offering');
    // A word for a value that is not allowed here, or no word at all: nothing.
    expect(meantValue('abgesagt', UNITS)).toBeUndefined();
    expect(meantValue('Deployment', ['program', 'offering'])).toBeUndefined();
  });

  it('federal states: names and ISO codes are accepted as the code, near misses guessed', () => {
    expect(['Hessen', 'Baden-Württemberg', 'Baden-Wuerttemberg', 'DE-BY', 'TH', 'Thüringen'].map((s) => federalStateSchema.parse(s))).toEqual(['HE', 'BW', 'BW', 'BY', 'TH', 'TH']);
    expect(federalStateSchema.safeParse('hessen').success).toBe(false);
    expect(['hessen', 'Hesen', 'Bayren', 'de-nw', 'Mars'].map(federalStateGuess)).toEqual(['HE', 'HE', 'BY', 'NW', undefined]);
  });
});

describe('calendarDateProblem', () => {
  it('names the date and the reason', () => {
    const say = (date: string, locale: 'en' | 'de' = 'en') => {
      const p = calendarDateProblem(date);
      return p === undefined ? undefined : formatMessage(locale, 'date/invalid', p.messageId, p.data);
    };
    expect(say('2027-02-29')).toBe('2027-02-29 does not exist: 2027 is not a leap year');
    expect(say('2028-02-30')).toBe('2028-02-30 does not exist: February has 29 days');
    expect(say('2027-04-31', 'de')).toBe('Den 31.04.2027 gibt es nicht: der April hat 30 Tage');
    expect(say('2027-13-01')).toBe('2027-13-01 does not exist: there is no month 13');
    expect(say('2027-01-00')).toBe('2027-01-00 does not exist: there is no day 00');
    expect(say('2028-02-29')).toBeUndefined();
  });
});

describe('values cut at a comma in a flow mapping', () => {
  it('finds the text a comma split, and the number a decimal comma split', () => {
    expect(textSplit({ id: 'r', title: 'Recht', 'Aufsicht und Haftung': null, hours: 4 }, 'Aufsicht und Haftung', () => false)).toEqual({
      key: 'title',
      start: 'Recht',
      rest: ['Aufsicht und Haftung'],
      written: 'Recht, Aufsicht und Haftung',
    });
    // A misspelt key is a misspelt key, not the rest of a sentence.
    expect(textSplit({ title: 'Recht', titel: null }, 'titel', (k) => k === 'titel')).toBeUndefined();
    expect(decimalComma({ id: 'a', hours: 2, '5': null }, '5')).toEqual({ anchor: 'hours' });
    expect(decimalComma({ hours: 2, sessions: 1, '5': null }, '5')).toEqual({ anchor: undefined });
    expect(numberBeforeComma('  - { id: a, hours: 2,')).toEqual({ key: 'hours', start: '2' });
    expect(quotedPair('hours', '2,5')).toBe('hours: "2,5"');
  });

  it('says it once at the value, and checks the rest without the cut number', () => {
    const result = parseProgram('kind: program\nid: p\ntitle: P\nhours: 10\nmodules:\n  - { id: a, title: A, hours: 2,5 }\n  - { id: b, title: B, hours: 8 }\n', { filename: 'p.yaml' });
    expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.messageId} ${d.hint}`)).toEqual(['6:33 commaNumber Quote the value: hours: "2,5"']);
    // Module a has no hours left to count: no wrong sum against the declared 10.
    expect(result.value?.modules[0]).toEqual({ id: 'a', title: 'A' });
  });

  it('names the rest as one key or as several, in both languages', () => {
    const say = (title: string, locale: 'en' | 'de' = 'en') =>
      parseProgram(`kind: program\nid: p\ntitle: P\nmodules:\n  - { id: a, title: ${title}, hours: 8 }\n`, { filename: 'p.yaml', locale }).diagnostics.map((d) => d.message);
    expect(say('Recht, Haftung')).toEqual(['In a { … } mapping a comma ends the value: YAML read title: "Recht" and the rest as a key \'Haftung\'']);
    expect(say('Recht, Aufsicht, Haftung')).toEqual(["In a { … } mapping a comma ends the value: YAML read title: \"Recht\" and the rest as keys 'Aufsicht', 'Haftung'"]);
    expect(say('Recht, Haftung', 'de')).toEqual(['In { … } beendet ein Komma den Wert: YAML liest title: „Recht“ und den Rest als einen Schlüssel \'Haftung\'']);
  });
});

describe('the unit an amount is written in', () => {
  it('is the unit it names, when it names one', () => {
    expect([writtenUnit('20 UE'), writtenUnit('2,5 Std.'), writtenUnit('120 LE'), writtenUnit(20), writtenUnit('1 h 30 min')]).toEqual(['UE', 'h', 'LE', undefined, undefined]);
    expect(formatMessage('en', 'hours/total', 'mismatch', { declared: { minutes: 900, unit: 'h', written: 'UE' }, sum: { minutes: 960, unit: 'h' } })).toBe(
      'Declared 20 UE (15 h), but the required modules add up to 16 h',
    );
  });
});

describe('elapsedTeachingMinutes', () => {
  it('counts the time that really passes across a clock change, and the wall clock otherwise', () => {
    expect(elapsedTeachingMinutes('2027-03-28', { start: 60, end: 240 }, [], 'Europe/Berlin')).toEqual({ wall: 180, real: 120 });
    expect(elapsedTeachingMinutes('2027-10-31', { start: 60, end: 240 }, [], 'Europe/Berlin')).toEqual({ wall: 180, real: 240 });
    expect(elapsedTeachingMinutes('2027-03-28', { start: 60, end: 240 }, [{ start: 90, end: 100 }], 'Europe/Berlin')).toEqual({ wall: 170, real: 110 });
    expect(elapsedTeachingMinutes('2027-03-28', { start: 570, end: 990 }, [], 'Europe/Berlin')).toEqual({ wall: 420, real: 420 });
    expect(elapsedTeachingMinutes('2027-03-14', { start: 60, end: 240 }, [], 'America/New_York')).toEqual({ wall: 180, real: 120 });
  });
});
