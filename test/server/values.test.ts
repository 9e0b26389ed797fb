/**
 * The tidy values (`…/values`) against the real server: one row per area, period and indicator,
 * the same numbers as each area's profile (`…/areas/{code}`, an independent route), strictly
 * parsed CSV and XLSX downloads that credit their sources, and one clear 400 for a bad `areas`.
 * The set of areas comes from the ONS lookup, not from the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { startServer, type RunningServer } from './startServer.js';

interface Profile {
  name: string;
  overall: { score: number | null; rank: number | null };
  stages: Array<{ id: string; score: number | null; rank: number | null }>;
  indicators: Array<{ id: string; value: number | null; unit: string; level: string; year: string | null; rank: number | null; rankOf: number | null; median: number | null }>;
  attribution: { statements: string[] };
}
type CsvRow = Record<string, string>;

const lookup = parseCsv(readFileSync(join(resolveDataDir(), 'geo', 'lad16_england_lookup.csv')), { columns: true, bom: true }) as Array<Record<string, string>>;
const districts = new Set(lookup.filter((row) => row.in_smi_324 === '1').map((row) => row.lad16cd));

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, server.url));
}

const number = (text: string | undefined): number | null => (text === undefined || text === '' ? null : Number(text));

describe('GET /api/v1/editions/{edition}/values', () => {
  it("holds Carlisle's profile: the index, the four stages and the 16 indicators, with value, unit, level, year, rank and median", async () => {
    const profile = (await (await get('/api/v1/editions/open-2016/areas/E07000028')).json()) as Profile;
    const response = await get('/api/v1/editions/open-2016/values?areas=E07000028&format=csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toContain('smi-open-2016-values-E07000028.csv');
    // strict RFC 4180: every record has the header's fields
    const rows = parseCsv(await response.text(), { columns: true, bom: true, relax_column_count: false }) as CsvRow[];
    expect(rows).toHaveLength(1 + 4 + 16);
    expect(Object.keys(rows[0]!).slice(0, 9)).toEqual(['code', 'name', 'period', 'indicator', 'label', 'value', 'unit', 'level', 'year']);
    expect(new Set(rows.map((row) => row.code))).toEqual(new Set(['E07000028']));
    expect(new Set(rows.map((row) => row.period))).toEqual(new Set(['2016']));
    const byIndicator = new Map(rows.map((row) => [row.indicator, row]));
    expect(number(byIndicator.get('overall')?.rank)).toBe(profile.overall.rank);
    for (const stage of profile.stages) expect(number(byIndicator.get(stage.id)?.rank), stage.id).toBe(stage.rank);
    for (const indicator of profile.indicators) {
      const row = byIndicator.get(indicator.id)!;
      expect(number(row.value), indicator.id).toBe(indicator.value);
      expect(row.unit).toBe(indicator.unit);
      expect(row.level).toBe(indicator.level);
      expect(row.year).toBe(indicator.year ?? '');
      expect(number(row.rank)).toBe(indicator.rank);
      expect(number(row.rank_of)).toBe(indicator.rankOf);
      expect(number(row.england_median)).toBe(indicator.median);
    }
    expect(rows.filter((row) => row.value !== '' && row.level !== '').length).toBeGreaterThanOrEqual(12);
    // credited on every row
    for (const row of rows) expect(row.source).toMatch(/Open Government Licence/);
  });

  it('gives the whole edition as one row per district and indicator, for exactly the 324 districts of the ONS lookup', async () => {
    const body = (await (await get('/api/v1/editions/open-2016/values')).json()) as { period: string; rows: Array<{ code: string; indicator: string }> };
    expect(body.period).toBe('2016');
    expect(new Set(body.rows.map((row) => row.code))).toEqual(districts);
    expect(body.rows).toHaveLength(324 * 21);
    expect(new Set(body.rows.map((row) => `${row.code} ${row.indicator}`)).size).toBe(324 * 21);
  });

  it('downloads a comparison as an XLSX workbook with a Sources sheet', async () => {
    const profile = (await (await get('/api/v1/editions/open-latest/areas/E06000063')).json()) as Profile;
    const response = await get('/api/v1/editions/open-latest/values?areas=E06000063,E06000064&format=xlsx');
    expect(response.status).toBe(200);
    const workbook = XLSX.read(Buffer.from(await response.arrayBuffer()), { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(['Values', 'Sources']);
    const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(workbook.Sheets.Values!);
    expect(rows).toHaveLength(2 * 21);
    expect(rows.map((row) => row.code)).toEqual([...Array(21).fill('E06000063'), ...Array(21).fill('E06000064')]);
    const sources = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets.Sources!, { header: 1 }).map((row) => row[0]);
    for (const statement of profile.attribution.statements) expect(sources).toContain(statement);
  });

  it('names the areas that are not in the edition, in one 400', async () => {
    const response = await get('/api/v1/editions/open-2016/values?areas=E07000028,E06000063,nowhere');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body.parameter).toBe('areas');
    expect(body.error).toMatch(/"E06000063", "nowhere" are not areas of open-2016/);
    const format = await get('/api/v1/editions/open-2016/values?format=pdf');
    expect(format.status).toBe(400);
  });
});

describe('downloads of the groups and of the uncertainty results', () => {
  it('give the groups of …/groups as strict CSV rows, credited', async () => {
    const json = (await (await get('/api/v1/editions/open-2016/groups?by=region')).json()) as { groups: Array<{ group: string; hotspots: number; coldspots: number; medianRank: number | null }> };
    const response = await get('/api/v1/editions/open-2016/groups?by=region&format=csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await response.text(), { columns: true, bom: true }) as CsvRow[];
    expect(rows.map((row) => row.region)).toEqual(json.groups.map((group) => group.group));
    expect(rows.map((row) => Number(row.hotspots))).toEqual(json.groups.map((group) => group.hotspots));
    // 65 hotspots and 65 coldspots in all (20% of 324)
    expect(rows.reduce((total, row) => total + Number(row.hotspots), 0)).toBe(65);
    expect(rows.reduce((total, row) => total + Number(row.coldspots), 0)).toBe(65);
    for (const row of rows) expect(row.source).toMatch(/Open Government Licence/);
  });

  it('give the per-area uncertainty results of the same runs as the JSON, as CSV and XLSX', async () => {
    const query = 'runs=200&seed=5&vary=weights';
    const json = (await (await get(`/api/v1/editions/open-2016/uncertainty?${query}`)).json()) as { areas: Array<{ code: string; rank: number | null; p05: number | null; p95: number | null; pHotspot: number | null }> };
    const rows = parseCsv(await (await get(`/api/v1/editions/open-2016/uncertainty?${query}&format=csv`)).text(), { columns: true, bom: true }) as CsvRow[];
    expect(rows).toHaveLength(324);
    expect(rows.map((row) => row.code)).toEqual(json.areas.map((area) => area.code));
    expect(rows.map((row) => number(row.rank_p95))).toEqual(json.areas.map((area) => area.p95));
    expect(rows.map((row) => number(row.p_hotspot))).toEqual(json.areas.map((area) => area.pHotspot));
    expect(new Set(rows.map((row) => row.runs))).toEqual(new Set(['200']));
    const workbook = XLSX.read(Buffer.from(await (await get(`/api/v1/editions/open-2016/uncertainty?${query}&format=xlsx`)).arrayBuffer()), { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(['Uncertainty', 'Sources']);
    expect(XLSX.utils.sheet_to_json(workbook.Sheets.Uncertainty!)).toHaveLength(324);
  });
});
