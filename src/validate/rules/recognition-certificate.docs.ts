import type { RuleDocs } from '../types.js';

export const recognitionCertificateDocs: RuleDocs = {
  why: "A card or licence is valid for a fixed time (Juleica 3 years, DOSB licence C 4 years) and renewed with further training (8 h, 15 LE). A program that promises a longer validity or a shorter renewal promises what the issuer will not grant.",
  details: "Checks the program's `certificate.validYears` and `certificate.renewal` (`hours` in the program's unit, `withinYears`).",
  invalid: `kind: program
id: juleica-grundkurs
title: Juleica-Grundkurs
unit: h
hours: 32
recognitions: [{ profile: juleica }]
admission: { allOf: [{ minAge: 16 }, { certificate: { title: Erste Hilfe } }] }
certificate: { title: Juleica, validYears: 5, renewal: { hours: 8, withinYears: 3 } }
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
