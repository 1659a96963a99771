import type { RuleDocs } from '../types.js';

export const offeringToBeAgreedDocs: RuleDocs = {
  why: 'Open dates are normal ("dates by arrangement"), but someone has to fix them before the offering runs; the list keeps them visible without failing CI.',
  invalid: `kind: offering
id: netzwerkkoordination-berlin-2019
program: netzwerk
sessions:
  - status: to-be-agreed
    note: Termin nach Absprache
`,
  valid: `kind: offering
id: netzwerkkoordination-berlin-2019
program: netzwerk
sessions:
  - date: 2019-03-14
    note: Termin abgestimmt
`,
};
