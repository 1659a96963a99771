import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.js';
import { yamlMessage } from '../../src/load/yaml-messages.js';
import { formatMessage, renderDiagnostic } from '../../src/messages/index.js';
import { parseDocument } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';

describe('loader messages', () => {
  it('are German in a German run, JSON syntax, YAML syntax and limits alike', () => {
    const json = load('{"a": [1, 2', { filename: 'a.json', locale: 'de' }).diagnostics[0]!;
    expect(json).toMatchObject({ code: 'syntax', messageId: 'jsonEndStillOpen', message: 'Unerwartetes Ende der Eingabe: 1 Array und 1 Objekt noch offen' });
    expect(json.hint).toBe("Das '[' in Zeile 1, Spalte 7 wird nie geschlossen");
    expect(load('{"a": 1,}', { filename: 'a.json', locale: 'de' }).diagnostics[0]?.message).toBe("Überzähliges Komma vor '}'");
    expect(load('a: "x\n', { filename: 'a.yaml', locale: 'de' }).diagnostics[0]?.message).toBe('Schließendes Anführungszeichen (") fehlt');
    expect(load('a: 1\na: 2\n', { filename: 'a.yaml', locale: 'de' }).diagnostics[0]).toMatchObject({
      message: "Doppelter Schlüssel 'a'",
      hint: "Der erste Schlüssel 'a' steht in Zeile 1, Spalte 1; Schlüssel einer Zuordnung müssen eindeutig sein",
    });
    expect(load('# nur Kommentare\n', { filename: 'a.yaml', locale: 'de' }).diagnostics[0]?.message).toBe('Die Datei enthält kein Dokument, nur Kommentare');
    expect(load('x'.repeat(2000), { filename: 'a.yaml', maxBytes: 1536, locale: 'de' }).diagnostics[0]?.message).toBe('Die Datei ist größer als 1,5 KiB (2,0 KiB oder mehr)');
  });

  it('carry their message id and data, so a finding renders in either language', () => {
    const [d] = load('{"a": True}', { filename: 'a.json' }).diagnostics;
    expect(d).toMatchObject({ messageId: 'jsonUnexpectedWord', data: { word: 'True' }, hintId: 'jsonLowerCaseLiterals', message: "Unexpected 'True': expected a value" });
    expect(renderDiagnostic(d!, 'de').message).toBe("Unerwartetes 'True': Ein Wert wird erwartet");
  });

  it('keep the yaml library’s English wording, mapped to catalog ids', () => {
    for (const message of [
      'Missing , between flow map items',
      'Implicit keys need to be on a single line',
      'Unexpected scalar token in YAML document: "x"',
      'All mapping items must start at the same column',
      'Plain value cannot start with reserved character @',
      'Tabs are not allowed as indentation',
    ]) {
      const mapped = yamlMessage(message);
      expect(mapped.messageId, message).not.toBe('yamlOther');
      expect(formatMessage('en', 'syntax', mapped.messageId, mapped.data)).toBe(message);
      expect(formatMessage('de', 'syntax', mapped.messageId, mapped.data)).not.toBe(message);
    }
    // A message of a newer yaml keeps its text rather than vanishing.
    expect(yamlMessage('something new')).toEqual({ messageId: 'yamlOther', data: { detail: 'Something new' } });
  });
});

describe('validate() with a locale', () => {
  it('renders the load and schema findings of the parse results in it', () => {
    const english = parseDocument('kind: program\nid: p\ntitel: P\n', { filename: 'p.yaml' });
    expect(english.diagnostics[0]?.message).toBe("Unknown key 'titel'");
    const german = validate(english, { locale: 'de' }).find((d) => d.code === 'schema/unknown-key');
    expect(german).toMatchObject({ message: "Unbekannter Schlüssel 'titel'", hint: "Meinten Sie 'title'?", messageId: 'unknown' });
    // Without a locale asked for, findings keep the language they were parsed with.
    const parsedGerman = parseDocument('kind: program\nid: p\ntitel: P\n', { filename: 'p.yaml', locale: 'de' });
    expect(validate(parsedGerman).find((d) => d.code === 'schema/unknown-key')?.message).toBe("Unbekannter Schlüssel 'titel'");
  });
});
