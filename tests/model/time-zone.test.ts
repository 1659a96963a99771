import { describe, expect, it } from 'vitest';
import { toIcs } from '../../src/export/index.js';
import { parseOffering } from '../../src/model/parse.js';
import { canonicalTimeZone } from '../../src/model/time-zone.js';

describe('time zone spelling', () => {
  it('gives the IANA spelling of a zone written in another letter case, and nothing for unknown zones', () => {
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(canonicalTimeZone('australia/lord_howe')).toBe('Australia/Lord_Howe');
    expect(canonicalTimeZone('utc')).toBe('UTC');
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Europe/Bonn')).toBeUndefined();
  });

  it('never replaces a name by another: aliases stay as written', () => {
    expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalTimeZone('Asia/Calcutta')).toBe('Asia/Calcutta');
    expect(canonicalTimeZone('US/Eastern')).toBe('US/Eastern');
  });

  it('rejects europe/berlin in a document, naming the right spelling in both languages', () => {
    const text = 'kind: offering\nid: o\nprogram: p\ntimeZone: europe/berlin\n';
    const en = parseOffering(text, { filename: 'o.yaml' });
    expect(en.ok).toBe(false);
    expect(en.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['time-zone/unknown', 4, 11, 'Time zone "europe/berlin" is written "Europe/Berlin": calendar clients match the name as written'],
    ]);
    expect(parseOffering(text, { filename: 'o.yaml', locale: 'de' }).diagnostics[0]!.message).toBe(
      'Die Zeitzone „europe/berlin“ wird „Europe/Berlin“ geschrieben: Kalenderprogramme erkennen den Namen nur so',
    );
    expect(parseOffering(text.replace('europe/berlin', 'Europe/Berlin')).ok).toBe(true);
  });

  it('writes the IANA spelling into a calendar even for an offering built in code', () => {
    const ics = toIcs({ kind: 'offering', id: 'o', program: 'p', timeZone: 'europe/berlin', unit: 'UE', sessions: [{ date: '2027-03-01', time: '09:00-12:00', status: 'scheduled' }] }, { kind: 'program', id: 'p', title: 'P', language: 'de', unit: 'UE', modules: [] });
    expect(ics).toContain('TZID:Europe/Berlin\r\n');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20270301T090000');
    expect(ics).not.toMatch(/europe\/berlin/);
  });
});
