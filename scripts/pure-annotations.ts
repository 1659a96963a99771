// An esbuild plugin (tsup.config.ts's esbuildPlugins) that marks what a module computes when it loads as
// free of side effects: every call and `new` in a top-level variable's initializer, outside
// function bodies, gets a `/* @__PURE__ */` annotation (zod schemas, `defineRule(...)`,
// `Object.freeze(...)`, tables built with `.map`).
//
// Why: the package declares every module but its entries free of side effects (package.json
// `sideEffects`), and bundlers then drop a module nobody imports from. But tsup flattens the
// library into one chunk, where that module boundary is gone: a bundler sees
// `var offeringCoverage = defineRule({...})` as a call that might do something, keeps it and
// everything it references, and an app that imports only `plan` got every validation rule and
// schema. The annotations say in the chunk what `sideEffects` says for the files.
//
// Only initializers are annotated. A top-level statement that is not a declaration (a real
// side effect, as in the entries src/node.ts and src/bundler.ts) is left alone, and this plugin
// fails the build if such a statement appears in any other module, since the declaration in
// package.json would then be false.
import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/** The modules that may run code when loaded: the entries (package.json `sideEffects`) and the command's two. */
const ENTRIES = new Set(['src/node.ts', 'src/bundler.ts', 'src/pages-node.ts', 'src/pages-bundler.ts', 'src/cli/main.ts', 'src/cli/launch.ts']);

/** Source text with `/* @__PURE__ *\/` before each call and `new` evaluated at module load. */
export function annotateModule(path: string, text: string): string {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const positions: number[] = [];
  const visit = (node: ts.Node): void => {
    // Code inside functions runs when called, not when the module loads.
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) positions.push(node.getStart(file));
    ts.forEachChild(node, visit);
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (declaration.initializer) visit(declaration.initializer);
    } else if (ts.isExpressionStatement(statement)) {
      throw new Error(`${path}: a top-level statement with side effects outside the entries (${statement.getText(file).slice(0, 60)}); package.json declares this module free of side effects`);
    }
  }
  let out = text;
  for (const at of [...new Set(positions)].sort((a, b) => b - a)) out = `${out.slice(0, at)}/* @__PURE__ */ ${out.slice(at)}`;
  return out;
}

/** The plugin: annotates every TypeScript module under src/ but the entries. */
export function pureAnnotations(root = process.cwd()): Plugin {
  return {
    name: 'pure-annotations',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const path = relative(root, args.path).split(sep).join('/');
        if (ENTRIES.has(path) || !path.startsWith('src/')) return undefined;
        return { contents: annotateModule(path, await readFile(args.path, 'utf8')), loader: 'ts' };
      });
    },
  };
}
