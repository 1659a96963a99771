/**
 * The English message catalog (Meldungskatalog): for every diagnostic code,
 * and for the text namespaces of labels and explanations, the text of each
 * message id. Placeholders are `{name}` or `{name:format}` (see
 * `formatMessage`); text in braces that is not a name stays as it is.
 * German is in de.ts, with exactly the same namespaces, ids and
 * placeholders (tests/messages/catalogs.test.ts checks it).
 *
 * @example
 * ```ts
 * import { formatMessage } from 'curricula';
 * formatMessage('en', 'hours/total', 'mismatch', { declared: '160 UE', sum: '152 UE' });
 * ```
 */
export const en = {
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
    unchecked: 'The rules did not check this file: it cannot be read as a program or offering',
    fixFirst: 'Fix the problems reported for it (their severity is lowered or off in your settings), then every rule checks it.',
  },
  'ids/duplicate': {},
  'refs/unresolved': {},
  'prerequisites/cycle': {},
  'prerequisites/optional': {},
  'hours/total': {
    mismatch: 'Declared {declared:duration}, but the required modules add up to {sum:duration}',
    mismatchMinutes: 'Declared {declared:duration} ({declaredMinutes:duration}), but the required modules add up to {sum:duration} ({sumMinutes:duration})',
    more: '{difference:duration} more than declared',
    less: '{difference:duration} less than declared',
    moreOptional: '{difference:duration} more than declared; optional modules are not counted',
    lessOptional: '{difference:duration} less than declared; optional modules are not counted',
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
    holiday: '{date:date} is a public holiday in {place:state} ({names:list})',
    holidayRegion: '{date:date} is a public holiday in {place:state}, region {region} ({names:list})',
    holidayNationwide: '{date:date} is a public holiday in all of Germany ({names:list})',
    move: 'Move the session, or cancel it with status: cancelled if it does not take place',
    moveOrState: 'Move the session, or cancel it with status: cancelled if it does not take place; give the offering a state to check its own holidays too',
  },
  'offering/region': {},
  'admission/team-size': {},
  'admission/completed': {},
  'config/invalid-setting': {
    ruleSetting: 'Rule {key:quote} is set to {value}; use "error", "warn", "info" or "off"',
    state: 'state is {value}, not a federal state code ({codes:list}); holidays cannot be checked',
    didYouMean: 'did you mean {suggestion:quote}?',
    creditHours: 'creditHours is {value}; give { min, max } clock hours per credit with 0 < min ≤ max (the default 25 to 30 is used)',
    locale: 'locale is {value}; messages are available in "en" and "de" (English is used)',
  },
  'config/unknown-rule': {
    unknown: 'Unknown rule {key:quote} in the rules option',
    didYouMean: 'did you mean {suggestion:quote}?',
  },
  'internal/rule-error': {
    failed: 'Rule {rule} failed: {error}',
    report: 'This is a bug in the rule, not in your document; please report it.',
  },
  'plan/infeasible': {},
  'plan/no-modules': {},
  'plan/invalid-constraint': {},
  'plan/cycle': {},
  'plan/fixed-conflict': {},
  'plan/module-skipped': {},
  'plan/fixed-ignored': {},
} as const;
