import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/messages/codes.js';
import { de, dePages } from '../../src/messages/de.js';
import { en as enMain, enPages } from '../../src/messages/en.js';
import { cliDe } from '../../src/cli/catalog/de.js';
import { cliEn } from '../../src/cli/catalog/en.js';

type Catalog = Readonly<Record<string, Readonly<Record<string, string>>>>;
// The pages' and the command's texts live in their own catalogs (so the main entry does not bundle them); the same rules hold.
const en: Catalog = { ...enMain, ...enPages, ...cliEn };
const catalogs: Readonly<Record<string, Catalog>> = { en, de: { ...de, ...dePages, ...cliDe } };

/** `name:format` of every placeholder in a text, as the renderer reads them. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)(?::([A-Za-z]+))?\}/g)].map((m) => `${m[1]}:${m[2] ?? ''}`).sort();
}

describe('message catalogs', () => {
  it('have a namespace for every diagnostic code', () => {
    for (const [language, catalog] of Object.entries(catalogs)) {
      const missing = Object.keys(DIAGNOSTIC_CODES).filter((code) => catalog[code] === undefined);
      expect(missing, `codes without a namespace in ${language}`).toEqual([]);
    }
  });

  it('have at least one message for every code', () => {
    // The planner's codes (plan/…) get their messages when plan() reports by id (the planner's own
    // conversion); until then plan() writes its text itself, and they are the only exception.
    const pending = (code: string) => code.startsWith('plan/');
    for (const [language, catalog] of Object.entries(catalogs)) {
      const empty = Object.keys(DIAGNOSTIC_CODES).filter((code) => !pending(code) && Object.keys(catalog[code] ?? {}).length === 0);
      expect(empty, `codes without a message in ${language}`).toEqual([]);
    }
  });

  it('have the same namespaces and message ids in every language', () => {
    const ids = (catalog: Catalog) => Object.entries(catalog).flatMap(([ns, messages]) => Object.keys(messages).map((id) => `${ns}#${id}`)).sort();
    for (const [language, catalog] of Object.entries(catalogs)) {
      expect(ids(catalog), `ids of ${language}`).toEqual(ids(catalogs.en!));
    }
  });

  it('name the same placeholders, with the same formats, in every language', () => {
    // The data of a finding is typed by the English text's placeholders; a translation that named
    // another one would render it unfilled.
    for (const [ns, messages] of Object.entries(en)) {
      for (const [id, text] of Object.entries(messages)) {
        for (const [language, catalog] of Object.entries(catalogs)) {
          const translated = catalog[ns]?.[id];
          expect(translated, `${language} ${ns}#${id}`).toBeTypeOf('string');
          expect(placeholders(translated!), `placeholders of ${language} ${ns}#${id}`).toEqual(placeholders(text));
        }
      }
    }
  });

  it('use only formats the renderer knows', () => {
    const known = new Set(['', 'date', 'day', 'time', 'state', 'window', 'duration', 'quote', 'code', 'text', 'number', 'bytes', 'list', 'andList', 'orList', 'codeList', 'codeOrList', 'message', 'messages', 'name']);
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [ns, messages] of Object.entries(catalog)) {
        for (const [id, text] of Object.entries(messages)) {
          for (const p of placeholders(text)) expect(known.has(p.split(':')[1]!), `${language} ${ns}#${id}: ${p}`).toBe(true);
        }
      }
    }
  });

  it('write no English inside German messages', () => {
    // A cheap tell of an untranslated text: English function words that German does not use.
    const english = /\b(?:the|is|are|and|with|should|must|cannot|does)\b/;
    for (const [ns, messages] of Object.entries(catalogs.de!)) {
      for (const [id, text] of Object.entries(messages)) {
        const prose = text.replace(/\{[^}]*\}/g, '').replace(/`[^`]*`|"[^"]*"|„[^“]*“|'[^']*'/g, '');
        expect(english.test(prose), `de ${ns}#${id}: ${text}`).toBe(false);
      }
    }
  });
});
