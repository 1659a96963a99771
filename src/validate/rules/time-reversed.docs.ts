import type { RuleDocs } from '../types.js';

export const timeReversedDocs: RuleDocs = {
  why: "A reversed window is a swapped pair of times; its teaching time would be negative.",
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "16:30-09:30"
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "09:30-16:30"
`,
};
