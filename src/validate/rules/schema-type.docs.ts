import type { RuleDocs } from '../types.js';

export const schemaTypeDocs: RuleDocs = {
  why: "A list where one value is expected, or a mapping where a list is, usually means wrong indentation.",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  id: einstieg
  title: Einstieg
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg
`,
};
