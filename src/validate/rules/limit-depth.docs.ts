import type { RuleDocs } from '../types.js';

export const limitDepthDocs: RuleDocs = {
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
};
