import type { RuleDocs } from '../types.js';

export const recognitionBeforeTimeDocs: RuleDocs = {
  why: "Rheinland-Pfalz recognises evening courses only when each day has at least 4 UE before 20:00: a day of teaching from 17:00 to 22:00 is mostly after hours.",
  details: "The time is cut at the profile's clock time and breaks before it are taken off.",
  invalid: `kind: offering
id: abendkurs-2027
program: abendkurs
recognitions: [{ profile: bildungsurlaub/RP }]
sessions:
  - { date: 2027-04-05, time: "09:00-14:30", breaks: ["12:00-12:30"] }
  - { date: 2027-04-06, time: "17:30-22:30", breaks: ["19:30-20:00"] }
  - { date: 2027-04-07, time: "09:00-14:30", breaks: ["12:00-12:30"] }
`,
  valid: `kind: offering
id: abendkurs-2027
program: abendkurs
recognitions: [{ profile: bildungsurlaub/RP }]
sessions:
  - { date: 2027-04-05, time: "09:00-14:30", breaks: ["12:00-12:30"] }
  - { date: 2027-04-06, time: "14:30-20:00", breaks: ["17:30-18:00"] }
  - { date: 2027-04-07, time: "09:00-14:30", breaks: ["12:00-12:30"] }
`,
};
