// What the bench's size rows share with the scripts that explain them
// (bench/run.mjs, bench/bundle-code.mjs, bench/bundle-history.mjs): how the
// size target bundles, and the bundled code with its texts taken out.
import ts from 'typescript';

/** esbuild's options for the size target: minified ESM for Node 20, zod left out (spread an entry in). */
export const BUNDLE_OPTIONS = Object.freeze({ bundle: true, minify: true, format: 'esm', platform: 'node', target: 'node20', external: ['zod'], write: false, logLevel: 'silent' });

const K = ts.SyntaxKind;
const EMPTIED = { [K.StringLiteral]: '""', [K.NoSubstitutionTemplateLiteral]: '``', [K.TemplateHead]: '`${', [K.TemplateMiddle]: '}${', [K.TemplateTail]: '}`' };

/**
 * `code` with every string and template literal emptied, and how many
 * characters of literal text went: what is left is the code's own size,
 * without texts and data. Found with the TypeScript parser, as a regular
 * expression miscounts quotes inside regex literals.
 */
export function withoutText(code) {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  let stripped = '';
  let last = 0;
  let text = 0;
  (function visit(node) {
    const replacement = EMPTIED[node.kind];
    if (replacement === undefined) return ts.forEachChild(node, visit);
    const start = node.getStart(file);
    stripped += code.slice(last, start) + replacement;
    text += node.end - start;
    last = node.end;
  })(file);
  return { stripped: stripped + code.slice(last), text };
}
