import type { RuleDocs } from '../types.js';

export const offeringTimeWindowDocs: RuleDocs = {
  why: 'A session whose breaks fill its whole window teaches nothing; a reversed window ("16:30-09:30") is a swapped pair of times.',
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
