import type { RuleDocs } from '../types.js';

export const recognitionBlocksDocs: RuleDocs = {
  why: "Hessen accepts a course in two blocks of at least two days each, both within eight weeks; a third block, a one-day block or blocks ten weeks apart are refused.",
  details: "A block is a run of consecutive calendar days. The weeks run from the first course day to the last, inclusive.",
  invalid: `kind: offering
id: recht-2027
program: recht
recognitions: [{ profile: bildungsurlaub/HE }]
sessions:
  - { date: 2027-04-05, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-06, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-06-14, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-06-15, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-06-16, time: "09:00-16:00", breaks: ["12:00-13:00"] }
`,
  valid: `kind: offering
id: recht-2027
program: recht
recognitions: [{ profile: bildungsurlaub/HE }]
sessions:
  - { date: 2027-04-05, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-06, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-05-10, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-05-11, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-05-12, time: "09:00-16:00", breaks: ["12:00-13:00"] }
`,
};
