/**
 * The map's "Try other weights" in Chromium: the first page fetches only what the map draws (no
 * `/export`, no `/geometry`), and moving a slider recolours the map in the page with exactly the
 * ranks the server gives for the same weights (`…/map?weights=…`, checked independently through
 * the API and through the page once the weights are applied to the URL).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapResponse } from '../../src/contract/responses.js';
import { axeViolations, fetchJson, launchBrowser, startExplorer, type RunningServer } from './browser.js';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startExplorer(), launchBrowser()]);
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Each shape's code → its accessible name (name, rank and class on the measure). */
function shapeLabels(target: Page): Promise<Record<string, string>> {
  return target.locator('.area-map [data-area-code]').evaluateAll((paths) => Object.fromEntries(paths.map((path) => [path.getAttribute('data-area-code'), path.getAttribute('aria-label')])));
}

describe('the map page', () => {
  it('fetches only what it draws on first load', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/`);
    await page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
    const api = requested.filter((path) => path.startsWith('/api/'));
    expect(api).toContain('/api/v1/editions/open-2016/map');
    expect(api).toContain('/api/v1/editions/open-2016/paths');
    expect(api.some((path) => path.endsWith('/export') || path.endsWith('/geometry'))).toBe(false);
    page.removeAllListeners('request');
  }, 60_000);

  it('recolours in the page as a slider moves, with the ranks the server gives for those weights', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
    const before = await shapeLabels(page);
    await page.locator('details.reweight > summary').click();
    await page.locator('details.reweight[data-ready="true"]').waitFor();
    const school = page.locator('#reweight-school');
    await school.fill('3');
    await page.locator('figure[data-computed-in-page="true"]').waitFor();
    const inPage = await shapeLabels(page);
    expect(await axeViolations(page)).toEqual([]); // the open panel and its sliders too
    expect(inPage).not.toEqual(before); // the school stage weighs three times as much: ranks move

    // the server, asked independently for the same weights (school's weight × 3)
    const method = await fetchJson<{ stages: Array<{ id: string; weight: number }> }>(server, '/api/v1/editions/open-2016/method');
    const weight = method.stages.find((stage) => stage.id === 'school')!.weight * 3;
    const served = await fetchJson<MapResponse>(server, `/api/v1/editions/open-2016/map?weights=school=${weight}`);
    const carlisle = served.areas.find((area) => area.code === 'E07000028')!;
    expect(inPage.E07000028).toContain(`ranked ${carlisle.rank}`);
    const moved = served.areas.filter((area) => !before[area.code]!.includes(`ranked ${area.rank}`));
    expect(moved.length).toBeGreaterThan(0);
    for (const area of served.areas) expect(inPage[area.code], area.code).toMatch(new RegExp(`ranked ${area.rank}(st|nd|rd|th) `));

    // applied to the URL, the page draws the server's answer: the same labels
    await page.getByRole('button', { name: 'Use these weights everywhere' }).click();
    await page.waitForURL(/weights=school/);
    await page.locator('figure[data-computed-in-page="false"][aria-busy="false"] [data-area-code]').first().waitFor();
    expect(await shapeLabels(page)).toEqual(inPage);
  }, 60_000);

  it('has the new colours in the very frame that shows the slider moved', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
    await page.locator('details.reweight > summary').click();
    await page.locator('details.reweight[data-ready="true"]').waitFor();
    // the move is dispatched as a frame starts; the next animation-frame callback runs before that
    // frame is painted, so what the shapes hold then is what the frame shows. A recomputation left
    // to an ordinary effect (run after the paint) fails this: the map follows a frame late.
    const [before, atNextFrame] = (await page.evaluate(`(async () => {
      const fills = () => [...document.querySelectorAll('.area-map [data-area-code]')].map((path) => path.getAttribute('fill')).join();
      const slider = document.querySelector('#reweight-school');
      await new Promise((done) => requestAnimationFrame(done));
      const before = fills();
      slider.value = '3';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      return [before, await new Promise((done) => requestAnimationFrame(() => done(fills())))];
    })()`)) as [string, string];
    expect(atNextFrame).not.toBe(before);
  }, 60_000);

  it('says so when the weights cannot be used, and resets', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
    const before = await shapeLabels(page);
    await page.locator('details.reweight > summary').click();
    await page.locator('details.reweight[data-ready="true"]').waitFor();
    for (const id of ['early-years', 'school', 'youth', 'adulthood']) await page.locator(`#reweight-${id}`).fill('0');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^These weights cannot be used: /);
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.locator('figure[data-computed-in-page="false"]').waitFor();
    expect(await shapeLabels(page)).toEqual(before);
  }, 60_000);
});
