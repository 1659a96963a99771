import type { RuleDocs } from '../types.js';

export const schemaValueDocs: RuleDocs = {
  why: "A free-form word where the format expects one of a few choices cannot be interpreted; the message lists the choices.",
  details: "German words where the format has English values get the value they mean: `status: abgesagt` or `ausgefallen` → `cancelled`, `geplant` → `scheduled`, `offen`, `tba` or `n.V.` → `to-be-agreed`; `unit: Std.`, `Stunden` or `Zeitstunden` → `h`, `Lerneinheiten` → `LE`, `UStd.` → `UE`; `mode: Präsenz` → `in-person`; `kind: programm`, `Program` or `offer` → the kind meant. Federal states are accepted by code (`HE`), ISO code (`DE-HE`) and full German name (`Hessen`, `Baden-Württemberg`).",
  invalid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: Stunden
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
unit: h
`,
};
