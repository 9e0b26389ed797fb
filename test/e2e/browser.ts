/**
 * Helpers for the end-to-end tests: start the real server (as the API tests do), launch Debian's
 * Chromium through playwright-core, read the API beside the page, and run axe-core in a page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../server/startServer.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type { RunningServer };

/**
 * Starts the explorer (test/server/startServer.ts: the built server on a free port) after checking
 * that the web app is built; its `url` has no trailing slash, so `${url}${path}` is a page address.
 */
export async function startExplorer(): Promise<RunningServer> {
  if (!existsSync(join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('dist/web is missing: run "npm run build" first.');
  const server = await startServer();
  return { ...server, url: server.url.replace(/\/$/, '') };
}

/** GET a JSON route of the server under test (an independent path to the numbers the page shows). */
export async function fetchJson<T>(server: RunningServer, path: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** Waits until the league table shows the answer to the API query with exactly these parameters. */
export async function waitForTable(target: Page, params: Record<string, string>): Promise<void> {
  await target.waitForFunction((expected) => {
    const { document, location } = globalThis as unknown as PageGlobals;
    const url = document.querySelector('#league-table')?.getAttribute('data-url');
    if (url === null || url === undefined) return false;
    const given = new URL(url, location.href).searchParams;
    const keys = new Set([...given.keys(), ...Object.keys(expected)]);
    return [...keys].every((key) => (given.get(key) ?? '') === (expected[key] ?? ''));
  }, params);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string }>;
}

/**
 * The little of the page's globals that code run inside the browser uses (functions passed to
 * page.evaluate cast globalThis to this, as they were written when the tests had no DOM types).
 */
export interface PageGlobals {
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
  location: { href: string };
  axe?: { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> };
}

/** The id of the element that has the focus in the page ('' for one without an id, null for none). */
export function focusedId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

/** Runs axe-core on the page as it is and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Runs axe-core on the page as it is and returns every violation, whatever its impact. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => (globalThis as unknown as PageGlobals).axe !== undefined);
  // evaluated through the DevTools protocol, not as an inline <script>: the server's Content-Security-Policy forbids those
  if (!loaded) await page.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const { axe, document } = globalThis as unknown as PageGlobals;
    if (axe === undefined) throw new Error('axe-core did not load');
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 3).map((node) => ({ target: node.target, html: node.html.slice(0, 200) })),
    }));
  });
  return violations;
}

/**
 * The explorer and Chromium for the tests of one file: started before them (beforeAll), with one
 * context (of the given options: viewport, touch…) and page, and closed after them (afterAll). Read the fields inside
 * the tests, once they have started.
 */
export function explorerForTests(options: BrowserContextOptions = { viewport: { width: 1200, height: 900 } }): { readonly server: RunningServer; readonly browser: Browser; readonly context: BrowserContext; readonly page: Page } {
  const session = {} as { server: RunningServer; browser: Browser; context: BrowserContext; page: Page };
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([startExplorer(), launchBrowser()]);
    session.context = await session.browser.newContext(options);
    session.page = await session.context.newPage();
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
