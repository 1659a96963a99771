import type { RuleDocs } from '../types.js';

export const documentUncheckedDocs: RuleDocs = {
  why: "Lowering `schema` to `warn` should not let a broken program through CI unseen: when a file cannot be read as a program or offering at all (a required key is missing, a list entry has the wrong type), none of the other rules can look at it.",
  details: `Unknown keys and wrong optional values do not stop the rules: they check the rest of the document. This rule
only speaks when what is left is not a program or offering, and only when none of the problems that caused it is
still an error under your settings (with the default settings those errors already fail the run). Set it to
\`warn\` to accept unchecked files knowingly.`,
  rules: { schema: 'warn' },
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - Einstieg
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - { id: einstieg, title: Einstieg }
`,
};
