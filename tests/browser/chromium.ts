// Headless Chromium for tests: Debian's chromium (`apt-get install chromium`),
// driven by playwright-core, which never downloads a browser of its own.
// Reusable for anything that needs a real page (bundles, rendered pages,
// screenshots).
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The browser binary: CHROMIUM_PATH, else Debian's. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * In CI (CI set, as .ci/run does) a missing browser is a failure; on a
 * developer's machine the browser tests are left out with one line that
 * says how to get it.
 */
const browserRequired = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false' && process.env.CI !== '0';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether the browser tests run here: Chromium is installed, or CI requires them (and then fails without it). */
export const browserTestsRun = browserRequired || executable(CHROMIUM_PATH);

/** The one line `npm test` prints when it leaves the browser tests out. */
const MISSING_CHROMIUM = `browser tests left out: no Chromium at ${CHROMIUM_PATH}; install it with \`apt-get install chromium\` (or set CHROMIUM_PATH)`;

if (!browserTestsRun) console.warn(MISSING_CHROMIUM);

// The flags that let Chromium start on a closed network without waiting on
// (or flooding) hosts it cannot reach; --no-sandbox because tests may run as root.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running browser with a fresh profile; {@link BrowserSession.close} ends it and removes the profile. */
export interface BrowserSession {
  context: BrowserContext;
  /** A new page that records uncaught errors and console errors in {@link BrowserSession.errors}. */
  newPage(): Promise<Page>;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh, empty profile (--user-data-dir).
 * Fails with a clear message when the browser is missing.
 * `javaScriptEnabled: false` runs it with scripts turned off.
 */
export async function launchChromium(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserSession> {
  if (!executable(CHROMIUM_PATH)) {
    throw new Error(`Chromium is required here (CI) but missing at ${CHROMIUM_PATH}: install it with \`apt-get install chromium\``);
  }
  const profile = mkdtempSync(join(tmpdir(), 'curricula-chromium-'));
  let context: BrowserContext;
  try {
    // A persistent context is how playwright takes a profile folder of ours (it refuses --user-data-dir in args).
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: FLAGS,
      timeout: 20_000,
      // false shows a page as a reader with scripts turned off sees it (the pages need none).
      javaScriptEnabled: options.javaScriptEnabled ?? true,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const errors: string[] = [];
  return {
    context,
    errors,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
      });
      return page;
    },
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}
