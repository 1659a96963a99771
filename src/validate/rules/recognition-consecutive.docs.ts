import type { RuleDocs } from '../types.js';

export const recognitionConsecutiveDocs: RuleDocs = {
  why: "Niedersachsen recognises courses of days in a row only; Nordrhein-Westfalen also one day a week over consecutive weeks. A course that pauses for a weekend is two courses to the recognition office.",
  details: "Days in a row are calendar days without a gap: Thursday, Friday, Monday is two blocks.",
  invalid: `kind: offering
id: kommunikation-2027
program: kommunikation
recognitions: [{ profile: bildungsurlaub/NI }]
sessions:
  - { date: 2027-04-08, time: "09:00-16:15", breaks: ["12:00-12:45"] }
  - { date: 2027-04-09, time: "09:00-16:15", breaks: ["12:00-12:45"] }
  - { date: 2027-04-12, time: "09:00-16:15", breaks: ["12:00-12:45"] }
`,
  valid: `kind: offering
id: kommunikation-2027
program: kommunikation
recognitions: [{ profile: bildungsurlaub/NI }]
sessions:
  - { date: 2027-04-07, time: "09:00-12:00" }
  - { date: 2027-04-08, time: "09:00-16:15", breaks: ["12:00-12:45"] }
  - { date: 2027-04-09, time: "09:00-12:00" }
`,
};
