import type { RuleDocs } from '../types.js';

export const timeZoneUnknownDocs: RuleDocs = {
  why: "Sessions are local times; an unknown zone would shift every exported calendar entry.",
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
timeZone: Europe/Bonn
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
timeZone: Europe/Berlin
`,
};
