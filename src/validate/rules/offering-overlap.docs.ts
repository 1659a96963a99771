import type { RuleDocs } from '../types.js';

export const offeringOverlapDocs: RuleDocs = {
  why: 'Participants cannot be in two sessions at once; an overlap is nearly always a copied session whose date or time was not changed.',
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - { date: 2027-01-29, time: "09:30-12:30", modules: [einstieg] }
  - { date: 2027-01-29, time: "12:00-16:30", modules: [planung] }
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - { date: 2027-01-29, time: "09:30-12:30", modules: [einstieg] }
  - { date: 2027-01-29, time: "13:30-16:30", modules: [planung] }
`,
};
