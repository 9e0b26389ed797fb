/**
 * Honest words in the explorer (issue 9): the caveat line under the headline of the map, the
 * league table, the area page and Compare, with its link to the limits; stand-in labels; Carlisle's
 * county-wide value named; Torbay's thin School stage flagged. Expected words come from the API.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchJson, launchBrowser, startExplorer, waitForTable, type RunningServer } from './browser.js';

const CAVEAT_TEXT = "An open edition rebuilt from public data — not the Social Mobility Commission's published index. See the limits.";

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const api = <T>(path: string): Promise<T> => fetchJson<T>(server, path);

beforeAll(async () => {
  [server, browser] = await Promise.all([startExplorer(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function caveatOf(path: string, ready: string): Promise<{ text: string; href: string | null; afterHeading: boolean }> {
  await page.goto(`${server.url}${path}`);
  await page.locator(ready).first().waitFor();
  const caveat = page.locator('main [data-caveat]');
  expect(await caveat.count()).toBe(1);
  const text = ((await caveat.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const href = await caveat.getByRole('link', { name: 'See the limits' }).getAttribute('href');
  // The caveat sits with the headline: before the page's first h2.
  const afterHeading = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { compareDocumentPosition(o: unknown): number } | null } }).document;
    const line = doc.querySelector('main [data-caveat]');
    const h1 = doc.querySelector('main h1');
    const h2 = doc.querySelector('main h2');
    if (line === null || h1 === null) return false;
    const FOLLOWING = 4;
    return (h1.compareDocumentPosition(line) & FOLLOWING) !== 0 && (h2 === null || (line.compareDocumentPosition(h2) & FOLLOWING) !== 0);
  });
  return { text, href, afterHeading };
}

describe('the caveat line on every headline', () => {
  const pages: Array<[string, string, string]> = [
    ['map', '/', 'figure[aria-busy="false"] [data-area-code]'],
    ['league table', '/table', '#league-table tbody tr'],
    ['area page', '/area/E07000028', '#overall-rank'],
    ['Compare', '/compare?areas=E07000028,E07000026', 'main table tbody tr'],
    ['area page in open-latest', '/area/E06000063?edition=open-latest', '#overall-rank'],
  ];
  for (const [name, path, ready] of pages) {
    it(`${name} (${path})`, async () => {
      const { text, href, afterHeading } = await caveatOf(path, ready);
      expect(text).toBe(CAVEAT_TEXT);
      expect(href).toBe(path.includes('open-latest') ? '/method?edition=open-latest#limits' : '/method#limits');
      expect(afterHeading).toBe(true);
    });
  }

  it('links to the section on the limits of the method page', async () => {
    await page.goto(`${server.url}/method#limits`);
    await expect.poll(() => page.locator('h2#limits').textContent()).toBe("How the open editions differ from the Commission's index");
  });
});

describe('labels, county values and thin stages on the pages', () => {
  it("Carlisle: stand-in labels in the indicator table; Cumbria's value named in the strongest list", async () => {
    const profile = await api<{ indicators: Array<{ id: string; label: string }>; strongest: Array<{ id: string; label: string; countyValue: unknown }> }>('/api/v1/editions/open-2016/areas/E07000028');
    await page.goto(`${server.url}/area/E07000028`);
    await page.locator('#overall-rank').waitFor();
    const names = await page.locator('.indicator-table tbody th').allTextContents();
    expect(names).toContain('7. All pupils not in a sustained destination after KS4 — stand-in for FSM pupils (lower is better)');
    const strongest = (await page.locator('section[aria-labelledby="strongest-title"] li').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    const shared = profile.strongest.filter((item) => item.countyValue !== null);
    expect(shared.length).toBeGreaterThan(0);
    for (const item of shared) expect(strongest.find((text) => text.startsWith(item.label))).toMatch(/— Cumbria's value, shared by its six districts$/);
  });

  it("Torbay: the School stage's rank says it rests on 1 of its 4 indicators, on the area page and in the league table", async () => {
    await page.goto(`${server.url}/area/E06000027`);
    await page.locator('#overall-rank').waitFor();
    const rows = page.locator('table').filter({ has: page.locator('caption', { hasText: "Torbay's rank in each life stage" }) }).locator('tbody tr');
    const school = ((await rows.filter({ hasText: 'School' }).textContent()) ?? '').replace(/\s+/g, ' ');
    expect(school).toMatch(/\(rests on 1 of its 4 indicators: a rank on so few says little\)/);
    expect(((await rows.filter({ hasText: 'Early years' }).textContent()) ?? '')).not.toMatch(/rests on/);

    await page.goto(`${server.url}/table?q=Torbay`);
    await waitForTable(page, { q: 'Torbay' });
    const cell = await page.locator('#league-table tbody tr[data-code="E06000027"] td[data-column="school"]').textContent();
    expect(cell?.replace(/\s+/g, ' ')).toMatch(/^\d+(st|nd|rd|th) \(on 1 of 4 indicators\)$/);
  });

  it('the map names a stand-in indicator as such in its choice of measure', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
    const options = await page.locator('#measure option').allTextContents();
    expect(options.map((text) => text.trim())).toContain('8. A-level point score per entry of all students — stand-in for FSM students');
  });
});

describe("how sure an area's rank is, on its page", () => {
  it("Carlisle shows its 90% rank interval and chances, as the API's default uncertainty run gives them, in whole ranks", async () => {
    type Row = { code: string; p05: number; p95: number; pHotspot: number; pColdspot: number };
    // an independent door: the uncertainty route with its defaults, computed for this request
    const run = await api<{ runs: number; areas: Row[] }>('/api/v1/editions/open-2016/uncertainty');
    const carlisle = run.areas.find((area) => area.code === 'E07000028')!;
    await page.goto(`${server.url}/area/E07000028`);
    const interval = page.locator('#rank-interval');
    await interval.waitFor();
    const text = ((await interval.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    const best = Math.floor(carlisle.p05);
    const worst = Math.ceil(carlisle.p95);
    expect(text).toContain(`In 90% of 1,000 runs Carlisle ranks between ${best}${suffix(best)} and ${worst}${suffix(worst)}.`);
    // a probability short of every run is never shown as 100%
    expect(carlisle.pColdspot).toBeLessThan(1);
    expect(text).toMatch(/It is a coldspot in (more than 99|\d{1,2})% of the runs and a hotspot in (0|less than 1|\d{1,2})%\./);
    expect(text).not.toMatch(/coldspot in 100%/);
  });

  it('shows no interval under changed method choices (the default run is of the edition\'s own method)', async () => {
    await page.goto(`${server.url}/area/E07000028?weights=school=3`);
    await page.locator('#overall-rank').waitFor();
    expect(await page.locator('#rank-interval').count()).toBe(0);
  });
});
