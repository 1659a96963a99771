// What an app that imports part of the API carries: bundled from dist/index.js as
// the bench's size rows bundle it (esbuild, ESM for Node, not minified so the
// rules keep their names), an app that plans and writes ICS gets the recognition
// rules that recognitionVerdicts() runs, and none of the validator's others.
import { build } from 'esbuild';
import { expect, it } from 'vitest';
import { ROOT } from './consumer.js';

async function bundled(names: string): Promise<string> {
  const result = await build({
    stdin: { contents: `export { ${names} } from './dist/index.js';`, resolveDir: ROOT },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['zod'],
    write: false,
    logLevel: 'silent',
    absWorkingDir: ROOT,
  });
  return result.outputFiles[0]!.text;
}

/** The built-in rules the bundle defines, by the names of their modules' exports. */
const defined = (code: string, names: readonly string[]) => names.filter((name) => new RegExp(`\\bvar ${name} = `).test(code));

const RECOGNITION = ['recognitionProfile', 'recognitionDays', 'recognitionTotal', 'recognitionSeminarDays'];
const OTHERS = ['idsDuplicate', 'refsUnresolved', 'hoursTotal', 'offeringCoverage', 'offeringHoliday', 'prerequisitesCycle'];

it('an app that plans and writes ICS carries the recognition rules, not the validator\'s others', async () => {
  const code = await bundled('parseProgram, plan, toIcs');
  expect(defined(code, RECOGNITION)).toEqual(RECOGNITION);
  expect(defined(code, OTHERS)).toEqual([]);
  expect(code).not.toMatch(/\bvar builtinRules = /);
});

it('an app that validates carries every rule', async () => {
  const code = await bundled('parseDocument, validate');
  expect(defined(code, [...RECOGNITION, ...OTHERS])).toEqual([...RECOGNITION, ...OTHERS]);
});
