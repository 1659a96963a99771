import type { RuleDocs } from '../types.js';

export const admissionCompletedDocs: RuleDocs = {
  why: '"Completed module 1" belongs in `requires`; "completed this program" can never be met; an offering id ties admission to one run instead of the design.',
  invalid: `kind: program
id: netzwerk-aufbau
title: Netzwerkarbeit, Aufbaukurs
admission:
  completed: netzwerk-aufbau
modules:
  - { id: vertiefung, title: Vertiefung }
`,
  valid: `kind: program
id: netzwerk-aufbau
title: Netzwerkarbeit, Aufbaukurs
admission:
  completed: netzwerk-grundkurs
modules:
  - { id: vertiefung, title: Vertiefung }
---
kind: program
id: netzwerk-grundkurs
title: Netzwerkarbeit, Grundkurs
`,
};
