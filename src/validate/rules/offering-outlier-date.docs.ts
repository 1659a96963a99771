import type { RuleDocs } from '../types.js';

export const offeringOutlierDateDocs: RuleDocs = {
  why: 'A wrong year ("2026" for "2027") is the classic copy-and-paste slip in dated schedules; it validates as a date, but the session would be a year off.',
  details: "Gap based, so it never fires on an ordinary course: the dated sessions (not cancelled) are split at their largest gap; the smaller side, if it holds at most a quarter of the sessions, is flagged when that gap is at least 240 days (eight months) and at least three times the span of the other dates (counting a span of at least 14 days). A course spread over three months, a follow-up or a final colloquium half a year after a block, is not flagged; a session a year after the rest (a wrong year) is. Dates outside the offering's own `start` and `end` are always flagged. A period that ends before it starts (swapped dates, a wrong year) is reported once, at `end`, as an error: every date would lie outside it, so the dates are not compared with it. Fewer than three dated sessions are never judged.",
  invalid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - { date: 2027-01-29 }
  - { date: 2027-02-12 }
  - { date: 2027-02-26 }
  - { date: 2026-03-12 }
`,
  valid: `kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - { date: 2027-01-29 }
  - { date: 2027-02-12 }
  - { date: 2027-02-26 }
  - { date: 2027-03-12 }
`,
};
