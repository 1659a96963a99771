import type { RuleDocs } from '../types.js';

export const limitSizeDocs: RuleDocs = {
  why: "Protects CI and apps from accidental or hostile huge inputs.",
  parseOptions: { maxBytes: 64 },
  invalid: `kind: program
id: netzwerk
title: Ehrenamtliches Engagement im sozialen Netzwerk in der Kommune
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
`,
};
