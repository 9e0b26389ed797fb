/**
 * "Your own data" in Chromium against the real server. The test makes a workbook laid out as the
 * Commission's — a notes sheet, then a data sheet with a title row, a blank row, a header row of
 * "Local authority" and one column per indicator, and a row per area named, not coded — from the
 * open-2016 edition's own export (the server's numbers), with one area, Knowsley (a coldspot), given
 * the best value of the 324 on every indicator. It uploads it, checks the guesses (sheet, header row,
 * area column, geography, each indicator's column and how it was matched) and ranks it: the league
 * table of edition `yours` must rank Knowsley first and every other area as `smi rank` ranks the
 * same values written as the CLI's CSV — while every request the page makes after the upload is
 * a GET with no body, for the app's own files or the public geography and map, never with a value.
 * The area page, the map, the coast filter, How sure? and the downloads work on edition `yours`.
 * A bad file gives the CLI's own message for the same file. axe finds nothing on the page.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, smi } from '../cli/smi.js';
import { axeViolations, explorerForTests, fetchJson } from './browser.js';

interface ExportBody {
  areas: Array<{ code: string; name: string; region: string; values: Record<string, number | null>; overall: { rank: number | null } }>;
}
interface MethodBody {
  indicators: Array<{ id: string; number: number; label: string; direction: 'higher' | 'lower' }>;
}

const session = explorerForTests({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
const dir = mkdtempSync(join(tmpdir(), 'smi-yours-'));
let exported: ExportBody;
let method: MethodBody;
/** How each indicator's header is written in the workbook, and so how it must be matched. */
const HEADER_KIND: Record<number, 'id' | 'label'> = { 4: 'id', 9: 'label', 14: 'label' };

function headerOf(indicator: MethodBody['indicators'][number]): string {
  const kind = HEADER_KIND[indicator.number];
  if (kind === 'id') return indicator.id;
  if (kind === 'label') return indicator.label.toUpperCase();
  return `${indicator.number}. ${indicator.label}`;
}

/** The values of the workbook: open-2016's, with Knowsley given the best value of all areas on every indicator. */
function values(): Array<{ code: string; name: string; values: Record<string, number | null> }> {
  const best = Object.fromEntries(
    method.indicators.map((indicator) => {
      const known = exported.areas.map((area) => area.values[indicator.id]).filter((value): value is number => typeof value === 'number');
      return [indicator.id, known.length === 0 ? null : indicator.direction === 'higher' ? Math.max(...known) : Math.min(...known)];
    }),
  );
  return exported.areas.map((area) => (area.name === 'Knowsley' ? { ...area, values: best } : area));
}

function commissionWorkbook(): Buffer {
  const rows = values();
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['About this workbook'], ['Made by the test from the open-2016 export.']]), 'Notes');
  const data = [
    ['Social Mobility Index: indicator values by local authority district'],
    [],
    ['Local authority', ...method.indicators.map(headerOf)],
    ...rows.map((area) => [area.name, ...method.indicators.map((indicator) => area.values[indicator.id] ?? '')]),
  ];
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data), 'Data');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** The same values as the CSV the CLI takes. */
function cliCsv(): string {
  const ids = method.indicators.map((indicator) => indicator.id);
  return [['code', ...ids].join(','), ...values().map((area) => [area.code, ...ids.map((id) => String(area.values[id] ?? ''))].join(','))].join('\n') + '\n';
}

/** Every request the page makes from now on. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => seen.push(request));
  return seen;
}

async function choose(page: Page, name: string, bytes: Buffer, mimeType: string): Promise<void> {
  await page.locator('#dataset').setInputFiles({ name, mimeType, buffer: bytes });
}

/** What the server's Content-Security-Policy blocked in the page (recorded from the first script on). */
function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations);
}

beforeAll(async () => {
  await session.context.addInitScript(() => {
    const scope = globalThis as unknown as { cspViolations: string[]; document: { addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void } };
    scope.cspViolations = [];
    scope.document.addEventListener('securitypolicyviolation', (event) => scope.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  [exported, method] = await Promise.all([fetchJson<ExportBody>(session.server, '/api/v1/editions/open-2016/export'), fetchJson<MethodBody>(session.server, '/api/v1/editions/open-2016/method')]);
}, 60_000);

describe('your own data in the browser', () => {
  it('ranks a workbook laid out as the Commission\'s in the page, sending none of it', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/yours`);
    await page.locator('#dataset').waitFor();
    const requests = recordRequests(page);
    await choose(page, 'commission.xlsx', commissionWorkbook(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await page.locator('#matching').waitFor();
    // the guesses: the data sheet, its header on row 3, the names column, the 2016 districts
    expect(await page.locator('#sheet option:checked').textContent()).toBe('Data');
    expect(await page.locator('#header-row').inputValue()).toBe('3');
    expect(await page.locator('#area-column').inputValue()).toBe('0');
    expect(await page.locator('#area-kind').inputValue()).toBe('name');
    expect(await page.locator('#geography').inputValue()).toBe('2016');
    for (const [index, indicator] of method.indicators.entries()) {
      const row = page.locator(`#matching tr[data-indicator="${indicator.id}"]`);
      expect(await row.locator('select').inputValue(), indicator.id).toBe(String(index + 1));
      expect(await row.locator('[data-matched]').textContent(), indicator.id).toBe(`by its ${HEADER_KIND[indicator.number] ?? 'number'}`);
    }
    expect(await axeViolations(page)).toEqual([]);
    // on a phone, the matching table too fits the screen (or scrolls in its own region) and axe finds nothing
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    if (viewport !== null) await page.setViewportSize(viewport);

    await page.getByRole('button', { name: 'Rank my data' }).click();
    await page.getByText('324 of 324 areas ranked').waitFor();
    await page.getByRole('link', { name: 'The league table of your data' }).click();
    await page.locator('#league-table tbody tr[data-code]').first().waitFor();

    // the ranks the CLI gives the same values
    const file = join(dir, 'same-values.csv');
    writeFileSync(file, cliCsv());
    const cli = await smi(['rank', '--edition', file, '--format', 'csv']);
    expect(cli.status, cli.stderr).toBe(0);
    const expected = (parseCsv(cli.stdout, { columns: true }) as Array<{ code: string; rank: string }>).filter((row) => row.rank !== '');
    const knowsley = exported.areas.find((area) => area.name === 'Knowsley')!;
    expect(expected[0]?.code).toBe(knowsley.code);
    expect(knowsley.overall.rank).not.toBe(1);
    const shown = await page.locator('#league-table tbody tr[data-code]').evaluateAll((rows) =>
      rows.map((row) => ({ code: row.getAttribute('data-code') ?? '', rank: (row.querySelector('[data-column="rank"]')?.textContent ?? '').replace(/\D/g, '') })),
    );
    expect(shown.length).toBe(324);
    expect(shown[0]?.code).toBe(knowsley.code);
    expect(Object.fromEntries(shown.map((row) => [row.code, row.rank]))).toEqual(Object.fromEntries(expected.map((row) => [row.code, row.rank])));

    // nothing of the data left the page: every request a GET with no body, for the app's files or the public areas, method and map
    const publicRoute = /^\/api\/v1\/editions\/(open-2016|open-latest)\/(geography|method|paths|geometry)$|^\/api\/v1\/editions$/;
    const offending = requests.filter((request) => {
      const url = new URL(request.url());
      if (request.method() !== 'GET' || request.postData() !== null) return true;
      if (url.origin !== server.url) return true;
      return !(url.pathname.startsWith('/assets/') || publicRoute.test(url.pathname));
    });
    expect(offending.map((request) => `${request.method()} ${request.url()}`)).toEqual([]);
    expect(requests.some((request) => request.url().includes('yours'))).toBe(false);
    // the page ran whole under the server's Content-Security-Policy: the workbook reader and the contract's schemas need no eval
    expect(await cspViolations(page)).toEqual([]);
    // the recording saw the page's requests: the workbook reader's chunk, loaded when the file was chosen
    expect(requests.some((request) => /\/assets\/xlsx-/.test(request.url()))).toBe(true);
  }, 120_000);

  it('shows the area page, the map and the downloads of edition yours from the page', async () => {
    const { page, server } = session;
    const knowsley = exported.areas.find((area) => area.name === 'Knowsley')!;
    await page.goto(`${server.url}/area/${knowsley.code}?edition=yours`);
    await page.locator('h1', { hasText: 'Knowsley' }).waitFor();
    const headline = await page.locator('.headline').textContent();
    console.log(`area page of yours: ${headline}`);
    expect(headline).toMatch(/Knowsley .*1st of 324/);
    await page.goto(`${server.url}/?edition=yours`);
    await page.locator(`[data-area-code="${knowsley.code}"]`).first().waitFor();
    await page.goto(`${server.url}/yours`);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('section[aria-labelledby="ranked-heading"]').getByRole('button', { name: 'CSV' }).click()]);
    const rows = parseCsv(readFileSync(await saved.path(), 'utf8'), { columns: true }) as Array<{ code: string; rank: string; source: string }>;
    expect(rows[0]?.code).toBe(knowsley.code);
    expect(rows[0]?.rank).toBe('1');
    expect(rows[0]?.source).toMatch(/^commission\.xlsx, sheet "Data" \(your dataset\), computed in this browser/);

    // the league table's own download link, for the rows shown, is made in the page too: no request leaves it
    await page.goto(`${server.url}/table?edition=yours&region=North+West`);
    await page.locator('#league-table tbody tr[data-code]').first().waitFor();
    const requests = recordRequests(page);
    const [table] = await Promise.all([page.waitForEvent('download'), page.locator('.table-summary .downloads').getByRole('link', { name: 'CSV' }).click()]);
    const tableRows = parseCsv(readFileSync(await table.path(), 'utf8'), { columns: true }) as Array<{ region: string }>;
    expect(tableRows.length).toBe(exported.areas.filter((each) => each.region === 'North West').length);
    expect(new Set(tableRows.map((row) => row.region))).toEqual(new Set(['North West']));
    expect(requests.filter((request) => request.url().includes('/api/')).map((request) => request.url())).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);

    // the coast filter: the coastal areas are the open edition's (its public map route), the ranks yours
    const coastalRows = await fetchJson<{ rows: Array<{ code: string }> }>(server, '/api/v1/editions/open-2016/areas?coast=coastal');
    await page.goto(`${server.url}/table?edition=yours&coast=coastal`);
    await page.locator('#league-table tbody tr[data-code]').first().waitFor();
    const coastalShown = await page.locator('#league-table tbody tr[data-code]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code') ?? ''));
    expect(new Set(coastalShown)).toEqual(new Set(coastalRows.rows.map((row) => row.code)));

    // How sure? runs the same Monte Carlo in its Web Worker on your data
    await page.goto(`${server.url}/uncertainty?edition=yours&runs=100&seed=3`);
    await page.locator('#uncertainty-table').waitFor();
    expect(await page.locator('#uncertainty-table tbody tr').count()).toBeGreaterThan(0);
  }, 120_000);

  it('gives the template of the geography: a code, a name and an empty column per indicator id for each area', async () => {
    const { page, server } = session;
    await page.goto(`${server.url}/yours`);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download the template/ }).click()]);
    const rows = parseCsv(readFileSync(await saved.path(), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(['code', 'name', ...method.indicators.map((indicator) => indicator.id)]);
    expect(rows.map((row) => row.code).sort()).toEqual(exported.areas.map((area) => area.code).sort());
  }, 60_000);

  it('gives the CLI\'s own message for a bad file, and the row of the sheet for a workbook', async () => {
    const { page, server } = session;
    const ids = method.indicators.map((indicator) => indicator.id);
    await page.goto(`${server.url}/yours`);
    const rows = (...lines: string[]) => ['code,' + ids.join(','), ...lines].join('\n') + '\n';
    // an unknown area code; then a dataset that cannot be ranked (every area the same), named by the file as the CLI names it, not as edition "yours"
    const cases = [
      { name: 'bad-code.csv', csv: rows(`E07000028,${ids.map(() => '50').join(',')}`, `E07999999,${ids.map(() => '40').join(',')}`), pattern: /^bad-code\.csv, line 3, column code: unknown area code "E07999999"/ },
      { name: 'all-the-same.csv', csv: rows(`E07000028,${ids.map(() => '50').join(',')}`, `E07000026,${ids.map(() => '50').join(',')}`), pattern: /^all-the-same\.csv cannot be ranked/ },
    ];
    for (const { name, csv, pattern } of cases) {
      const file = join(dir, name);
      writeFileSync(file, csv);
      const cli = await smi(['rank', '--edition', file]);
      expect(cli.status).not.toBe(0);
      const message = cli.stderr.trim().replace(/^smi: /, '');
      expect(message).toMatch(pattern);
      await choose(page, name, Buffer.from(csv), 'text/csv');
      await page.locator('#matching').waitFor();
      await page.getByRole('button', { name: 'Rank my data' }).click();
      await expect.poll(() => page.locator('.error-summary').first().textContent()).toContain(message);
    }

    // a suppressed value in a workbook: the row number is the sheet's (title and blank rows above the header count)
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['A title'], [], ['code', ...ids], ['E07000028', ...ids.map(() => 50)], ['E07000026', 'x', ...ids.slice(1).map(() => 40)]]), 'Data');
    await choose(page, 'suppressed.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await page.locator('#matching').waitFor();
    await page.getByRole('button', { name: 'Rank my data' }).click();
    await expect(page.locator('.error-summary').first().textContent()).resolves.toContain(`suppressed.xlsx, sheet "Data", line 5, column ${ids[0]}: expected a number or an empty cell, got "x".`);
  }, 120_000);
});
