import type { RuleDocs } from '../types.js';

export const recognitionSeminarDaysDocs: RuleDocs = {
  why: "The federal volunteer service requires 25 seminar days for twelve months of service (one more for each further month, two fewer for each month less), among them a five-day seminar on political education. A cohort's seminar plan short of that breaks the service agreement.",
  details: "One offering is one cohort's seminar programme; its months of service run from `start` to `end` (12 when neither is given, and the message says so). The political seminar is checked as that many days in a row.",
  invalid: `kind: offering
id: bfd-2027
program: bfd-seminare
start: 2027-09-01
end: 2028-02-29
recognitions: [{ profile: bfd/seminartage }]
sessions:
  - { date: 2027-09-06 }
  - { date: 2027-09-07 }
  - { date: 2027-09-08 }
  - { date: 2027-11-08 }
  - { date: 2027-11-09 }
  - { date: 2027-11-10 }
  - { date: 2028-01-10 }
  - { date: 2028-01-11 }
  - { date: 2028-01-12 }
`,
  valid: `kind: offering
id: bfd-2027
program: bfd-seminare
start: 2027-09-01
end: 2028-02-29
recognitions: [{ profile: bfd/seminartage }]
sessions:
  - { date: 2027-09-06 }
  - { date: 2027-09-07 }
  - { date: 2027-09-08 }
  - { date: 2027-11-08 }
  - { date: 2027-11-09 }
  - { date: 2027-11-10 }
  - { date: 2027-11-11 }
  - { date: 2027-11-12 }
  - { date: 2028-01-10 }
  - { date: 2028-01-11 }
  - { date: 2028-01-12 }
  - { date: 2028-01-13 }
  - { date: 2028-01-14 }
`,
};
