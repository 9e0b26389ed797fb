/**
 * End-to-end tests of the web explorer in Debian's Chromium against the real server: the map's
 * shapes for each edition and layout, opening an area from the map (click and Enter), the map's
 * tooltip beside (not over) the shape at the top edge, the league table's sort, filter and search,
 * views restored from a copied URL, back/forward, the CSV and XLSX downloads holding exactly the
 * rows shown, the header's navigation, and axe-core on every page of the route table
 * (web/src/routes.ts). Expected values come from the JSON API, an independent path to the same data.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { NAV_ROUTES, NOT_FOUND, ROUTES, type PageId } from '../../web/src/routes.js';
import { formatIndicatorValue } from '../../src/report/formatValue.js';
import { ordinal } from '../../src/report/ordinal.js';
import { axeViolations, fetchJson, focusedId, launchBrowser, seriousViolations, startExplorer, waitForTable, type RunningServer } from './browser.js';

interface Row {
  code: string;
  name: string;
  region: string;
  stages: Record<string, { rank: number | null }>;
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const api = <T>(path: string): Promise<T> => fetchJson<T>(server, path);

async function open(path: string, target: Page = page): Promise<void> {
  await target.goto(`${server.url}${path}`);
}

/** Waits until the map shows `edition` in `layout` (the figure is no longer busy). */
async function waitForMap(target: Page, layout: 'map' | 'hex', measure = 'overall'): Promise<void> {
  await target.locator(`figure[aria-busy="false"][data-layout="${layout}"][data-measure="${measure}"] [data-area-code]`).first().waitFor();
}

function shownCodes(target: Page): Promise<string[]> {
  return target.locator('#league-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code') ?? ''));
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startExplorer(), launchBrowser()]);
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  // every page records what the server's Content-Security-Policy blocks (it must block nothing of the app's own)
  await context.addInitScript(() => {
    const scope = globalThis as unknown as { cspViolations: string[]; document: { addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void } };
    scope.cspViolations = [];
    scope.document.addEventListener('securitypolicyviolation', (event) => scope.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('map', () => {
  const cases = [
    { edition: 'open-2016', layout: 'map', count: 324 },
    { edition: 'open-2016', layout: 'hex', count: 324 },
    { edition: 'open-latest', layout: 'map', count: 294 },
    { edition: 'open-latest', layout: 'hex', count: 294 },
  ] as const;
  for (const { edition, layout, count } of cases) {
    it(`has one [data-area-code] shape per area: ${count} on ${edition}, ${layout} layout`, async () => {
      const { editions } = await api<{ editions: Array<{ id: string; areaCount: number }> }>('/api/v1/editions');
      expect(editions.find((entry) => entry.id === edition)?.areaCount).toBe(count);
      await open(`/?edition=${edition}&layout=${layout}`);
      await waitForMap(page, layout);
      const codes = await page.locator('[data-area-code]').evaluateAll((shapes) => shapes.map((shape) => shape.getAttribute('data-area-code')));
      expect(codes).toHaveLength(count);
      expect(new Set(codes).size).toBe(count);
    });
  }

  it('draws the map soon after load (the budget is 1 s on a quiet machine; the bound here allows for a busy one)', async () => {
    await open('/?timing=1');
    await waitForMap(page, 'map');
    const drawnAt = await page.evaluate(() => performance.now());
    console.log(`map drawn ${Math.round(drawnAt)} ms after navigation start`);
    expect(drawnAt).toBeLessThan(3000);
  });

  it('opens Carlisle\'s page, with its rank, when its shape is clicked', async () => {
    const profile = await api<{ overall: { rank: number } }>('/api/v1/editions/open-2016/areas/E07000028');
    await open('/');
    await waitForMap(page, 'map');
    await page.locator('[data-area-code="E07000028"]').click();
    await page.waitForURL(/\/area\/E07000028$/);
    const rank = page.locator('#overall-rank');
    await expect.poll(() => rank.getAttribute('data-rank')).toBe(String(profile.overall.rank));
    expect(await rank.textContent()).toContain(`${profile.overall.rank}th of 324`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Carlisle');
  });

  it('opens an area when Enter is pressed on its focused shape', async () => {
    const profile = await api<{ overall: { rank: number } }>('/api/v1/editions/open-2016/areas/E07000028');
    await open('/');
    await waitForMap(page, 'map');
    const shape = page.locator('[data-area-code="E07000028"]');
    await shape.focus();
    expect(await shape.getAttribute('aria-label')).toBe(`Carlisle: ranked ${profile.overall.rank}th of 324, coldspot`);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/area\/E07000028$/);
    await expect.poll(() => page.locator('#overall-rank').getAttribute('data-rank')).toBe(String(profile.overall.rank));
  });
});

describe('map keyboard and filters', () => {
  const focusedCode = (): Promise<string | null> => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement?.getAttribute('data-area-code') ?? null);

  it('is one tab stop, and the arrow keys move to the neighbouring area that way', async () => {
    await open('/');
    await waitForMap(page, 'map');
    await page.locator('.skip-map').focus();
    await page.keyboard.press('Tab');
    const first = await focusedCode();
    expect(first).not.toBeNull();
    expect(await page.locator('[data-area-code][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await focusedCode()).toBeNull();

    const centre = async (code: string): Promise<{ x: number; y: number }> => {
      const box = (await page.locator(`[data-area-code="${code}"]`).boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    await page.locator('[data-area-code="E07000028"]').focus(); // Carlisle, near the middle of the north
    const from = await centre('E07000028');
    for (const [key, check] of [
      ['ArrowRight', (to: { x: number; y: number }) => to.x > from.x],
      ['ArrowLeft', (to: { x: number; y: number }) => to.x < from.x],
      ['ArrowDown', (to: { x: number; y: number }) => to.y > from.y],
      ['ArrowUp', (to: { x: number; y: number }) => to.y < from.y],
    ] as const) {
      await page.locator('[data-area-code="E07000028"]').focus();
      await page.keyboard.press(key);
      const moved = await focusedCode();
      expect(moved, key).not.toBeNull();
      expect(moved, key).not.toBe('E07000028');
      expect(check(await centre(moved!)), key).toBe(true);
      // the area moved to is the map's tab stop now
      expect(await page.locator(`[data-area-code="${moved}"]`).getAttribute('tabindex')).toBe('0');
    }
  });

  it('goes to a named area, which Enter then opens', async () => {
    await open('/');
    await waitForMap(page, 'map');
    await page.locator('#go-to-area').fill('Nowhere-on-Sea');
    await page.locator('#go-to-area').press('Enter');
    await expect.poll(() => page.locator('#go-to-area-error').textContent()).toContain('No area is called "Nowhere-on-Sea"');
    await page.locator('#go-to-area').fill('Carlisle');
    await page.locator('#go-to-area').press('Enter');
    await expect.poll(focusedCode).toBe('E07000028');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/area\/E07000028$/);
  });

  it('shows only coastal areas when asked: the others faint, the table as the API lists them', async () => {
    const coastal = await api<{ rows: Row[] }>('/api/v1/editions/open-2016/areas?coast=coastal');
    await open('/');
    await waitForMap(page, 'map');
    await page.locator('#coast').selectOption('coastal');
    await expect.poll(() => page.locator('path.map-faint').count()).toBe(324 - coastal.rows.length);
    expect(page.url()).toContain('coast=coastal');
    await expect.poll(() => page.locator('#map-table tbody tr').count()).toBe(coastal.rows.length);
    const listed = await page.locator('#map-table tbody tr th a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(new Set(listed.map((href) => /\/area\/(E\d+)/.exec(href)?.[1]))).toEqual(new Set(coastal.rows.map((row) => row.code)));
  });
});

describe('map tooltip', () => {
  type Rect = { x: number; y: number; width: number; height: number };
  const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const inside = (a: Rect, b: Rect): boolean => a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;

  for (const layout of ['hex', 'map'] as const) {
    it(`does not cover the shape nearest the top edge (${layout} layout) and stays inside the figure, on focus and on hover`, async () => {
      await open(`/?layout=${layout}`);
      await waitForMap(page, layout);
      const code = await page.locator('[data-area-code]').evaluateAll((shapes) => {
        const tops = shapes.map((shape) => ({ code: shape.getAttribute('data-area-code') ?? '', top: shape.getBoundingClientRect().top }));
        return tops.reduce((best, next) => (next.top < best.top ? next : best)).code;
      });
      const profile = await api<{ name: string; overall: { rank: number } }>(`/api/v1/editions/open-2016/areas/${code}`);
      const shape = page.locator(`[data-area-code="${code}"]`);
      const tooltip = page.locator('#map-tooltip');
      const figure = page.locator('figure.map-figure');
      for (const how of ['focus', 'hover'] as const) {
        await page.mouse.move(0, 0);
        if (how === 'focus') await shape.focus();
        else await shape.hover();
        await tooltip.waitFor();
        expect(await tooltip.textContent()).toContain(`${profile.name}: ranked ${profile.overall.rank}`);
        const [tip, box, frame] = await Promise.all([tooltip.boundingBox(), shape.boundingBox(), figure.boundingBox()]);
        expect(tip !== null && box !== null && frame !== null).toBe(true);
        expect(overlaps(tip!, box!), `${how}: tooltip ${JSON.stringify(tip)} over ${code} ${JSON.stringify(box)}`).toBe(false);
        expect(inside(tip!, frame!), `${how}: tooltip ${JSON.stringify(tip)} outside the figure ${JSON.stringify(frame)}`).toBe(true);
        await shape.blur();
      }
    });
  }
});

describe('league table', () => {
  it('sorts by name (alphabetical) and by a life stage (ranks ascending)', async () => {
    await open('/table');
    await waitForTable(page, {});
    await page.locator('#sort').selectOption('name');
    await waitForTable(page, { sort: 'name' });
    const names = await page.locator('#league-table tbody th').allTextContents();
    expect(names).toHaveLength(324);
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base', ignorePunctuation: true });
    expect(names).toEqual([...names].sort((a, b) => collator.compare(a, b)));
    expect(page.url()).toContain('sort=name');

    await page.locator('#sort').selectOption('school');
    await waitForTable(page, { sort: 'school' });
    const ranks = (await page.locator('#league-table tbody td[data-column="school"]').allTextContents()).map((text) => Number.parseInt(text, 10));
    expect(ranks).toHaveLength(324);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(1);
  });

  it('filters by region: only North West rows, as many as the API gives', async () => {
    const expected = await api<{ rows: Row[] }>('/api/v1/editions/open-2016/areas?region=North%20West');
    await open('/table');
    await waitForTable(page, {});
    await page.locator('#region').selectOption('North West');
    await waitForTable(page, { region: 'North West' });
    const regions = await page.locator('#league-table tbody td:nth-child(3)').allTextContents();
    expect(regions.length).toBe(expected.rows.length);
    expect(new Set(regions)).toEqual(new Set(['North West']));
    expect(await page.locator('#table-count').textContent()).toBe(`Showing ${expected.rows.length} of 324 areas`);
    expect(await shownCodes(page)).toEqual(expected.rows.map((row) => row.code));
  });

  it('keeps the focus on a sort heading pressed with Enter, and a second press sorts worst first', async () => {
    await open('/table');
    await waitForTable(page, {});
    const heading = page.locator('#league-table thead th', { hasText: 'School' });
    await heading.locator('button').focus();
    await page.keyboard.press('Enter');
    await waitForTable(page, { sort: 'school' });
    expect(await heading.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent ?? '')).toMatch(/^School/);
    await page.keyboard.press('Enter');
    await waitForTable(page, { sort: 'school', order: 'descending' });
    expect(await heading.getAttribute('aria-sort')).toBe('descending');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent ?? '')).toMatch(/^School/);
    const expected = await api<{ rows: Row[] }>('/api/v1/editions/open-2016/areas?sort=school&order=descending');
    expect(await shownCodes(page)).toEqual(expected.rows.map((row) => row.code));
    expect(expected.rows[0]?.stages.school?.rank).toBe(324);
    expect(page.url()).toContain('order=descending');
  });

  it('shows each council\'s change since a year of the series, sorted by it, with the note on comparing over time', async () => {
    const expected = await api<{ rows: Array<Row & { change: { rank: number | null; places: number | null } | null }> }>('/api/v1/editions/open-latest/areas?since=2016&sort=change');
    await open('/table?edition=open-latest');
    await waitForTable(page, { edition: '' });
    await page.locator('#since').selectOption('2016');
    await waitForTable(page, { since: '2016' });
    await page.locator('#league-table thead th', { hasText: 'Since 2016' }).locator('button').click();
    await waitForTable(page, { since: '2016', sort: 'change' });
    expect(await shownCodes(page)).toEqual(expected.rows.map((row) => row.code));
    const first = expected.rows[0]!.change!;
    expect(await page.locator('#league-table tbody tr').first().locator('td[data-column="change"]').textContent()).toBe(`up ${first.places} (from ${ordinal(first.rank!)})`);
    expect(await page.locator('#change-note').textContent()).toContain('Ranks are relative');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('"Who moved most?" lists the councils as the movers API orders them, for the years chosen', async () => {
    const expected = await api<{ areas: Array<{ code: string; change: number | null }> }>('/api/v1/editions/open-series/movers?from=2019&to=2024');
    await open('/movers');
    await page.locator('#movers-table').waitFor();
    await page.locator('#movers-from').selectOption('2019');
    await page.locator('#movers-to').selectOption('2024');
    await expect.poll(() => page.locator('#movers-table caption').textContent()).toContain('2019 to 2024');
    const shown = await page.locator('#movers-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code') ?? ''));
    expect(shown).toEqual(expected.areas.slice(0, 30).map((area) => area.code));
    const first = expected.areas[0]!;
    expect(await page.locator('#movers-table tbody tr').first().locator('td[data-column="move"]').textContent()).toBe(`${first.change! > 0 ? 'up' : 'down'} ${Math.abs(first.change!)}`);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2019');
    expect(await page.locator('#movers-note').textContent()).toContain('Ranks are relative');
  });

  it('lists coastal coldspots, as the API does', async () => {
    const expected = await api<{ rows: Row[] }>('/api/v1/editions/open-2016/areas?class=coldspot&coast=coastal');
    await open('/table?class=coldspot');
    await waitForTable(page, { class: 'coldspot' });
    await page.locator('#coast').selectOption('coastal');
    await waitForTable(page, { class: 'coldspot', coast: 'coastal' });
    expect(await shownCodes(page)).toEqual(expected.rows.map((row) => row.code));
    expect(expected.rows.length).toBeGreaterThan(5);
  });

  it('searches by name: "carl" finds Carlisle', async () => {
    await open('/table');
    await waitForTable(page, {});
    await page.locator('#q').fill('carl');
    await waitForTable(page, { q: 'carl' });
    const names = await page.locator('#league-table tbody th').allTextContents();
    expect(names).toContain('Carlisle');
    for (const name of names) expect(name.toLowerCase()).toContain('carl');
  });
});

describe('a copied URL restores the view', () => {
  it('restores a filtered, searched and sorted table in a fresh page', async () => {
    const fresh = await context.newPage();
    try {
      const expected = await api<{ rows: Row[] }>('/api/v1/editions/open-2016/areas?sort=name&region=North%20West&q=ton');
      expect(expected.rows.length).toBeGreaterThan(1);
      await open('/table?sort=name&region=North%20West&q=ton', fresh);
      await waitForTable(fresh, { sort: 'name', region: 'North West', q: 'ton' });
      expect(await fresh.locator('#sort').inputValue()).toBe('name');
      expect(await fresh.locator('#region').inputValue()).toBe('North West');
      expect(await fresh.locator('#q').inputValue()).toBe('ton');
      expect(await shownCodes(fresh)).toEqual(expected.rows.map((row) => row.code));
    } finally {
      await fresh.close();
    }
  });

  it('restores the map of open-latest in hexagons showing the school stage', async () => {
    const fresh = await context.newPage();
    try {
      await open('/?edition=open-latest&layout=hex&measure=school', fresh);
      await waitForMap(fresh, 'hex', 'school');
      expect(await fresh.locator('#edition').inputValue()).toBe('open-latest');
      expect(await fresh.locator('#measure').inputValue()).toBe('school');
      expect(await fresh.locator('input[name="layout"][value="hex"]').isChecked()).toBe(true);
      expect(await fresh.locator('[data-area-code]').count()).toBe(294);
      expect(await fresh.locator('[data-area-code]').first().getAttribute('aria-label')).toMatch(/: school ranked \d+(st|nd|rd|th) of 294$/);
    } finally {
      await fresh.close();
    }
  });
});

describe('history', () => {
  it('goes back and forward through settings and pages', async () => {
    await open('/table');
    await waitForTable(page, {});
    await page.locator('#region').selectOption('London');
    await waitForTable(page, { region: 'London' });
    await page.locator('#league-table tbody th a').first().click();
    await page.waitForURL(/\/area\/E09/);
    await page.locator('#overall-rank').waitFor();

    await page.goBack();
    await waitForTable(page, { region: 'London' });
    expect(await page.locator('#region').inputValue()).toBe('London');
    await page.goBack();
    await waitForTable(page, {});
    expect(await page.locator('#region').inputValue()).toBe('');
    expect(await page.locator('#league-table tbody tr').count()).toBe(324);
    await page.goForward();
    await waitForTable(page, { region: 'London' });
    expect(await page.locator('#region').inputValue()).toBe('London');
  });
});

describe('downloads hold exactly the rows shown', () => {
  const view = '/table?sort=name&region=North%20West';
  const params = { sort: 'name', region: 'North West' };

  it('CSV', async () => {
    await open(view);
    await waitForTable(page, params);
    const shown = await shownCodes(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.table-summary .downloads').getByRole('link', { name: 'CSV' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    // Parsed strictly: a ragged record or a stray line would throw.
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((record) => record.code)).toEqual(shown);
    expect(records[0]?.source).toMatch(/Open Government Licence/);
  });

  it('XLSX', async () => {
    await open(view);
    await waitForTable(page, params);
    const shown = await shownCodes(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.table-summary .downloads').getByRole('link', { name: 'Excel (XLSX)' }).click()]);
    const workbook = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
    const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
    expect(sheet).toBeDefined();
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet!);
    expect(rows.map((row) => row.code)).toEqual(shown);
  });

  it("an area's CSV holds its 16 indicator values, as its profile gives them", async () => {
    const profile = await api<{ indicators: Array<{ id: string; value: number | null }> }>('/api/v1/editions/open-2016/areas/E07000028');
    await open('/area/E07000028');
    const links = page.locator('#area-downloads');
    await links.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), links.getByRole('link', { name: 'CSV' }).click()]);
    const records = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const values = new Map(records.map((record) => [record.indicator, record.value === '' ? null : Number(record.value)]));
    expect(profile.indicators).toHaveLength(16);
    for (const indicator of profile.indicators) expect(values.get(indicator.id), indicator.id).toBe(indicator.value);
    expect(new Set(records.map((record) => record.code))).toEqual(new Set(['E07000028']));
    expect(records[0]?.source).toMatch(/Open Government Licence/);
  });
});

describe('the patterns download', () => {
  it('gives every area with the coastal flag the page counts: as many coastal coldspots as its table says', async () => {
    const report = await api<{ byCoastal: Array<{ group: string; coldspots: number }> }>('/api/v1/editions/open-2016/patterns');
    await open('/patterns');
    const links = page.locator('#patterns-downloads');
    await links.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), links.getByRole('link', { name: 'CSV' }).click()]);
    const records = parse(readFileSync(await download.path(), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(324);
    const coastal = report.byCoastal.find((group) => group.group === 'coastal')!;
    expect(records.filter((record) => record.coastal === 'yes' && record.class === 'coldspot')).toHaveLength(coastal.coldspots);
    expect(records[0]?.source).toMatch(/Open Government Licence/);
  });
});

describe('area, compare and groups', () => {
  it('shows an area\'s life stages, its 16 indicators and the council it belongs to today', async () => {
    const profile = await api<{ stages: Array<{ rank: number }>; successor: { code: string; name: string } }>('/api/v1/editions/open-2016/areas/E07000028');
    await open('/area/E07000028');
    await page.locator('#overall-rank').waitFor();
    expect(await page.locator('.indicator-table tbody tr').count()).toBe(16);
    const successor = page.getByRole('link', { name: profile.successor.name, exact: true });
    expect(await successor.getAttribute('href')).toBe(`/area/${profile.successor.code}?edition=open-latest`);
    await successor.click();
    await page.waitForURL(/\/area\/E06000063\?edition=open-latest$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe(profile.successor.name);
  });

  it('compares every district of Cumbria in one click, and removes and adds areas', async () => {
    const cumbria = await api<{ rows: Row[] }>('/api/v1/editions/open-2016/areas?county=Cumbria');
    const columns = (): Promise<string[]> => page.locator('.compare-table thead th[data-code]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-code') ?? ''));
    await open('/compare?areas=E07000028');
    await page.getByRole('button', { name: `Every district in Cumbria (${cumbria.rows.length})` }).click();
    await expect.poll(columns).toEqual(cumbria.rows.map((row) => row.code).sort());
    expect(new URL(page.url()).searchParams.get('areas')?.split(',').sort()).toEqual(cumbria.rows.map((row) => row.code).sort());

    await page.getByRole('button', { name: 'Remove Carlisle' }).click();
    await expect.poll(columns).not.toContain('E07000028');
    await page.locator('#add-area').fill('Carlisle');
    await page.locator('#add-area').press('Enter');
    await expect.poll(columns).toContain('E07000028');
  });

  it("compares Kent's 12 districts in one click, beside the England median, marking lower-is-better and shared ranks", async () => {
    const kent = await api<{ rows: Row[] }>('/api/v1/editions/open-2016/areas?county=Kent');
    expect(kent.rows.length).toBe(12);
    const ashford = await api<{ indicators: Array<{ id: string; median: number | null; unit: string; rank: number | null; tie: { others: number } | null }> }>('/api/v1/editions/open-2016/areas/E07000105');
    await open('/compare?areas=E07000105');
    await page.getByRole('button', { name: 'Every district in Kent (12)' }).click();
    const columns = (): Promise<string[]> => page.locator('.compare-table thead th[data-code]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-code') ?? ''));
    await expect.poll(columns).toEqual(kent.rows.map((row) => row.code).sort());
    // the England median column holds the profile's median of each indicator
    const good = ashford.indicators.find((indicator) => indicator.id === 'ey-fsm-good-development')!;
    expect(await page.locator('tr[data-measure="ey-fsm-good-development"] td[data-column="median"]').textContent()).toBe(formatIndicatorValue(good.median!, good.unit));
    // a county value is shared by all twelve districts: the same rank, marked shared
    expect(good.tie?.others).toBeGreaterThanOrEqual(11);
    const cells = await page.locator('tr[data-measure="ey-fsm-good-development"] td:not([data-column="median"])').allTextContents();
    expect(cells).toHaveLength(12);
    for (const cell of cells) expect(cell).toContain(`(=${ordinal(good.rank!)} of`);
    // lower is better for the share not in a sustained destination, and for nothing higher-is-better
    expect(await page.locator('tr[data-measure="fsm-not-sustained"] th').textContent()).toContain('lower is better');
    expect(await page.locator('tr[data-measure="ey-fsm-good-development"] th').textContent()).not.toContain('lower is better');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('says in an error summary, which takes the focus, that a name is no area, and its link goes back to the field', async () => {
    await open('/compare?areas=E07000028');
    await page.locator('#add-area').fill('Atlantis');
    await page.locator('#add-area').press('Enter');
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.getByRole('alert').textContent()).toContain('No area of open-2016 is called "Atlantis"');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary.getAttribute('tabindex')).toBe('-1');
    await summary.getByRole('link').click();
    await expect.poll(() => focusedId(page)).toBe('add-area');
    // Once it has lost the focus, the summary is no longer a focus target.
    expect(await summary.getAttribute('tabindex')).toBeNull();
    expect(await page.locator('#add-area').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('puts a wide table in a region that the keyboard reaches and scrolls', async () => {
    const narrow = await context.newPage();
    try {
      await narrow.setViewportSize({ width: 420, height: 800 });
      await open('/table', narrow);
      await waitForTable(narrow, {});
      const region = narrow.getByRole('region', { name: /^League table of open-2016/ });
      expect(await region.getAttribute('tabindex')).toBe('0');
      await region.focus();
      await narrow.keyboard.press('End');
      await narrow.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    } finally {
      await narrow.close();
    }
  });

  it('on 2025 geography, "every district in Cumbria" means the two councils carved from it', async () => {
    const columns = (): Promise<string[]> => page.locator('.compare-table thead th[data-code]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-code') ?? ''));
    await open('/compare?edition=open-latest&areas=E06000063');
    await page.getByRole('button', { name: 'Every district in Cumbria (2)' }).click();
    // Cumberland (E06000063) and Westmorland and Furness (E06000064), since April 2023.
    await expect.poll(columns).toEqual(['E06000063', 'E06000064']);
  });

  it('shows each region\'s hotspots and coldspots as the API counts them', async () => {
    const report = await api<{ groups: Array<{ group: string; hotspots: number; coldspots: number }> }>('/api/v1/editions/open-2016/groups?by=region');
    await open('/groups?by=region');
    await page.locator('.groups-table').waitFor();
    const rows = await page.locator('.groups-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 4).map((cell) => cell.textContent ?? '')),
    );
    expect(rows).toEqual(report.groups.map((group) => [group.group, expect.any(String), String(group.hotspots), String(group.coldspots)]));
  });
});

describe('print', () => {
  it("prints an area page without navigation, controls or collapsed notes, the caveat and the sources on page 1, rows unsplit", async () => {
    const profile = await api<{ attribution: { statements: string[] } }>('/api/v1/editions/open-2016/areas/E07000028');
    await open('/area/E07000028');
    await page.locator('#explain').waitFor();
    await page.locator('details').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    try {
      for (const selector of ['.site-nav', '.edition-select', '.skip-link', '.site-footer', '#whatif', 'main form', 'main .caveat']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('details:not([open])').count()).toBeGreaterThan(0);
      const closedShown = await page.locator('details:not([open])').evaluateAll((all) => all.filter((details) => details.getClientRects().length > 0).length);
      expect(closedShown).toBe(0);
      const header = page.locator('[data-print-header]');
      expect(await header.isVisible()).toBe(true);
      const text = (await header.textContent()) ?? '';
      expect(text).toContain('not the Social Mobility Commission');
      for (const statement of profile.attribution.statements) expect(text).toContain(statement);
      // an A4 page is 297 mm = 1123 CSS px; the header ends well inside the first page, before the heading
      const box = await header.boundingBox();
      const heading = await page.locator('main h1').boundingBox();
      expect(box!.y + box!.height).toBeLessThan(1000);
      expect(heading!.y).toBeGreaterThan(box!.y);
      const rowBreak = await page.locator('main table tbody tr').first().evaluate((row) => getComputedStyle(row).breakInside);
      expect(rowBreak).toBe('avoid');
      // the PDF Chromium prints: A4 pages, the caveat on page 1 (its text precedes the first page break)
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(1);
      expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[56](\.\d+)? 84[123](\.\d+)?\s*\]/); // A4 (595 × 842 pt), not US Letter (612 × 792)
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('the route table', () => {
  it('gives the header its links, in order, each opening its page marked as the current one', async () => {
    await open('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = await nav.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]));
    expect(links).toEqual(NAV_ROUTES.map((spec) => [spec.nav.label, spec.pattern]));
    for (const spec of NAV_ROUTES) {
      await nav.getByRole('link', { name: spec.nav.label, exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(spec.pattern);
      await expect.poll(() => page.locator('h1').textContent()).toBe(spec.title);
      expect(await nav.locator('[aria-current="page"]').allTextContents()).toEqual([spec.nav.label]);
    }
  });
});

/** What shows that a page has drawn its data; axe-core runs once it is there. */
const READY: Record<PageId | 'not-found', string> = {
  map: 'figure[aria-busy="false"] [data-area-code]',
  table: '#league-table',
  area: '#overall-rank',
  compare: '.compare-table',
  groups: '.groups-table',
  method: '.sources-table',
  uncertainty: '#uncertainty-table',
  patterns: '#coastal-rule',
  shift: '#shift-table',
  movers: '#movers-table',
  yours: '#dataset',
  'embed-map': 'figure [data-area-code]',
  'embed-area': '#embed-headline',
  'not-found': 'main h1',
};

describe('accessibility: axe-core finds no violation on any page of the route table', () => {
  for (const spec of [...ROUTES, NOT_FOUND]) {
    it(`${spec.id} (${spec.example})`, async () => {
      await open(spec.example);
      await page.locator(READY[spec.id]).first().waitFor();
      // The heading is the route's title, but an area page's (and the area card's) is the area's
      // name, and the embedded map's says what it maps.
      if (spec.id === 'embed-map') expect(await page.locator('h1').textContent()).toContain('youth');
      else if (spec.id === 'area' || spec.id === 'embed-area') expect(await page.locator('h1').textContent()).toBe('Carlisle');
      else expect(await page.locator('h1').textContent()).toBe(spec.title);
      expect(await axeViolations(page)).toEqual([]);
      // the app runs whole under the server's Content-Security-Policy (no inline script, styles from files)
      expect(await page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    });
  }
});

describe('accessibility: axe-core finds no serious or critical violation on other views', () => {
  it('map (hex, indicator)', async () => {
    await open('/?layout=hex&measure=below-living-wage');
    await page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
