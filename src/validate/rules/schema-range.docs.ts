import type { RuleDocs } from '../types.js';

export const schemaRangeDocs: RuleDocs = {
  why: "Out-of-range numbers are typos (\"20222\") or placeholders that were never filled in.",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
year: 20222
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
year: 2022
`,
};
