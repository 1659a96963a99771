import type { RuleDocs } from '../types.js';

export const admissionTeamSizeDocs: RuleDocs = {
  why: 'A team of one is a role requirement written wrongly, usually because the second member (the volunteer of a staff–volunteer tandem) was forgotten.',
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
admission:
  team:
    - role: hauptamtlich
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
admission:
  team:
    - role: hauptamtlich
    - role: ehrenamtlich
`,
};
