import type { RuleDocs } from '../types.js';

export const recognitionParticipantsDocs: RuleDocs = {
  why: "Niedersachsen recognises courses with a fixed group of at most 50 people as a rule; a lecture series for 80 is not a Bildungsurlaub there.",
  details: "The program's `participants.max`; a program without a maximum is not flagged.",
  invalid: `kind: program
id: kommunikation
title: Kommunikation im Ehrenamt
participants: { max: 80 }
recognitions: [{ profile: bildungsurlaub/NI }]
`,
  valid: `kind: program
id: kommunikation
title: Kommunikation im Ehrenamt
participants: { max: 20 }
recognitions: [{ profile: bildungsurlaub/NI }]
`,
};
