import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../src/cli/formatters/junit.js';
import { REPORTS } from './sample.js';

// The Jenkins xUnit plugin's JUnit schema (tests/fixtures/junit/README.md says where it is from),
// checked by libxml2's own XSD validator (xmllint compiled to WebAssembly): what Jenkins accepts,
// not a reading of the schema by hand.
const XSD = readFileSync(join(import.meta.dirname, '../fixtures/junit/junit-10.xsd'), 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'junit-10.xsd', contents: XSD }] });
  return result.errors.map((e) => e.rawMessage);
}

describe('JUnit report against the Jenkins xunit JUnit 10 schema', () => {
  it('validates with errors, warnings, clean files and awkward text', async () => {
    expect(await schemaErrors(formatJunit(REPORTS))).toEqual([]);
  });

  it('validates with the warnings limit as a test case, passed and failed', async () => {
    for (const exceeded of [false, true]) {
      const xml = formatJunit(REPORTS, { warningLimit: { max: 0, exceeded, message: 'curricula found too many warnings (1; maximum: 0)' } });
      expect(await schemaErrors(xml)).toEqual([]);
    }
  });

  it('validates with no files at all', async () => {
    expect(await schemaErrors(formatJunit([]))).toEqual([]);
  });

  it('is not vacuous: a file attribute on a test case, as before, is rejected', async () => {
    const old = formatJunit(REPORTS).replace('<testcase classname="curricula" name="programs/a.yaml"', '<testcase classname="curricula" name="programs/a.yaml" file="programs/a.yaml"');
    expect(old).toContain('file="programs/a.yaml"');
    expect((await schemaErrors(old)).join('\n')).toMatch(/attribute 'file' is not allowed/);
  });

  it('counts a failed warnings limit as a failure, so the dashboard agrees with exit 1', () => {
    const xml = formatJunit(REPORTS, { warningLimit: { max: 0, exceeded: true, message: 'too many' } });
    const failures = Number(/<testsuites [^>]*failures="(\d+)"/.exec(xml)![1]);
    expect(failures).toBe(3);
    expect(xml).toContain('<testcase classname="curricula" name="max-warnings">\n      <failure type="max-warnings" message="too many">');
    const passed = formatJunit(REPORTS, { warningLimit: { max: 5, exceeded: false, message: '' } });
    expect(passed).toContain('<testcase classname="curricula" name="max-warnings"/>');
    expect(/<testsuites [^>]*tests="(\d+)"/.exec(passed)![1]).toBe(String(REPORTS.length + 1));
  });
});
