import type { RuleDocs } from '../types.js';

export const limitAliasesDocs: RuleDocs = {
  why: "A few lines of nested aliases (\"billion laughs\") can expand to gigabytes; such files are rejected before they are expanded.",
  details: 'What counts is how many values the aliases add once expanded (at most 1,000,000), not how often an anchor is used: a `location: *ort` in every one of thousands of sessions is fine. The sizes are added up per anchor, so a bomb is refused without expanding it.',
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
goals: &a [x, x, x, x, x, x, x, x, x, x]
context: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
region: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
url: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
subtitle: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
description: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
goals: [Netzwerke aufbauen]
`,
};
