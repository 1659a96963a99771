import type { RuleDocs } from '../types.js';

export const refsUnresolvedDocs: RuleDocs = {
  why: 'A misspelt id in `requires` or in a session\'s `modules` silently drops a prerequisite or leaves a module uncovered. The hint names the closest existing id.',
  details: "References across files (an offering's `program`, admission `completed`, a module's `program`) resolve against every program in the validated set. When the set holds no other program at all, as when one file is validated alone, an unresolved program is reported as `info` instead of an error: it may live in a file that is not part of this run. `completed` ids that name a module, track, target group or activity of the program itself, the program itself or an offering are left to `admission/completed`.",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg in die Netzwerkarbeit
  - id: planung
    title: Planung und Aufbau
    requires: [einstig]
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - id: einstieg
    title: Einstieg in die Netzwerkarbeit
  - id: planung
    title: Planung und Aufbau
    requires: [einstieg]
`,
};
