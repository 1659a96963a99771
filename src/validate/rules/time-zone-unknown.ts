import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const timeZoneUnknown = parseDiagnosticRule({
  id: 'time-zone/unknown',
  severity: 'error',
  description: "`timeZone` is an IANA time zone the runtime knows (\"Europe/Berlin\").",
});
