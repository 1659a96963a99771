import type { RuleDocs } from '../types.js';

export const durationInvalidDocs: RuleDocs = {
  why: "Hours are summed exactly; an amount that is not a duration (\"2 Tage\", or \"2 2/7 UE\", which is no whole number of minutes) cannot be counted.",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg
    hours: 2 Tage
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg
    hours: 16 UE
`,
};
