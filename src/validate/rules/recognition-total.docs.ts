import type { RuleDocs } from '../types.js';

export const recognitionTotalDocs: RuleDocs = {
  why: "Some recognitions count hours in all: the Juleica needs at least 30 clock hours of training, the DOSB licence C 120 LE, a block course in Rheinland-Pfalz 18 UE. A program one module short of that does not lead to the card or licence.",
  details: "For an offering, the teaching time of its course days (windows minus breaks); for a program, its declared `hours`, else the sum of its required modules. Both in the profile's unit.",
  invalid: `kind: program
id: juleica-grundkurs
title: Juleica-Grundkurs
unit: h
hours: 24
recognitions: [{ profile: juleica }]
admission: { allOf: [{ minAge: 16 }, { certificate: { title: Erste Hilfe } }] }
certificate: { title: Juleica, validYears: 3, renewal: { hours: 8, withinYears: 3 } }
`,
  valid: `kind: program
id: juleica-grundkurs
title: Juleica-Grundkurs
unit: h
hours: 32
recognitions: [{ profile: juleica }]
admission: { allOf: [{ minAge: 16 }, { certificate: { title: Erste Hilfe } }] }
certificate: { title: Juleica, validYears: 3, renewal: { hours: 8, withinYears: 3 } }
`,
};
