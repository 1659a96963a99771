import type { RuleDocs } from '../types.js';

export const creditsWorkloadDocs: RuleDocs = {
  why: 'ECTS ties one credit to 25 to 30 hours of workload; a figure far outside usually means a wrong credit count or hours in the wrong unit. It is a warning because hours may be contact time only: set `creditHours` to your institution\'s ratio.',
  invalid: `kind: program
id: organisationsberatung
title: Organisationsberatung für Vereine
unit: h
hours: 60
credits: 5
`,
  valid: `kind: program
id: organisationsberatung
title: Organisationsberatung für Vereine
unit: h
hours: 150
credits: 5
`,
};
