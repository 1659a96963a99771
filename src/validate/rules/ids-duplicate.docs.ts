import type { RuleDocs } from '../types.js';

export const idsDuplicateDocs: RuleDocs = {
  why: 'References (`requires`, session `modules`, an offering\'s `program`) pick one of the two at random; a copied module that kept its id makes the hour check and the schedule silently wrong. Both places are named.',
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg in die Netzwerkarbeit
    modules:
      - id: grundlagen
        title: Grundlagen
  - id: grundlagen
    title: Planung und Aufbau
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg in die Netzwerkarbeit
    modules:
      - id: grundlagen
        title: Grundlagen
  - id: planung
    title: Planung und Aufbau
`,
};
