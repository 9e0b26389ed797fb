/**
 * The JSON API, driven over HTTP against the real server process (what `npm start` runs).
 * Expected counts come from the ONS lookup in ../shared/data/geo, not from the code under test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { SMI_2017 } from '../../src/method/presets.js';
import type { Attribution } from '../../src/contract/common.js';
import { startFailing, startServer, type RunningServer } from './startServer.js';

interface LookupRow {
  lad16cd: string;
  lad16nm: string;
  in_smi_324: string;
  rgn16nm: string;
  cty16nm: string;
  lad25cd: string;
}

const lookup = parseCsv(readFileSync(join(resolveDataDir(), 'geo', 'lad16_england_lookup.csv')), { columns: true, bom: true }) as LookupRow[];
const districts = lookup.filter((row) => row.in_smi_324 === '1');
const councils2025 = new Set(districts.map((row) => row.lad25cd));

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(path, server.url), { headers });
}

async function getJson<T = Record<string, unknown>>(path: string): Promise<T> {
  const response = await get(path);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.json()) as T;
}

async function expectError(path: string, status: number, pattern: RegExp): Promise<void> {
  const response = await get(path);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await response.json()) as Record<string, unknown>;
  // the error, and the query parameter it is about when there is one
  expect(Object.keys(body).filter((key) => key !== 'parameter')).toEqual(['error']);
  if (body.parameter !== undefined) expect(String(body.error)).toContain(`"${String(body.parameter)}"`);
  expect(body.error).toMatch(pattern);
  expect(String(body.error)).not.toMatch(/\n\s+at /);
}

interface Row {
  rank: number | null;
  code: string;
  name: string;
  region: string;
  county: string | null;
  class: string | null;
  overallRank: number | null;
  stages: Record<string, { rank: number | null }>;
}
interface Table {
  edition: string;
  rankedCount: number;
  total: number;
  sort: string;
  rows: Row[];
  attribution: Attribution;
}

describe('GET /api/v1/editions', () => {
  it('lists both open editions with their areas, years and levels', async () => {
    const body = await getJson<{ default: string; editions: Array<Record<string, unknown>> }>('/api/v1/editions');
    expect(body.default).toBe('open-2016');
    expect(body.editions.map((e) => e.id)).toEqual(['open-2016', 'open-latest', ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((y) => `open-series@${y}`)]);
    const [e2016, latest] = body.editions;
    expect(e2016).toMatchObject({ areaCount: 324, geography: '2016 districts' });
    expect(latest).toMatchObject({ areaCount: councils2025.size, geography: '2025 councils' });
    expect(councils2025.size).toBe(294);
    for (const edition of body.editions) {
      const levels = edition.levels as Record<string, number>;
      // 16 indicators, each at one level; in the contract's second edition three have no open source
      // in open-2016 (3, 5, 11) and two on the 2025 councils (3, 5).
      expect(Object.values(levels).reduce((a, b) => a + b, 0)).toBe(16);
      expect(levels.missing).toBe(edition.id === 'open-2016' ? 3 : 2);
      expect((edition.years as string[]).length).toBeGreaterThan(0);
      expect((edition.attribution as Attribution).statements.join(' ')).toMatch(/Open Government Licence/);
    }
  });
});

describe('GET /api/v1/editions/{edition}/areas', () => {
  it('ranks all 324 districts 1–324 with 65 hotspots and 65 coldspots', async () => {
    const table = await getJson<Table>('/api/v1/editions/open-2016/areas');
    expect(table.total).toBe(324);
    expect(table.rows.map((row) => row.rank)).toEqual(Array.from({ length: 324 }, (_, i) => i + 1));
    expect(new Set(table.rows.map((row) => row.code))).toEqual(new Set(districts.map((row) => row.lad16cd)));
    expect(table.rows.filter((row) => row.class === 'hotspot').map((row) => row.rank)).toEqual(Array.from({ length: 65 }, (_, i) => i + 1));
    expect(table.rows.filter((row) => row.class === 'coldspot')).toHaveLength(65);
    expect(table.attribution.statements.join(' ')).toMatch(/Open Government Licence/);
  });

  it('serves every year of the series under its own id (open-series@2019), and refuses a year the series has not', async () => {
    const table = await getJson<Table>('/api/v1/editions/open-series@2019/areas');
    expect(table.total).toBe(294);
    expect(new Set(table.rows.map((row) => row.code))).toEqual(councils2025);
    expect(table.rows.map((row) => row.rank)).toEqual(Array.from({ length: 294 }, (_, i) => i + 1));
    expect(table.rows.filter((row) => row.class === 'hotspot')).toHaveLength(59);
    await expectError('/api/v1/editions/open-series@2030/areas', 404, /unknown edition "open-series@2030"/);
  });

  it('filters by region, county, class and name search, and the open-latest edition has 294 councils', async () => {
    const northWest = await getJson<Table>('/api/v1/editions/open-2016/areas?region=north%20west');
    expect(northWest.rows.map((row) => row.code).sort()).toEqual(districts.filter((row) => row.rgn16nm === 'North West').map((row) => row.lad16cd).sort());
    const cumbria = await getJson<Table>('/api/v1/editions/open-2016/areas?county=Cumbria');
    expect(cumbria.rows.map((row) => row.name).sort()).toEqual(['Allerdale', 'Barrow-in-Furness', 'Carlisle', 'Copeland', 'Eden', 'South Lakeland']);
    const cold = await getJson<Table>('/api/v1/editions/open-2016/areas?class=coldspot');
    expect(cold.rows).toHaveLength(65);
    expect(cold.rows.every((row) => row.class === 'coldspot')).toBe(true);
    const search = await getJson<Table>('/api/v1/editions/open-2016/areas?q=CARL');
    expect(search.rows.map((row) => row.name)).toEqual(['Carlisle']);
    const byCode = await getJson<Table>('/api/v1/editions/open-2016/areas?q=E07000028');
    expect(byCode.rows.map((row) => row.name)).toEqual(['Carlisle']);
    const rural = await getJson<Table>('/api/v1/editions/open-2016/areas?rural_urban=Predominantly%20Rural');
    expect(rural.rows.length).toBeGreaterThan(50);
    const latest = await getJson<Table>('/api/v1/editions/open-latest/areas');
    expect(new Set(latest.rows.map((row) => row.code))).toEqual(councils2025);
    const formerCumbria = await getJson<Table>('/api/v1/editions/open-latest/areas?county=Cumbria');
    expect(formerCumbria.rows.map((row) => row.name).sort()).toEqual(['Cumberland', 'Westmorland and Furness']);
  });

  it('sorts by name, by a life stage, and ranks on a stage', async () => {
    const byName = await getJson<Table>('/api/v1/editions/open-2016/areas?sort=name');
    const names = byName.rows.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base', ignorePunctuation: true })));
    expect(byName.sort).toBe('name');
    const bySchool = await getJson<Table>('/api/v1/editions/open-2016/areas?sort=school');
    expect(bySchool.rows.map((row) => row.stages.school?.rank)).toEqual(Array.from({ length: 324 }, (_, i) => i + 1));
    // Sorting by a stage keeps the overall rank as the headline rank.
    expect(bySchool.rows.every((row) => row.rank === row.overallRank)).toBe(true);
    const youth = await getJson<Table>('/api/v1/editions/open-2016/areas?stage=youth');
    expect(youth.rows.map((row) => row.rank)).toEqual(Array.from({ length: 324 }, (_, i) => i + 1));
    expect(youth.rows.every((row) => row.rank === row.stages.youth?.rank)).toBe(true);
  });

  it('sorts in descending order (worst first, Z to A) and filters coastal and inland areas', async () => {
    const worstFirst = await getJson<Table & { order: string }>('/api/v1/editions/open-2016/areas?order=descending');
    expect(worstFirst.order).toBe('descending');
    expect(worstFirst.rows.map((row) => row.rank)).toEqual(Array.from({ length: 324 }, (_, i) => 324 - i));
    const zToA = (await getJson<Table>('/api/v1/editions/open-2016/areas?sort=name&order=descending')).rows.map((row) => row.name);
    const aToZ = (await getJson<Table>('/api/v1/editions/open-2016/areas?sort=name')).rows.map((row) => row.name);
    expect(zToA).toEqual([...aToZ].reverse());
    const schoolWorst = await getJson<Table>('/api/v1/editions/open-2016/areas?sort=school&order=descending&region=North%20West');
    const schoolRanks = schoolWorst.rows.map((row) => row.stages.school?.rank ?? 0);
    expect(schoolRanks).toEqual([...schoolRanks].sort((a, b) => b - a));

    for (const edition of ['open-2016', 'open-latest']) {
      const coastal = (await getJson<Table>(`/api/v1/editions/${edition}/areas?coast=coastal`)).rows.map((row) => row.code);
      const inland = (await getJson<Table>(`/api/v1/editions/${edition}/areas?coast=inland`)).rows.map((row) => row.code);
      const all = (await getJson<Table>(`/api/v1/editions/${edition}/areas`)).rows.map((row) => row.code);
      // a partition of the edition's areas
      expect(coastal.filter((code) => inland.includes(code))).toEqual([]);
      expect(new Set([...coastal, ...inland])).toEqual(new Set(all));
      // seaside towns and counties on the coast; inland cities and the tidal-Thames boroughs the README names as not coastal
      for (const code of ['E06000009', 'E06000052', 'E08000014']) expect(coastal).toContain(code); // Blackpool, Cornwall, Sefton
      for (const code of ['E08000025', 'E06000016', 'E09000032']) expect(inland).toContain(code); // Birmingham, Leicester, Wandsworth
    }
    const hastings = await getJson<Table>('/api/v1/editions/open-2016/areas?coast=coastal&q=hastings&class=coldspot');
    expect(hastings.rows.map((row) => row.name)).toEqual(['Hastings']);
  });

  it('gives each council its change in overall rank since a year of the series, and sorts by it', async () => {
    type ChangeRow = Row & { change: { since: number; rank: number | null; places: number | null } | null };
    const then = await getJson<{ rows: ChangeRow[] }>('/api/v1/editions/open-series@2016/areas');
    const now = await getJson<{ rows: ChangeRow[] }>('/api/v1/editions/open-latest/areas?since=2016');
    const rankThen = new Map(then.rows.map((row) => [row.code, row.rank]));
    for (const row of now.rows) {
      const before = rankThen.get(row.code) ?? null;
      expect(row.change?.since).toBe(2016);
      expect(row.change?.rank).toBe(before);
      expect(row.change?.places).toBe(before === null || row.rank === null ? null : before - row.rank);
    }
    // without since, no change
    expect((await getJson<{ rows: ChangeRow[] }>('/api/v1/editions/open-latest/areas')).rows.every((row) => row.change === null)).toBe(true);
    // sort=change: most places gained first, the places never increasing down the table
    const movers = await getJson<{ rows: ChangeRow[] }>('/api/v1/editions/open-series@2024/areas?since=2019&sort=change');
    const places = movers.rows.map((row) => row.change?.places).filter((value): value is number => typeof value === 'number');
    expect(places.length).toBeGreaterThan(280);
    expect(places).toEqual([...places].sort((a, b) => b - a));
    const fallers = await getJson<{ rows: ChangeRow[] }>('/api/v1/editions/open-series@2024/areas?since=2019&sort=change&order=descending');
    expect(fallers.rows[0]?.change?.places).toBe(Math.min(...places));
    // the CSV carries the two columns
    const header = (await (await get('/api/v1/editions/open-latest/areas?since=2016&format=csv')).text()).split('\r\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['overall_rank_2016', 'places_gained_since_2016']));
    await expectError('/api/v1/editions/open-2016/areas?since=2016', 400, /"since" is for the editions on the 2025 councils/);
    await expectError('/api/v1/editions/open-series@2019/areas?since=2019', 400, /"since" must be a year of the series before 2019 \(2016, 2017, 2018\)/);
    await expectError('/api/v1/editions/open-latest/areas?since=2015', 400, /"since"/);
    await expectError('/api/v1/editions/open-latest/areas?sort=change', 400, /"sort" must be one of rank, name, early-years, school, youth, adulthood \(rank, name or a stage of the method smi-2017; got "change"; change needs since, a year of the series to compare with\)/);
  });

  it('downloads exactly the rows of the same query as CSV and as an XLSX workbook, credited', async () => {
    const query = 'region=North%20West&sort=name';
    const table = await getJson<Table>(`/api/v1/editions/open-2016/areas?${query}`);
    const csvResponse = await get(`/api/v1/editions/open-2016/areas?${query}&format=csv`);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csvResponse.headers.get('content-disposition')).toMatch(/attachment; filename="smi-open-2016-league-table\.csv"/);
    const csvText = await csvResponse.text();
    // Strict RFC 4180: no byte-order mark, every record with the header's number of fields.
    expect(csvText.charCodeAt(0)).not.toBe(0xfeff);
    const records = parseCsv(csvText, { columns: true, relax_column_count: false }) as Array<Record<string, string>>;
    expect(records.map((record) => record.code)).toEqual(table.rows.map((row) => row.code));
    expect(records.map((record) => Number(record.rank))).toEqual(table.rows.map((row) => row.rank));
    expect(Object.keys(records[0] ?? {})).toEqual(expect.arrayContaining(['rank', 'code', 'name', 'region', 'class', 'early-years_rank', 'adulthood_rank', 'source']));
    for (const record of records) expect(record.source).toMatch(/Department for Education.*Office for National Statistics.*Open Government Licence v3\.0/);

    const xlsxResponse = await get(`/api/v1/editions/open-2016/areas?${query}&format=xlsx`);
    expect(xlsxResponse.status).toBe(200);
    expect(xlsxResponse.headers.get('content-disposition')).toMatch(/\.xlsx"/);
    const workbook = XLSX.read(Buffer.from(await xlsxResponse.arrayBuffer()), { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(['League table', 'Sources']);
    const sheetRows = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['League table']!);
    expect(sheetRows.map((row) => row.code)).toEqual(table.rows.map((row) => row.code));
    expect(sheetRows.map((row) => row.rank)).toEqual(table.rows.map((row) => row.rank));
    expect(JSON.stringify(XLSX.utils.sheet_to_json(workbook.Sheets.Sources!, { header: 1 }))).toMatch(/Open Government Licence/);
  });

  it('rejects unknown parameters and values with a 400 naming what is allowed', async () => {
    await expectError('/api/v1/editions/open-2016/areas?regoin=North%20West', 400, /unknown query parameter "regoin".*region/);
    await expectError('/api/v1/editions/open-2016/areas?region=Narnia', 400, /unknown region "Narnia"; choose one of .*North West/);
    await expectError('/api/v1/editions/open-2016/areas?county=Atlantis', 400, /unknown county "Atlantis"/);
    await expectError('/api/v1/editions/open-2016/areas?sort=height', 400, /"sort" must be one of rank, name, early-years, school, youth, adulthood/);
    await expectError('/api/v1/editions/open-2016/areas?class=lukewarm', 400, /"class" must be one of hotspot, coldspot, neither/);
    await expectError('/api/v1/editions/open-2016/areas?order=sideways', 400, /"order" must be one of ascending, descending/);
    await expectError('/api/v1/editions/open-2016/areas?coast=beach', 400, /"coast" must be one of coastal, inland/);
    await expectError('/api/v1/editions/open-2016/areas?format=pdf', 400, /"format" must be one of json, csv, xlsx/);
    await expectError('/api/v1/editions/open-2016/areas?stage=a&stage=b', 400, /"stage" must be given once/);
    await expectError('/api/v1/editions/open-2017/areas', 404, /unknown edition "open-2017"; choose one of open-2016, open-latest/);
  });
});

describe('GET /api/v1/editions/{edition}/areas/{code}', () => {
  it("gives Carlisle's profile, its rank agreeing with the league table, with its county and region peers", async () => {
    const table = await getJson<Table>('/api/v1/editions/open-2016/areas');
    const profile = await getJson<Record<string, unknown> & { overall: { rank: number }; context: { countyName: string; county: Array<{ name: string }>; region: Array<{ code: string }> } }>(
      '/api/v1/editions/open-2016/areas/E07000028',
    );
    expect(profile.name).toBe('Carlisle');
    expect(profile.overall.rank).toBe(table.rows.find((row) => row.code === 'E07000028')?.rank);
    expect(profile.headline).toMatch(new RegExp(`^Carlisle is ranked ${profile.overall.rank}(st|nd|rd|th) of 324`));
    expect((profile.indicators as unknown[]).length).toBe(16);
    expect((profile.stages as unknown[]).length).toBe(4);
    // Carlisle became part of Cumberland (E06000063) in April 2023.
    expect(profile.successor).toEqual({ code: 'E06000063', name: 'Cumberland' });
    expect(profile.context.countyName).toBe('Cumbria');
    expect(profile.context.county.map((peer) => peer.name).sort()).toEqual(['Allerdale', 'Barrow-in-Furness', 'Copeland', 'Eden', 'South Lakeland']);
    expect(profile.context.region).toHaveLength(districts.filter((row) => row.rgn16nm === 'North West').length - 1);
    expect((profile.attribution as Attribution).text).toMatch(/Open Government Licence/);
    // Lower-case codes are accepted.
    expect((await getJson<{ name: string }>('/api/v1/editions/open-2016/areas/e07000028')).name).toBe('Carlisle');
  });

  it('404s for an unknown code, a code of the other geography, and an unknown route', async () => {
    await expectError('/api/v1/editions/open-2016/areas/E99999999', 404, /no area with code "E99999999" in open-2016/);
    await expectError('/api/v1/editions/open-2016/areas/E06000063', 404, /no area with code "E06000063"/);
    await expectError('/api/v1/editions/open-latest/areas/E07000028', 404, /no area with code "E07000028" in open-latest/);
    await expectError('/api/v1/nothing-here', 404, /no such route: GET \/api\/v1\/nothing-here/);
    await expectError('/api/v1/editions/open-2016/areas/E07000028?verbose=1', 400, /^unknown query parameter "verbose"; allowed: weights, normalise, aggregate, missing\.$/);
    await expectError('/api/v1/editions/open-2016/indicators?verbose=1', 400, /unknown query parameter "verbose"; this route takes none/);
  });
});

describe('groups, indicators, sources, method, export', () => {
  it('groups by region: every area in one region, 65 hotspots and 65 coldspots in all', async () => {
    const body = await getJson<{ groups: Array<{ group: string; areas: number; hotspots: number; coldspots: number; lowerHalfShare: number }>; attribution: Attribution }>(
      '/api/v1/editions/open-2016/groups?by=region',
    );
    expect(body.groups.map((group) => group.group).sort()).toEqual([...new Set(districts.map((row) => row.rgn16nm))].sort());
    expect(body.groups.reduce((sum, group) => sum + group.areas, 0)).toBe(324);
    expect(body.groups.reduce((sum, group) => sum + group.hotspots, 0)).toBe(65);
    expect(body.groups.reduce((sum, group) => sum + group.coldspots, 0)).toBe(65);
    const counties = await getJson<{ groups: Array<{ group: string; areas: number }> }>('/api/v1/editions/open-2016/groups?by=county');
    expect(counties.groups.find((group) => group.group === 'Cumbria')?.areas).toBe(6);
    await expectError('/api/v1/editions/open-2016/groups', 400, /"by" is required: one of region, county, rural-urban/);
    await expectError('/api/v1/editions/open-2016/groups?by=colour', 400, /"by" must be one of region, county, rural-urban/);
  });

  it('gives the areas of the geography without their values, as the lookup file lists them', async () => {
    const body = await getJson<{ geography: string; areas: Array<Record<string, unknown> & { code: string; region: string; successorCode: string }> }>('/api/v1/editions/open-2016/geography');
    expect(body.geography).toBe('2016');
    expect(body.areas.map((area) => area.code).sort()).toEqual(districts.map((row) => row.lad16cd).sort());
    const carlisle = body.areas.find((area) => area.code === 'E07000028')!;
    const row = districts.find((each) => each.lad16cd === 'E07000028')!;
    expect([carlisle.region, carlisle.successorCode]).toEqual([row.rgn16nm, row.lad25cd]);
    for (const area of body.areas) expect(Object.keys(area)).not.toEqual(expect.arrayContaining(['values']));
    const councils = await getJson<{ geography: string; areas: Array<{ code: string }> }>('/api/v1/editions/open-latest/geography');
    expect(councils.geography).toBe('2025');
    expect(new Set(councils.areas.map((area) => area.code))).toEqual(councils2025);
  });

  it('describes the 16 indicators, the source files and the method', async () => {
    const indicators = await getJson<{ indicators: Array<{ id: string; level: string; coverage: number }> }>('/api/v1/editions/open-2016/indicators');
    expect(indicators.indicators.map((indicator) => indicator.id)).toEqual(SMI_2017.indicators.map((indicator) => indicator.id));
    expect(indicators.indicators.filter((indicator) => indicator.level === 'missing').map((indicator) => indicator.coverage)).toEqual([0, 0, 0]);
    const sources = await getJson<{ sources: Array<{ sha256: string; url: string }>; attribution: Attribution }>('/api/v1/editions/open-latest/sources');
    expect(sources.sources.length).toBeGreaterThan(0);
    for (const source of sources.sources) expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sources.attribution.licence).toMatch(/open-government-licence\/version\/3/);
    const method = await getJson<{ stages: unknown[]; indicators: unknown[]; normalisation: string }>('/api/v1/editions/open-2016/method');
    expect(method.stages).toHaveLength(4);
    expect(method.indicators).toHaveLength(16);
    expect(method.normalisation).toBe('zscore');
  });

  it('exports every area with values, scores and levels, compressed when asked', async () => {
    const response = await get('/api/v1/editions/open-2016/export', { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    // fetch decompresses transparently; the header says it was compressed on the wire.
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = (await response.json()) as { areas: Array<{ code: string; values: Record<string, number | null>; levels: Record<string, string> }> };
    expect(body.areas).toHaveLength(324);
    expect(Object.keys(body.areas[0]?.values ?? {})).toHaveLength(16);
    // Cumberland and Westmorland and Furness were carved from Cumbria in April 2023.
    const latest = await getJson<{ areas: Array<{ code: string; formerCounty: string | null }> }>('/api/v1/editions/open-latest/export');
    expect(latest.areas.filter((area) => area.formerCounty === 'Cumbria').map((area) => area.code).sort()).toEqual(['E06000063', 'E06000064']);
    expect(gunzipSync).toBeDefined();
  });
});

describe('GET /api/v1/editions/{edition}/geometry', () => {
  it.each([
    ['open-2016', 'map', 324],
    ['open-2016', 'hex', 324],
    ['open-latest', 'map', 294],
    ['open-latest', 'hex', 294],
  ])('%s %s has one shape per area, coded and credited', async (edition, layout, count) => {
    const topology = await getJson<{ type: string; arcs: unknown[]; objects: { areas: { geometries: Array<{ properties: { code: string; name: string }; arcs?: unknown }> } }; attribution: Attribution }>(
      `/api/v1/editions/${edition}/geometry?layout=${layout}`,
    );
    expect(topology.type).toBe('Topology');
    const codes = topology.objects.areas.geometries.map((geometry) => geometry.properties.code);
    expect(codes).toHaveLength(count);
    expect(new Set(codes)).toEqual(edition === 'open-2016' ? new Set(districts.map((row) => row.lad16cd)) : councils2025);
    // Every arc the geometries refer to exists (unused arcs were dropped, used ones renumbered).
    const used = new Set<number>();
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'number') used.add(value < 0 ? ~value : value);
    };
    topology.objects.areas.geometries.forEach((geometry) => visit(geometry.arcs));
    expect(Math.max(...used)).toBe(topology.arcs.length - 1);
    expect(used.size).toBe(topology.arcs.length);
    expect(topology.attribution.statements.join(' ')).toMatch(/Office for National Statistics licensed under the Open Government Licence v\.3\.0\. Contains OS data © Crown copyright and database right 201[67]/);
  });

  it('rejects an unknown layout', async () => {
    await expectError('/api/v1/editions/open-2016/geometry?layout=globe', 400, /"layout" must be one of map, hex/);
  });
});

describe('HTTP behaviour', () => {
  it('revalidates with ETags: 304 when unchanged, a different tag for a different answer', async () => {
    const first = await get('/api/v1/editions/open-2016/areas/E07000028');
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^(W\/)?"[^"]+"$/);
    const again = await get('/api/v1/editions/open-2016/areas/E07000028', { 'if-none-match': tag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get('/api/v1/editions/open-2016/areas/E07000026');
    expect(other.headers.get('etag')).not.toBe(tag);
  });

  it('never serves a file outside the web app and the API', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%2f..%2f..%2fetc%2fpasswd', '/api/v1/editions/..%2f..%2fpackage.json/areas', '/%2e%2e/%2e%2e/shared/data/EDITIONS.md']) {
      const response = await get(path);
      const text = await response.text();
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(text, path).not.toMatch(/"name": "smi-open"|root:x:0|# Editions/);
    }
  });

  it('documents every route in an OpenAPI 3 document, and every documented route answers', async () => {
    const document = await getJson<{ openapi: string; paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(document.openapi).toMatch(/^3\./);
    const paths = Object.keys(document.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/editions',
        '/api/v1/editions/{edition}/areas',
        '/api/v1/editions/{edition}/areas/{code}',
        '/api/v1/editions/{edition}/groups',
        '/api/v1/editions/{edition}/indicators',
        '/api/v1/editions/{edition}/sources',
        '/api/v1/editions/{edition}/method',
        '/api/v1/editions/{edition}/geometry',
      ]),
    );
    for (const path of paths) {
      const required: Record<string, string> = { groups: '?by=region', whatif: '?set=fsm-attainment8=median', shift: '?weights=school=2', uncertainty: '?runs=50', search: '?q=carl' };
      const concrete = path.replace('{edition}', 'open-2016').replace('{code}', 'E07000028') + (required[path.split('/').pop() ?? ''] ?? '');
      expect((await get(concrete)).status, concrete).toBe(200);
    }
  });
});

describe('start-up errors', () => {
  it('stops with one line when the data directory is missing', async () => {
    const run = await startFailing({ SMI_DATA_DIR: '/nonexistent/smi-data' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^smi explorer: .*\/nonexistent\/smi-data/);
  });

  it('stops with one line for a bad PORT', async () => {
    const run = await startFailing({ PORT: 'eighty' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('smi explorer: PORT must be a whole number from 0 to 65535; got "eighty".');
  });
});

describe('honest words in the API (issue 9)', () => {
  const CAVEAT_LINE = 'An open edition rebuilt from public data — not the Social Mobility Commission\'s published index. See the limits: /method#limits (README, "Data and its limits").';
  interface Words {
    stages: Array<{ id: string; rank: number | null; thin: boolean; indicatorsUsed: number; indicatorsTotal: number }>;
    indicators: Array<{ id: string; label: string; definition: string; level: string; countyValue: { county: string; sharedBy: number; districts: number } | null }>;
    strongest: Array<{ id: string; countyValue: unknown }>;
    attribution: Attribution & { caveat: string };
  }

  it("Carlisle's early-years value is Cumbria's, shared by as many districts as the ONS lookup gives Cumbria", async () => {
    const cumbria = districts.filter((row) => row.cty16nm === 'Cumbria').length;
    expect(cumbria).toBe(6);
    const profile = await getJson<Words>('/api/v1/editions/open-2016/areas/E07000028');
    expect(profile.indicators.find((indicator) => indicator.id === 'ey-fsm-good-development')?.countyValue).toEqual({ county: 'Cumbria', sharedBy: cumbria, districts: cumbria });
    expect(profile.attribution.caveat).toBe(CAVEAT_LINE);
    const explained = await getJson<{ drivers: Array<{ indicator: string; sentence: string }> }>('/api/v1/editions/open-2016/areas/E07000028/explain');
    expect(explained.drivers.find((driver) => driver.indicator === 'ey-fsm-good-development')?.sentence).toMatch(/— Cumbria's value, shared by its six districts — is the joint 3rd worst in England/);
  });

  it("flags Torbay's School stage in the profile (thin, 1 of 4) and the league table", async () => {
    const profile = await getJson<Words>('/api/v1/editions/open-2016/areas/E06000027');
    expect(profile.stages.find((stage) => stage.id === 'school')).toMatchObject({ thin: true, indicatorsUsed: 1, indicatorsTotal: 4 });
    expect(profile.stages.filter((stage) => stage.thin).map((stage) => stage.id)).toEqual(['school']);
    const table = await getJson<{ rows: Array<{ code: string; stages: Record<string, { thin: boolean }> }> }>('/api/v1/editions/open-2016/areas?q=E06000027');
    expect(table.rows[0]?.stages.school?.thin).toBe(true);
    expect(table.rows[0]?.stages['early-years']?.thin).toBe(false);
  });

  it('labels stand-ins in …/indicators, with the method\'s wording as the definition', async () => {
    const body = await getJson<{ indicators: Array<{ number: number; label: string; definition: string; level: string }> }>('/api/v1/editions/open-2016/indicators');
    const seven = body.indicators.find((indicator) => indicator.number === 7)!;
    expect(seven).toMatchObject({ label: 'All pupils not in a sustained destination after KS4 — stand-in for FSM pupils', definition: 'FSM young people not in a sustained destination after KS4', level: 'proxy' });
    for (const indicator of body.indicators) expect(indicator.label.includes('stand-in'), indicator.label).toBe(indicator.level === 'proxy' || indicator.level === 'proxy-county');
  });

  it('puts the caveat line on every row of the CSV download (a column, so the file stays strict RFC 4180) and first on the XLSX sources sheet', async () => {
    const text = await (await get('/api/v1/editions/open-2016/areas?region=North%20East&format=csv')).text();
    const records = parseCsv(text, { columns: true, relax_column_count: false }) as Array<Record<string, string>>;
    expect(records.length).toBeGreaterThan(5);
    const header = text.split('\r\n')[0]!.split(',');
    expect(header.slice(-2)).toEqual(['caveat', 'source']);
    for (const record of records) expect(record.caveat).toBe(CAVEAT_LINE);
    const workbook = XLSX.read(Buffer.from(await (await get('/api/v1/editions/open-2016/areas?region=North%20East&format=xlsx')).arrayBuffer()), { type: 'buffer' });
    const sources = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets.Sources!, { header: 1 });
    expect(sources[0]).toEqual([CAVEAT_LINE]);
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['League table']!);
    expect(rows.every((row) => row.caveat === CAVEAT_LINE)).toBe(true);
  });
});
