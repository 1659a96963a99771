import type { RuleDocs } from '../types.js';

export const schemaFormatDocs: RuleDocs = {
  why: "Ids end up in file names, URLs and calendar UIDs; dates and times must be read unambiguously.",
  invalid: `kind: program
id: Netzwerk Arbeit
title: Netzwerkarbeit
`,
  valid: `kind: program
id: netzwerk-arbeit
title: Netzwerkarbeit
`,
};
