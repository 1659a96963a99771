import type { RuleDocs } from '../types.js';

export const offeringHolidayDocs: RuleDocs = {
  why: 'Holidays differ by federal state (Epiphany in Baden-Württemberg, Reformation Day in Lower Saxony) and are easy to miss when a schedule is copied from another state or year. Without a state (neither in the offering nor given as an option) the nationwide holidays are still checked: Christmas or Easter Monday is a holiday in every state. A warning, since some events do run on holidays.',
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
state: BW
sessions:
  - { date: 2027-01-06 }
  - { date: 2027-01-13 }
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
state: BW
sessions:
  - { date: 2027-01-07 }
  - { date: 2027-01-13 }
`,
};
