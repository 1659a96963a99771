import type { RuleDocs } from '../types.js';

export const hoursTopicsDocs: RuleDocs = {
  why: 'Topic hours are the finest budget in a curriculum; they are edited most and checked least.',
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: kommunikation
    title: Kommunikation als Basisqualifizierung
    hours: 16
    topics:
      - { title: Grundlagen der menschlichen Kommunikation, hours: 4 }
      - { title: Verhandlungs- und Gesprächsführung, hours: 6 }
      - { title: Moderation und Präsentation, hours: 4 }
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: kommunikation
    title: Kommunikation als Basisqualifizierung
    hours: 16
    topics:
      - { title: Grundlagen der menschlichen Kommunikation, hours: 4 }
      - { title: Verhandlungs- und Gesprächsführung, hours: 6 }
      - { title: Moderation und Präsentation, hours: 6 }
`,
};
