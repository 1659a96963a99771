// Writes the screenshots README shows, one per page kind, from seed 000 as
// `npm start` plans it: docs/handbook.png (the prerequisite graph of the
// module handbook), docs/calendar.png (the calendar view, with session 4
// cancelled and session 8 still to be agreed, as a coordinator marks them
// after the plan) and docs/sign-in-sheet.png (the first sign-in sheet, as
// printed: A4). Needs the build (npm run build) and Debian's Chromium
// (CHROMIUM_PATH to use another). Run: npm run docs:screenshots
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { parseProgram, plan } from '../dist/index.js';
import { toCalendar, toHandbook, toSignInSheet } from '../dist/pages.js';

const root = resolve(import.meta.dirname, '..');
const program = parseProgram(readFileSync(join(root, 'examples/ehrenamt-netzwerk.program.yaml'), 'utf8')).value;
const offering = plan(program, { start: '2027-01-04', state: 'BW' }).offering;
const changed = structuredClone(offering);
changed.location = 'Hauptstr. 28, 70563 Stuttgart';
changed.sessions[3] = { ...changed.sessions[3], status: 'cancelled', reason: 'Referentin erkrankt' };
changed.sessions[7] = { ...changed.sessions[7], status: 'to-be-agreed' };

const dir = mkdtempSync(join(tmpdir(), 'curricula-screenshots-'));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const shoot = async (name, html, { width, height, selector, until, print = false }) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width, height }, javaScriptEnabled: false });
    if (print) await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(file).href);
    const path = join(root, 'docs', `${name}.png`);
    if (until !== undefined) {
      // From the top of the page to the end of `until`: the calendar without its list of sessions.
      const box = await page.locator(until).first().boundingBox();
      await page.screenshot({ path, clip: { x: 0, y: 0, width, height: Math.ceil(box.y + box.height + 16) } });
    } else await page.locator(selector).first().screenshot({ path });
    await page.close();
    console.log(`docs/${name}.png`);
  };
  await shoot('handbook', toHandbook(program, { offerings: [offering] }), { width: 980, height: 800, selector: '#graph' });
  await shoot('calendar', toCalendar(changed, program), { width: 1120, height: 800, until: '.legend-section' });
  // A4 at 96 dpi is 794 px wide; the print styles make the sheet one page.
  await shoot('sign-in-sheet', toSignInSheet(offering, program), { width: 794, height: 1123, selector: 'section.sheet', print: true });
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
