import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliEn } from '../../src/cli/catalog/en.js';
import { hasMessage } from '../../src/messages/format.js';

const cli = cliEn as unknown as Readonly<Record<string, Readonly<Record<string, string>>>>;
/** In the package's catalogs, or, for the command's namespaces, in the command's. */
const known = (ns: string, id: string): boolean => hasMessage(ns, id) || cli[ns]?.[id] !== undefined;

// Most message ids are checked by the compiler (finding(), ctx.report, CliError). Some are chosen at
// run time: phrases inside messages (`{ ns: 'calendar.day', id: … }`), the JSON scanner's and the
// YAML table's ids, schema errors (`error: 'schema/format#date'`). A misspelt one would render as
// `ns#id`; this test reads the source for every such id written out and looks it up in the catalogs.

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'messages' || name === 'schedule' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const files = sources(SRC).map((path) => ({ path: path.slice(SRC.length + 1), text: readFileSync(path, 'utf8') }));

function found(pattern: RegExp, toRef: (m: RegExpMatchArray) => [string, string]): string[] {
  return files.flatMap(({ path, text }) => [...text.matchAll(pattern)].map((m) => `${path}: ${toRef(m).join('#')}`));
}

const missing = (refs: string[]) => refs.filter((ref) => {
  const [ns, id] = ref.slice(ref.indexOf(': ') + 2).split('#') as [string, string];
  return !known(ns, id);
});

describe('message ids written in the source', () => {
  it('of phrases exist in the catalogs', () => {
    const refs = found(/\{ ns: '([^']+)', id: '([^']+)'/g, (m) => [m[1]!, m[2]!]);
    expect(refs.length).toBeGreaterThan(10);
    expect(missing(refs)).toEqual([]);
  });

  it('that schemas name in their errors exist in the catalogs', () => {
    const refs = found(/error: '([a-z][a-z-]*(?:\/[a-z-]+)?)#([A-Za-z]+)'/g, (m) => [m[1]!, m[2]!]);
    expect(refs.length).toBeGreaterThan(10);
    expect(missing(refs)).toEqual([]);
  });

  it('of syntax errors (the JSON scanner, the YAML table) exist in the catalogs', () => {
    const scanner = found(/fail\([^;]*?'(json[A-Za-z]+)'(?:[^;]*?'(json[A-Za-z]+)')?/g, (m) => ['syntax', m[1]!]);
    const hints = found(/fail\([^;]*?'json[A-Za-z]+'[^;]*?'(json[A-Za-z]+)'\)/g, (m) => ['syntax', m[1]!]);
    const yaml = found(/, '(yaml[A-Za-z]+)', \[/g, (m) => ['syntax', m[1]!]);
    expect(scanner.length).toBeGreaterThan(20);
    expect(yaml.length).toBeGreaterThan(50);
    expect(missing([...scanner, ...hints, ...yaml])).toEqual([]);
  });
});
