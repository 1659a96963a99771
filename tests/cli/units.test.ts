import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHelp, parseCommandArgs, type CommandSpec } from '../../src/cli/args.js';
import { diffSpec } from '../../src/cli/commands/diff.js';
import { exportSpec } from '../../src/cli/commands/export.js';
import { fixSpec } from '../../src/cli/commands/fix.js';
import { initSpec } from '../../src/cli/commands/init.js';
import { calendarSpec, handbookSpec, sheetSpec, timetableSpec } from '../../src/cli/commands/pages.js';
import { planSpec } from '../../src/cli/commands/plan.js';
import { schemaSpec } from '../../src/cli/commands/schema.js';
import { reportTargets, parseRuleFlags, validateSpec } from '../../src/cli/commands/validate.js';
import { findConfig, parseConfig } from '../../src/cli/config.js';
import { isCi, useColor } from '../../src/cli/context.js';
import { CliError } from '../../src/cli/errors.js';
import { globBase, globDepth, globMatcher, normalizePattern } from '../../src/core/glob.js';
import { isCurriculumText, resolveInputs } from '../../src/cli/inputs.js';
import { parseBlackout, parseState, parseWeekdays, parseWindowOption } from '../../src/cli/values.js';
import { numRuns } from '../setup/runs.js';
import { writeFileAtomic } from '../../src/cli/write-file.js';

const tmp = mkdtempSync(join(tmpdir(), 'curricula-cli-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const spec: CommandSpec = {
  name: 'demo',
  summary: 'validateSummary',
  usage: 'validateUsage',
  options: {
    format: { type: 'string', multiple: true, value: 'X', description: 'reportFormatOption' },
    output: { type: 'string', value: 'FILE', description: 'outputOption' },
    blackout: { type: 'string', value: 'DATE[..DATE]', description: 'blackoutOption' },
    state: { type: 'string', value: 'BW', description: 'skipStateOption' },
    quiet: { type: 'boolean', description: 'quietOption' },
  },
  positionals: { min: 0, max: 2, name: 'paths' },
};

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error('expected a CliError');
}

describe('arguments', () => {
  it('parses options in order', () => {
    const parsed = parseCommandArgs(spec, ['a', '--format', 'json', '--quiet', '--format=sarif']);
    expect(parsed.positionals).toEqual(['a']);
    expect(parsed.values.format).toEqual(['json', 'sarif']);
    expect(parsed.ordered.map((o) => o.name)).toEqual(['format', 'quiet', 'format']);
  });

  it('rejects unknown options with a suggestion', () => {
    expect(usageError(() => parseCommandArgs(spec, ['--formt', 'json']))).toBe("Unknown option '--formt' for 'demo'. Did you mean '--format'?");
    expect(usageError(() => parseCommandArgs(spec, ['--format']))).toContain('needs a value');
    expect(usageError(() => parseCommandArgs(spec, ['--quiet=yes']))).toContain('does not take a value');
    expect(usageError(() => parseCommandArgs(spec, ['a', 'b', 'c']))).toContain("Unexpected argument 'c'");
  });

  it('writes help with every option', () => {
    const help = formatHelp(spec);
    expect(help).toContain('Usage: curricula validate [paths or globs...] [options]');
    expect(help).toMatch(/--format X\s+Report format \(default stylish\) \(repeatable\)/);
    expect(help).toMatch(/--output FILE\s+Write the preceding format to FILE/);
    expect(help).toContain('--blackout DATE[..DATE]');
    expect(help).toContain('--no-color');
    // In German, from the same catalogs as every message: the usage line and the words standing for values too.
    const hilfe = formatHelp(spec, 'de');
    expect(hilfe).toContain('Aufruf: curricula validate [Pfade oder Muster...] [Optionen]');
    expect(hilfe).toMatch(/--format X\s+Berichtsformat \(Standard stylish\) \(wiederholbar\)/);
    expect(hilfe).toMatch(/--output DATEI\s+Das vorangehende Format in DATEI schreiben/);
    expect(hilfe).toContain('--blackout DATUM[..DATUM]');
    // An example value is typed as it is, in any language.
    expect(hilfe).toContain('--state BW');
    expect(hilfe).toContain('Optionen:');
  });

  it('writes every command\'s help without English words in German', () => {
    const specs = [validateSpec, planSpec, exportSpec, handbookSpec, sheetSpec, calendarSpec, timetableSpec, schemaSpec, initSpec, diffSpec, fixSpec];
    const english = /<program file>|<offering files?|<before>|\[options\]|\[paths|\b(?:FILE|FOLDER|DATE)\b/;
    for (const spec of specs) {
      const [help, hilfe] = [formatHelp(spec), formatHelp(spec, 'de')];
      expect(hilfe.split('\n').filter((line) => english.test(line)), spec.name).toEqual([]);
      expect(help.split('\n')[0], spec.name).toMatch(new RegExp(`^Usage: curricula ${spec.name}\\b`));
      expect(hilfe.split('\n')[0], spec.name).toMatch(new RegExp(`^Aufruf: curricula ${spec.name}\\b`));
      // Every option of the English help is in the German one, in the same order.
      const flags = (text: string) => text.split('\n').flatMap((line) => /^\s+(?:-\w, )?(--[\w-]+)/.exec(line)?.[1] ?? []);
      expect(flags(hilfe), spec.name).toEqual(flags(help));
    }
  });

  it('pairs formats with outputs', () => {
    const o = (name: string, value: string) => ({ name, value });
    expect(reportTargets([])).toEqual([{ format: 'stylish', output: undefined }]);
    expect(reportTargets([o('format', 'stylish'), o('format', 'sarif'), o('output', 'r.sarif')])).toEqual([
      { format: 'stylish', output: undefined },
      { format: 'sarif', output: 'r.sarif' },
    ]);
    expect(reportTargets([o('output', 'r.json'), o('format', 'json')])).toEqual([{ format: 'json', output: 'r.json' }]);
    expect(reportTargets([o('output', 'r.txt')])).toEqual([{ format: 'stylish', output: 'r.txt' }]);
    expect(usageError(() => reportTargets([o('format', 'sarf')]))).toContain("Did you mean 'sarif'?");
  });

  it('reads --rule flags', () => {
    expect(parseRuleFlags(['hours/total=warn', 'refs=off'])).toEqual({ 'hours/total': 'warn', refs: 'off' });
    expect(usageError(() => parseRuleFlags(['hours/total']))).toContain('CODE=off|warn|error');
    expect(usageError(() => parseRuleFlags(['hours/total=loud']))).toContain('off, warn, info or error');
  });
});

describe('colours and CI', () => {
  it('lets flags win over the environment, and the environment over the terminal', () => {
    expect(useColor(undefined, {}, true)).toBe(true);
    expect(useColor(undefined, {}, false)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '1' }, true)).toBe(false);
    expect(useColor(undefined, { NO_COLOR: '' }, true)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(useColor(undefined, { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(useColor(true, { NO_COLOR: '1' }, false)).toBe(true);
    expect(useColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({})).toBe(false);
  });
});

/** The definition, by recursion (exponential, fine for tiny inputs). */
function referenceGlob(pattern: readonly string[], path: readonly string[]): boolean {
  const segment = (p: string, t: string, atStart = true): boolean => {
    if (p === '') return t === '';
    if (p[0] === '*') {
      if (atStart && t.startsWith('.')) return false;
      return segment(p.slice(1), t, false) || (t !== '' && segment(p, t.slice(1), false));
    }
    if (t === '') return false;
    if (p[0] === '?') return !(atStart && t[0] === '.') && segment(p.slice(1), t.slice(1), false);
    return p[0] === t[0] && segment(p.slice(1), t.slice(1), false);
  };
  if (pattern.length === 0) return path.length === 0;
  if (pattern[0] === '**') return referenceGlob(pattern.slice(1), path) || (path.length > 0 && !path[0]!.startsWith('.') && referenceGlob(pattern, path.slice(1)));
  return path.length > 0 && segment(pattern[0]!, path[0]!) && referenceGlob(pattern.slice(1), path.slice(1));
}

describe('globs', () => {
  it('matches *, ? and **', () => {
    const matches = globMatcher('examples/**/*.yaml');
    expect(matches('examples/a.yaml')).toBe(true);
    expect(matches('examples/x/y/a.yaml')).toBe(true);
    expect(matches('examples/a.yml')).toBe(false);
    expect(matches('other/a.yaml')).toBe(false);
    expect(matches('examples/.git/a.yaml')).toBe(false);
    expect(globMatcher('./a?.json')('ab.json')).toBe(true);
    expect(globMatcher('*.json')('dir/a.json')).toBe(false);
    expect(globMatcher('*.yaml')('.hidden.yaml')).toBe(false);
    expect(globMatcher('a+b(1).yaml')('a+b(1).yaml')).toBe(true);
    expect(globMatcher('**')('a/b/c.yaml')).toBe(true);
    expect(globMatcher('a/**/b/**/c.yaml')('a/x/b/y/z/c.yaml')).toBe(true);
    expect(globMatcher('a/**/b/**/c.yaml')('a/x/c.yaml')).toBe(false);
    expect(globMatcher('k*e/*-2027-*.yaml')('kurse/a-2027-03.yaml')).toBe(true);
  });

  it('matches the pattern that made the old regular expression backtrack for seconds, at once', () => {
    const started = performance.now();
    expect(globMatcher('*a*a*a*a*b.yaml')(`${'a'.repeat(5_000)}.yaml`)).toBe(false);
    expect(globMatcher('**/**/**/**/x/*.yaml')(`${'d/'.repeat(2_000)}y/a.yaml`)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('agrees with a plain recursive definition of *, ? and **', () => {
    const seg = fc.stringMatching(/^[ab.*?]{0,4}$/);
    const name = fc.stringMatching(/^[ab.]{0,4}$/);
    fc.assert(
      fc.property(fc.array(fc.oneof(seg, fc.constant('**')), { minLength: 1, maxLength: 4 }), fc.array(name, { minLength: 1, maxLength: 4 }), (pattern, path) => {
        // A leading `./` is no part of the pattern (normalizePattern drops it).
        expect(globMatcher(pattern.join('/'))(path.join('/'))).toBe(referenceGlob(normalizePattern(pattern.join('/')).split('/'), path));
      }),
      { numRuns: numRuns(2_000, 50_000) },
    );
  });

  it('finds where to start walking and how deep', () => {
    expect(globBase('examples/**/*.yaml')).toBe('examples');
    expect(globBase('*.yaml')).toBe('.');
    expect(globBase('/abs/dir/*.yaml')).toBe('/abs/dir');
    expect(globDepth('a/*/*.yaml')).toBe(2);
    expect(globDepth('a/**/*.yaml')).toBe(Infinity);
  });
});

describe('inputs', () => {
  const root = join(tmp, 'inputs');
  mkdirSync(join(root, 'docs/deep'), { recursive: true });
  mkdirSync(join(root, 'node_modules/pkg'), { recursive: true });
  mkdirSync(join(root, '.hidden'), { recursive: true });
  writeFileSync(join(root, 'docs/program.yaml'), 'kind: program\nid: a\ntitle: A\n');
  writeFileSync(join(root, 'docs/deep/offering.json'), '{ "kind": "offering", "id": "x", "program": "a" }');
  writeFileSync(join(root, 'docs/other.yaml'), 'name: not ours\nitems:\n  - kind: program\n');
  writeFileSync(join(root, 'docs/nested.json'), '{ "data": { "kind": "program" } }');
  writeFileSync(join(root, 'node_modules/pkg/program.yaml'), 'kind: program\n');
  writeFileSync(join(root, '.hidden/program.yaml'), 'kind: program\n');

  it('tells curriculum documents by their top-level kind', () => {
    expect(isCurriculumText('# c\nkind: "offering" # x\n', 'yaml')).toBe(true);
    expect(isCurriculumText('a:\n  kind: program\n', 'yaml')).toBe(false);
    expect(isCurriculumText('{"a": {"kind": "program"}, "kind" : "program"}', 'json')).toBe(true);
    expect(isCurriculumText('{"a": {"kind": "program"}}', 'json')).toBe(false);
  });

  it('searches the working folder, skipping node_modules and dot-folders', () => {
    expect(resolveInputs([], root)).toEqual([join('docs', 'deep', 'offering.json'), join('docs', 'program.yaml')]);
  });

  it('keeps explicit paths as given, expands globs and folders', () => {
    expect(resolveInputs(['docs/other.yaml'], root)).toEqual(['docs/other.yaml']);
    expect(resolveInputs(['docs/**/*.json'], root)).toEqual([join('docs', 'deep', 'offering.json'), join('docs', 'nested.json')]);
    expect(resolveInputs(['docs'], root)).toEqual([join('docs', 'deep', 'offering.json'), join('docs', 'program.yaml')]);
    expect(resolveInputs(['docs/program.yaml', './docs/program.yaml'], root)).toEqual(['docs/program.yaml']);
  });

  it('says which path is missing', () => {
    expect(usageError(() => resolveInputs(['nope.yaml'], root))).toBe('No such file: nope.yaml');
    expect(usageError(() => resolveInputs(['docs/*.toml'], root))).toBe('No files match: docs/*.toml');
    mkdirSync(join(root, 'empty'));
    expect(usageError(() => resolveInputs([], join(root, 'empty')))).toContain('No program or offering files');
  });
});

describe('values', () => {
  it('reads weekdays, windows, blackouts and states', () => {
    expect(parseWeekdays('mon-fri')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    expect(parseWeekdays('fri-mon')).toEqual(['mon', 'fri', 'sat', 'sun']);
    expect(parseWeekdays('Di,do')).toEqual(['tue', 'thu']);
    expect(usageError(() => parseWeekdays('mon-fry'))).toContain('Invalid weekday');
    expect(parseWindowOption('--window', '9:30-16:30')).toBe('09:30-16:30');
    expect(usageError(() => parseWindowOption('--window', '16:30-09:30'))).toContain('HH:MM-HH:MM');
    expect(parseBlackout('2027-08-01..2027-08-31')).toEqual({ from: '2027-08-01', to: '2027-08-31' });
    expect(parseBlackout('2027-08-01')).toBe('2027-08-01');
    expect(usageError(() => parseBlackout('2027-02-30'))).toContain('YYYY-MM-DD');
    expect(parseState('de-bw')).toBe('BW');
    expect(usageError(() => parseState('BX'))).toContain('Invalid federal state');
  });
});

describe('config', () => {
  it('reads rules, locale and limits', () => {
    expect(parseConfig('rules:\n  hours/total: warn\nlocale: de\nmaxWarnings: 3\n', 'c.yaml')).toEqual({
      rules: { 'hours/total': 'warn' },
      locale: 'de',
      maxWarnings: 3,
    });
    expect(parseConfig('{"state": "BY"}', 'c.json')).toEqual({ state: 'BY' });
    expect(parseConfig('', 'c.yaml')).toEqual({});
  });

  it('rejects what it does not understand, with the place', () => {
    expect(usageError(() => parseConfig('rulez: {}\n', 'c.yaml'))).toBe("Invalid config c.yaml:1:1: Unknown key 'rulez' (Did you mean 'rules'?)");
    expect(usageError(() => parseConfig('rules:\n  hours/total: loud\n', 'c.yaml'))).toBe(
      "Invalid config c.yaml:2:16: Expected one of 'error', 'warn', 'warning', 'info', 'off', got 'loud'",
    );
    // The same schemas as validate()'s options: one check of a state, a credit-hours range.
    expect(usageError(() => parseConfig('state: by\n', 'c.yaml'))).toBe("Invalid config c.yaml:1:8: Expected one of 'BW', 'BY', 'BE', 'BB', 'HB', 'HH', 'HE', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH', got 'by' (Did you mean 'BY'?)");
    expect(usageError(() => parseConfig('creditHours: { min: 30, max: 25 }\n', 'c.yaml'))).toBe('Invalid config c.yaml:1:30: `min` is larger than `max`');
    expect(usageError(() => parseConfig('maxWarnings: -1\n', 'c.yaml'))).toBe('Invalid config c.yaml:1:14: Must be at least 0, not -1');
    expect(usageError(() => parseConfig('{ "locale": ', 'c.json'))).toContain('Invalid config c.json');
  });

  it('is found upward from the working folder', () => {
    const dir = join(tmp, 'cfg/a/b');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(tmp, 'cfg/curricula.config.yaml'), 'locale: de\n');
    expect(findConfig(dir)).toBe(join(tmp, 'cfg/curricula.config.yaml'));
  });
});

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = join(tmp, 'write');
    mkdirSync(dir);
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old');
    writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('refuses to overwrite when asked not to', () => {
    const file = join(tmp, 'write/out.txt');
    expect(usageError(() => writeFileAtomic(file, 'x', { overwrite: false, display: 'out.txt' }))).toBe('out.txt already exists; not overwriting it');
    expect(readFileSync(file, 'utf8')).toBe('new');
    writeFileAtomic(join(tmp, 'write/fresh.txt'), 'x', { overwrite: false });
    expect(readdirSync(join(tmp, 'write')).sort()).toEqual(['fresh.txt', 'out.txt']);
  });

  it('fails cleanly when the folder cannot take the file', () => {
    expect(usageError(() => writeFileAtomic(join(tmp, 'write/out.txt/x'), 'x', { display: 'x' }))).toBe('Cannot write x: a parent is not a directory');
    expect(usageError(() => writeFileAtomic(join(tmp, 'missing/x'), 'x', { display: 'missing/x' }))).toBe('Cannot write missing/x: no such file or directory');
    const ro = join(tmp, 'readonly');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    if (process.getuid?.() !== 0) {
      expect(usageError(() => writeFileAtomic(join(ro, 'x'), 'x', { display: 'x' }))).toBe('Cannot write x: permission denied');
      expect(readdirSync(ro)).toEqual([]);
    }
  });
});
