import type { RuleDocs } from '../types.js';

export const dateInvalidDocs: RuleDocs = {
  why: "An impossible date is a typo the calendar cannot place; so is a year far outside any course (0207, 9027): dates run from 1900-01-01 to 2200-12-31, the range the holiday calendar, the time zone rules and every export handle.",
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
