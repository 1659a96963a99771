import type { RuleDocs } from '../types.js';

export const documentWithoutKindDocs: RuleDocs = {
  why: '`curricula validate` without a path checks every YAML and JSON file whose top level says `kind: program` or `kind: offering`, and leaves other YAML (workflows, configs) alone. A program whose author forgot `kind` would be skipped, and CI would go green with a broken file. A file without `kind` whose top level looks like a program or an offering (an `id` with `modules`, `hours` or `sessions`) is reported instead, as a warning; a `kind` that is a near miss (`programm`, `Program`, `offer`) is checked and reported as `schema/value` with the kind it most likely means. A file that does not parse is judged by its lines: a (near-miss) `kind` gets it checked, so its syntax error is reported; no `kind` but an `id` and one of those keys gives this warning. The command reports this when it searches folders; a file named on the command line is checked as it is (a missing `kind` is then `schema/missing`).',
  invalid: `id: netzwerk
title: Netzwerkarbeit
modules:
  - { id: einstieg, title: Einstieg, hours: 16 }
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
modules:
  - { id: einstieg, title: Einstieg, hours: 16 }
`,
};
