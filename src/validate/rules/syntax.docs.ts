import type { RuleDocs } from '../types.js';

export const syntaxDocs: RuleDocs = {
  why: "Nothing else can be checked in a file that does not parse; the position points at the first broken character.",
  invalid: `kind: program
id: netzwerk
title: "Netzwerkarbeit
modules: []
`,
  valid: `kind: program
id: netzwerk
title: "Netzwerkarbeit"
modules: []
`,
};
