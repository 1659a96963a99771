import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaForbiddenKey = parseDiagnosticRule({
  id: 'schema/forbidden-key',
  severity: 'error',
  description: "No key is `__proto__`, `constructor` or `prototype`.",
  docs: {
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
  },
});
