import type { RuleDocs } from '../types.js';

export const schemaMissingDocs: RuleDocs = {
  why: "Without them a document cannot be referenced, listed or scheduled.",
  invalid: `kind: program
id: netzwerk
modules:
  - id: einstieg
    hours: 16
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg in die Netzwerkarbeit
    hours: 16
`,
};
