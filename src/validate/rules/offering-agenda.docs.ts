import type { RuleDocs } from '../types.js';

export const offeringAgendaDocs: RuleDocs = {
  why: "Recognition offices (Niedersachsen, Berlin, Hamburg) ask for each day broken down into timed items, and participants read the agenda to plan their day. An item that starts before the session or sits in the lunch break is a typo that makes the application look careless; an item naming a module or topic the program lacks is one that went stale when the program changed.",
  details: "Items must lie inside the session's `time` and outside its `breaks`, and must not overlap each other. `module` must be a module id of the offering's program; `topic` a topic title of that module (or of any module when the item names none), compared without case.",
  invalid: `kind: program
id: jugendleiter
title: Jugendleiter-Grundkurs
modules:
  - { id: recht, title: Rechtsfragen, hours: 8, topics: [Aufsichtspflicht, Jugendschutz] }
---
kind: offering
id: jugendleiter-2027
program: jugendleiter
sessions:
  - date: 2027-03-06
    time: "09:30-16:30"
    breaks: ["12:30-13:30"]
    modules: [recht]
    agenda:
      - { time: "09:30-11:00", title: Aufsichtspflicht, module: recht, topic: Aufsichtspflicht }
      - { time: "11:00-13:00", title: Jugendschutz, module: recht, topic: Jugendschutz }
`,
  valid: `kind: program
id: jugendleiter
title: Jugendleiter-Grundkurs
modules:
  - { id: recht, title: Rechtsfragen, hours: 8, topics: [Aufsichtspflicht, Jugendschutz] }
---
kind: offering
id: jugendleiter-2027
program: jugendleiter
sessions:
  - date: 2027-03-06
    time: "08:30-16:30"
    breaks: ["12:30-13:30"]
    modules: [recht]
    agenda:
      - { time: "08:30-10:30", title: Aufsichtspflicht, module: recht, topic: Aufsichtspflicht }
      - { time: "10:45-12:30", title: Jugendschutz, module: recht, topic: Jugendschutz }
`,
};
