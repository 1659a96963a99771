import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRuleDocs } from '../../src/validate/rule-docs.js';
import { germanRuleReasons } from '../../src/validate/rule-docs.de.js';
import { cli, FIXTURES, makeScratch, removeScratch, ROOT, VERSION, type Run } from './e2e-helpers.js';
import { sarifValidator } from './sarif-schema.js';

let tmp = '';
beforeAll(() => {
  tmp = makeScratch();
});
afterAll(() => removeScratch(tmp));

describe('exit codes', () => {
  it('0 for clean files, with what was checked (nothing at all with --quiet)', () => {
    const r = cli(['validate', 'clean/program.yaml', 'clean/offering.yaml']);
    expect(r).toEqual({ status: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
    expect(cli(['validate', 'clean/program.yaml', 'clean/offering.yaml', '--quiet'])).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('1 for a file with errors, reported in the stylish format', () => {
    const r = cli(['validate', 'broken/errors.yaml']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^\nbroken\/errors\.yaml\n {2}4:8 {4}error {2}Declared 160 UE, but the required modules add up to 40 UE \(120 UE less than declared\) {2}hours\/total\n/);
    expect(r.stdout).toContain('12:16  error  Unknown module "einstig" (did you mean "einstieg"?)');
    expect(r.stdout).toMatch(/\n\n✖ 1 file checked: 2 errors, 0 warnings\n$/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('0 for warnings only, 1 once they pass --max-warnings', () => {
    const ok = cli(['validate', 'warnings/optional.yaml']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('✖ 1 file checked: 0 errors, 1 warning');
    const strict = cli(['validate', 'warnings/optional.yaml', '--max-warnings', '0']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('too many warnings');
    const quiet = cli(['validate', 'warnings/optional.yaml', '--max-warnings', '0', '--quiet']);
    expect(quiet).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('2 for a missing file, with one line and no stack', () => {
    const r = cli(['validate', 'clean/program.yaml', 'nope.yaml']);
    expect(r).toEqual({ status: 2, stdout: '', stderr: 'curricula: No such file: nope.yaml\n' });
  });

  it('2 for unknown flags and commands, with a suggestion', () => {
    const flag = cli(['validate', '--max-warning', '0']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe("curricula: Unknown option '--max-warning' for 'validate'. Did you mean '--max-warnings'?\n");
    const command = cli(['valdiate']);
    expect(command.status).toBe(2);
    expect(command.stderr).toBe("curricula: Unknown command 'valdiate'. Did you mean 'validate'?\n");
    const format = cli(['validate', '--format', 'sarf', 'clean/program.yaml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain("Did you mean 'sarif'?");
  });
});

describe('report formats on the same broken files', () => {
  const files = ['broken/errors.yaml', 'broken/tricky.json', 'warnings/optional.yaml', 'clean/program.yaml'];
  let run: Run;
  let summaryFile = '';
  let out = '';

  beforeAll(() => {
    out = join(tmp, 'reports');
    mkdirSync(out);
    summaryFile = join(out, 'summary.md');
    writeFileSync(summaryFile, '# Earlier step\n');
    // One run, several reports: github to stdout, the rest to files.
    run = cli(
      ['validate', ...files, '--format', 'github', '--format', 'json', '--output', join(out, 'r.json'), '--format', 'sarif', '-o', join(out, 'r.sarif'), '-f', 'junit', '-o', join(out, 'r.xml')],
      { env: { GITHUB_STEP_SUMMARY: summaryFile } },
    );
  });

  it('exits 1 and writes every report', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['r.json', 'r.sarif', 'r.xml', 'summary.md']);
  });

  it('json: one entry per file in the documented shape', () => {
    const data = JSON.parse(readFileSync(join(out, 'r.json'), 'utf8')) as { file: string; diagnostics: Record<string, unknown>[] }[];
    expect(data.map((r) => r.file)).toEqual(files);
    expect(data.map((r) => r.diagnostics.length)).toEqual([2, 1, 1, 0]);
    for (const d of data.flatMap((r) => r.diagnostics)) {
      expect(Object.keys(d)).toEqual(['code', 'severity', 'message', 'path', 'line', 'column', 'endLine', 'endColumn', 'messageId', 'data']);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      for (const k of ['line', 'column', 'endLine', 'endColumn']) expect(d[k]).toBeGreaterThanOrEqual(1);
    }
    // A control character in user text is shown, not passed on (a line break would split the message).
    expect(data[1]!.diagnostics[0]).toMatchObject({ code: 'schema/unknown-key', message: "Unknown key '100%, sure\\u000areally'", line: 5, column: 3 });
    // The raw key in the data: an app renders it its own way.
    expect(data[1]!.diagnostics[0]).toMatchObject({ messageId: 'unknown', data: { key: '100%, sure\nreally' } });
  });

  it('github: workflow commands with their escaping', () => {
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]+$/);
    // A long hint (the known keys) follows the message on a line of its own.
    const tricky = "::error file=tests/fixtures/cli/broken/tricky.json,line=5,col=3,endLine=5,endColumn=23,title=schema/unknown-key::Unknown key '100%25, sure\\u000areally'";
    expect(lines.some((l) => l.startsWith(`${tricky}%0AKnown keys here: $schema, kind, id, title,`))).toBe(true);
    expect(lines.some((l) => l.startsWith('::warning file=tests/fixtures/cli/warnings/optional.yaml,line=12,col=16,'))).toBe(true);
  });

  it('github: appends every problem to the step summary', () => {
    const md = readFileSync(summaryFile, 'utf8');
    expect(md.startsWith('# Earlier step\n### curricula\n')).toBe(true);
    expect(md).toContain('✖ 4 problems (3 errors, 1 warning) in 4 files');
    expect(md.split('\n').filter((l) => /^\| .* \| \d+ \| \d+ \|/.test(l))).toHaveLength(4);
  });

  it('sarif: valid SARIF 2.1.0 with rules, repo-relative locations and fingerprints', () => {
    const log = JSON.parse(readFileSync(join(out, 'r.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'curricula', version: VERSION });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const hoursTotal = driver.rules.find((r: { id: string }) => r.id === 'hours/total');
    expect(hoursTotal.shortDescription.text.length).toBeGreaterThan(10);
    expect(hoursTotal.defaultConfiguration.level).toBe('error');
    const results = log.runs[0].results;
    expect(results).toHaveLength(4);
    for (const r of results) {
      expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^tests\/fixtures\/cli\/(broken|warnings)\//);
      expect(r.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{16}:\d+$/);
      expect(Object.keys(r.locations[0].physicalLocation.region)).toEqual(['startLine', 'startColumn', 'endLine', 'endColumn']);
      // The message as data, in SARIF's property bag.
      expect(typeof r.properties.messageId).toBe('string');
    }
    const unknownKey = results.find((r: { ruleId: string }) => r.ruleId === 'schema/unknown-key');
    expect(unknownKey.properties).toEqual({ messageId: 'unknown', data: { key: '100%, sure\nreally', keys: expect.any(Array) } });
  });

  it('junit: parses as XML, one case per file, a failure per file with errors', () => {
    const xml = readFileSync(join(out, 'r.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' }).parse(xml);
    const cases = doc.testsuites.testsuite.testcase as { '@_name': string; failure?: unknown }[];
    expect(cases.map((c) => c['@_name'])).toEqual(files);
    expect(cases.map((c) => c.failure !== undefined)).toEqual([true, true, false, false]);
  });
});

describe('reports on usage errors and warning limits', () => {
  const junitCases = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testcase' }).parse(xml).testsuites.testsuite.testcase as {
      '@_name': string;
      failure?: { '@_message': string; '#text': string };
    }[];

  it('an invalid config still writes every --output report, the problem located in the config file (exit 2)', () => {
    const dir = join(tmp, 'usage-config');
    mkdirSync(dir);
    writeFileSync(join(dir, 'curricula.config.yaml'), 'rulez: {}\n');
    writeFileSync(join(dir, 'p.yaml'), 'kind: program\nid: p\ntitle: P\n');
    const r = cli(['validate', 'p.yaml', '-f', 'sarif', '-o', 'out/r.sarif', '-f', 'junit', '-o', 'r.xml', '-f', 'json', '-o', 'r.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^curricula: Invalid config .*curricula\.config\.yaml:1:1: Unknown key 'rulez'/);
    const log = JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8'));
    const validate = sarifValidator();
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const [result] = log.runs[0].results;
    expect(result).toMatchObject({ ruleId: 'schema/unknown-key', level: 'error' });
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 1 });
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toMatch(/curricula\.config\.yaml$/);
    expect(junitCases(readFileSync(join(dir, 'r.xml'), 'utf8'))[0]!.failure!['@_message']).toContain("Unknown key 'rulez'");
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))[0].diagnostics[0]).toMatchObject({ code: 'schema/unknown-key', line: 1, column: 1 });
  });

  it('an unknown option or a missing file still writes the reports, as a usage finding in the run\'s language', () => {
    const dir = join(tmp, 'usage-flag');
    mkdirSync(dir);
    const flag = cli(['validate', '--formatt', 'x', '--format', 'sarif', '--output', 'r.sarif', '-f', 'junit', '-o', 'r.xml', '--locale', 'de'], { cwd: dir });
    expect(flag.status).toBe(2);
    const [result] = JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).runs[0].results;
    expect(result).toMatchObject({ ruleId: 'usage', level: 'error', message: { text: "Unbekannte Option '--formatt' für 'validate'. Meinten Sie '--format'?" } });
    expect(junitCases(readFileSync(join(dir, 'r.xml'), 'utf8'))[0]!['@_name']).toBe('<command line>');

    const missing = cli(['validate', 'nope.yaml', '-f', 'json', '-o', 'm.json'], { cwd: dir });
    expect(missing).toEqual({ status: 2, stdout: '', stderr: 'curricula: No such file: nope.yaml\n' });
    expect(JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8'))).toEqual([
      { file: 'nope.yaml', diagnostics: [expect.objectContaining({ code: 'usage', message: 'No such file: nope.yaml' })] },
    ]);
  });

  it('--max-warnings exceeded fails a test case of the JUnit report, as it fails the run', () => {
    const out = join(tmp, 'limit');
    mkdirSync(out);
    const over = cli(['validate', 'warnings/optional.yaml', '--max-warnings', '0', '-f', 'junit', '-o', join(out, 'over.xml')]);
    expect(over.status).toBe(1);
    const cases = junitCases(readFileSync(join(out, 'over.xml'), 'utf8'));
    expect(cases.map((c) => [c['@_name'], c.failure !== undefined])).toEqual([
      ['warnings/optional.yaml', false],
      ['max-warnings', true],
    ]);
    expect(cases[1]!.failure!['@_message']).toBe('curricula found too many warnings (1; maximum: 0)');
    const within = cli(['validate', 'warnings/optional.yaml', '--max-warnings', '1', '-f', 'junit', '-o', join(out, 'within.xml')]);
    expect(within.status).toBe(0);
    expect(junitCases(readFileSync(join(out, 'within.xml'), 'utf8')).map((c) => c.failure !== undefined)).toEqual([false, false]);
  });
});

describe('locale, config and colours', () => {
  it('--locale de speaks German', () => {
    const r = cli(['validate', 'broken/errors.yaml', '--locale', 'de']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Fehler');
    expect(r.stdout).toContain('✖ 1 Datei geprüft: 2 Fehler, 0 Warnungen');
    expect(r.stdout).not.toContain('Declared');
  });

  it('--locale de gives SARIF\'s rule table in German too', () => {
    const rule = (args: string[]) => {
      const r = cli(['validate', 'broken/errors.yaml', '--format', 'sarif', ...args]);
      expect(r.status).toBe(1);
      const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; help: { text: string } }[];
      return rules.find((x) => x.id === 'hours/total')!;
    };
    const german = rule(['--locale', 'de']);
    expect(german.shortDescription.text).toBe('Die angegebenen `hours` eines Programms sind genau die Summe seiner Pflichtmodule; optionale Module zählen nicht mit.');
    expect(german.help.text).toBe(`${german.shortDescription.text}\n\n${germanRuleReasons.get('hours/total')}`);
    expect(german.help.text).toContain('Die Gesamtzahl steht in Zertifikaten, Förderanträgen und Flyern.');
    const english = rule([]);
    expect(english.shortDescription.text).toBe("A program's declared `hours` equal the exact sum of its required modules; optional modules are not counted.");
    expect(english.help.text).toBe(`${english.shortDescription.text}\n\n${builtinRuleDocs.get('hours/total')!.why}`);
  });

  it('--locale de writes no English paragraph into SARIF\'s rule table', () => {
    const r = cli(['validate', 'broken/errors.yaml', '--format', 'sarif', '--locale', 'de']);
    const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules as { id: string; fullDescription: { text: string }; help: { text: string } }[];
    const withReason = rules.filter((x) => builtinRuleDocs.has(x.id));
    expect(withReason.length).toBe(builtinRuleDocs.size);
    for (const { id, fullDescription, help } of withReason) {
      expect(help.text, id).not.toContain(builtinRuleDocs.get(id)!.why);
      expect(help.text, id).toContain(germanRuleReasons.get(id));
      expect(fullDescription.text, id).toBe(help.text);
    }
  });

  it('--locale de speaks German in usage errors and the syntax errors of the loader too', () => {
    expect(cli(['validate', 'broken/errors.yaml', '--formatt', 'json', '--locale', 'de'])).toEqual({
      status: 2,
      stdout: '',
      stderr: "curricula: Unbekannte Option '--formatt' für 'validate'. Meinten Sie '--format'?\n",
    });
    const json = JSON.parse(cli(['validate', 'broken/tricky.json', '--locale', 'de', '--format', 'json']).stdout) as { diagnostics: { message: string }[] }[];
    expect(json[0]!.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/\b(?:Unknown|Expected|Unexpected)\b/);
  });

  it('a config found upward sets severities and locale; --rule wins over it', () => {
    const cwd = join(FIXTURES, 'config');
    const r = cli(['validate', 'total.yaml'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/4:8 +Warnung +.+ +hours\/total/);
    expect(cli(['validate', 'total.yaml', '--rule', 'hours/total=off'], { cwd })).toEqual({ status: 0, stdout: '✔ 1 Datei geprüft, keine Probleme\n', stderr: '' });
    expect(cli(['validate', 'total.yaml', '--no-config'], { cwd }).status).toBe(1);
    expect(cli(['validate', 'total.yaml', '--config', 'missing.yaml'], { cwd })).toMatchObject({ status: 2, stderr: expect.stringMatching(/^curricula: Cannot read config missing\.yaml/) });
  });

  it('an invalid config is a usage error naming the place', () => {
    const dir = join(tmp, 'badconfig');
    mkdirSync(dir);
    writeFileSync(join(dir, 'curricula.config.json'), '{\n  "rulez": {}\n}\n');
    writeFileSync(join(dir, 'p.yaml'), 'kind: program\nid: p\ntitle: P\n');
    const r = cli(['validate', 'p.yaml'], { cwd: dir });
    expect(r).toEqual({ status: 2, stdout: '', stderr: "curricula: Invalid config " + join(dir, 'curricula.config.json') + ":2:3: Unknown key 'rulez' (Did you mean 'rules'?)\n" });
    // In the language the command line asks for, like every finding.
    expect(cli(['validate', 'p.yaml', '--locale', 'de'], { cwd: dir }).stderr).toBe(
      'curricula: Ungültige Konfiguration ' + join(dir, 'curricula.config.json') + ":2:3: Unbekannter Schlüssel 'rulez' (Meinten Sie 'rules'?)\n",
    );
  });

  it('--no-color wins over FORCE_COLOR, which wins over no terminal', () => {
    expect(cli(['validate', 'broken/errors.yaml'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(cli(['validate', 'broken/errors.yaml', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('finding files', () => {
  it('with no path, checks every program and offering below the current folder', () => {
    const r = cli(['validate', '--format', 'json'], { cwd: join(FIXTURES, 'clean') });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: 'offering.yaml', diagnostics: [] },
      { file: 'program.yaml', diagnostics: [] },
    ]);
  });

  it('expands globs', () => {
    const r = cli(['validate', 'tests/fixtures/cli/*/o*.yaml', '--format', 'json'], { cwd: ROOT });
    expect(JSON.parse(r.stdout).map((x: { file: string }) => x.file)).toEqual(['tests/fixtures/cli/clean/offering.yaml', 'tests/fixtures/cli/warnings/optional.yaml']);
    // The offering's program is not among the files: its reference cannot resolve.
    expect(r.status).toBe(1);
  });
});


describe('--profile', () => {
  it('checks the files against a recognition profile they do not claim, in German with --locale de', () => {
    const clean = cli(['validate', 'clean/program.yaml', 'clean/offering.yaml', '--profile', 'bildungsurlaub/HE']);
    expect(clean).toEqual({ status: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
    const strict = cli(['validate', 'clean/program.yaml', 'clean/offering.yaml', '--profile', 'juleica', '--locale', 'de']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toContain('Juleica lässt Teilnehmende ab 16 Jahren zu; die Teilnahmevoraussetzungen nennen kein Mindestalter (Juleica-Qualitätsstandards)');
  });

  it('an unknown profile is a usage error with a did-you-mean', () => {
    const r = cli(['validate', 'clean/program.yaml', '--profile', 'bildungsurlaub/NX']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('did you mean "bildungsurlaub/NI"? (--profile)');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
