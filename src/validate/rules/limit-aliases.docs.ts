import type { RuleDocs } from '../types.js';

export const limitAliasesDocs: RuleDocs = {
  why: "A few lines of nested aliases (\"billion laughs\") can expand to gigabytes; such files are rejected before they are expanded.",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
goals: &a [x, x, x, x, x, x, x, x, x, x]
context: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
region: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
goals: [Netzwerke aufbauen]
`,
};
