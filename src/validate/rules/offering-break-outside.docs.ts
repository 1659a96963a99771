import type { RuleDocs } from '../types.js';

export const offeringBreakOutsideDocs: RuleDocs = {
  why: 'A break outside the window is a typo in one of the two times (often "12:30" for "13:30"), and the teaching time computed from them is wrong.',
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "09:30-12:00"
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
