import type { RuleDocs } from '../types.js';

export const hoursTrackDocs: RuleDocs = {
  why: 'A track (one variant of a program for one target group) is advertised with its own total; it drifts from its modules just like a program total.',
  invalid: `kind: program
id: netzwerk
title: Netzwerkmanagement und Netzwerkkoordination
unit: h
modules:
  - { id: grundlagen, title: Grundlagen, hours: 8 }
  - { id: fuehrung, title: Netzwerke führen, hours: 8 }
  - { id: koordination, title: Netzwerke koordinieren, hours: 16 }
tracks:
  - { id: management, title: Netzwerkmanagement, modules: [grundlagen, fuehrung], hours: 24 }
  - { id: koordination, title: Netzwerkkoordination, modules: [grundlagen, koordination], hours: 24 }
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkmanagement und Netzwerkkoordination
unit: h
modules:
  - { id: grundlagen, title: Grundlagen, hours: 8 }
  - { id: fuehrung, title: Netzwerke führen, hours: 8 }
  - { id: koordination, title: Netzwerke koordinieren, hours: 16 }
tracks:
  - { id: management, title: Netzwerkmanagement, modules: [grundlagen, fuehrung], hours: 16 }
  - { id: koordination, title: Netzwerkkoordination, modules: [grundlagen, koordination], hours: 24 }
`,
};
