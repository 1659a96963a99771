import type { RuleDocs } from '../types.js';

export const recognitionAdmissionDocs: RuleDocs = {
  why: "The Juleica and the DOSB licence are issued only from the age of 16 and with proof of first aid (for the licence: 9 UE, not older than 2 years). A program that does not say so takes participants who cannot get the card at the end.",
  details: "Looks through the whole admission expression (`allOf`, `anyOf`, `team`) for `{ minAge }` and `{ certificate }`. Certificate titles match without case, spaces or hyphens (\"Erste-Hilfe-Kurs\" matches \"Erste Hilfe\").",
  invalid: `kind: program
id: uebungsleiter-c
title: Übungsleiter C Breitensport
unit: LE
hours: 120
recognitions: [{ profile: dosb/uebungsleiter-c }]
certificate: { title: DOSB-Lizenz Übungsleiter C, validYears: 4, renewal: { hours: 15, withinYears: 4 } }
admission:
  allOf:
    - { minAge: 16 }
    - { certificate: { title: Erste Hilfe, hours: 9, unit: UE, maxAgeYears: 3 } }
`,
  valid: `kind: program
id: uebungsleiter-c
title: Übungsleiter C Breitensport
unit: LE
hours: 120
recognitions: [{ profile: dosb/uebungsleiter-c }]
certificate: { title: DOSB-Lizenz Übungsleiter C, validYears: 4, renewal: { hours: 15, withinYears: 4 } }
admission:
  allOf:
    - { minAge: 16 }
    - { certificate: { title: Erste Hilfe, hours: 9, unit: UE, maxAgeYears: 2 } }
`,
};
