import type { RuleDocs } from '../types.js';

export const offeringRegionDocs: RuleDocs = {
  why: 'Some holidays are local: Augsburg has its Friedensfest on 8 August, predominantly Catholic communities in Bavaria have Assumption Day. The holiday calendar knows them by a region code within the state; a region it does not know would otherwise be ignored silently, and the sessions checked against the state\'s holidays only.',
  details:
    'The codes are those of date-holidays: in BY `A` (Stadt Augsburg), `KATH` and `EVANG`; in SN `BZ` (Landkreis Bautzen); in TH `EIC`, `UH` and `WAK`; other states have none. A region needs a state (the offering\'s `state`, or the `state` option). Writing the place instead of the code (`region: Augsburg`) gets the code as a hint.',
  invalid: `kind: offering
id: netzwerk-augsburg-2027
program: netzwerk
state: BY
region: Augsburg
sessions:
  - { date: 2027-08-09 }
`,
  valid: `kind: offering
id: netzwerk-augsburg-2027
program: netzwerk
state: BY
region: A
sessions:
  - { date: 2027-08-09 }
`,
};
