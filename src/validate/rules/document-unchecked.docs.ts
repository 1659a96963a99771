import type { RuleDocs } from '../types.js';

export const documentUncheckedDocs: RuleDocs = {
  why: "Lowering `schema` to `warn` should not let a broken program through CI unseen: when a file cannot be read as a program or offering (a required key is missing, a value has the wrong type), none of the other rules can look at it.",
  details: `Unknown keys do not stop the rules: they check the document without them. A known key whose value the schema
rejects does (\`status: abgesagt\`, \`optional: ja\`): leaving it out would let its default speak for the text, and a
cancelled session would count as held. This rule speaks only when none of the problems that stop a file is still
an error under your settings (with the default settings those errors already fail the run). Set it to \`warn\` to
accept unchecked files knowingly.`,
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
