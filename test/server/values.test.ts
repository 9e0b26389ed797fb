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
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { serverForTests } from './startServer.js';

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

const session = serverForTests();

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, session.server.url));
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

describe('the patterns download', () => {
  interface PatternsJson {
    affluentColdspots: Array<{ code: string }>;
    deprivedHotspots: Array<{ code: string }>;
    byRegion: Array<{ group: string; ranked: number; hotspots: number; coldspots: number }>;
    byCoastal: Array<{ group: string; hotspots: number; coldspots: number }>;
    correlations: Array<{ label: string; rho: Record<string, { rho: number | null; n: number }> }>;
  }
  const imd = parseCsv(readFileSync(join(resolveDataDir(), 'geo', 'imd_lad16_england_derived.csv')), { columns: true, bom: true }) as CsvRow[];
  const imdScore = new Map(imd.map((row) => [row.lad16cd!, Number(row.imd2015_mean_lsoa_score)]));

  it('gives every area with its IMD score as published, and thirds and flags that recompute from its own columns', async () => {
    const json = (await (await get('/api/v1/editions/open-2016/patterns')).json()) as PatternsJson;
    const response = await get('/api/v1/editions/open-2016/patterns?format=csv');
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await response.text(), { columns: true, bom: true }) as CsvRow[];
    expect(new Set(rows.map((row) => row.code))).toEqual(districts);
    const ranks = rows.map((row) => number(row.rank)).filter((rank): rank is number => rank !== null);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // the IMD 2015 score is the derived file's, read here independently
    for (const row of rows) expect(number(row.imd2015_score)).toBeCloseTo(imdScore.get(row.code!)!, 6);
    // the thirds: ranked areas by IMD score (ties by code), round(n / 3) at each end
    const scored = rows.filter((row) => row.rank !== '' && row.imd2015_score !== '').sort((a, b) => Number(a.imd2015_score) - Number(b.imd2015_score) || a.code!.localeCompare(b.code!));
    const third = Math.round(scored.length / 3);
    scored.forEach((row, index) => {
      const expected = index < third ? 'least deprived' : index >= scored.length - third ? 'most deprived' : 'middle';
      expect(row.deprivation_third, row.name).toBe(expected);
    });
    const flagged = (flag: string) => rows.filter((row) => row[flag] === 'yes').map((row) => row.code).sort();
    expect(flagged('affluent_coldspot')).toEqual(rows.filter((row) => row.deprivation_third === 'least deprived' && row.class === 'coldspot').map((row) => row.code).sort());
    expect(flagged('affluent_coldspot')).toEqual(json.affluentColdspots.map((area) => area.code).sort());
    expect(flagged('deprived_hotspot')).toEqual(json.deprivedHotspots.map((area) => area.code).sort());
    // the page's coastal shares count the rows marked coastal
    const coastal = json.byCoastal.find((group) => group.group === 'coastal')!;
    expect(rows.filter((row) => row.coastal === 'yes' && row.class === 'hotspot')).toHaveLength(coastal.hotspots);
    for (const row of rows) expect(row.source).toMatch(/Ministry of Housing, Communities and Local Government.*Open Government Licence/);
  });

  it('gives the workbook its areas, shares and correlations sheets and credits the deprivation source', async () => {
    const json = (await (await get('/api/v1/editions/open-2016/patterns')).json()) as PatternsJson;
    const workbook = XLSX.read(Buffer.from(await (await get('/api/v1/editions/open-2016/patterns?format=xlsx')).arrayBuffer()), { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(['Areas', 'Shares', 'Correlations', 'Sources']);
    expect(XLSX.utils.sheet_to_json(workbook.Sheets.Areas!)).toHaveLength(324);
    const shares = XLSX.utils.sheet_to_json<Record<string, string | number>>(workbook.Sheets.Shares!);
    const regions = shares.filter((row) => row.grouping === 'region');
    expect(regions.map((row) => [row.group, row.ranked, row.hotspots, row.coldspots])).toEqual(json.byRegion.map((group) => [group.group, group.ranked, group.hotspots, group.coldspots]));
    // hotspots by region add up to 20% of the 324 districts
    expect(regions.reduce((total, row) => total + Number(row.hotspots), 0)).toBe(65);
    const correlations = XLSX.utils.sheet_to_json<Record<string, string | number>>(workbook.Sheets.Correlations!);
    expect(correlations.length).toBe(json.correlations.reduce((total, row) => total + Object.keys(row.rho).length, 0));
    for (const row of correlations) expect(Math.abs(Number(row.spearman_rho))).toBeLessThanOrEqual(1);
    const sources = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets.Sources!, { header: 1 }).flat().join('\n');
    expect(sources).toMatch(/English Indices of Deprivation/);
    expect(sources).toMatch(/Open Government Licence/);
  });
});
