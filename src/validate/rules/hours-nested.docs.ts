import type { RuleDocs } from '../types.js';

export const hoursNestedDocs: RuleDocs = {
  why: 'Nested modules (a two-day workshop split into its days) carry the real budget; a parent figure that disagrees puts two different totals into certificates and schedules.',
  invalid: `kind: program
id: engagement
title: Kommunale Engagementförderung
unit: h
modules:
  - id: lernwerkstatt
    title: Lernwerkstatt Engagement-Konzepte
    hours: 12
    modules:
      - { id: tag-1, title: Erster Tag, hours: 6 }
      - { id: tag-2, title: Zweiter Tag, hours: "5 h 30 min" }
      - { id: schreibwerkstatt, title: Schreibwerkstatt, hours: 3, optional: true }
`,
  valid: `kind: program
id: engagement
title: Kommunale Engagementförderung
unit: h
modules:
  - id: lernwerkstatt
    title: Lernwerkstatt Engagement-Konzepte
    hours: 12
    modules:
      - { id: tag-1, title: Erster Tag, hours: 6 }
      - { id: tag-2, title: Zweiter Tag, hours: 6 }
      - { id: schreibwerkstatt, title: Schreibwerkstatt, hours: 3, optional: true }
`,
};
