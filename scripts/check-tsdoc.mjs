// Every public export needs TSDoc with an `@example`: the API docs are the
// only reference users get, and an example is what they copy first.
//
// Walks every export of src/index.ts with the TypeScript compiler API,
// following re-exports to the declaration, and lists offenders as
// file:line. Exit code 1 when there are any.
//
//   node scripts/check-tsdoc.mjs [entry]       (default src/index.ts)
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');

/**
 * @param {string} entry path of the public entry point
 * @returns {{ name: string; file: string; line: number; problem: string }[]}
 */
export function findUndocumentedExports(entry = resolve(root, 'src/index.ts')) {
  const configPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  const options = configPath
    ? ts.parseJsonConfigFileContent(ts.readConfigFile(configPath, ts.sys.readFile).config, ts.sys, root).options
    : {};
  // Only the entry and what it reaches: faster than the whole project and unaffected by tests.
  const program = ts.createProgram([entry], { ...options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (source === undefined) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) return [];

  const offenders = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = (target.declarations ?? []).filter((d) => !ts.isSourceFile(d));
    if (declarations.length === 0) {
      offenders.push({ name: exported.name, file: relative(root, entry), line: 1, problem: 'no declaration found' });
      continue;
    }
    // Overloads, or an interface merged with a const: one documented declaration is enough.
    const documented = declarations.some((d) => docsOf(d).documented);
    const withExample = declarations.some((d) => docsOf(d).example);
    if (documented && withExample) continue;
    const first = declarations[0];
    const file = first.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(first.getStart(file));
    offenders.push({
      name: exported.name,
      file: relative(root, file.fileName),
      line: line + 1,
      problem: documented ? 'TSDoc has no @example' : 'no TSDoc comment',
    });
  }
  return offenders.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.name.localeCompare(b.name));
}

function docsOf(declaration) {
  // getJSDocCommentsAndTags climbs from a variable declaration to its statement.
  const docs = ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc);
  const tags = ts.getJSDocTags(declaration);
  return {
    documented: docs.length > 0,
    example: tags.some((t) => t.tagName.text === 'example'),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const entry = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const offenders = findUndocumentedExports(entry);
  if (offenders.length === 0) {
    console.log('✔ every public export has TSDoc with an @example');
  } else {
    for (const o of offenders) console.error(`${o.file}:${o.line}  ${o.name}: ${o.problem}`);
    console.error(`✖ ${offenders.length} public export(s) without TSDoc and @example`);
    process.exitCode = 1;
  }
}
