import type { RuleDocs } from '../types.js';

export const schemaValueDocs: RuleDocs = {
  why: "A free-form word where the format expects one of a few choices cannot be interpreted; the message lists the choices.",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: Stunden
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: h
`,
};
