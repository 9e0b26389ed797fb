/**
 * GET /api/v1/editions/open-series/areas/{code}/trend through the real server: the same object as
 * `smi trend --format json` (run in-process), ten years for Cumberland, a 2016 district resolved
 * to its council with the sentence, carried values flagged, and unknown codes a 404 naming them.
 * The movers route is `smi movers --format json` too. What Carlisle became is read from geo/lad16_england_lookup.csv in the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { TrendResponse } from '../../src/contract/responses.js';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { smi } from '../cli/smi.js';
import { serverForTests } from './startServer.js';

const DATA = resolveDataDir();
const lookup = parseCsv(readFileSync(join(DATA, 'geo', 'lad16_england_lookup.csv')), { columns: true, bom: true }) as Array<{ lad16cd: string; lad16nm: string; lad25cd: string; lad25nm?: string }>;
const carlisle = lookup.find((row) => row.lad16nm === 'Carlisle')!;

const session = serverForTests();

async function get(path: string): Promise<Response> {
  return fetch(new URL(path, session.server.url));
}

describe('GET /api/v1/editions/open-series/areas/{code}/trend', () => {
  it("Carlisle's 2016 code resolves to the council it became, with the sentence, over ten years 2016–2025", async () => {
    const response = await get(`/api/v1/editions/open-series/areas/${carlisle.lad16cd}/trend`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as TrendResponse;
    expect(body.code).toBe(carlisle.lad25cd);
    expect(body.code).toBe('E06000063');
    expect(body.name).toBe('Cumberland');
    expect(body.resolvedFrom).toEqual({ code: 'E07000028', name: 'Carlisle' });
    expect(body.resolution).toMatch(/^Carlisle \(E07000028\) is a district of 2016.* Cumberland \(E06000063\)/);
    expect(body.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const y of body.years) {
      expect(y.edition).toBe(`open-series@${y.year}`);
      expect(y.rankedCount).toBe(294);
      expect(y.overall.rank).toBeGreaterThanOrEqual(1);
      expect(y.overall.rank).toBeLessThanOrEqual(294);
    }
  });

  it('flags carried values: no KS2 or EYFS assessment in 2020 and 2021, so those years carry 2019', async () => {
    const body = (await (await get('/api/v1/editions/open-series/areas/E06000063/trend')).json()) as TrendResponse;
    const eyfs = (year: number) => body.years.find((y) => y.year === year)!.indicators.find((p) => p.id === 'ey-fsm-good-development')!;
    expect(eyfs(2019).carriedFromYear).toBeNull();
    expect(eyfs(2020).carriedFromYear).toBe('2019');
    expect(eyfs(2021).carriedFromYear).toBe('2019');
    // a carried value does not move
    expect(eyfs(2020).value).toBe(eyfs(2019).value);
    expect(body.resolvedFrom).toBeNull();
    expect(body.resolution).toBeNull();
  });

  it('is the same object as `smi trend --format json`, for a district code and for the council, in any case', async () => {
    const cli = await smi(['trend', 'E07000028', '--format', 'json']);
    expect(cli.status, cli.stderr).toBe(0);
    const api = await (await get('/api/v1/editions/open-series/areas/e07000028/trend')).json();
    expect(api).toEqual(JSON.parse(cli.stdout));
    const council = await smi(['trend', 'Cumberland', '--format', 'json']);
    expect(await (await get('/api/v1/editions/open-series/areas/E06000063/trend')).json()).toEqual(JSON.parse(council.stdout));
  });

  it('resolves the 2016 code of a district whose council kept its name but took another code (Barnsley) to that council, as smi trend does', async () => {
    // from the lookup: 2016 districts whose council of 2025 has the same name and another code, and no other district
    const renamed = lookup.filter((row) => row.lad16cd !== row.lad25cd && lookup.filter((other) => other.lad25cd === row.lad25cd).length === 1);
    expect(renamed.map((row) => row.lad16nm).sort()).toEqual(['Barnsley', 'Sheffield']);
    const barnsley = renamed.find((row) => row.lad16nm === 'Barnsley')!;
    const response = await get(`/api/v1/editions/open-series/areas/${barnsley.lad16cd}/trend`);
    expect(response.status).toBe(200);
    const trend = (await response.json()) as TrendResponse;
    expect(trend.code).toBe(barnsley.lad25cd);
    expect(trend.resolvedFrom).toEqual({ code: barnsley.lad16cd, name: 'Barnsley' });
    expect(trend.resolution).toContain(`Barnsley (${barnsley.lad16cd}) is a district of 2016`);
    const council = (await (await get(`/api/v1/editions/open-series/areas/${barnsley.lad25cd}/trend`)).json()) as TrendResponse;
    expect(trend.years).toEqual(council.years);
    const cli = await smi(['trend', barnsley.lad16cd, '--format', 'json']);
    expect(cli.status, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(trend);
    // the name still finds the council, once
    expect(JSON.parse((await smi(['trend', 'Barnsley', '--format', 'json'])).stdout).resolvedFrom).toBeNull();
  });

  it('answers an unknown code with a 404 naming it, and an unknown parameter with a 400 naming that', async () => {
    for (const code of ['E99999999', 'W06000001']) {
      const response = await get(`/api/v1/editions/open-series/areas/${code}/trend`);
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: string };
      expect(body.error).toContain(`"${code}"`);
      expect(body.error).not.toMatch(/\n\s+at /);
    }
    const bad = await get('/api/v1/editions/open-series/areas/E06000063/trend?year=2019');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { parameter?: string }).parameter).toBe('year');
    // the path is read before the query: an unknown code with a bad parameter is still a 404
    expect((await get('/api/v1/editions/open-series/areas/E99999999/trend?year=2019')).status).toBe(404);
  });
});

describe('GET /api/v1/editions/open-series/movers', () => {
  it('is the same object as `smi movers --format json`, by default and for two years given', async () => {
    for (const [query, args] of [['', []], ['?from=2019&to=2023', ['--from', '2019', '--to', '2023']]] as const) {
      const cli = await smi(['movers', ...args, '--format', 'json']);
      expect(cli.status, cli.stderr).toBe(0);
      const response = await get(`/api/v1/editions/open-series/movers${query}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(JSON.parse(cli.stdout));
    }
  });

  it('answers a year outside the series with a 400 naming the parameter and the years there are', async () => {
    const response = await get('/api/v1/editions/open-series/movers?from=2015');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter?: string };
    expect(body.parameter).toBe('from');
    expect(body.error).toMatch(/2016/);
    expect(body.error).toMatch(/2025/);
  });
});
