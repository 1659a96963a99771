import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanIcsText, escapeIcsText, foldIcsLine, icsLine, icsParamValue } from '../../src/export/ics-text.js';
import { unfold } from './ics-helpers.js';
import { numRuns } from '../setup/runs.js';

const octets = (s: string) => new TextEncoder().encode(s).length;
const strict = new TextDecoder('utf-8', { fatal: true });

function checkFolded(line: string): void {
  const folded = foldIcsLine(line);
  expect(unfold(folded)).toBe(line);
  folded.split('\r\n').forEach((physical, i) => {
    expect(octets(physical)).toBeLessThanOrEqual(75);
    if (i > 0) expect(physical.startsWith(' ')).toBe(true);
    expect(() => strict.decode(new TextEncoder().encode(physical))).not.toThrow();
  });
}

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });
  it('leaves colons, quotes and tabs alone', () => {
    expect(escapeIcsText('Zeit: 9:30 "Raum"\tEG')).toBe('Zeit: 9:30 "Raum"\tEG');
  });
  it('drops control characters and repairs lone surrogates', () => {
    expect(cleanIcsText('a\u0000b\u0007c\u007f')).toBe('abc');
    expect(cleanIcsText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(cleanIcsText('😀')).toBe('😀');
  });
});

describe('icsParamValue', () => {
  it('quotes values with : ; or , and removes what cannot be quoted', () => {
    expect(icsParamValue('Europe/Berlin')).toBe('Europe/Berlin');
    expect(icsParamValue('Müller; Anna')).toBe('"Müller; Anna"');
    expect(icsParamValue('Say "hi"\nnow')).toBe("Say 'hi' now");
  });
});

describe('foldIcsLine', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldIcsLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldIcsLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('never splits umlauts (2 octets), the euro sign (3) or emoji (4)', () => {
    for (let prefix = 0; prefix < 6; prefix++) {
      checkFolded('SUMMARY:' + 'x'.repeat(prefix) + 'Grüße aus Köln '.repeat(12));
      checkFolded('SUMMARY:' + 'x'.repeat(prefix) + '€'.repeat(60));
      checkFolded('SUMMARY:' + 'x'.repeat(prefix) + '😀'.repeat(60));
    }
  });

  it('keeps grapheme clusters and escape pairs on one line', () => {
    const family = '👩‍👩‍👧‍👦'; // 25 octets
    const line = 'SUMMARY:' + `a${family}`.repeat(10);
    const folded = foldIcsLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(physical.replace(/^( |SUMMARY:)/, '').replace(new RegExp(`a|${family}`, 'gu'), '')).toBe('');
    }
    const escaped = 'DESCRIPTION:' + 'x'.repeat(62) + '\\,\\;\\n'.repeat(5);
    for (const physical of foldIcsLine(escaped).split('\r\n')) expect(physical).not.toMatch(/\\$/);
    expect(unfold(foldIcsLine(escaped))).toBe(escaped);
  });

  it('splits a pathological cluster between code points', () => {
    checkFolded('SUMMARY:' + 'a' + '\u0308'.repeat(100));
  });

  it('folds any text within 75 octets and unfolds it back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 100 }), (a, b) => {
        checkFolded(`SUMMARY:${escapeIcsText(a + b)}`);
      }),
      { numRuns: numRuns(150, 2_000) },
    );
  });
});

describe('icsLine', () => {
  it('writes name, parameters and value', () => {
    expect(icsLine('DTSTART', '20270129T093000', { TZID: 'Europe/Berlin' })).toBe('DTSTART;TZID=Europe/Berlin:20270129T093000');
  });
});
