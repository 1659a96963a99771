import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { load } from '../../src/load/index.js';
import { checkValue } from '../../src/model/check-value.js';
import { creditHoursSchema } from '../../src/model/credit-hours.js';
import { federalStateSchema } from '../../src/model/federal-state.js';
import { timeWindowSchema } from '../../src/model/time-window.js';
import { timeZoneSchema } from '../../src/model/time-zone.js';

// The one path from a zod schema to located diagnostics, for documents, options, the config file and
// (next) planning constraints: the same codes, messages and places whatever the value is.
const settings = z.strictObject({
  state: federalStateSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  window: timeWindowSchema.optional(),
  creditHours: creditHoursSchema.optional(),
});

describe('checkValue', () => {
  it('gives the value when the schema accepts it', () => {
    expect(checkValue(settings, { state: 'BW', window: '09:30-16:30' }, { file: 'x' })).toEqual({
      value: { state: 'BW', window: '09:30-16:30' },
      problems: [],
      diagnostics: [],
    });
  });

  it('locates each problem at its line and column when the value came from text', () => {
    const text = 'state: by\ntimeZone: Europe/Berln\nwindow: "16:30-09:30"\ncreditHours: { min: 30, max: 25 }\nstat: BW\n';
    const loaded = load(text, { filename: 'settings.yaml' });
    const { value, diagnostics } = checkValue(settings, loaded.value, { file: 'settings.yaml', sourceMap: loaded.sourceMap, text, format: 'yaml' }, 'de');
    expect(value).toBeUndefined();
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.messageId} ${d.message}`)).toEqual([
      "1:8 schema/value oneOf Erwartet wird einer der Werte 'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH', gefunden: 'by'",
      '2:11 time-zone/unknown unknown Unbekannte IANA-Zeitzone',
      "3:9 time/reversed endsBefore Das Zeitfenster '16:30-09:30' endet um 09:30, vor seinem Beginn um 16:30",
      '4:30 schema/value minAboveMax `min` ist größer als `max`',
      "5:1 schema/unknown-key unknown Unbekannter Schlüssel 'stat'",
    ]);
    expect(diagnostics.every((d) => d.file === 'settings.yaml')).toBe(true);
  });

  it('places problems of a value built in code at the start, with their JSON pointer', () => {
    const { diagnostics } = checkValue(settings, { creditHours: { min: 0, max: 25 } }, { file: '<options>' });
    expect(diagnostics).toMatchObject([{ code: 'schema/range', path: '/creditHours/min', line: 1, column: 1, message: 'Must be greater than 0' }]);
  });
});
