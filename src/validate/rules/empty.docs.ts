import type { RuleDocs } from '../types.js';

export const emptyDocumentDocs: RuleDocs = {
  why: "An empty file in a curriculum repository is usually a file whose content was lost in a merge or a failed export.",
  invalid: `# Programm folgt
`,
  valid: `kind: program
id: netzwerk
title: Netzwerkarbeit
`,
};
