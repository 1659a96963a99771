import { parseDiagnosticRule } from '../parse-rule.js';

/** Reported while loading and parsing; listed here for docs, SARIF and `rules` settings. */
export const emptyDocument = parseDiagnosticRule({
  id: 'empty',
  severity: 'error',
  description: "The file holds a document, not only blanks or comments.",
  docs: {
    why: "An empty file in a curriculum repository is usually a file whose content was lost in a merge or a failed export.",
    invalid: `# Programm folgt
`,
    valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
`,
  },
});
