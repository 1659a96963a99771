// The package in a real browser: an app bundled by esbuild for the browser
// (the `module` condition, dist/bundler.js) runs in headless Chromium from
// a file:// page, with no Node and no node_modules behind it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument, parseProgram, plan, toIcs } from '../../src/index.js';
import { browserTestsRun, launchChromium, type BrowserSession } from '../browser/chromium.js';
import { bundleApp, ROOT, type BundledApp } from './consumer.js';

const APP = `
import { parseDocument, parseProgram, plan, toIcs, validate } from 'curricula';

globalThis.curriculaApp = {
  hasNode: typeof process !== 'undefined',
  check(text, filename) {
    const parsed = parseDocument(text, { filename });
    return validate(parsed).map(({ code, severity, line, column, endLine, endColumn, message, hint, path }) => ({ code, severity, line, column, endLine, endColumn, message, hint, path }));
  },
  plan(text, filename, constraints) {
    const program = parseProgram(text, { filename });
    const result = plan(program.value, constraints);
    return {
      ok: result.ok,
      diagnostics: result.diagnostics,
      dates: result.offering.sessions.map((s) => s.date),
      skipped: result.explanation.skipped,
      ics: toIcs(result.offering, program.value),
    };
  },
};
`;

// A program with two mistakes: a misspelt key, and a line indented out of its list item.
const MISTAKES = ['kind: program', 'id: x', 'title: X', 'hours: 16', 'modules:', '  - id: a', '    title: A', '    hourz: 16', ''].join('\n');
const BAD_INDENT = ['kind: program', 'id: x', 'title: X', 'hours: 16', 'modules:', '  - id: a', '    title: A', '   hours: 16', ''].join('\n');
const SEED_000 = readFileSync(join(ROOT, 'examples', 'ehrenamt-netzwerk.program.yaml'), 'utf8');
const CONSTRAINTS = { start: '2027-01-04', state: 'BW' } as const;

describe.skipIf(!browserTestsRun)('in headless Chromium, bundled by esbuild for the browser', () => {
  let app: BundledApp | undefined;
  let browser: BrowserSession | undefined;
  let results: { hasNode: boolean; mistakes: unknown[]; badIndent: unknown[]; seed: { ok: boolean; dates: string[]; skipped: unknown[]; ics: string; diagnostics: unknown[] } };

  beforeAll(async () => {
    app = await bundleApp(APP, { platform: 'browser', format: 'iife', outName: 'app.js' });
    writeFileSync(join(dirname(app.file), 'index.html'), '<!doctype html><meta charset="utf-8"><title>curricula</title><script src="app.js"></script>\n');
    browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dirname(app.file), 'index.html')).href);
    results = await page.evaluate(
      ([mistakes, badIndent, seed, constraints]) => {
        const api = (globalThis as unknown as { curriculaApp: any }).curriculaApp;
        return {
          hasNode: api.hasNode,
          mistakes: api.check(mistakes, 'mistakes.yaml'),
          badIndent: api.check(badIndent, 'bad-indent.yaml'),
          seed: api.plan(seed, 'ehrenamt-netzwerk.program.yaml', constraints),
        };
      },
      [MISTAKES, BAD_INDENT, SEED_000, CONSTRAINTS] as const,
    );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    app?.remove();
  });

  it('takes the bundler entry, with its dependencies inside the bundle', () => {
    expect(app!.inputs).toContain(join(ROOT, 'dist', 'bundler.js'));
    expect(app!.inputs).not.toContain(join(ROOT, 'dist', 'index.js'));
    for (const dependency of ['yaml', 'js-yaml', 'date-holidays']) {
      expect(app!.inputs.some((p) => p.startsWith(join(ROOT, 'node_modules', dependency) + '/'))).toBe(true);
    }
    expect(results.hasNode).toBe(false);
    expect(browser!.errors).toEqual([]);
  });

  it('locates a mistake in YAML by line and column, as in Node', () => {
    expect(results.mistakes).toContainEqual(
      expect.objectContaining({ code: 'schema/unknown-key', line: 8, column: 5, message: "Unknown key 'hourz'", hint: "Did you mean 'hours'?" }),
    );
    expect(results.badIndent).toContainEqual(expect.objectContaining({ code: 'syntax', line: 8, column: 1 }));
    const inNode = (text: string, filename: string) =>
      parseDocument(text, { filename }).diagnostics.map(({ code, line, column }) => ({ code, line, column }));
    expect(results.mistakes).toMatchObject(inNode(MISTAKES, 'mistakes.yaml'));
    expect(results.badIndent).toMatchObject(inNode(BAD_INDENT, 'bad-indent.yaml'));
  });

  it('plans seed 000 around the holidays of Baden-Württemberg and writes the same ICS as Node', () => {
    const program = parseProgram(SEED_000, { filename: 'ehrenamt-netzwerk.program.yaml' }).value!;
    const expected = plan(program, CONSTRAINTS);
    expect(results.seed.ok).toBe(true);
    expect(results.seed.diagnostics).toEqual([]);
    expect(results.seed.dates).toHaveLength(20);
    expect(results.seed.dates).not.toContain('2027-01-06');
    expect(results.seed.skipped).toContainEqual(expect.objectContaining({ date: '2027-01-06', reason: 'holiday' }));
    expect(results.seed.dates).toEqual(expected.offering!.sessions.map((s) => s.date));
    expect(results.seed.ics).toBe(toIcs(expected.offering!, program));
    expect(results.seed.ics).toContain('BEGIN:VCALENDAR');
  });
});
