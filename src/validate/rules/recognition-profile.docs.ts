import type { RuleDocs } from '../types.js';

export const recognitionProfileDocs: RuleDocs = {
  why: "A claimed recognition with a misspelt profile id would be checked against nothing, and the course would look recognisable when it is not. The id must name a built-in profile (see docs/recognition.md) or one of the config file's `profiles`.",
  details: "Near misses get a did-you-mean (`bildungsurlaub/HS` → `bildungsurlaub/HE`). Custom profiles that `extends` each other in a circle are named with the whole circle. Unknown ids given with `--profile` or the `profiles` option are reported with the options (`config/invalid-setting`).",
  invalid: `kind: offering
id: recht-2027
program: recht
recognitions: [{ profile: bildungsurlaub/HS }]
sessions:
  - { date: 2027-04-05, time: "09:00-16:00", breaks: ["12:00-13:00"] }
`,
  valid: `kind: program
id: recht
title: Rechtsfragen
recognitions: [{ profile: bildungsurlaub/HE, number: "BU-2027-0815" }]
`,
};
