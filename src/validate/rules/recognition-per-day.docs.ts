import type { RuleDocs } from '../types.js';

export const recognitionPerDayDocs: RuleDocs = {
  why: "The daily programme is what recognition offices look at first: Hessen asks for 6 clock hours a day on average and no day under 4, Niedersachsen 8 UE a day and 4 on arrival and departure days, Rheinland-Pfalz 6 UE on average. A short last day or a long lunch break is the commonest reason for a refusal.",
  details: "Teaching time is the session window minus its breaks, in local wall-clock time. Arrival and departure days are the first and last day of each block. Where a profile asks for an average and a floor, a day under the floor is reported with the average now; a low average alone is reported once. Days whose sessions have no `time` are left out.",
  invalid: `kind: offering
id: recht-2027
program: recht
recognitions: [{ profile: bildungsurlaub/HE }]
sessions:
  - { date: 2027-04-05, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-06, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-07, time: "09:00-13:00", breaks: ["11:00-11:30"] }
  - { date: 2027-04-08, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-09, time: "09:00-16:00", breaks: ["12:00-13:00"] }
`,
  valid: `kind: offering
id: recht-2027
program: recht
recognitions: [{ profile: bildungsurlaub/HE }]
sessions:
  - { date: 2027-04-05, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-06, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-07, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-08, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-09, time: "09:00-16:00", breaks: ["12:00-13:00"] }
`,
};
