import type { RuleDocs } from '../types.js';

export const prerequisitesCycleDocs: RuleDocs = {
  why: 'A cycle makes every module on it impossible to start, and no schedule can order them. Long chains hide the loop, so the whole path is shown.',
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg
    requires: [organisation]
  - id: planung
    title: Planung und Aufbau
    requires: [einstieg]
  - id: organisation
    title: Organisationsfragen
    requires: [planung]
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg
  - id: planung
    title: Planung und Aufbau
    requires: [einstieg]
  - id: organisation
    title: Organisationsfragen
    requires: [planung]
`,
};
