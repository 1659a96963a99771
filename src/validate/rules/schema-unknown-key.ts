import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const schemaUnknownKey = parseDiagnosticRule({
  id: 'schema/unknown-key',
  severity: 'error',
  description: "Every key is one the format knows; misspellings get a did-you-mean.",
  docs: {
    why: "A misspelt key (\"titel\", \"requirs\") is silently ignored by lenient readers, so its content is lost; here it is located at the key with the closest known name.",
    invalid: `kind: program
id: netzwerk
titel: Netzwerkarbeit
`,
    valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
`,
  },
});
