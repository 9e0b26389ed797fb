/**
 * The years of the series on the map and the league table, in Chromium against the real server:
 * the year control (found by its label) switches the map to open-series@2019 and the URL says so,
 * and the map then draws 2019's ranks (read from the map route); the change measure colours every
 * council by the places gained since 2016, each shape's words giving the number the league table
 * route's `change.places` gives for it (read from the API); the key and the notes on comparing over
 * time are there, in the page and in the SVG download; axe-core finds nothing, at 1200 and 375 px.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TREND_NOTE } from '../../src/report/trendNotes.js';
import { axeViolations, explorerForTests, fetchJson, type RunningServer } from './browser.js';

const session = explorerForTests({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
let server: RunningServer;
let page: Page;

beforeAll(() => {
  ({ server, page } = session);
});

interface MapBody {
  areas: Array<{ code: string; name: string; rank: number | null; of: number }>;
}
interface TableBody {
  rows: Array<{ code: string; name: string; rank: number | null; change: { since: number; rank: number | null; places: number | null } | null }>;
}

/** The map, drawn: the figure no longer busy, for the edition and measure asked. */
async function mapDrawn(measure: string): Promise<void> {
  await page.locator(`figure[aria-busy="false"][data-measure="${measure}"] [data-area-code]`).first().waitFor({ timeout: 60_000 });
}

function query(): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Every shape's accessible name, by area code. */
async function shapeNames(): Promise<Map<string, string>> {
  const pairs = await page.locator('svg.area-map path[data-area-code]').evaluateAll((shapes) => shapes.map((shape) => [shape.getAttribute('data-area-code') ?? '', shape.getAttribute('aria-label') ?? ''] as [string, string]));
  return new Map(pairs);
}

/** The places gained a shape's words say: "up 12 places since 2016", "down 1 place since 2016", "no change since 2016". */
function placesSaid(words: string, since: number): number | null {
  if (new RegExp(`no change since ${since}`).test(words)) return 0;
  const match = new RegExp(`(up|down) (\\d+) places? since ${since}`).exec(words);
  if (match === null) return null;
  return (match[1] === 'up' ? 1 : -1) * Number(match[2]);
}

describe('the year control and the change measure on the map', () => {
  it('switches the map to open-series@2019 from the labelled year control, the URL saying so, with 2019\'s ranks', async () => {
    await page.goto(`${server.url}/?edition=open-latest`);
    await mapDrawn('overall');
    const year = page.getByLabel('Year of the index');
    expect(await year.inputValue()).toBe('2025');
    // by keyboard: the control takes the focus, and the arrow keys step through the years
    await year.focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForURL(/open-series(%40|@)2024/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('year');
    await year.selectOption('2019');
    await page.waitForURL(/edition=open-series%402019|edition=open-series@2019/);
    expect(query().get('edition')).toBe('open-series@2019');
    await mapDrawn('overall');
    const mapped = await fetchJson<MapBody>(server, '/api/v1/editions/open-series@2019/map');
    const names = await shapeNames();
    for (const code of ['E06000063', 'E06000064', 'E08000025']) {
      const area = mapped.areas.find((each) => each.code === code)!;
      expect(names.get(code), code).toContain(`ranked ${area.rank}`);
    }
    expect(await page.getByLabel('Year of the index').inputValue()).toBe('2019');
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('colours each council by the places gained since 2016: each one the league table\'s change.places', async () => {
    await page.getByLabel('What to map').selectOption('change');
    await page.waitForURL(/measure=change/);
    expect(query().get('since')).toBe('2016');
    await mapDrawn('change');
    const table = await fetchJson<TableBody>(server, '/api/v1/editions/open-series@2019/areas?since=2016');
    expect(table.rows).toHaveLength(294);
    const names = await shapeNames();
    expect(names.size).toBe(294);
    for (const row of table.rows) {
      expect(placesSaid(names.get(row.code) ?? '', 2016), `${row.name}: ${names.get(row.code)}`).toBe(row.change!.places);
    }
    // the key in words and the notes on comparing over time
    const legend = await page.locator('.legend').textContent();
    expect(legend).toContain('Key: places gained or lost since 2016 in overall rank');
    expect(legend).toContain('Up 50 places or more');
    expect(legend).toContain('No change');
    expect(legend).toContain('Down 50 places or more');
    const note = await page.locator('#map-change-note').textContent();
    expect(note).toContain(TREND_NOTE.relative);
    expect(note).toContain(TREND_NOTE.carried);
    // the map's table says the same
    const cumberland = table.rows.find((row) => row.code === 'E06000063')!;
    const line = page.locator('#map-table tbody tr', { hasText: 'Cumberland' }).first();
    await line.waitFor({ timeout: 30_000 });
    const cell = await line.textContent();
    expect(placesSaid(cell ?? '', 2016)).toBe(cumberland.change!.places);
    // sorted by the change, as the league table's sort=change: the most places gained first, by keyboard
    await page.getByRole('button', { name: /^Places gained or lost since 2016/ }).press('Enter');
    await page.waitForURL(/sort=change/);
    const risers = await fetchJson<TableBody>(server, '/api/v1/editions/open-series@2019/areas?since=2016&sort=change');
    await page.waitForFunction((name) => document.querySelector('#map-table tbody tr')?.textContent?.includes(name) ?? false, risers.rows[0]!.name);
    expect(placesSaid((await page.locator('#map-table tbody tr').first().textContent()) ?? '', 2016)).toBe(risers.rows[0]!.change!.places);
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('follows another year compared with, and focus shows the change in the tooltip', async () => {
    await page.getByLabel('Change since', { exact: true }).selectOption('2017');
    await page.waitForURL(/since=2017/);
    await page.locator('figure[aria-busy="false"][data-measure="change"]').waitFor();
    const table = await fetchJson<TableBody>(server, '/api/v1/editions/open-series@2019/areas?since=2017');
    const cumberland = table.rows.find((row) => row.code === 'E06000063')!;
    await page.waitForFunction(() => /since 2017/.test(document.querySelector('path[data-area-code="E06000063"]')?.getAttribute('aria-label') ?? ''));
    await page.locator('path[data-area-code="E06000063"]').focus();
    const tooltip = await page.locator('#map-tooltip').textContent();
    expect(placesSaid(tooltip ?? '', 2017)).toBe(cumberland.change!.places);
  }, 60_000);

  it('downloads the change map as an SVG with its key and the notes', async () => {
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download as SVG/ }).click()]);
    expect(saved.suggestedFilename()).toBe('smi-open-series@2019-map-change-since-2017.svg');
    const words = readFileSync(await saved.path(), 'utf8')
      .replace(/<title>[^<]*<\/title>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/\s+/g, ' ');
    expect(words).toContain('places gained or lost since 2017 in overall rank');
    expect(words).toContain('Up 20 to 49 places');
    expect(words).toContain('Ranks are relative');
  }, 60_000);

  it('works at 375 px: the controls on the screen, nothing wider than it, axe clean', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.url}/?edition=open-series@2021&measure=change&since=2018`);
    await mapDrawn('change');
    expect(await page.getByLabel('Year of the index').inputValue()).toBe('2021');
    expect(await page.getByLabel('Change since', { exact: true }).inputValue()).toBe('2018');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = await page.getByLabel('Year of the index').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(await axeViolations(page)).toEqual([]);
    // 2016 has no earlier year: the change measure goes, and the map shows the overall rank
    await page.getByLabel('Year of the index').selectOption('2016');
    await page.waitForURL(/open-series(%40|@)2016/);
    expect(query().get('measure')).toBeNull();
    expect(query().get('since')).toBeNull();
    await mapDrawn('overall');
    expect(await page.locator('#measure option[value="change"]').count()).toBe(0);
    await page.setViewportSize({ width: 1200, height: 900 });
  }, 120_000);
});

describe('the embedded map of the change', () => {
  it('maps the places gained with the notes on comparing over time, axe clean', async () => {
    await page.goto(`${server.url}/embed/map?edition=open-latest&measure=change&since=2016`);
    // every shape drawn (a few tasks) and named with its change
    await page.waitForFunction(() => {
      const shapes = [...document.querySelectorAll('svg.area-map path[data-area-code]')];
      return shapes.length === 294 && shapes.every((shape) => / since 2016|not ranked in both years/.test(shape.getAttribute('aria-label') ?? ''));
    }, undefined, { timeout: 60_000 });
    const table = await fetchJson<TableBody>(server, '/api/v1/editions/open-latest/areas?since=2016');
    const names = await shapeNames();
    for (const row of table.rows.slice(0, 20)) expect(placesSaid(names.get(row.code) ?? '', 2016), row.name).toBe(row.change!.places);
    expect(await page.locator('[data-note="over-time"]').textContent()).toContain(TREND_NOTE.relative);
    expect(await page.locator('.legend').textContent()).toContain('Up 50 places or more');
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});

describe('the year control on the league table', () => {
  it('switches the table to a year of the series and drops a since that is no longer before it', async () => {
    await page.goto(`${server.url}/table?edition=open-latest&since=2020&sort=change`);
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    await page.getByLabel('Year of the index').selectOption('2019');
    await page.waitForURL(/open-series(%40|@)2019/);
    expect(query().get('since')).toBeNull();
    expect(query().get('sort')).toBeNull();
    const table = await fetchJson<TableBody>(server, '/api/v1/editions/open-series@2019/areas');
    await page.waitForFunction((name) => document.querySelector('table tbody tr')?.textContent?.includes(name) ?? false, table.rows[0]!.name);
    expect(await page.locator('table tbody tr').first().textContent()).toContain(table.rows[0]!.name);
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);

  it('shows no year control on the 2016 districts', async () => {
    await page.goto(`${server.url}/table?edition=open-2016`);
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    expect(await page.getByLabel('Year of the index').count()).toBe(0);
  }, 60_000);
});
