// The hostile-input families (issue 13): for each, a generator of an input
// of size n and the operation a user or CI runs on it. families.test.ts
// checks at small sizes that the answer is right; scaling.test.ts, in
// `npm run test:explore`, times each at N and 4N in a child process and
// checks that the time grows linearly (4N/N at most about 5×) and that
// peak memory stays under the family's stated bound.
//
// Each family once took time quadratic in its size, or worse, or ran
// without end: the comment above it says what the probe measured.
import { formatGithub } from '../../src/cli/formatters/github.js';
import { formatJunit } from '../../src/cli/formatters/junit.js';
import type { FileReport } from '../../src/cli/formatters/report.js';
import { formatSarif } from '../../src/cli/formatters/sarif.js';
import { formatStylish } from '../../src/cli/formatters/stylish.js';
import { globMatcher } from '../../src/core/glob.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { parseDuration } from '../../src/duration/index.js';
import { toCsv, toIcs, toMarkdown } from '../../src/export/index.js';
import type { Offering } from '../../src/model/offering.js';
import { parseDocument, parseOffering, parseProgram } from '../../src/model/parse.js';
import type { Program } from '../../src/model/program.js';
import { validate } from '../../src/validate/index.js';

/** What one run of a family gives back, for the correctness checks. */
interface Outcome {
  /** Diagnostics by code (for families that validate). */
  codes?: Record<string, number>;
  /** Any other figure the family's check needs. */
  figures?: Record<string, number>;
  /** Text the family's check looks into (kept short). */
  text?: string;
}

/**
 * A family of hostile inputs: `make(n)` builds the input (not timed),
 * `run(input)` is the operation that must stay linear, `check(outcome, n)`
 * says what the answer must be.
 */
export interface Family<I = unknown> {
  name: string;
  /** What the probe found, in a few words. */
  before: string;
  /** The size `npm run test:explore` times at N and 4N. */
  n: number;
  /** The size the correctness test uses in `npm test`. */
  small: number;
  /** Peak resident memory of the child process at 4N, in MB, that must not be exceeded. */
  maxMB: number;
  make(n: number): I;
  run(input: I): Outcome;
  check(outcome: Outcome, n: number): void;
}

function countCodes(diagnostics: readonly Diagnostic[]): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const d of diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
  return codes;
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

function expectTrue(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

const PROGRAM_HEAD = 'kind: program\nid: p\ntitle: T\nhours: 8\nmodules:\n  - id: a\n    title: A\n    hours: 8\n';

function validateTexts(...texts: [string, string][]): Outcome {
  const docs = texts.map(([file, text]) => parseDocument(text, { filename: file }));
  return { codes: countCodes(validate(docs)) };
}

/** A program of `modules` modules m1… of 2 UE each (ids only; enough for offerings to name). */
function programOf(modules: number): string {
  return JSON.stringify({ kind: 'program', id: 'p', title: 'P', modules: Array.from({ length: modules }, (_, i) => ({ id: `m${i + 1}`, title: `M ${i + 1}`, hours: 2 })) });
}

/** Days since the epoch as YYYY-MM-DD. */
function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A program with no modules, for exports whose sessions name none. */
const PLAIN_PROGRAM: Program = { kind: 'program', id: 'p', title: 'P', language: 'de', unit: 'UE', modules: [] };

const DAY_2027 = Date.UTC(2027, 0, 4) / 86_400_000;

const unknownKeys: Family<string> = {
  name: 'YAML mapping with n unknown keys',
  before: '50,000 keys: 15 s in yaml’s duplicate-key check (each key compared with all before it)',
  n: 20_000,
  small: 200,
  maxMB: 700,
  make: (n) => PROGRAM_HEAD + Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join(''),
  run: (text) => validateTexts(['p.yaml', text]),
  check: (o, n) => expectEqual(o.codes, { 'schema/unknown-key': n }, 'codes'),
};

const repeatedKeys: Family<string> = {
  name: 'YAML mapping with one key written n times',
  before: 'quadratic in yaml’s check, and one walk of the whole document per repeated key',
  n: 20_000,
  small: 200,
  maxMB: 500,
  make: (n) => PROGRAM_HEAD + 'k: 1\n'.repeat(n),
  run: (text) => {
    const result = parseProgram(text, { filename: 'p.yaml' });
    const first = result.diagnostics[0];
    return { codes: countCodes(result.diagnostics), text: `${first?.line}:${first?.column} ${first?.message} (${first?.hint})` };
  },
  check: (o, n) => {
    expectEqual(o.codes, { syntax: n - 1 }, 'codes');
    expectEqual(o.text, "10:1 Duplicate key 'k' (The first 'k' is at line 9, column 1; keys in a mapping must be unique)", 'first finding');
  },
};

const unknownRequires: Family<string> = {
  name: 'n modules, each requiring an unknown id',
  before: '5,000 modules: 23 s, 20,000: over 60 s (a quadratic did-you-mean)',
  n: 5_000,
  small: 100,
  maxMB: 400,
  make: (n) =>
    JSON.stringify({
      kind: 'program',
      id: 'p',
      title: 'P',
      modules: Array.from({ length: n }, (_, i) => ({ id: `modul-${i}`, title: `M ${i}`, hours: 2, requires: [`fehlt-${i}`] })),
    }),
  run: (text) => validateTexts(['p.json', text]),
  check: (o, n) => expectEqual(o.codes, { 'refs/unresolved': n }, 'codes'),
};

const unknownSessionModules: Family<string> = {
  name: 'n sessions naming unknown modules',
  before: '5,000 sessions: 17 s (the did-you-mean again)',
  n: 5_000,
  small: 100,
  maxMB: 400,
  make: (n) =>
    JSON.stringify({
      kind: 'offering',
      id: 'o',
      program: 'p',
      sessions: Array.from({ length: n }, (_, i) => ({ date: isoDay(DAY_2027 + 7 * (i % 500)), time: '09:00-12:00', modules: [`unbekannt-${i}`] })),
    }),
  run: (text) => {
    const outcome = validateTexts(['p.json', programOf(3)], ['o.json', text]);
    const codes = outcome.codes ?? {};
    // Holidays among the dates and the uncovered modules are beside the point here.
    return { codes: { 'refs/unresolved': codes['refs/unresolved'] ?? 0 } };
  },
  check: (o, n) => expectEqual(o.codes, { 'refs/unresolved': n }, 'codes'),
};

/**
 * A valid offering of n sessions: four 90-minute sessions a weekday (no
 * nationwide holiday), ten per module, every module covered exactly.
 */
function validOffering(n: number): { program: string; offering: string } {
  const sessions: { id: string; date: string; time: string; modules: string[] }[] = [];
  const slots = ['08:00-09:30', '10:00-11:30', '12:30-14:00', '14:30-16:00'];
  // Nationwide holidays of the years used, by a simple rule: these dates are skipped every year.
  const fixed = new Set(['01-01', '05-01', '10-03', '12-25', '12-26']);
  for (let day = Date.UTC(2000, 0, 3) / 86_400_000; sessions.length < n; day++) {
    const date = isoDay(day);
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday === 0 || weekday === 6 || fixed.has(date.slice(5)) || movable(date)) continue;
    for (const time of slots) if (sessions.length < n) sessions.push({ id: `s${sessions.length + 1}`, date, time, modules: [`m${Math.floor(sessions.length / 10) + 1}`] });
  }
  const modules = Math.ceil(n / 10);
  const program = JSON.stringify({
    kind: 'program',
    id: 'p',
    title: 'P',
    modules: Array.from({ length: modules }, (_, i) => ({ id: `m${i + 1}`, title: `M ${i + 1}`, hours: i + 1 < modules || n % 10 === 0 ? 20 : 2 * (n % 10) })),
  });
  return { program, offering: JSON.stringify({ kind: 'offering', id: 'o', program: 'p', timeZone: 'Europe/Berlin', sessions }) };
}

/** Easter-based nationwide holidays (Good Friday, Easter Monday, Ascension, Whit Monday). */
function movable(date: string): boolean {
  const year = Number(date.slice(0, 4));
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  const easter = Date.UTC(year, month - 1, day) / 86_400_000;
  const at = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  return [-2, 1, 39, 50].includes(at - easter);
}

const offeringSessions: Family<{ program: string; offering: string }> = {
  name: 'a valid offering of n sessions',
  before: '100,000 sessions (7 MB): 54–60 s and 1.1 GB',
  n: 25_000,
  small: 400,
  maxMB: 900,
  make: validOffering,
  run: ({ program, offering }) => validateTexts(['p.json', program], ['o.json', offering]),
  check: (o) => expectEqual(o.codes, {}, 'codes'),
};

const strayDates: Family<string> = {
  name: 'an offering with a quarter of its n sessions far from the rest',
  before: 'each stray date recomputed the others’ range: quadratic, and Math.min(...) of 100,000 dates overflows',
  n: 20_000,
  small: 200,
  maxMB: 800,
  make: (n) => {
    const stray = Math.floor(n / 4);
    const sessions = Array.from({ length: n }, (_, i) =>
      i < n - stray ? { date: isoDay(DAY_2027 + (i % 10)), time: '09:00-10:00' } : { date: isoDay(DAY_2027 + 800 + (i % 3)), time: '09:00-10:00' },
    );
    return JSON.stringify({ kind: 'offering', id: 'o', program: 'p', sessions });
  },
  run: (text) => {
    const outcome = validateTexts(['p.json', programOf(1)], ['o.json', text]);
    return { codes: { 'offering/outlier-date': outcome.codes?.['offering/outlier-date'] ?? 0 } };
  },
  check: (o, n) => expectEqual(o.codes, { 'offering/outlier-date': Math.floor(n / 4) }, 'codes'),
};

const longKeyMessage: Family<string> = {
  name: 'a key of n spaces, reported and formatted',
  before: '300,000 spaces: over 60 s in the stylish and JUnit formatters (/\\s*\\r?\\n\\s*/)',
  // At 4N the text is 2.4 million characters, under the size at which load counts UTF-8 bytes.
  n: 300_000,
  small: 2_000,
  maxMB: 300,
  make: (n) => JSON.stringify({ kind: 'program', id: 'p', title: 'T', modules: [], [`${' '.repeat(n)}x\n${' '.repeat(n)}`]: 1 }),
  run: (text) => {
    const diagnostics = validate(parseDocument(text, { filename: 'p.json' }));
    const reports: FileReport[] = [{ file: 'p.json', diagnostics }];
    const out = formatStylish(reports) + formatJunit(reports) + formatGithub(reports);
    return { codes: countCodes(diagnostics), figures: { length: out.length } };
  },
  check: (o) => {
    expectEqual(o.codes, { 'schema/unknown-key': 1 }, 'codes');
    // The key is shortened in the message: the reports stay small whatever its length.
    expectTrue((o.figures?.length ?? 0) < 5_000, `reports of ${o.figures?.length} characters`);
  },
};

const longMessages: Family<FileReport[]> = {
  name: 'findings whose text holds n blanks, line breaks and ESC, in every report format',
  before: 'quadratic one-line collapsing; control characters reached the terminal and the CI log',
  n: 200_000,
  small: 1_000,
  maxMB: 400,
  make: (n) => {
    const text = `${' '.repeat(n)}\u001b[2J${' \n'.repeat(n / 10)}\u001b]0;pwned\u0007${'\t'.repeat(n)}`;
    const at = { path: '/x', line: 1, column: 1, endLine: 1, endColumn: 2 };
    const d: Diagnostic = { code: 'house/long', severity: 'error', messageId: 'long', data: {}, message: text, hint: text, ...at };
    // Many short findings and one long one: the long one must not pad every other line to its length.
    const short = Array.from({ length: n / 100 }, (_, i): Diagnostic => ({ code: 'house/short', severity: 'warning', messageId: 'short', data: {}, message: `short ${i}`, ...at }));
    return [{ file: 'evil\n::error file=x.yaml,line=1::pwned\u001b[31m.yaml', diagnostics: [d, ...short] }];
  },
  run: (reports) => {
    const sarif = formatSarif(reports, { version: '0', informationUri: 'https://example.org', rules: [] });
    const out = [formatStylish(reports), formatJunit(reports), formatGithub(reports), sarif].join('\n');
    return { figures: { length: out.length, esc: (out.match(/\u001b/g) ?? []).length, bel: (out.match(/\u0007/g) ?? []).length }, text: formatGithub(reports).split('\n')[0]!.slice(0, 120) };
  },
  check: (o, n) => {
    expectEqual(o.figures?.esc, 0, 'ESC characters in the reports');
    expectEqual(o.figures?.bel, 0, 'BEL characters in the reports');
    // Linear in the text, not in the text times the number of findings.
    expectTrue((o.figures?.length ?? 0) < 40 * n, `reports of ${o.figures?.length} characters`);
    // The file name's line break and colons stay inside the property: one workflow command per line.
    expectTrue(o.text?.startsWith('::error file=evil%0A%3A%3Aerror file=x.yaml%2Cline=1%3A%3Apwned\\u001b[31m.yaml,line=1') === true, `github line ${o.text}`);
  },
};

const globPatterns: Family<string> = {
  name: 'the glob *a*a*a*a*b.yaml against a file name of n letters a',
  before: '18 s and more (a backtracking regular expression)',
  n: 2_000,
  small: 200,
  maxMB: 200,
  make: (n) => 'a'.repeat(n),
  run: (name) => {
    const matches = globMatcher('*a*a*a*a*b.yaml');
    let hits = 0;
    for (let i = 0; i < 20; i++) if (matches(`${name}${i}.yaml`)) hits++;
    return { figures: { hits } };
  },
  check: (o) => expectEqual(o.figures?.hits, 0, 'matches'),
};

const icsYears: Family<Offering> = {
  name: 'an ICS of n sessions, one of them in 1900 and one in 2200',
  before: 'a VTIMEZONE for every year between the first and last session: 0001–9999 took 8.75 s and 1.5 MB',
  n: 20_000,
  small: 100,
  maxMB: 500,
  make: (n) => {
    const sessions = Array.from({ length: n }, (_, i) => ({ date: isoDay(DAY_2027 + (i % 300)), time: '09:00-12:00', status: 'scheduled' as const }));
    sessions[0]!.date = '1900-01-02';
    sessions[n - 1]!.date = '2200-12-30';
    const parsed = parseOffering(JSON.stringify({ kind: 'offering', id: 'o', program: 'p', timeZone: 'Europe/Berlin', sessions }), { filename: 'o.json' });
    if (parsed.value === undefined) throw new Error(parsed.diagnostics[0]?.message);
    return parsed.value;
  },
  run: (offering) => {
    const ics = toIcs(offering, PLAIN_PROGRAM, { now: new Date(Date.UTC(2027, 0, 1)) });
    const zone = ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    return { figures: { events: (ics.match(/BEGIN:VEVENT/g) ?? []).length, zoneParts: (zone.match(/BEGIN:(?:STANDARD|DAYLIGHT)/g) ?? []).length } };
  },
  check: (o, n) => {
    expectEqual(o.figures?.events, n, 'events');
    // Parts for 1899–1900, 2026–2028 and 2199–2200 only, not three centuries of changes.
    expectTrue((o.figures?.zoneParts ?? 0) <= 20, `${o.figures?.zoneParts} VTIMEZONE parts`);
  },
};

const exportText: Family<{ offering: Offering; program: Program }> = {
  name: 'CSV and Markdown of n sessions whose texts hold NUL, BEL, ESC and runs of # and blank lines',
  before: 'control characters passed into CSV and Markdown printed to a terminal',
  n: 10_000,
  small: 50,
  maxMB: 500,
  make: (n) => {
    const evil = `x\u0000\u0007\u001b[2J${'#'.repeat(50)} ${'\n'.repeat(20)}`;
    const program = parseProgram(JSON.stringify({ kind: 'program', id: 'p', title: `${evil}Titel${'#'.repeat(200)}`, modules: [{ id: 'a', title: evil, hours: 2 }] }), {
      filename: 'p.json',
    }).value;
    if (program === undefined) throw new Error('export family: the program does not parse');
    // Built in code (as an app would), so that 4N sessions are not held back by the 8 MiB limit of a text.
    const offering: Offering = {
      kind: 'offering',
      id: 'o',
      program: 'p',
      timeZone: 'Europe/Berlin',
      sessions: Array.from({ length: n }, (_, i) => ({ date: isoDay(DAY_2027 + (i % 200)), time: '09:00-10:30', title: evil, note: evil, modules: ['a'], status: 'scheduled' as const })),
    } as Offering;
    return { offering, program };
  },
  run: ({ offering, program }) => {
    const out = toCsv(offering, program) + toMarkdown(offering, program);
    return { figures: { controls: (out.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g) ?? []).length, length: out.length } };
  },
  check: (o) => expectEqual(o.figures?.controls, 0, 'control characters in CSV and Markdown'),
};

const longAmounts: Family<string[]> = {
  name: 'amounts of n characters (digits and blanks)',
  before: 'amounts are read with sticky expressions; a long one must cost its length, not its square',
  n: 200_000,
  small: 1_000,
  maxMB: 300,
  make: (n) => [`1${' '.repeat(n)}x`, `${'1'.repeat(n)}e`, `1 ${'2'.repeat(n)}/`, `${'9'.repeat(n)} UE`],
  run: (amounts) => ({ figures: { ok: amounts.filter((a) => parseDuration(a, 'UE').ok).length } }),
  check: (o) => expectEqual(o.figures?.ok, 0, 'amounts read'),
};

/** Every family, in the order of the issue. */
export const FAMILIES: readonly Family<never>[] = [
  unknownKeys,
  repeatedKeys,
  unknownRequires,
  unknownSessionModules,
  offeringSessions,
  strayDates,
  longKeyMessage,
  longMessages,
  globPatterns,
  icsYears,
  exportText,
  longAmounts,
] as unknown as Family<never>[];
