import type { RuleDocs } from '../types.js';

export const hoursTotalDocs: RuleDocs = {
  why: 'The total is what certificates, funding applications and flyers state. An edited module budget that nobody carried over to the total is the most common mistake in curricula. Both figures appear in the document\'s unit, exactly (no rounding).',
  details: "Top-level required modules count; a module without `hours` counts as the sum of its required nested modules. The check is skipped, rather than guessing, when some required module has no known hours, when the program lists no modules (only `moduleCount`), or when tracks choose different modules (then `hours/track` checks each track).",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: UE
hours: 160
modules:
  - { id: einstieg, title: Einstieg, hours: 16 }
  - { id: planung, title: Planung und Aufbau, hours: 24 }
  - { id: schreibwerkstatt, title: Schreibwerkstatt, hours: 8, optional: true }
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: UE
hours: 40
modules:
  - { id: einstieg, title: Einstieg, hours: 16 }
  - { id: planung, title: Planung und Aufbau, hours: 24 }
  - { id: schreibwerkstatt, title: Schreibwerkstatt, hours: 8, optional: true }
`,
};
