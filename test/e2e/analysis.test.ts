/**
 * End-to-end tests of the analysis views in Debian's Chromium against the real server: an area's
 * "What drives this result?", "What if?" and "Similar areas"; /uncertainty, computed in a Web
 * Worker, against GET …/uncertainty with the same seed; /patterns; re-weighting the league table
 * and /shift; the missing-value rule; an area page with the table's method choices; views restored
 * from a copied URL; and axe-core on each. Expected values come from the JSON API, an independent
 * path to the same numbers.
 */
import { ordinal } from '../../src/report/ordinal.js';
import { MISSING_RULE, labelOf } from '../../src/method/vocabulary.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../web/src/routes.js';
import { ROOT, axeViolations, fetchJson, focusedId, launchBrowser, startExplorer, waitForTable, type RunningServer } from './browser.js';

const CARLISLE = 'E07000028';
const BASE = '/api/v1/editions/open-2016';

interface Driver {
  indicator: string;
  places: number | null;
  sentence: string;
}
interface WhatIf {
  before: { overall: { rank: number } };
  after: { overall: { rank: number } };
}
interface UncertaintyArea {
  code: string;
  medianRank: number;
  p05: number;
  p95: number;
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const api = <T>(path: string): Promise<T> => fetchJson<T>(server, path);

async function open(path: string, target: Page = page): Promise<void> {
  await target.goto(`${server.url}${path}`);
}

function query(target: Page): URLSearchParams {
  return new URL(target.url()).searchParams;
}

/** Codes of the rows or items matching `selector`, in order. */
function codes(target: Page, selector: string): Promise<string[]> {
  return target.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-code') ?? ''));
}

/** The uncertainty page's row of an area once the worker has finished: median, p05, p95. */
async function uncertaintyRow(target: Page, code: string): Promise<number[]> {
  await target.locator('#uncertainty-status[data-status="done"]').waitFor({ timeout: 30_000 });
  const row = target.locator(`#uncertainty-table tr[data-code="${code}"]`);
  await row.waitFor();
  return Promise.all(['data-median', 'data-p05', 'data-p95'].map(async (name) => Number(await row.getAttribute(name))));
}

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

describe('area page: what drives the result, what-if, similar areas', () => {
  it('shows the drivers: the top sentence is the API\'s driver that costs the most places', async () => {
    const explained = await api<{ drivers: Driver[]; contributions: Record<string, number> }>(`${BASE}/areas/${CARLISLE}/explain`);
    const top = [...explained.drivers].sort((a, b) => (a.places ?? 0) - (b.places ?? 0))[0]!;
    await open(`/area/${CARLISLE}`);
    const first = page.locator('#driver-costs li').first();
    await first.waitFor();
    expect(await first.textContent()).toBe(top.sentence);
    expect(top.sentence).toMatch(/costs \d+ places/);
    expect(await page.locator('#contributions tbody tr').count()).toBe(Object.keys(explained.contributions).length);
    const total = Object.values(explained.contributions).reduce((sum, value) => sum + value, 0);
    expect((await page.locator('#contribution-total').textContent())?.replace('−', '-')).toBe(total.toFixed(3));
  });

  it('sets what-if values through the controls: the URL changes and the API\'s after-rank is shown', async () => {
    await open(`/area/${CARLISLE}`);
    await page.locator('#whatif-fsm-attainment8').selectOption('best-in-county');
    await page.waitForURL(/set=/);
    expect(query(page).get('set')).toBe('fsm-attainment8=best-in-county');
    const one = await api<WhatIf>(`${BASE}/areas/${CARLISLE}/whatif?set=fsm-attainment8=best-in-county`);
    await expect.poll(() => page.locator('#whatif-after-rank').getAttribute('data-rank')).toBe(String(one.after.overall.rank));
    expect(await page.locator('#whatif-sentence').textContent()).toContain(`instead of ${ordinal(one.before.overall.rank)}`);

    await page.locator('#whatif-median-pay').selectOption('value');
    const value = page.locator('#whatif-median-pay-value');
    await value.fill('700');
    await value.press('Enter');
    // weekly pay (the contract's second edition), £700 a week
    await expect.poll(() => query(page).get('set')).toBe('fsm-attainment8=best-in-county,median-pay=700');
    const two = await api<WhatIf>(`${BASE}/areas/${CARLISLE}/whatif?set=fsm-attainment8=best-in-county,median-pay=700`);
    await expect.poll(() => page.locator('#whatif-after-rank').getAttribute('data-rank')).toBe(String(two.after.overall.rank));
    expect(await page.locator('#whatif-sentence').textContent()).toBe(`With these values Carlisle would rank ${ordinal(two.after.overall.rank)} of 324 instead of ${ordinal(two.before.overall.rank)}; no longer a coldspot.`);
  });

  it('shows the API\'s error for a setting it cannot use in an error summary', async () => {
    const response = await fetch(`${server.url}${BASE}/areas/${CARLISLE}/whatif?set=fsm-attainment8=lots`);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: string };
    await open(`/area/${CARLISLE}?set=fsm-attainment8=lots`);
    const summary = page.locator('#whatif .error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(error);
  });

  it('lists five similar areas on the indicators and five on context, as the API does, each a link', async () => {
    await open(`/area/${CARLISLE}`);
    for (const on of ['indicators', 'context'] as const) {
      const report = await api<{ neighbours: Array<{ code: string }> }>(`${BASE}/areas/${CARLISLE}/neighbours?k=5&on=${on}`);
      const items = page.locator(`#neighbours-${on} li`);
      await items.first().waitFor();
      expect(await codes(page, `#neighbours-${on} li`)).toEqual(report.neighbours.map((entry) => entry.code));
      expect(await page.locator(`#neighbours-${on} li a`).count()).toBe(5);
    }
  });
});

describe('uncertainty in a Web Worker', () => {
  it('gives Carlisle the same median rank and 90% interval as the API for runs=200, seed=3, with a progress bar', async () => {
    const started = Date.now();
    const expected = (await api<{ areas: UncertaintyArea[] }>(`${BASE}/uncertainty?runs=200&seed=3`)).areas.find((area) => area.code === CARLISLE)!;
    await open('/uncertainty?runs=200&seed=3&q=Carlisle');
    await page.locator('progress#uncertainty-progress').waitFor();
    expect(await uncertaintyRow(page, CARLISLE)).toEqual([expected.medianRank, expected.p05, expected.p95]);
    const progress = page.locator('progress#uncertainty-progress');
    expect(await progress.getAttribute('value')).toBe('200');
    expect(await progress.getAttribute('max')).toBe('200');
    expect(await page.locator('#uncertainty-table tbody tr').count()).toBe(1);
    // weights, normalisation, aggregation, sampling and the data
    expect(await page.locator('#sensitivity tbody tr').count()).toBe(5);
    console.log(`uncertainty (200 runs) shown ${Date.now() - started} ms after the request`);
  });

  it('runs what the form says, keeps it in the URL, and reports a bad field in an error summary', async () => {
    await open('/uncertainty?runs=200&seed=3');
    await page.locator('#uncertainty-status[data-status="done"]').waitFor({ timeout: 30_000 });
    await page.locator('#uncertainty-runs').fill('0');
    await page.getByRole('button', { name: 'Run the analysis' }).click();
    const summary = page.locator('#uncertainty-errors');
    await summary.waitFor();
    expect(await summary.getByRole('alert').textContent()).toContain('Enter a whole number of runs from 1 to 10,000');
    // The summary takes the focus; its link puts it in the field, with the field's label in view.
    await expect.poll(() => focusedId(page)).toBe('uncertainty-errors');
    await summary.getByRole('link', { name: /Enter a whole number of runs/ }).click();
    await expect.poll(() => focusedId(page)).toBe('uncertainty-runs');
    expect(await page.locator('label[for="uncertainty-runs"]').isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('#uncertainty-runs').fill('150');
    await page.locator('#uncertainty-seed').fill('9');
    await page.getByRole('checkbox', { name: /Aggregation/ }).uncheck();
    await page.getByRole('button', { name: 'Run the analysis' }).click();
    await expect.poll(() => query(page).get('runs')).toBe('150');
    expect(query(page).get('seed')).toBe('9');
    expect(query(page).get('vary')).toBe('weights,normalisation,sampling,data');
    const expected = (await api<{ areas: UncertaintyArea[] }>(`${BASE}/uncertainty?runs=150&seed=9&vary=weights,normalisation,sampling,data`)).areas.find((area) => area.code === CARLISLE)!;
    await page.locator('#uncertainty-q').fill('Carlisle');
    expect(await uncertaintyRow(page, CARLISLE)).toEqual([expected.medianRank, expected.p05, expected.p95]);
  });

  it('stops a long analysis when Cancel is pressed', async () => {
    await open('/uncertainty?runs=10000&seed=4&edition=open-latest');
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    await cancel.click();
    await page.locator('#uncertainty-status[data-status="cancelled"]').waitFor();
    expect(await page.locator('#uncertainty-table').count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Cancelled after' }).count()).toBe(1);
  });
});

describe('patterns', () => {
  it('lists the API\'s affluent coldspots and deprived hotspots, and says the named coldspots are not reproduced', async () => {
    const report = await api<{ affluentColdspots: Array<{ code: string }>; deprivedHotspots: Array<{ code: string }>; named: Array<{ affluentColdspot: boolean }> }>(`${BASE}/patterns`);
    await open('/patterns');
    await page.locator('#affluent-coldspots li').first().waitFor();
    expect(await codes(page, '#affluent-coldspots li')).toEqual(report.affluentColdspots.map((area) => area.code));
    expect(await codes(page, '#deprived-hotspots li')).toEqual(report.deprivedHotspots.map((area) => area.code));
    expect(report.named.some((area) => area.affluentColdspot)).toBe(false);
    expect(await page.locator('#named-verdict').textContent()).toContain('does not reproduce it');
    expect(await page.locator('#coastal-rule').textContent()).toContain('more than 5 km');
  });
});

describe('league table with a changed method', () => {
  it('re-weights School 2: the URL, the order and the downloads follow the API\'s weights=school=2', async () => {
    const expected = await api<{ rows: Array<{ code: string }> }>(`${BASE}/areas?weights=school=2`);
    await open('/table');
    await page.locator('details.method-panel > summary').click();
    await page.locator('#weight-school').fill('2');
    await page.getByRole('button', { name: 'Rank with this method' }).click();
    await expect.poll(() => query(page).get('weights')).toBe('school=2');
    await waitForTable(page, { weights: 'school=2' });
    expect(await codes(page, '#league-table tbody tr')).toEqual(expected.rows.map((row) => row.code));
    expect(await page.locator('#method-notice').textContent()).toContain('Ranked with a changed method: School weighted 2');
    // both downloads (the rows shown, and every value) are under the changed method
    const csvLinks = await page.getByRole('link', { name: 'CSV' }).all();
    expect(csvLinks).toHaveLength(2);
    for (const link of csvLinks) expect(await link.getAttribute('href')).toContain('weights=school%3D2');
  });

  it('ranks by percentile ranks and a geometric mean as the API does, and shows how far each area moves', async () => {
    const expected = await api<{ rows: Array<{ code: string }> }>(`${BASE}/areas?normalise=rank&aggregate=geometric`);
    await open('/table');
    await page.locator('details.method-panel > summary').click();
    await page.locator('#normalise').selectOption('rank');
    await page.locator('#aggregate').selectOption('geometric');
    await page.getByRole('button', { name: 'Rank with this method' }).click();
    await waitForTable(page, { normalise: 'rank', aggregate: 'geometric' });
    expect(await codes(page, '#league-table tbody tr')).toEqual(expected.rows.map((row) => row.code));

    const shift = await api<{ areas: Array<{ code: string }> }>(`${BASE}/shift?normalise=rank&aggregate=geometric`);
    await page.getByRole('link', { name: 'How far does each area move?' }).click();
    await page.waitForURL(/\/shift\?/);
    await page.locator('#shift-table tbody tr').first().waitFor();
    expect(await codes(page, '#shift-table tbody tr')).toEqual(shift.areas.slice(0, 30).map((area) => area.code));
  });
});

describe('missing-value rule', () => {
  it('"exclude" puts missing=exclude in the URL, and the rows, their order and the downloads follow the API\'s missing=exclude', async () => {
    const expected = await api<{ rows: Array<{ code: string; overallRank: number | null }>; total: number }>(`${BASE}/areas?missing=exclude`);
    const unranked = expected.rows.filter((row) => row.overallRank === null).length;
    expect(unranked).toBeGreaterThan(0);
    await open('/table');
    await page.locator('details.method-panel > summary').click();
    await page.getByLabel('Missing values').selectOption('exclude');
    await page.getByRole('button', { name: 'Rank with this method' }).click();
    await expect.poll(() => query(page).get('missing')).toBe('exclude');
    await waitForTable(page, { missing: 'exclude' });
    expect(await codes(page, '#league-table tbody tr')).toEqual(expected.rows.map((row) => row.code));
    expect(await page.locator('#table-count').textContent()).toBe(`Showing ${expected.rows.length} of ${expected.total} areas`);
    const ranks = await page.locator('#league-table tbody td[data-column="rank"]').allTextContents();
    expect(ranks.filter((text) => text === 'not ranked')).toHaveLength(unranked);
    expect(await page.locator('#method-notice').textContent()).toContain(`Ranked with a changed method: ${MISSING_RULE.name}: ${labelOf(MISSING_RULE, 'exclude')}`);
    for (const name of ['CSV', 'Excel (XLSX)']) {
      const links = await page.getByRole('link', { name }).all();
      expect(links).toHaveLength(2);
      for (const link of links) expect(await link.getAttribute('href')).toContain('missing=exclude');
    }
    expect(await page.locator('#missing').inputValue()).toBe('exclude');
  });
});

describe('area page with a changed method', () => {
  it('a link from the table re-weighted School 2 keeps weights=school=2, and the whole page — headline, notice, "What drives" — ranks with it', async () => {
    const table = await api<{ rows: Array<{ code: string; overallRank: number | null }>; rankedCount: number }>(`${BASE}/areas?weights=school=2`);
    const changedRank = table.rows.find((row) => row.code === CARLISLE)?.overallRank;
    const profile = await api<{ overall: { rank: number } }>(`${BASE}/areas/${CARLISLE}`);
    const explained = await api<{ drivers: Driver[]; contributions: Record<string, number> }>(`${BASE}/areas/${CARLISLE}/explain?weights=school=2`);
    // School 2 moves Carlisle, so the page cannot pass by showing the edition's rank.
    expect(changedRank).toBeTypeOf('number');
    expect(changedRank).not.toBe(profile.overall.rank);

    await open('/table?weights=school%3D2');
    await waitForTable(page, { weights: 'school=2' });
    const link = page.locator(`#league-table tbody tr[data-code="${CARLISLE}"] th a`);
    expect(new URL((await link.getAttribute('href')) ?? '', server.url).searchParams.get('weights')).toBe('school=2');
    await link.click();
    await page.waitForURL(/\/area\/E07000028\?/);
    expect(query(page).get('weights')).toBe('school=2');

    const rank = page.locator('#method-rank');
    await expect.poll(() => rank.getAttribute('data-rank')).toBe(String(changedRank));
    await expect.poll(async () => (await rank.textContent())?.replace(/\s+/g, ' ')).toMatch(new RegExp(`With it Carlisle ranks ${changedRank}(st|nd|rd|th) of ${table.rankedCount}; with the edition's own method, ${profile.overall.rank}th`));
    expect(await page.locator('#method-notice').textContent()).toContain('Ranked with a changed method: School weighted 2');
    // The headline ranks with the changed method too: one rank on the page.
    expect(await page.locator('#overall-rank').getAttribute('data-rank')).toBe(String(changedRank));
    // "What drives this result?" is the API's explanation with weights=school=2.
    const top = [...explained.drivers].sort((a, b) => (a.places ?? 0) - (b.places ?? 0))[0]!;
    await expect.poll(() => page.locator('#driver-costs li').first().textContent()).toBe(top.sentence);
    const total = Object.values(explained.contributions).reduce((sum, value) => sum + value, 0);
    expect((await page.locator('#contribution-total').textContent())?.replace('−', '-')).toBe(total.toFixed(3));

    await page.getByRole('link', { name: "Back to the edition's own method" }).click();
    await page.waitForURL(/\/area\/E07000028$/);
    await page.locator('#overall-rank').waitFor();
    expect(await page.locator('#method-notice').count()).toBe(0);
    expect(await page.locator('#overall-rank').getAttribute('data-rank')).toBe(String(profile.overall.rank));
  });

  it('a re-weighted Carlisle shows one rank on its whole page: headline, notice, life stages and what-if agree with the league table with the same weights', async () => {
    type Row = { code: string; overallRank: number | null; stages: Record<string, { rank: number | null }> };
    // an independent door: the league table with the same weights
    const table = await api<{ rows: Row[] }>(`${BASE}/areas?weights=school=3`);
    const row = table.rows.find((entry) => entry.code === CARLISLE)!;
    const fresh = await context.newPage();
    try {
      await open(`/area/${CARLISLE}?weights=school%3D3&set=median-pay=30000`, fresh);
      await fresh.locator('#whatif-after-rank').waitFor();
      expect(await fresh.locator('#overall-rank').getAttribute('data-rank')).toBe(String(row.overallRank));
      expect(await fresh.locator('#method-rank').getAttribute('data-rank')).toBe(String(row.overallRank));
      expect(await fresh.locator('#whatif-after-rank').getAttribute('data-before')).toBe(String(row.overallRank));
      for (const [stage, { rank: stageRank }] of Object.entries(row.stages)) {
        expect(await fresh.locator(`tr[data-stage="${stage}"]`).getAttribute('data-rank'), stage).toBe(String(stageRank));
      }
      // the headline sentence names the same rank
      expect(await fresh.locator('.headline').textContent()).toContain(`ranked ${row.overallRank}`);
      // links to other areas and to Compare keep the weights
      const compare = fresh.getByRole('link', { name: /Compare with the rest of its county/ });
      expect(new URL((await compare.getAttribute('href')) ?? '', server.url).searchParams.get('weights')).toBe('school=3');
    } finally {
      await fresh.close();
    }
  });
});

describe('the map and Compare with a changed method', () => {
  it('rank, colour and link under the same weights as the league table', async () => {
    const table = await api<{ rows: Array<{ code: string; overallRank: number | null }> }>(`${BASE}/areas?weights=school=3`);
    const own = await api<{ rows: Array<{ code: string; overallRank: number | null }> }>(`${BASE}/areas`);
    const changed = table.rows.find((entry) => entry.code === CARLISLE)!.overallRank;
    expect(changed).not.toBe(own.rows.find((entry) => entry.code === CARLISLE)!.overallRank);
    await open('/?weights=school%3D3');
    await page.locator('#method-notice').waitFor();
    expect(await page.locator('#method-notice').textContent()).toContain('Ranked with a changed method: School weighted 3');
    const row = page.locator('#map-table tbody tr').filter({ has: page.getByRole('link', { name: 'Carlisle', exact: true }) });
    await row.first().waitFor();
    const ord = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
    expect(await row.first().textContent()).toContain(`${ord(changed!)} of`);
    const href = await row.first().getByRole('link', { name: 'Carlisle', exact: true }).getAttribute('href');
    expect(new URL(href ?? '', server.url).searchParams.get('weights')).toBe('school=3');
    // the navigation keeps the weights for the pages that rank with them, and not for the others
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(new URL((await nav.getByRole('link', { name: 'League table' }).getAttribute('href')) ?? '', server.url).searchParams.get('weights')).toBe('school=3');
    expect(new URL((await nav.getByRole('link', { name: 'Method & sources' }).getAttribute('href')) ?? '', server.url).searchParams.get('weights')).toBeNull();

    await open(`/compare?areas=${CARLISLE},E07000026&weights=school%3D3`);
    await page.locator('#method-notice').waitFor();
    await expect.poll(async () => (await page.locator('main table').first().textContent()) ?? '').toContain(ord(changed!));
  });
});

describe('a copied URL restores the analysis views', () => {
  it('restores a what-if, an uncertainty run, a re-weighted table and a shift in a fresh page', async () => {
    const fresh = await context.newPage();
    try {
      const whatIf = await api<WhatIf>(`${BASE}/areas/${CARLISLE}/whatif?set=fsm-attainment8=best-in-county`);
      await open(`/area/${CARLISLE}?set=fsm-attainment8=best-in-county`, fresh);
      await expect.poll(() => fresh.locator('#whatif-after-rank').getAttribute('data-rank')).toBe(String(whatIf.after.overall.rank));
      expect(await fresh.locator('#whatif-fsm-attainment8').inputValue()).toBe('best-in-county');

      const expected = (await api<{ areas: UncertaintyArea[] }>(`${BASE}/uncertainty?runs=200&seed=3`)).areas.find((area) => area.code === CARLISLE)!;
      await open('/uncertainty?runs=200&seed=3&region=North+West&page=2', fresh);
      expect(await uncertaintyRow(fresh, CARLISLE)).toEqual([expected.medianRank, expected.p05, expected.p95]);
      expect(await fresh.locator('#uncertainty-region').inputValue()).toBe('North West');
      expect(await fresh.locator('#uncertainty-runs').inputValue()).toBe('200');

      await open('/table?weights=school%3D2&normalise=rank', fresh);
      await waitForTable(fresh, { weights: 'school=2', normalise: 'rank' });
      expect(await fresh.locator('#weight-school').inputValue()).toBe('2');
      expect(await fresh.locator('#normalise').inputValue()).toBe('rank');

      await open('/shift?weights=school%3D2', fresh);
      await fresh.locator('#shift-summary').waitFor();
      expect(await fresh.locator('h1').textContent()).toBe('How far does each area move?');
    } finally {
      await fresh.close();
    }
  });
});

describe('weight', () => {
  it('keeps the first page within 250 KB of gzipped JavaScript, with each lazy page of the route table, the trend charts and the worker in chunks of their own', () => {
    const web = join(ROOT, 'dist', 'web');
    const first = [...readFileSync(join(web, 'index.html'), 'utf8').matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
    const size = (file: string): number => gzipSync(readFileSync(join(web, file))).length;
    const total = first.reduce((sum, file) => sum + size(file), 0);
    const chunks = readdirSync(join(web, 'assets')).filter((file) => file.endsWith('.js'));
    console.log(`first page: ${first.join(', ')} = ${total} bytes gzipped; chunks: ${chunks.map((file) => `${file} ${size(`assets/${file}`)}`).join(', ')}`);
    expect(total).toBeLessThanOrEqual(250_000);
    const lazy = ROUTES.filter((spec) => spec.source.kind === 'lazy').map((spec) => `page-${spec.id}-`);
    expect(lazy).toEqual(['page-table-', 'page-area-', 'page-compare-', 'page-groups-', 'page-method-', 'page-uncertainty-', 'page-patterns-', 'page-shift-', 'page-movers-', 'page-yours-', 'page-embed-map-', 'page-embed-area-']);
    // the area page's trend charts (d3-scale, d3-shape) load on their own, once a trend has arrived
    for (const name of ['uncertainty.worker', 'page-area-TrendCharts-', ...lazy]) {
      expect(chunks.some((file) => file.startsWith(name))).toBe(true);
      expect(first.some((file) => file.includes(name))).toBe(false);
    }
  });
});

// Each page's own example is checked in explorer.test.ts, from the route table; these are the analysis views' other states.
describe('accessibility: axe-core finds no violation on the analysis views', () => {
  const views: Array<{ name: string; path: string; ready: string }> = [
    { name: 'area with what-if and similar areas', path: `/area/${CARLISLE}?set=fsm-attainment8=best-in-county,median-pay=30000`, ready: '#whatif-sentence, #neighbours-context li' },
    { name: 'uncertainty with an error summary', path: '/uncertainty?runs=0', ready: '#uncertainty-errors' },
    { name: 'league table with a changed method', path: '/table?weights=school%3D2&aggregate=geometric', ready: '#method-notice' },
    { name: 'league table leaving out areas with missing values', path: '/table?missing=exclude', ready: '#method-notice, #league-table' },
    { name: 'area with a changed method', path: `/area/${CARLISLE}?weights=school%3D2`, ready: '#method-notice, #driver-costs li' },
  ];
  for (const { name, path, ready } of views) {
    it(name, async () => {
      await open(path);
      for (const selector of ready.split(', ')) await page.locator(selector).first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
