import { describe, expect, it } from 'vitest';
import { CurriculaUsageError } from '../../src/core/errors.js';
import type { Locale } from '../../src/core/locale.js';
import { de } from '../../src/messages/de.js';
import { en } from '../../src/messages/en.js';
import { DIAGNOSTIC_CODES, describeCode, type DiagnosticCode } from '../../src/messages/index.js';

const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

// German descriptions that may read exactly as the English ones, because the words are the same in both
// languages. None do today; a code added here must say why.
const SAME_IN_BOTH: readonly DiagnosticCode[] = [];

describe('the one-line descriptions of the codes', () => {
  it('exist for every code, and only for codes, in both catalogs', () => {
    for (const [language, catalog] of Object.entries({ en, de })) {
      const texts: Readonly<Record<string, string>> = catalog['code.description'];
      expect(Object.keys(texts).sort(), `codes described in ${language}`).toEqual([...codes].sort());
      for (const code of codes) expect(texts[code]?.trim(), `${language} ${code}`).toMatch(/\S.{9,}/);
    }
  });

  it('are translated: no German description is the English one', () => {
    const untranslated = codes.filter((code) => de['code.description'][code] === en['code.description'][code]);
    expect(untranslated).toEqual(SAME_IN_BOTH);
  });

  it('are what describeCode gives, English by default and German when asked', () => {
    expect(describeCode('hours/total')).toBe("A program's declared `hours` equal the exact sum of its required modules; optional modules are not counted.");
    expect(describeCode('hours/total', 'de')).toBe('Die angegebenen `hours` eines Programms sind genau die Summe seiner Pflichtmodule; optionale Module zählen nicht mit.');
    expect(describeCode('offering/holiday', 'de')).toContain('Feiertag im Bundesland der Durchführung');
  });

  it('are what the registry gives, in English', () => {
    expect(DIAGNOSTIC_CODES['hours/total'].description).toBe(describeCode('hours/total', 'en'));
    for (const code of codes) expect(DIAGNOSTIC_CODES[code].description, code).toBe(en['code.description'][code]);
    // An entry still shows all three fields, as it did when the text was written inline.
    expect(Object.keys(DIAGNOSTIC_CODES['hours/total'])).toEqual(['stage', 'severity', 'description']);
    expect({ ...DIAGNOSTIC_CODES['syntax'] }).toEqual({ stage: 'load', severity: 'error', description: 'The text is valid JSON or YAML.' });
  });

  it('refuse a code that is not the package\'s, or an unknown language, with a usage error', () => {
    expect(() => describeCode('house/title-case' as DiagnosticCode)).toThrow(new CurriculaUsageError('describeCode: code must be a code of DIAGNOSTIC_CODES, got "house/title-case"'));
    expect(() => describeCode(undefined as unknown as DiagnosticCode)).toThrow(CurriculaUsageError);
    expect(() => describeCode('hours/total', 'fr' as Locale)).toThrow(new CurriculaUsageError(`describeCode: locale must be 'en' or 'de', got "fr"`));
  });
});
