import type { RuleDocs } from '../types.js';

export const offeringCoverageDocs: RuleDocs = {
  why: 'An offering that skips a module, or gives it a shorter day than its budget, cannot award the certificate it promises. Teaching time is counted exactly: a session window minus its breaks, shared equally by the modules it names unless `{ module, hours }` says otherwise.',
  details: "What an offering must cover depends on what it delivers. An offering that names a `track` runs that track: the track's modules are required, standalone or not. Without a track, when every module its sessions name (cancelled sessions included: they still show what the offering meant to deliver) is `standalone: true` (bookable on its own) or lies inside such a module, the offering is a booking of those modules: an offering of one of the \"three modules to choose from\" is complete when that module is, and the others are not required. Each top-level standalone module a booking leaves out is noted once, as info (not an error), in case the offering runs the whole course and forgot it; name the program's track, or add its sessions, to say so. A booked module still brings everything required inside it, and the innermost standalone module around each named one counts, so booking a part that is itself standalone does not require its siblings. When some named module lies in no standalone module, the offering runs the program as a whole, standalone modules included. Either way a module with `onRequest: true` (planned with each organisation on request) or delivered as another `program` (which has its own offerings) is required only when a session names it or one of its parts; once named, it is checked like any other.\n\nNested modules: a session naming a module covers it and everything inside it, and its time counts for that module as a whole (it cannot be split among the nested modules). A session naming a nested module covers that one only; its time also counts toward the module's ancestors. A module with its own `hours` whose sessions name only its parts is checked against the time of those sessions when some required part has no hours of its own (the budget of an on-request part left out is taken off); when every part has hours, each part is checked against its own, and parts that add up to less than the parent are reported once, in the program, by hours/nested. A module that no session names (nor any of its ancestors or descendants) is reported once, at the outermost such module.\n\nTeaching time is compared exactly (shares of a session are kept as fractions) and only when every session giving the module time has a known window and parseable hours: a session without `time` never causes a shortfall. Sessions still to be agreed do not count as coverage, since their time is not yet certain: a module whose scheduled sessions fall short while sessions still to be agreed would make up the rest (or have no time yet) is a warning with the figures (\"24 of 30 UE scheduled; 6 UE depend on sessions still to be agreed\"), at the last of those sessions; when even they could not make it up, it is an error. Cancelled sessions do not count either (they only decide whether the offering is a booking). A shortfall is located at the module's last session, where the time is missing. Teaching time is the time that really passes: a session the clocks change during (01:00–04:00 on the last Sunday of March in Berlin) holds an hour less. Nothing is checked when the program lists no modules (only `moduleCount`), when no session names any module, or when every session is cancelled (the offering is not taking place).",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: UE
modules:
  - { id: einstieg, title: Einstieg, hours: 8 }
  - { id: planung, title: Planung und Aufbau, hours: 8 }
---
kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "09:30-15:00"
    breaks: ["12:30-13:30"]
    modules: [einstieg]
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: UE
modules:
  - { id: einstieg, title: Einstieg, hours: 8 }
  - { id: planung, title: Planung und Aufbau, hours: 8 }
---
kind: offering
id: netzwerk-2027
program: netzwerk
sessions:
  - date: 2027-01-29
    time: "09:00-16:00"
    breaks: ["12:30-13:30"]
    modules: [einstieg]
  - date: 2027-01-30
    time: "09:00-16:00"
    breaks: ["12:30-13:30"]
    modules: [planung]
`,
};
