// The pages as files a person opens: valid HTML, self-contained (nothing
// fetched from elsewhere, no script to run), in the document's language,
// headings in order, tables with headers, and the exact figures.
import { HtmlValidate } from 'html-validate';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { toCalendar } from '../../src/pages/calendar-view.js';
import { toHandbook } from '../../src/pages/handbook.js';
import { toSignInSheet } from '../../src/pages/sign-in-sheet.js';
import { toTimetablePage } from '../../src/pages/timetable.js';
import { examples, inlineProgram, seed000, seed000Plan, seed000Run, tracked, trackedRun } from './fixtures.js';

// html-validate's recommended rules, less one: `long-title` asks for titles of at most 70
// characters (for search result snippets), and a page's title is the program's full title.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

const programFor = (id: string) => examples.programs.find((p) => p.id === id);

/** Every page of the examples and fixtures, named. */
const pages: [string, string][] = [
  ['handbook seed 000', toHandbook(seed000, { offerings: [seed000Run] })],
  ['handbook tracked (en)', toHandbook(tracked, { offerings: [trackedRun] })],
  ['calendar seed 000', toCalendar(seed000Run, seed000)],
  ['calendar tracked', toCalendar(trackedRun, tracked)],
  ['sheet seed 000', toSignInSheet(seed000Run, seed000)],
  ['sheet tracked', toSignInSheet(trackedRun, tracked)],
  ['timetable seed 000 (agenda from topics)', toTimetablePage(seed000Run, seed000, { agenda: 'from-topics', profiles: ['bildungsurlaub/BW'] })],
  ['timetable tracked (en)', toTimetablePage(trackedRun, tracked, { locale: 'en' })],
  ...examples.programs.map((p): [string, string] => [`handbook ${p.id}`, toHandbook(p, { offerings: examples.offerings.filter((o) => o.program === p.id) })]),
  ...examples.offerings.map((o): [string, string] => [`calendar ${o.id}`, toCalendar(o, programFor(o.program))]),
  ...examples.offerings.map((o): [string, string] => [`sheet ${o.id}`, toSignInSheet(o, programFor(o.program))]),
  ...examples.offerings.map((o): [string, string] => [`timetable ${o.id}`, toTimetablePage(o, programFor(o.program), { agenda: 'from-topics' })]),
];

describe.each(pages)('%s', (_name, html) => {
  it('is valid HTML', async () => {
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.line}:${m.column})`))).toEqual([]);
  });

  it('is self-contained: no external URL, no style sheet or font to fetch, no script to run', () => {
    for (const [, url] of html.matchAll(/\s(?:href|src|srcset|action|poster|data)="([^"]*)"/g)) expect(url!.startsWith('#'), url).toBe(true);
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|@import|url\((?!#)/i);
    for (const [script] of html.matchAll(/<script\b[^>]*>/g)) expect(script).toBe('<script type="application/ld+json">');
  });

  it('names its language, has one h1 and headings that never skip a level, and tables with headers', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="(de|en)">/);
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    if (levels.length > 0) expect(levels[0]).toBe(1);
    for (let k = 1; k < levels.length; k++) expect(levels[k]! - levels[k - 1]!, `heading ${k}`).toBeLessThanOrEqual(1);
    for (const [table] of html.matchAll(/<table\b[^]*?<\/table>/g)) expect(table).toContain('<th');
  });
});

describe('the handbook', () => {
  it('writes the facts, the hours exactly and in clock hours, and German labels for a German program', () => {
    const html = toHandbook(seed000);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<dt>Umfang</dt><dd>160 UE (120 Std.)</dd>');
    expect(html).toContain('<dt>Teilnahmevoraussetzungen</dt><dd>Keine Voraussetzungen</dd>');
    expect(html).toContain('<h3>Baustein 8: Organisationsfragen in der Netzwerkarbeit</h3>');
    // Prerequisites link to the modules' sections, and every link has its target.
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids.has(target), target).toBe(true);
    expect(html).toMatch(/<dt>Voraussetzungen<\/dt><dd><span><a href="#m-planung">Planung und Aufbau/);
  });

  it('writes fractions exactly, tracks as tables of their modules, admission and certificate in words, in English for an English program', () => {
    const html = toHandbook(tracked);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<td>Roles</td><td class="num">10⅔ UE</td>');
    expect(html).toContain('<h3>Youth work</h3>');
    expect(html).toMatch(/<section class="track" id="t-verein"><h3>Club work<\/h3>[^]*?Money and funding[^]*?<\/section>/);
    expect(html).toContain('All of the following:<ul><li>At least 16 years old</li><li>Certificate: First aid, at least 9 UE, not older than 2 years</li></ul>');
    expect(html).toContain('Juleica<ul><li>issued by Landesjugendring</li><li>valid for 3 years</li><li>renewed with 8 UE within 3 years</li></ul>');
    expect(html).toContain('<dd>€120.00 per participant</dd>');
    expect(toHandbook(tracked, { locale: 'de' })).toContain('<dd>120,00\u00a0€ je Person</dd>');
  });

  it('in Markdown: the same sections, the graph in Mermaid, anchors for the links, user text escaped', () => {
    const md = toHandbook(tracked, { format: 'md' });
    expect(md).toContain('```mermaid\nflowchart LR\n');
    expect(md).toContain('| 1 | [Basics of youth work](#m-basics) | 16 UE |   | required |');
    expect(md).toContain('<a id="m-law"></a>');
    const rendered = new MarkdownIt({ html: true }).render(md);
    expect(rendered).toContain('<h1>Jugendleitung und Vereinsarbeit</h1>');
    expect(rendered).toContain('<code class="language-mermaid">');
    const tricky = toHandbook(inlineProgram('kind: program\nid: x\ntitle: "# A | B *c* #"\nmodules: [{ id: a, title: "<b>x</b>", hours: 1 }]\n'), { format: 'md' });
    const html = new MarkdownIt({ html: true }).render(tricky);
    expect(html).toContain('<h1># A | B *c* #</h1>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});

describe('the calendar view', () => {
  it('marks every session day, strikes through the cancelled one, hatches the one to be agreed, names the holidays', () => {
    const html = toCalendar(seed000Run, seed000);
    for (const session of seed000Run.sessions) {
      if (session.date === undefined) continue;
      expect(html).toMatch(new RegExp(`data-date="${session.date}" data-status="(session|cancelled|to-be-agreed)"`));
    }
    expect(html).toContain(`data-date="${seed000Run.sessions[3]!.date}" data-status="cancelled"`);
    expect(html).toContain(`data-date="${seed000Run.sessions[7]!.date}" data-status="to-be-agreed"`);
    expect(html).toContain('<td class="holiday" data-date="2027-01-06" title="Heilige Drei Könige">');
    expect(html).toContain('Feiertage in Baden-Württemberg: 01.01.2027 Neujahr; 06.01.2027 Heilige Drei Könige');
    expect(html).toContain('<caption>Januar 2027</caption>');
    expect(html).toContain('<h2>Termine nach Absprache</h2>');
  });

  it('without a state, names Germany’s nationwide holidays; in English, English names', () => {
    const html = toCalendar({ ...seed000Plan, state: undefined }, seed000, { locale: 'en' });
    expect(html).toContain('Public holidays in all of Germany: 2027-01-01 New Year&#39;s Day'.replace('&#39;', "'"));
    expect(html).not.toContain('Epiphany');
  });
});

describe('the timetable page', () => {
  it('German by default: facts, the verdict, a table per day with the agenda made from topics, breaks, the total', () => {
    const html = toTimetablePage(seed000Run, seed000, { agenda: 'from-topics', profiles: ['bildungsurlaub/BW'] });
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>Ablaufplan: Ehrenamtliches Engagement im sozialen Netzwerk in der Kommune</title>');
    expect(html).toContain('<dt>Ort</dt><dd>Hauptstr. 28, 70563 Stuttgart</dd>');
    expect(html).toMatch(/<li><span class="qualifies">Bildungszeit in Baden-Württemberg \(bildungsurlaub\/BW\): erfüllt die Voraussetzungen nach den ab 01\.07\.2015 gültigen Regeln \(BzG BW\)<\/span><\/li>/);
    expect(html).toContain('<p class="notice">Der Ablauf von 18 Terminen wurde aus den Themen der Module erzeugt');
    expect(html).toContain('<section class="day" data-date="2027-01-04"><h2>Tag 1: Mo, 04.01.2027</h2>');
    expect(html).toContain('<tr class="break"><td class="time">12:30–13:30</td><td>Pause</td><td></td><td class="num"></td></tr>');
    expect(html).toContain('<td class="time">09:30–11:45</td><td>Geschichte und fachwissenschaftliche Bezüge der Netzwerkarbeit</td><td>Einstieg in die Netzwerkarbeit</td><td class="num">3 UE</td>');
    expect(html).toContain('<p>Abgesagt: s04</p>');
  });

  it('names a recognition that does not qualify with its findings, in English when asked', () => {
    const html = toTimetablePage(trackedRun, tracked, { locale: 'en', profiles: ['bildungsurlaub/NI'] });
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<span class="fails">Educational leave in Lower Saxony \(bildungsurlaub\/NI\): does not qualify by the rules in force from 1997-05-01 \(NBildUG, DVO-NBildUG\)<\/span><ul><li>/);
  });
});

describe('the sign-in sheets', () => {
  it('one sheet per scheduled session with its facts and teaching units, none for cancelled or undated ones (said on screen)', () => {
    const html = toSignInSheet(seed000Run, seed000);
    const sheets = html.match(/<section class="sheet"/g) ?? [];
    expect(sheets).toHaveLength(seed000Run.sessions.filter((s) => s.status === 'scheduled' && s.date !== undefined).length);
    expect(html).toContain('<th scope="row">Unterrichtseinheiten</th><td>8 UE (6 Std.)</td>');
    expect(html).toContain('<th scope="row">Leitung</th><td>Dr. Anna Beispiel (Referentin)</td>');
    expect(html).toContain('Keine Liste für abgesagte Termine: s04');
    expect(html).toContain('Keine Liste für Termine nach Absprache: s08, #21');
    expect(html.match(/<tr><td class="num">\d+<\/td><td><\/td><td><\/td><td><\/td><\/tr>/g)?.length).toBe(18 * 15);
  });

  it('takes the number of lines from the options or the program, and refuses what does not fit a page', () => {
    expect(toSignInSheet(trackedRun, tracked, { rows: 4 }).match(/<td class="num">/g)).toHaveLength(2 * 4);
    expect(() => toSignInSheet(trackedRun, tracked, { rows: 31 })).toThrow(/rows must be a whole number from 1 to 30/);
  });
});
