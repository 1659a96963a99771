import type { RuleDocs } from '../types.js';

export const recognitionDaysDocs: RuleDocs = {
  why: "Most educational-leave laws set a minimum length: Hessen and Rheinland-Pfalz never under 3 days, Niedersachsen 3 days or more. A two-day course is refused however good it is.",
  details: "A course day is a date with at least one session that is scheduled (not cancelled, not still to be agreed); two sessions on one date are one day.",
  invalid: `kind: offering
id: recht-2027
program: recht
recognitions: [{ profile: bildungsurlaub/HE }]
sessions:
  - { date: 2027-04-05, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-06, time: "09:00-16:00", breaks: ["12:00-13:00"] }
`,
  valid: `kind: offering
id: recht-2027
program: recht
recognitions: [{ profile: bildungsurlaub/HE }]
sessions:
  - { date: 2027-04-05, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-06, time: "09:00-16:00", breaks: ["12:00-13:00"] }
  - { date: 2027-04-07, time: "09:00-16:00", breaks: ["12:00-13:00"] }
`,
};
