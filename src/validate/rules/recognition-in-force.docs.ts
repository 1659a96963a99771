import type { RuleDocs } from '../types.js';

export const recognitionInForceDocs: RuleDocs = {
  why: "Recognition rules change (the Juleica in Niedersachsen needs 40 hours from 2026 instead of 50). An offering is checked against the version in force on its first day; this says which one when it matters: when the profile changed and a later version was used (information), when the offering runs across a change, or when no version is in force on its dates (a warning: the nearest version was used).",
  details: "The date is the offering's `start`, else its first course day. Programs have no dates; they are checked against the latest version.",
  invalid: `kind: offering
id: juleica-2027
program: juleica-grundkurs
recognitions: [{ profile: juleica/NI }]
sessions:
  - { date: 2027-03-06, time: "09:00-17:00", breaks: ["12:30-13:30"] }
`,
  valid: `kind: offering
id: bildungszeit-2027
program: vereinsrecht
recognitions: [{ profile: bildungsurlaub/BW }]
sessions:
  - { date: 2027-03-06, time: "09:00-16:00", breaks: ["12:30-13:30"] }
`,
};
