import type { RuleDocs } from '../types.js';

export const recognitionInPersonDocs: RuleDocs = {
  why: "Online parts are allowed, but not without limit: the Juleica needs at least 15 of its 30 hours in person, Baden-Württemberg more than half of the teaching time. A course that moved one day online too many loses its recognition.",
  details: "Sessions without `mode`, or with `in-person` or `hybrid`, count as in person; agenda items marked `online` or `phone` inside them do not.",
  invalid: `kind: offering
id: juleica-2027
program: juleica-grundkurs
recognitions: [{ profile: juleica }]
sessions:
  - { date: 2027-03-06, time: "09:00-17:00", breaks: ["12:30-13:30"] }
  - { date: 2027-03-07, time: "09:00-17:00", breaks: ["12:30-13:30"], mode: online }
  - { date: 2027-03-13, time: "09:00-17:00", breaks: ["12:30-13:30"], mode: hybrid }
  - { date: 2027-03-14, time: "09:00-17:00", breaks: ["12:30-13:30"], mode: online }
  - { date: 2027-03-20, time: "09:00-13:00", mode: online }
`,
  valid: `kind: offering
id: juleica-2027
program: juleica-grundkurs
recognitions: [{ profile: juleica }]
sessions:
  - { date: 2027-03-06, time: "09:00-17:00", breaks: ["12:30-13:30"] }
  - { date: 2027-03-07, time: "09:00-17:00", breaks: ["12:30-13:30"] }
  - { date: 2027-03-13, time: "09:00-17:00", breaks: ["12:30-13:30"], mode: hybrid }
  - { date: 2027-03-14, time: "09:00-17:00", breaks: ["12:30-13:30"], mode: online }
  - { date: 2027-03-20, time: "09:00-13:00", mode: online }
`,
};
