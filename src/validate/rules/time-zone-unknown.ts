import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const timeZoneUnknown = parseDiagnosticRule({
  id: 'time-zone/unknown',
  severity: 'error',
  description: "`timeZone` is an IANA time zone the runtime knows (\"Europe/Berlin\").",
  docs: {
    why: "Sessions are local times; an unknown zone would shift every exported calendar entry.",
    invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
timeZone: Europe/Bonn
`,
    valid: `kind: offering
id: netzwerk-2027
program: netzwerk
timeZone: Europe/Berlin
`,
  },
});
