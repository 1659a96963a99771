import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { parseDocument, type CurriculumDocument, type ParseResult } from '../../src/model/parse.js';
import { validate, type RuleSetting, type ValidateOptions } from '../../src/validate/index.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'validate');

/** Parses a YAML snippet; a line `---` starts another file (snippet-1.yaml, snippet-2.yaml, …). */
export function parseSnippet(
  text: string,
  options: { maxBytes?: number; maxDepth?: number } = {},
  prefix = 'snippet',
): ParseResult<CurriculumDocument>[] {
  const parts = text.split(/^---[ \t]*$/m);
  return parts.map((part, i) =>
    parseDocument(i === 0 ? part : part.replace(/^\r?\n/, ''), { filename: `${prefix}-${i + 1}.yaml`, ...options }),
  );
}

/** Validates a snippet (see parseSnippet). */
export function validateSnippet(text: string, options: ValidateOptions = {}): Diagnostic[] {
  return validate(parseSnippet(text), options);
}

/** `code severity line:column` of each diagnostic, for compact assertions. */
export function brief(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.severity} ${d.line}:${d.column}`);
}

/** One fixture file: its text, the diagnostics it expects, and the load options it asks for. */
interface Fixture {
  name: string;
  text: string;
  expected: string[];
  parseOptions: { maxBytes?: number; maxDepth?: number };
  rules: Record<string, RuleSetting>;
}

/**
 * Reads a fixture directory. Expectations are comments in the file itself,
 * `# expect: <code> <severity> <line>:<column>`, so they sit next to the
 * lines they point at (a JSON file keeps them in `<name>.expect`);
 * `# parse: maxBytes=64` sets a load option, `# rules: schema=warn` a rule
 * setting the case is validated with.
 */
export function readFixtures(dir: string): Fixture[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((name) => {
      const text = readFileSync(join(FIXTURES, dir, name), 'utf8');
      // JSON has no comments: its expectations sit in a sidecar `<name>.expect`.
      const sidecar = join(FIXTURES, dir, `${name}.expect`);
      const notes = existsSync(sidecar) ? readFileSync(sidecar, 'utf8') : text;
      const expected = [...notes.matchAll(/^# expect: (\S+ \S+ \d+:\d+)\s*$/gm)].map((m) => m[1]!);
      const parseOptions: { maxBytes?: number; maxDepth?: number } = {};
      for (const m of text.matchAll(/^# parse: (maxBytes|maxDepth)=(\d+)\s*$/gm)) parseOptions[m[1] as 'maxBytes'] = Number(m[2]);
      const rules: Record<string, RuleSetting> = {};
      for (const m of text.matchAll(/^# rules: (\S+)=(\S+)\s*$/gm)) rules[m[1]!] = m[2] as RuleSetting;
      return { name, text, expected, parseOptions, rules };
    });
}

/** Parses a fixture file with its name as the file name. */
export function parseFixture(dir: string, fixture: Fixture): ParseResult<CurriculumDocument> {
  return parseDocument(fixture.text, { filename: `${dir}/${fixture.name}`, ...fixture.parseOptions });
}
