import type { RuleDocs } from '../types.js';

export const offeringOverbookedDocs: RuleDocs = {
  why: 'Hours promised to modules that the day does not have are counted as covered but never taught.',
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "09:30-16:30"
    breaks: ["12:30-13:30"]
    modules:
      - { module: einstieg, hours: 6 }
      - { module: planung, hours: 3 }
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "09:30-16:30"
    breaks: ["12:30-13:30"]
    modules:
      - { module: einstieg, hours: 4 }
      - { module: planung, hours: 4 }
`,
};
