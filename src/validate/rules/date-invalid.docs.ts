import type { RuleDocs } from '../types.js';

export const dateInvalidDocs: RuleDocs = {
  why: "An impossible date is a typo the calendar cannot place.",
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-02-29
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-03-01
`,
};
