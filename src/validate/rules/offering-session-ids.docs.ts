import type { RuleDocs } from '../types.js';

export const offeringSessionIdsDocs: RuleDocs = {
  why: 'A calendar keeps an event by its UID, and a session without an id gets the UID of its place in the list (s01, s02, …). Insert a session before it and the UID moves to another date: the calendar shows the wrong event, or a duplicate. Ids keep each event with its session however the list changes; `curricula fix --add-session-ids` writes the ids the events have now, so nothing already published changes.',
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-28
  - date: 2027-02-11
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - id: s01
    date: 2027-01-28
  - id: s02
    date: 2027-02-11
`,
};
