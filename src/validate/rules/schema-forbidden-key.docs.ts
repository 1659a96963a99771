import type { RuleDocs } from '../types.js';

export const schemaForbiddenKeyDocs: RuleDocs = {
  why: "Such keys can change the behaviour of JavaScript objects (prototype pollution) in every tool that reads the file; they are removed and reported.",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
__proto__:
  admin: true
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
`,
};
