// The pages as a person sees them, in headless Chromium with JavaScript
// turned off: nothing is fetched but the page itself, the graph's boxes
// stand left to right in `requires` order, every session day is marked in
// the calendar, each sign-in sheet prints as one A4 page, and every text
// passes WCAG AA contrast against what is behind it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCalendar } from '../../src/pages/calendar-view.js';
import { toHandbook } from '../../src/pages/handbook.js';
import { toSignInSheet } from '../../src/pages/sign-in-sheet.js';
import { toTimetablePage } from '../../src/pages/timetable.js';
import { browserTestsRun, launchChromium, type BrowserSession } from '../browser/chromium.js';
import { examples, seed000, seed000Run, tracked, trackedRun } from './fixtures.js';

const PAGES = {
  handbook: toHandbook(seed000, { offerings: [seed000Run] }),
  'handbook-tracks': toHandbook(tracked, { offerings: [trackedRun] }),
  calendar: toCalendar(seed000Run, seed000),
  sheet: toSignInSheet(seed000Run, seed000),
} as const;
type PageName = keyof typeof PAGES;

/** Every page of the bundled examples, opened too: nothing fetched, readable contrast. */
const programFor = (id: string) => examples.programs.find((p) => p.id === id);
const EXAMPLE_PAGES: Record<string, string> = Object.fromEntries([
  ...examples.programs.map((p) => [`handbook-${p.id}`, toHandbook(p, { offerings: examples.offerings.filter((o) => o.program === p.id) })]),
  ...examples.offerings.map((o) => [`calendar-${o.id}`, toCalendar(o, programFor(o.program))]),
  ...examples.offerings.map((o) => [`sheet-${o.id}`, toSignInSheet(o, programFor(o.program))]),
  ...examples.offerings.map((o) => [`timetable-${o.id}`, toTimetablePage(o, programFor(o.program), { agenda: 'from-topics' })]),
  ['timetable-seed-000', toTimetablePage(seed000Run, seed000, { agenda: 'from-topics', profiles: ['bildungsurlaub/NI', 'bildungsurlaub/BW'] })],
]);

// Runs in the page, where the DOM is; the tests compile without the DOM types.
type Dom = any;

/** Texts whose contrast against their background is below WCAG AA (4.5:1, large text 3:1), measured in the page. */
function contrastProblems(): string[] {
  const { document, getComputedStyle, SVGElement, Node } = globalThis as Dom;
  const rgba = (text: string): [number, number, number, number] => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(text);
    if (m === null) {
      // Named or hex fills in SVG attributes.
      const hex = /^#([0-9a-f]{6})$/i.exec(text.trim());
      if (hex === null) return [0, 0, 0, 0];
      const n = parseInt(hex[1]!, 16);
      return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
    }
    return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  };
  const luminance = ([r, g, b]: number[]): number => {
    const c = [r!, g!, b!].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
  };
  const ratio = (a: number[], b: number[]): number => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  const background = (element: Dom): number[] => {
    if (element instanceof SVGElement) {
      // SVG text sits on the box drawn before it in its group, else on the page.
      let group: Dom = element.closest('g');
      while (group !== null) {
        const box = group.querySelector(':scope > rect');
        if (box !== null) return rgba(box.getAttribute('fill') ?? '#ffffff');
        group = group.parentElement?.closest('g') ?? null;
      }
      element = element.closest('svg')!.parentElement!;
    }
    for (let e: Dom = element; e !== null; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.backgroundImage !== 'none') return [-1, -1, -1, -1];
      const color = rgba(style.backgroundColor);
      if (color[3] > 0) return color;
    }
    return [255, 255, 255, 1];
  };
  const problems: string[] = [];
  for (const element of document.querySelectorAll('body *')) {
    const own = [...element.childNodes].some((n: Dom) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
    if (!own) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const fg = rgba(element instanceof SVGElement ? style.fill : style.color);
    const bg = background(element);
    const text: string = element.textContent.trim().slice(0, 40);
    if (bg[0]! < 0) {
      problems.push(`${text}: text drawn on a pattern`);
      continue;
    }
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const r = ratio(fg, bg);
    if (r < (large ? 3 : 4.5)) problems.push(`${text}: ${r.toFixed(2)}:1 (${style.color} on ${String(bg)})`);
  }
  return problems;
}

describe.skipIf(!browserTestsRun)('the pages in headless Chromium, without JavaScript', () => {
  let browser: BrowserSession | undefined;
  let dir = '';
  const opened = new Map<PageName, { page: Page; requests: string[] }>();
  const others = new Map<string, { page: Page; requests: string[] }>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'curricula-pages-'));
    browser = await launchChromium({ javaScriptEnabled: false });
    const open = async (name: string, html: string) => {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, html);
      const page = await browser!.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(pathToFileURL(file).href);
      return { page, requests };
    };
    for (const [name, html] of Object.entries(PAGES) as [PageName, string][]) opened.set(name, await open(name, html));
    for (const [name, html] of Object.entries(EXAMPLE_PAGES)) others.set(name, await open(name, html));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('loads nothing but the page itself, and reports no error', () => {
    for (const [name, { requests }] of [...opened, ...others]) expect(requests, name).toEqual([pathToFileURL(join(dir, `${name}.html`)).href]);
    expect(others.size).toBe(examples.programs.length + 3 * examples.offerings.length + 1);
    expect(browser!.errors).toEqual([]);
  });

  it('takes a screenshot of each page kind', async () => {
    for (const [name, { page }] of opened) {
      const png = await page.screenshot({ fullPage: false });
      expect(png.subarray(1, 4).toString('latin1'), name).toBe('PNG');
      expect(png.length, name).toBeGreaterThan(10_000);
    }
  });

  it('draws the graph left to right in requires order, one column per layer', async () => {
    for (const name of ['handbook', 'handbook-tracks'] as const) {
      const boxes = await opened.get(name)!.page.$$eval('g.node', (nodes) =>
        nodes.map((n) => {
          const r = n.querySelector('rect')!.getBoundingClientRect();
          return { id: n.getAttribute('data-module')!, layer: Number(n.getAttribute('data-layer')), left: r.left, right: r.right, width: r.width };
        }),
      );
      const program = name === 'handbook' ? seed000 : tracked;
      expect(boxes.map((b) => b.id).sort()).toEqual(program.modules.map((m) => m.id).sort());
      const at = new Map(boxes.map((b) => [b.id, b]));
      for (const m of program.modules) for (const r of m.requires ?? []) expect(at.get(r)!.right, `${r} before ${m.id}`).toBeLessThan(at.get(m.id)!.left);
      for (const a of boxes) {
        expect(a.width).toBeGreaterThan(100);
        for (const b of boxes) if (a.layer === b.layer) expect(a.left).toBeCloseTo(b.left, 0);
      }
    }
    // Seed 000: the introduction alone on the left, six modules in the middle, the closing module on the right.
    const columns = await opened.get('handbook')!.page.$$eval('g.node', (nodes) => nodes.map((n) => Number(n.getAttribute('data-layer'))));
    expect([0, 1, 2].map((l) => columns.filter((c) => c === l).length)).toEqual([1, 6, 1]);
  });

  it('marks every session day in the calendar, as its status says', async () => {
    const cells = await opened.get('calendar')!.page.$$eval('td[data-date]', (tds) =>
      tds.map((td) => {
        const { getComputedStyle } = globalThis as Dom;
        const style = getComputedStyle(td);
        const r = td.getBoundingClientRect();
        const mark = td.querySelector('.mark');
        return {
          date: td.getAttribute('data-date')!,
          status: td.getAttribute('data-status'),
          background: style.backgroundColor,
          pattern: style.backgroundImage,
          visible: r.width > 10 && r.height > 10,
          mark: mark?.textContent ?? '',
          struck: mark === null ? false : (getComputedStyle(mark.querySelector('del') ?? mark).textDecorationLine as string).includes('line-through'),
        };
      }),
    );
    const byDate = new Map(cells.map((c) => [c.date, c]));
    let number = 0;
    for (const session of seed000Run.sessions) {
      number++;
      if (session.date === undefined) continue;
      const cell = byDate.get(session.date)!;
      expect(cell.visible, session.date).toBe(true);
      expect(cell.mark, session.date).toContain(`T${number}`);
      if (session.status === 'scheduled') expect(cell.background, session.date).toBe('rgb(207, 227, 247)');
      if (session.status === 'cancelled') expect(cell.struck, session.date).toBe(true);
      if (session.status === 'to-be-agreed') expect(cell.pattern, session.date).toContain('repeating-linear-gradient');
    }
    // Days without a session are not marked.
    const dated = new Set(seed000Run.sessions.map((s) => s.date));
    for (const cell of cells) if (!dated.has(cell.date)) expect(cell.mark).toBe('');
    expect(byDate.get('2027-01-06')!.background).toBe('rgb(253, 236, 234)');
  });

  it('prints the calendar on A4 landscape and each sign-in sheet as one A4 page', async () => {
    const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    const sheets = await opened.get('sheet')!.page.pdf({ preferCSSPageSize: true, printBackground: true });
    const scheduled = seed000Run.sessions.filter((s) => s.status === 'scheduled' && s.date !== undefined).length;
    expect(pages(sheets)).toBe(scheduled);
    expect(sheets.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 841\.\d+\]/);
    const calendar = await opened.get('calendar')!.page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(calendar.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.\d+ 59[45]\.\d+\]/);
  });

  it('passes WCAG AA contrast for every text', async () => {
    for (const [name, { page }] of [...opened, ...others]) expect(await page.evaluate(contrastProblems), name).toEqual([]);
    // The measure can fail: light grey on white is caught, black on white is not.
    const probe = await browser!.newPage();
    await probe.setContent('<p style="color:#aaaaaa">too light</p><p style="color:#000">fine</p>');
    expect(await probe.evaluate(contrastProblems)).toEqual([expect.stringMatching(/^too light: 2\.\d+:1/)]);
    await probe.close();
  });
});
