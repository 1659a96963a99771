import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const limitDepth = parseDiagnosticRule({
  id: 'limit/depth',
  severity: 'error',
  description: "Nesting is not deeper than the depth limit (`maxDepth`, 256 by default).",
  docs: {
    why: "Protects against stack exhaustion from pathological nesting; real curricula are a few levels deep.",
    parseOptions: { maxDepth: 4 },
    invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: a
    title: A
    modules:
      - id: b
        title: B
`,
    valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: a
    title: A
`,
  },
});
