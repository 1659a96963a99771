import { describe, expect, it } from 'vitest';
import { finding, renderFinding } from '../../src/messages/finding.js';
import { fillMessage, formatMessage } from '../../src/messages/format.js';

describe('formatMessage', () => {
  it('shows dates the reader’s way: ISO in English, 16.05.2015 in German', () => {
    const data = { date: '2027-04-05', place: 'HE', names: ['Ostermontag'] };
    expect(formatMessage('en', 'offering/holiday', 'holiday', data)).toBe('2027-04-05 is a public holiday in Hessen (Ostermontag)');
    expect(formatMessage('de', 'offering/holiday', 'holiday', data)).toBe('05.04.2027 ist in Hessen ein Feiertag (Ostermontag)');
  });

  it('names federal states, not their codes', () => {
    expect(fillMessage('{s:state}', { s: 'BW' }, 'de', 'x')).toBe('Baden-Württemberg');
    expect(fillMessage('{s:state}', { s: 'XX' }, 'en', 'x')).toBe('XX');
  });

  it('writes durations exactly, in the unit given and the reader’s language', () => {
    const data = { difference: { minutes: 150, unit: 'h' as const } };
    expect(formatMessage('en', 'hours/total', 'more', data)).toBe('2.5 h more than declared');
    expect(formatMessage('de', 'hours/total', 'more', data)).toBe('2,5 Std. mehr als angegeben');
    expect(fillMessage('{d:duration}', { d: { minutes: 1200, unit: 'UE' } }, 'de', 'x')).toBe('26⅔ UE');
  });

  it('shows weekdays with dates', () => {
    expect(fillMessage('{d:day}', { d: '2027-03-26' }, 'de', 'x')).toBe('Fr, 26.03.2027');
    expect(fillMessage('{d:day}', { d: '2027-03-26' }, 'en', 'x')).toBe('Fri 2027-03-26');
  });

  it('quotes user text the reader’s way, shortened and with control characters made visible', () => {
    expect(fillMessage('{t:quote}', { t: 'abc' }, 'de', 'x')).toBe('„abc“');
    expect(fillMessage('{t:quote}', { t: 'abc' }, 'en', 'x')).toBe('"abc"');
    expect(fillMessage('{t:code}', { t: 'x'.repeat(300_000) }, 'en', 'x').length).toBeLessThan(70);
    expect(fillMessage('{t}', { t: '\u001b]0;pwned\u0007\u001b[2J' }, 'en', 'x')).toBe('\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(fillMessage('{t:code}', { t: 'a\nb' }, 'en', 'x')).toBe("'a\\u000ab'");
  });

  it('joins lists with the reader’s conjunction', () => {
    expect(fillMessage('{l:orList}', { l: ['a', 'b', 'c'] }, 'de', 'x')).toBe('a, b oder c');
    expect(fillMessage('{l:andList}', { l: ['a', 'b'] }, 'en', 'x')).toBe('a and b');
    expect(fillMessage('{l:codeOrList}', { l: ['a', 'b'] }, 'en', 'x')).toBe("'a' or 'b'");
    expect(fillMessage('{l:list}', { l: ['a'] }, 'en', 'x')).toBe('a');
  });

  it('writes decimal numbers with a comma in German', () => {
    expect(fillMessage('{n}', { n: 5.7 }, 'de', 'x')).toBe('5,7');
    expect(fillMessage('{n}', { n: 5.7 }, 'en', 'x')).toBe('5.7');
  });

  it('renders phrases from the catalog, and leaves text in braces that is no placeholder alone', () => {
    expect(fillMessage('{p:message}', { p: { id: 'more', data: { difference: { minutes: 45, unit: 'UE' } } } }, 'en', 'hours/total')).toBe(
      '1 UE more than declared',
    );
    expect(fillMessage('give { min, max }', {}, 'en', 'x')).toBe('give { min, max }');
  });

  it('keeps a placeholder without data visible instead of dropping it', () => {
    expect(fillMessage('a {b} c', {}, 'en', 'x')).toBe('a {b} c');
  });

  it('is undefined for a message the catalogs do not have', () => {
    expect(formatMessage('en', 'house/rule', 'x')).toBeUndefined();
  });
});

describe('findings', () => {
  it('render their message and hint in either language from the same data', () => {
    const f = finding('config/unknown-rule', 'unknown', { key: 'hours/totl', suggestion: 'hours/total' }, 'didYouMean');
    expect(renderFinding(f, 'en')).toEqual({ message: 'Unknown rule "hours/totl" in the rules option', hint: 'did you mean "hours/total"?' });
    expect(renderFinding(f, 'de')).toEqual({ message: 'Unbekannte Regel „hours/totl“ in der Option rules', hint: 'meinten Sie „hours/total“?' });
  });
});

describe('window format', () => {
  it('writes a time window with an en dash in both languages, anything else as text', () => {
    expect(fillMessage('{t:window} Uhr', { t: '09:30-16:30' }, 'de', 'x')).toBe('09:30–16:30 Uhr');
    expect(fillMessage('{t:window}', { t: '09:30 - 16:30' }, 'en', 'x')).toBe('09:30–16:30');
    expect(fillMessage('{t:window}', { t: 'morgens' }, 'en', 'x')).toBe('morgens');
  });
});
