import type { Translation } from './types.js';

/**
 * The German message catalog: the same namespaces, message ids and
 * placeholders as the English one (en.ts), in German. Dates in German
 * messages are shown as `16.05.2015`, states by their names.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'curricula';
 * formatMessage('de', 'hours/total', 'mismatch', { declared: '160 UE', sum: '152 UE' });
 * ```
 */
export const de: Translation = {
  'syntax': {},
  'encoding': {},
  'empty': {},
  'limit/size': {},
  'limit/depth': {},
  'limit/aliases': {},
  'schema/forbidden-key': {},
  'schema/unknown-key': {},
  'schema/missing': {},
  'schema/type': {},
  'schema/value': {},
  'schema/range': {},
  'schema/format': {},
  'duration/invalid': {},
  'date/invalid': {},
  'time/reversed': {},
  'time-zone/unknown': {},
  'document/unchecked': {
    unchecked: 'Die Regeln haben diese Datei nicht geprüft: Sie lässt sich nicht als Programm oder Durchführung lesen',
    fixFirst: 'Beheben Sie die gemeldeten Probleme (ihr Schweregrad ist in Ihren Einstellungen herabgesetzt oder aus), dann prüfen alle Regeln die Datei.',
  },
  'ids/duplicate': {},
  'refs/unresolved': {},
  'prerequisites/cycle': {},
  'prerequisites/optional': {},
  'hours/total': {
    mismatch: 'Angegeben sind {declared:duration}, die Pflichtmodule ergeben zusammen {sum:duration}',
    mismatchMinutes: 'Angegeben sind {declared:duration} ({declaredMinutes:duration}), die Pflichtmodule ergeben zusammen {sum:duration} ({sumMinutes:duration})',
    more: '{difference:duration} mehr als angegeben',
    less: '{difference:duration} weniger als angegeben',
    moreOptional: '{difference:duration} mehr als angegeben; optionale Module zählen nicht mit',
    lessOptional: '{difference:duration} weniger als angegeben; optionale Module zählen nicht mit',
  },
  'hours/track': {},
  'hours/nested': {},
  'hours/topics': {},
  'credits/workload': {},
  'offering/coverage': {},
  'offering/session-count': {},
  'offering/overbooked': {},
  'offering/session-cap': {},
  'offering/order': {},
  'offering/overlap': {},
  'offering/break-outside': {},
  'offering/time-window': {},
  'offering/to-be-agreed': {},
  'offering/outlier-date': {},
  'offering/holiday': {
    holiday: '{date:date} ist in {place:state} ein Feiertag ({names:list})',
    holidayRegion: '{date:date} ist in {place:state}, Region {region}, ein Feiertag ({names:list})',
    holidayNationwide: '{date:date} ist in ganz Deutschland ein Feiertag ({names:list})',
    move: 'Verlegen Sie den Termin, oder setzen Sie status: cancelled, wenn er ausfällt',
    moveOrState: 'Verlegen Sie den Termin, oder setzen Sie status: cancelled, wenn er ausfällt; geben Sie dem Angebot ein Bundesland (state), um auch dessen Feiertage zu prüfen',
  },
  'offering/region': {},
  'admission/team-size': {},
  'admission/completed': {},
  'config/invalid-setting': {
    ruleSetting: 'Regel {key:quote} steht auf {value}; erlaubt sind "error", "warn", "info" oder "off"',
    state: 'state ist {value}, kein Kürzel eines Bundeslands ({codes:list}); Feiertage können nicht geprüft werden',
    didYouMean: 'meinten Sie {suggestion:quote}?',
    creditHours: 'creditHours ist {value}; erwartet wird { min, max } in Zeitstunden je Leistungspunkt mit 0 < min ≤ max (es gilt der Standard 25 bis 30)',
    locale: 'locale ist {value}; Meldungen gibt es auf "en" und "de" (es gilt Englisch)',
  },
  'config/unknown-rule': {
    unknown: 'Unbekannte Regel {key:quote} in der Option rules',
    didYouMean: 'meinten Sie {suggestion:quote}?',
  },
  'internal/rule-error': {
    failed: 'Die Regel {rule} ist fehlgeschlagen: {error}',
    report: 'Das ist ein Fehler in der Regel, nicht in Ihrem Dokument; bitte melden Sie ihn.',
  },
  'plan/infeasible': {},
  'plan/no-modules': {},
  'plan/invalid-constraint': {},
  'plan/cycle': {},
  'plan/fixed-conflict': {},
  'plan/module-skipped': {},
  'plan/fixed-ignored': {},
};
