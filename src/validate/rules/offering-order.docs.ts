import type { RuleDocs } from '../types.js';

export const offeringOrderDocs: RuleDocs = {
  why: 'Prerequisites exist because the later module builds on the earlier one; a schedule that swaps them (often after moving one date) teaches in the wrong order.',
  details: "Only scheduled sessions with a date count (not cancelled, not still to be agreed). A session naming a nested module counts for its ancestors. Sessions on the same day are ordered by start time when both have one; one session covering both modules is fine.",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - { id: einstieg, title: Einstieg }
  - { id: planung, title: Planung und Aufbau, requires: [einstieg] }
---
kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - { date: 2027-02-12, modules: [einstieg] }
  - { date: 2027-01-29, modules: [planung] }
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - { id: einstieg, title: Einstieg }
  - { id: planung, title: Planung und Aufbau, requires: [einstieg] }
---
kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - { date: 2027-01-29, modules: [einstieg] }
  - { date: 2027-02-12, modules: [planung] }
`,
};
