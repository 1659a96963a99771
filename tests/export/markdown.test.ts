import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { toMarkdown, type ScheduleExplanation } from '../../src/export/index.js';
import { markdownCell } from '../../src/export/markdown.js';
import type { Offering } from '../../src/model/offering.js';
import type { PlanExplanation } from '../../src/schedule/explanation.js';
import { offering, program, withSessions } from './fixtures.js';
import { numRuns } from '../setup/runs.js';

/** `html: true` as on GitHub; the output has no raw HTML, so `html: false` must render the same (checked below). */
const commonmark = new MarkdownIt({ html: true });
const htmlOff = new MarkdownIt({ html: false });

/** What markdown-it writes for user text shown as it was given: HTML-escaped, trimmed, line breaks as ` · `. */
function shown(text: string): string {
  return text
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[ \t]*(?:\r\n?|\n)\s*/g, ' · ');
}

/** Splits a GFM table row into cells: `|` separates unless escaped by a backslash. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\') {
      cell += c + (row[i + 1] ?? '');
      i++;
    } else if (c === '|') {
      out.push(cell.replace(/^[ \t]+|[ \t]+$/g, '')); // GFM trims ASCII spaces only
      cell = '';
    } else cell += c;
  }
  return out;
}

/** The table that follows a heading: its rows as cells. */
function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows.map(cells);
}

/** What a renderer shows for an escaped cell. */
function unescape(cell: string): string {
  return cell
    .replace(/\\(.)/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('toMarkdown', () => {
  const md = toMarkdown(offering, program);

  it('starts with the title and the offering facts', () => {
    expect(md.startsWith('# Ehrenamtliches Engagement im sozialen Netzwerk\n\n')).toBe(true);
    expect(md).toContain('- **Durchführung:** `ehrenamt-netzwerk-2027`');
    expect(md).toContain('- **Zeitraum:** Fr, 26.03.2027 – Fr, 12.11.2027');
    expect(md).toContain('- **Termine:** 5 geplant, 1 abgesagt, 1 nach Absprache');
    expect(md).toContain('- **Unterrichtszeit:** 32 UE');
    expect(md).toContain('- **Umfang (Weiterbildung):** 40 UE');
    expect(md.endsWith('\n')).toBe(true);
    expect(md.endsWith('\n\n')).toBe(false);
  });

  it('writes a session table with a header, a delimiter row and one row per dated session', () => {
    const rows = tableAfter(md, '## Termine');
    expect(rows[0]).toEqual(['Termin', 'Datum', 'Zeit', 'Bausteine', 'Unterrichtszeit', 'Status']);
    expect(rows[1]).toEqual(['---', '---', '---', '---', '---', '---']);
    expect(rows).toHaveLength(2 + 6);
    for (const r of rows) expect(r).toHaveLength(6);
    expect(rows[2]).toEqual(['auftakt', 'Fr, 26.03.2027', '09:30–16:30', 'Einstieg in die Netzwerkarbeit', '8 UE', 'geplant']);
    expect(rows[5]![3]).toBe('Ressourcen „sichern“ · Bedarfe erheben');
    expect(rows[6]![5]).toBe('abgesagt (Krankheit)');
    expect(rows[7]).toEqual(['#7', 'Fr, 12.11.2027', 'ganztägig', 'Abschluss (ganztägig)', '', 'geplant']);
  });

  it('writes a module overview with hours in the program unit and the sessions covering each module', () => {
    const rows = tableAfter(md, '## Bausteine im Überblick');
    // A session still to be agreed names the Schreibwerkstatt: its time is not planned but still to be agreed.
    expect(rows[0]).toEqual(['Baustein', 'Umfang', 'Geplant', 'Noch nach Absprache', 'Termine']);
    expect(rows.slice(2)).toEqual([
      ['Einstieg in die Netzwerkarbeit', '16 UE', '16 UE', '', 'auftakt, #2'],
      ['Planung \\| Aufbau', '24 UE', '16 UE', '', '#3, #4, #5'],
      ['\u00a0\u00a0↳ Bedarfe erheben', '8 UE', '10 UE', '', '#3, #4'],
      ['\u00a0\u00a0↳ Ressourcen „sichern“', '16 UE', '6 UE', '', '#4, #5'],
      ['Schreibwerkstatt', '4 UE', '0 UE', '4 UE', ''],
    ]);
    // Without sessions to be agreed the column is not there.
    const agreed = toMarkdown({ ...offering, sessions: offering.sessions.filter((s) => s.status !== 'to-be-agreed') }, program);
    expect(tableAfter(agreed, '## Bausteine im Überblick')[0]).toEqual(['Baustein', 'Umfang', 'Geplant', 'Termine']);
  });

  it('shows hours in the program unit (clock hours)', () => {
    const inHours = toMarkdown(offering, { ...program, unit: 'h', hours: 30, modules: [{ id: 'einstieg', title: 'Einstieg', hours: 12 }] });
    expect(tableAfter(inHours, '## Termine')[2]![4]).toBe('6 Std.');
    expect(tableAfter(inHours, '## Bausteine im Überblick')[2]).toEqual(['Einstieg', '12 Std.', '12 Std.', '', 'auftakt, #2']);
  });

  it('lists the sessions to be agreed', () => {
    expect(md).toContain('## Termine nach Absprache\n\n- #6: Schreibwerkstatt; nach Absprache mit den Teilnehmenden\n');
  });

  it('writes English with English weekdays', () => {
    const en = toMarkdown(offering, program, { locale: 'en' });
    const rows = tableAfter(en, '## Sessions');
    expect(rows[0]).toEqual(['Session', 'Date', 'Time', 'Modules', 'Teaching time', 'Status']);
    expect(rows[2]!.slice(1, 3)).toEqual(['Fri, 2027-03-26', '09:30–16:30']);
    expect(rows[3]![1]).toBe('Mon, 2027-03-29');
    expect(en).toContain('## Sessions to be agreed');
  });

  it('keeps the table intact with pipes, backslashes, markup and newlines in titles', () => {
    const title = 'A | B \\| C\\ *fett* <b>x</b> & _y_\nzweite Zeile';
    const o = withSessions([{ date: '2027-06-01', time: '09:00-10:00', status: 'scheduled', title }]);
    const rows = tableAfter(toMarkdown(o, program), '## Termine');
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveLength(6);
    expect(unescape(rows[2]![3]!)).toBe(title.replace('\n', ' · '));
    expect(rows[2]![3]).not.toContain('\n');
  });

  it('explains the dates when given the planner explanation', () => {
    const explanation: PlanExplanation = {
      summary: { en: '6 sessions on Fridays and Mondays', de: '6 Termine freitags und montags' },
      layout: 'consecutive',
      chosen: [
        { date: '2027-03-26', sessionId: 'auftakt', modules: ['einstieg'], reason: 'start', detail: { en: 'first allowed day', de: 'erster erlaubter Tag' } },
      ],
      skipped: [
        { date: '2027-03-27', reason: 'weekday', detail: { en: 'Saturday', de: 'Samstag' } },
        { date: '2027-03-28', reason: 'weekday', detail: { en: 'Sunday', de: 'Sonntag' } },
        { date: '2027-05-01', reason: 'holiday', detail: { en: 'public holiday: Labour Day', de: 'gesetzlicher Feiertag: Tag der Arbeit' } },
      ],
      defaults: [],
      notes: [],
    };
    const de = toMarkdown(offering, program, { explanation });
    expect(de).toContain(
      '## Warum diese Termine\n\n6 Termine freitags und montags\n\n' +
        '- **Anordnung:** aufeinanderfolgend: die Termine an nutzbaren Tagen nacheinander (ab dem Beginn, oder mit nur einem Ende rückwärts davon)\n\n' +
        '### Gewählt\n\n- Fr, 26.03.2027 — Einstieg in die Netzwerkarbeit: erster erlaubter Tag\n\n' +
        '### Ausgelassen\n\n- Sa, 01.05.2027: gesetzlicher Feiertag: Tag der Arbeit\n- 2 weitere Tage sind keine Unterrichtstage\n',
    );
    const en = toMarkdown(offering, program, { explanation, locale: 'en' });
    expect(en).toContain('## Why these dates');
    expect(en).toContain('- Sat, 2027-05-01: public holiday: Labour Day\n- 2 more days are not teaching days\n');
    expect(md).not.toContain('Warum diese Termine');
    expect(toMarkdown(offering, program, { explanation: { chosen: [], skipped: [] } })).not.toContain('Warum');
  });

  it('accepts a minimal explanation with plain texts', () => {
    const minimal: ScheduleExplanation = { chosen: [{ date: '2027-03-26', reason: 'start' }], skipped: [{ date: '2027-05-02', reason: 'blackout' }] };
    const text = toMarkdown(offering, program, { explanation: minimal });
    expect(text).toContain('- Fr, 26.03.2027: start\n');
    expect(text).toContain('- So, 02.05.2027: blackout\n');
  });

  it('needs the program, rather than writing ids for titles', () => {
    const untyped = toMarkdown as (offering: Offering) => string;
    expect(() => untyped(offering)).toThrow(/toMarkdown needs the program the offering runs/);
  });

  it('says when there are no dated sessions', () => {
    const empty = toMarkdown(withSessions([]), program);
    expect(empty).toContain('## Termine\n\n_keine_\n');
  });

  it('is deterministic', () => {
    expect(toMarkdown(offering, program)).toBe(md);
  });
});

describe('markdownCell', () => {
  it('escapes pipes and backslashes so a GFM row splits only at its own pipes', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('a\\|b')).toBe('a\\\\\\|b');
    expect(markdownCell('x\r\ny\nz')).toBe('x · y · z');
    expect(markdownCell('Hauptstr. 28  \n\n  70563 Stuttgart')).toBe('Hauptstr. 28 · 70563 Stuttgart');
  });

  it('writes no raw HTML: renderers with HTML off show the page as GitHub does', () => {
    const text = toMarkdown(withSessions([{ date: '2027-03-26', status: 'cancelled', reason: 'Raum\nfehlt', note: 'a<br>b' }], { ...offering, location: 'Hauptstr. 28\n70563 Stuttgart' }), program);
    expect(text).not.toMatch(/<[a-z/!]/i);
    expect(text).toContain('Hauptstr. 28 · 70563 Stuttgart');
    expect(htmlOff.render(text)).toBe(commonmark.render(text));
  });
});

describe('toMarkdown: user text never starts a block', () => {
  const page = (title: string, description: string, programTitle = 'Kurs'): string =>
    toMarkdown(withSessions([], { ...offering, title, description }), { ...program, title: programTitle });

  it('keeps a title like "2. Durchgang 2027" and a description like "# Achtung" as paragraphs', () => {
    const html = commonmark.render(page('2. Durchgang 2027', '# Achtung\nZeile 2 | x'));
    expect(html).toContain('<h1>Kurs</h1>\n<p>2. Durchgang 2027</p>\n<p># Achtung · Zeile 2 | x</p>\n');
    expect(html).not.toContain('<ol');
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it.each([
    ['- Träger', '<p>- Träger</p>'],
    ['+ plus', '<p>+ plus</p>'],
    ['1) erstens', '<p>1) erstens</p>'],
    ['---', '<p>---</p>'],
    ['===', '<p>===</p>'],
    ['> Zitat', '<p>&gt; Zitat</p>'],
    ['```js', '<p>```js</p>'],
    ['~~~', '<p>~~~</p>'],
    ['    eingerückt', '<p>eingerückt</p>'],
    ['<div>x</div>', '<p>&lt;div&gt;x&lt;/div&gt;</p>'],
    ['\n\nnach Leerzeilen', '<p>nach Leerzeilen</p>'],
  ])('writes the description %j as one paragraph', (description, expected) => {
    expect(commonmark.render(page('Kurs', description))).toContain(`<h1>Kurs</h1>\n${expected}\n<ul>`);
  });

  it('keeps a trailing # in the heading and escapes list items that look like numbered lists', () => {
    expect(commonmark.render(page('Kurs', '', 'Kurs C #'))).toMatch(/^<h1>Kurs C #<\/h1>/);
    expect(commonmark.render(page('Kurs', '', '##'))).toMatch(/^<h1>##<\/h1>/);
    const md = toMarkdown(offering, program, { explanation: { chosen: [{ modules: ['x'] }] } });
    const withTitle = toMarkdown(offering, { ...program, modules: [...program.modules, { id: 'x', title: '1. Tag', hours: 1 }] }, {
      explanation: { chosen: [{ modules: ['x'] }] },
    });
    expect(md).toContain('### Gewählt\n\n- x\n');
    expect(commonmark.render(withTitle)).toContain('<h3>Gewählt</h3>\n<ul>\n<li>1. Tag</li>\n</ul>');
  });

  it('renders any title, description and module title as the text itself, in the same blocks (property, markdown-it)', () => {
    const piece = fc.constantFrom(
      '#', '# ', '##', '-', '- ', '+ ', '*', '=', '===', '---', '>', '<', '<br>', '<div>', '`', '```', '~~~', '1. ', '2)', '.', ')',
      ' ', '    ', '\t', '\n', '\r\n', '\r', '|', '\\', '&', '&amp;', '_', '[', ']', '[a]: /u', '!', ':', '"', 'a', 'ä', '😀',
    );
    const userText = fc.oneof(
      fc.string({ unit: piece, maxLength: 8 }),
      fc.string({ maxLength: 20 }).map((t) => t.replace(/\0/g, '')),
    );
    fc.assert(
      fc.property(userText, userText, userText, userText, (head, title, description, moduleTitle) => {
        const prog = { ...program, title: head, modules: [{ id: 'm', title: moduleTitle, hours: 1 }] };
        const text = toMarkdown(withSessions([], { ...offering, title, description }), prog, {
          explanation: { chosen: [{ modules: ['m'] }] },
        });
        const html = commonmark.render(text);
        const paragraphs = [title === head ? '' : title, description]
          .filter((t) => t.trim() !== '')
          .map((t) => `<p>${shown(t)}</p>\n`)
          .join('');
        expect(html.startsWith(`<h1>${shown(head)}</h1>\n${paragraphs}<ul>\n<li><strong>Durchführung:</strong>`)).toBe(true);
        expect(html).toContain(`<h3>Gewählt</h3>\n<ul>\n<li>${shown(moduleTitle)}</li>\n</ul>`);
        expect(html).toContain(`<td>${shown(moduleTitle)}</td>`);
      }),
      { numRuns: numRuns(150, 1_500) },
    );
  });
});
