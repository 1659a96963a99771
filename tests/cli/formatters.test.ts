import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, formatStepSummary } from '../../src/cli/formatters/github.js';
import { formatJson } from '../../src/cli/formatters/json.js';
import { escapeXml, formatJunit } from '../../src/cli/formatters/junit.js';
import { countDiagnostics, plural } from '../../src/cli/formatters/report.js';
import { formatSarif, toUriReference } from '../../src/cli/formatters/sarif.js';
import { formatStylish } from '../../src/cli/formatters/stylish.js';
import { diag, REPORTS } from './sample.js';
import { sarifValidator } from './sarif-schema.js';

describe('stylish', () => {
  it('groups by file, aligns columns and sums up like ESLint', () => {
    const out = formatStylish(REPORTS, { color: false });
    expect(out).toContain('\nprograms/a.yaml\n  3:1  error    Unknown key \'titel\'                schema/unknown-key\n');
    expect(out).toContain('  4:8  warning  Modules add up to 8 UE, not 10 UE  hours/total\n');
    expect(out).toContain('✖ 3 problems (2 errors, 1 warning), 1 info\n');
    expect(out).not.toContain('clean.yaml');
    expect(out).not.toContain('\u001b[');
    // A message with a line break stays on its line.
    expect(out).toContain('100% sure, really: line two <&>');
  });

  it('colours only when asked', () => {
    expect(formatStylish(REPORTS, { color: true })).toContain('\u001b[31m');
  });

  it('prints nothing for clean files', () => {
    expect(formatStylish([{ file: 'a.yaml', diagnostics: [] }])).toBe('');
  });

  it('speaks German', () => {
    const out = formatStylish(REPORTS, { locale: 'de' });
    expect(out).toContain('✖ 3 Probleme (2 Fehler, 1 Warnung), 1 Hinweis');
    expect(out).toContain('Warnung');
    expect(plural(1, 'error', 'de')).toBe('1 Fehler');
  });

  it('shows a hint the message does not already carry', () => {
    const out = formatStylish([{ file: 'a.yaml', diagnostics: [diag({ hint: "did you mean 'title'?" })] }]);
    expect(out).toContain("Unknown key 'titel' (did you mean 'title'?)");
  });
});

describe('json', () => {
  it('has exactly the documented shape, valid files included', () => {
    const data = JSON.parse(formatJson(REPORTS)) as { file: string; diagnostics: Record<string, unknown>[] }[];
    expect(data.map((r) => r.file)).toEqual(['programs/a.yaml', 'programs/b c.yaml', 'programs/clean.yaml']);
    expect(data[2]!.diagnostics).toEqual([]);
    for (const d of data.flatMap((r) => r.diagnostics)) {
      expect(Object.keys(d)).toEqual(['code', 'severity', 'message', 'path', 'line', 'column', 'endLine', 'endColumn', 'messageId', 'data']);
      expect(['error', 'warning', 'info']).toContain(d.severity);
    }
    expect(data[0]!.diagnostics[0]).toMatchObject({ messageId: 'unknown', data: { key: 'titel' } });
  });
});

describe('github', () => {
  it('escapes data and properties as workflow commands require', () => {
    expect(escapeData('100%\r\n')).toBe('100%25%0D%0A');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('prints one annotation per finding with location and code', () => {
    const lines = formatGithub(REPORTS).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("::error file=programs/a.yaml,line=3,col=1,endLine=3,endColumn=6,title=schema/unknown-key::Unknown key 'titel'");
    expect(lines[1]!.startsWith('::warning ')).toBe(true);
    expect(lines[2]).toBe('::error file=programs/b c.yaml,line=1,col=1,endLine=1,endColumn=1,title=refs/unresolved::100%25 sure, really:%0Aline two <&>');
    expect(lines[3]!.startsWith('::notice ')).toBe(true);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) (?:[a-zA-Z]+=[^,:\r\n]*,)*[a-zA-Z]+=[^,:\r\n]*::[^\r\n]*$/);
  });

  it('writes a Markdown step summary listing every problem', () => {
    const md = formatStepSummary(REPORTS);
    expect(md).toContain('✖ 3 problems (2 errors, 1 warning, 1 info) in 3 files');
    expect(md).toContain('| Severity | File | Line | Column | Code | Message |');
    expect(md).toContain('100% sure, really: · line two &lt;&amp;&gt;');
    expect(md).not.toContain('<br>');
    expect(md.split('\n').filter((l) => l.startsWith('| ') && /\| \d+ \|/.test(l))).toHaveLength(4);
    expect(formatStepSummary([{ file: 'a', diagnostics: [] }])).toContain('No problems in 1 file');
  });
});

describe('junit', () => {
  it('is well-formed XML with one test case per file and a failure per file with errors', () => {
    const xml = formatJunit(REPORTS);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' }).parse(xml);
    const cases = doc.testsuites.testsuite.testcase as Record<string, unknown>[];
    expect(cases).toHaveLength(3);
    expect(cases.filter((c) => c.failure !== undefined)).toHaveLength(2);
    expect(doc.testsuites['@_failures']).toBe('2');
    expect(cases[1]!.failure).toMatchObject({ '#text': expect.stringContaining('100% sure') });
  });

  it('says "1 error" and each line\'s severity in the run\'s language', () => {
    const parse = (xml: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' }).parse(xml).testsuites.testsuite.testcase;
    const [english, german] = [parse(formatJunit(REPORTS)), parse(formatJunit(REPORTS, { locale: 'de' }))];
    expect(english[0]!.failure['@_message']).toMatch(/^1 error: /);
    expect(german[0]!.failure['@_message']).toMatch(/^1 Fehler: /);
    expect(english[0]!['system-out']).toContain('programs/a.yaml:4:8: warning: Modules add up');
    expect(german[0]!['system-out']).toContain('programs/a.yaml:4:8: Warnung: Modules add up');
    expect(german[1]!['system-out']).toContain(': Hinweis: Session still to be agreed');
    // The attributes tools read stay as JUnit defines them.
    expect(german[0]!.failure['@_type']).toBe('error');
  });

  it('shows control characters as text and drops what XML cannot carry', () => {
    expect(escapeXml('a\u0001b<')).toBe('a\\u0001b&lt;');
    expect(escapeXml('a\uD800b\uFFFE')).toBe('ab');
  });
});

describe('sarif', () => {
  const rules = [{ id: 'hours/total', description: 'Declared hours equal the sum of the modules.', help: 'Why: totals', severity: 'error' as const }];
  const log = JSON.parse(formatSarif(REPORTS, { version: '1.2.3', informationUri: 'https://example.org/curricula', rules, srcRoot: 'file:///repo/' }));

  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator is not vacuous: a wrong level is rejected.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('describes the tool and every rule results refer to', () => {
    const run = log.runs[0];
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif/);
    expect(run.tool.driver).toMatchObject({ name: 'curricula', version: '1.2.3', informationUri: 'https://example.org/curricula' });
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids[0]).toBe('hours/total');
    expect(run.tool.driver.rules[0]).toMatchObject({ shortDescription: { text: rules[0]!.description }, fullDescription: { text: 'Why: totals' }, help: { text: 'Why: totals' }, defaultConfiguration: { level: 'error' } });
    for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
  });

  it('locates results relative to the repository with fingerprints', () => {
    const [first, , third, fourth] = log.runs[0].results;
    expect(first.level).toBe('error');
    expect(fourth.level).toBe('note');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'programs/a.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 6 },
    });
    expect(third.locations[0].physicalLocation.artifactLocation.uri).toBe('programs/b%20c.yaml');
    expect(first.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:1$/);
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
  });

  it('keeps fingerprints when lines move', () => {
    const moved = REPORTS.map((r) => ({ ...r, text: '\n\n' + (r.text ?? ''), diagnostics: r.diagnostics.map((d) => ({ ...d, line: d.line + 2, endLine: d.endLine + 2 })) }));
    const again = JSON.parse(formatSarif(moved, { version: '1', informationUri: 'https://x.org', rules: [] }));
    expect(again.runs[0].results[0].partialFingerprints).toEqual(log.runs[0].results[0].partialFingerprints);
  });

  it('writes Windows paths with forward slashes', () => {
    expect(toUriReference('programs\\a b.yaml')).toBe('programs/a%20b.yaml');
  });

  it('gives files outside the repository a file URL and no base', () => {
    const outside = JSON.parse(formatSarif([{ file: '/tmp/x y/a.yaml', diagnostics: [diag()] }, { file: 'C:\\work\\a.yaml', diagnostics: [diag()] }], { version: '1', informationUri: 'https://x.org', rules: [], srcRoot: 'file:///repo/' }));
    const locations = outside.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: unknown } }[] }) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(locations).toEqual([{ uri: 'file:///tmp/x%20y/a.yaml' }, { uri: 'file:///C:/work/a.yaml' }]);
    expect(sarifValidator()(outside)).toBe(true);
  });
});

describe('counts', () => {
  it('counts by severity', () => {
    expect(countDiagnostics(REPORTS)).toEqual({ errors: 2, warnings: 1, infos: 1 });
  });
});

// Keep the schema file name honest: the test helper reads it from the dev dependency.
it('finds the SARIF schema shipped by @microsoft/sarif-matcher-utils', () => {
  expect(readFileSync('node_modules/@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8')).toContain('2.1.0');
});
