import type { RuleDocs } from '../types.js';

export const offeringSessionCountDocs: RuleDocs = {
  why: 'Designs fix the shape of a module ("one kick-off day plus one to two follow-ups"); an offering with a third follow-up, or none, is not the program that was approved.',
  details: "A session counts for the module it names and for the module's ancestors, so `sessions` on a parent bounds the sessions of all its parts. Sessions still to be agreed count; cancelled ones do not. A module that no session names is left to `offering/coverage`.",
  invalid: `kind: program
id: engagement
title: Kommunale Engagementförderung
modules:
  - id: workshops
    title: Workshops vor Ort
    sessions: { min: 2, max: 3 }
---
kind: offering
id: engagement-kiel-2022
program: engagement
sessions:
  - { date: 2022-05-10, modules: [workshops] }
`,
  valid: `kind: program
id: engagement
title: Kommunale Engagementförderung
modules:
  - id: workshops
    title: Workshops vor Ort
    sessions: { min: 2, max: 3 }
---
kind: offering
id: engagement-kiel-2022
program: engagement
sessions:
  - { date: 2022-05-10, modules: [workshops] }
  - { status: to-be-agreed, modules: [workshops] }
`,
};
