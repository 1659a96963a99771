import type { RuleDocs } from '../types.js';

export const offeringSessionCapDocs: RuleDocs = {
  why: 'Some formats are short by design ("half a day, at most 3 hours" of consulting); a full-day session breaks that promise to the participants and to funders.',
  invalid: `kind: program
id: engagement
title: Kommunale Engagementförderung
unit: h
modules:
  - { id: beratung, title: Beratung für Kommunen, maxPerSession: "3 h" }
---
kind: offering
id: beratung-kiel
program: engagement
sessions:
  - { date: 2022-03-02, time: "09:00-13:00", modules: [beratung] }
`,
  valid: `kind: program
id: engagement
title: Kommunale Engagementförderung
unit: h
modules:
  - { id: beratung, title: Beratung für Kommunen, maxPerSession: "3 h" }
---
kind: offering
id: beratung-kiel
program: engagement
sessions:
  - { date: 2022-03-02, time: "09:00-12:00", modules: [beratung] }
`,
};
