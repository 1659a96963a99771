import type { RuleDocs } from '../types.js';

export const prerequisitesOptionalDocs: RuleDocs = {
  why: 'Participants may skip an optional module; a required module that depends on it makes the optional one mandatory in practice, or blocks them.',
  invalid: `kind: program
id: engagement
title: Kommunale Engagementförderung
modules:
  - id: schreibwerkstatt
    title: Schreibwerkstatt
    optional: true
  - id: lernwerkstatt
    title: Lernwerkstatt Engagement-Konzepte
    requires: [schreibwerkstatt]
`,
  valid: `kind: program
id: engagement
title: Kommunale Engagementförderung
modules:
  - id: lernwerkstatt
    title: Lernwerkstatt Engagement-Konzepte
  - id: schreibwerkstatt
    title: Schreibwerkstatt
    optional: true
    requires: [lernwerkstatt]
`,
};
