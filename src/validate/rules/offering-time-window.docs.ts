import type { RuleDocs } from '../types.js';

export const offeringTimeWindowDocs: RuleDocs = {
  why: 'A session whose breaks fill its whole window teaches nothing; a reversed window ("16:30-09:30") is a swapped pair of times.',
  details: 'Sessions are local wall-clock times. When the clocks change during a session (01:00–04:00 on the last Sunday of March in Europe/Berlin holds 120 minutes, not 180; in October 240), its teaching time is the time that really passes, everywhere curricula counts it (the validator, the exports and the pages, so they agree), and the session is reported as a warning so that a three-hour session never silently holds two. Disable it with a directive when the night session is intended.',
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "12:30-13:30"
    breaks: ["12:30-13:30"]
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "09:30-16:30"
    breaks: ["12:30-13:30"]
`,
};
