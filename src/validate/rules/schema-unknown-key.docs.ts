import type { RuleDocs } from '../types.js';

export const schemaUnknownKeyDocs: RuleDocs = {
  why: "A misspelt key (\"titel\", \"requirs\") is silently ignored by lenient readers, so its content is lost; here it is located at the key with the closest known name.",
  invalid: `kind: program
id: netzwerk
titel: Netzwerkarbeit
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
`,
};
