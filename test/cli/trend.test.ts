import { describe, expect, it } from 'vitest';
import { readDataCsv } from '../pipeline/helpers.js';
import { parseCsv, smi } from './smi.js';

interface Point { id: string; value: number | null; median: number | null; rank: number | null; carriedFromYear: string | null; seriesBreak: string | null }
interface Trend { code: string; name: string; resolvedFrom: { code: string; name: string } | null; resolution: string | null; years: Array<{ year: number; edition: string; rankedCount: number; overall: { rank: number; class: string }; indicators: Point[] }>; attribution: { statements: string[] } }

describe('smi trend', async () => {
  const json = await smi(['trend', 'Carlisle', '--format', 'json']);
  const trend = JSON.parse(json.stdout) as Trend;
  const extract = readDataCsv('sources/lait_upper_tier/lait_smi_measures_extract.csv');
  const cumbria = (measure: string, year: string) => Number(extract.find((r) => r['measure_short'] === measure && r['years'] === year && r['la_name'] === 'Cumbria')!['value']);

  it('resolves the 2016 district Carlisle to Cumberland, with a sentence saying so, and gives ten years', () => {
    expect(json.status, json.stderr).toBe(0);
    expect(trend).toMatchObject({ code: 'E06000063', name: 'Cumberland', resolvedFrom: { code: 'E07000028', name: 'Carlisle' } });
    expect(trend.resolution).toMatch(/Carlisle \(E07000028\) is a district of 2016.*part of Cumberland \(E06000063\)/);
    expect(trend.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const y of trend.years) {
      expect(y.edition).toBe(`open-series@${y.year}`);
      expect(y.rankedCount).toBe(294);
      expect(y.overall.rank).toBeGreaterThanOrEqual(1);
      expect(y.overall.rank).toBeLessThanOrEqual(294);
    }
    // Every census counts: both censuses' statements are in the credit.
    expect(trend.attribution.statements.join(' ')).toMatch(/2011 Census \(KS608EW\)/);
    expect(trend.attribution.statements.join(' ')).toMatch(/Census 2021 \(TS063\)/);
  });

  it("takes Cumbria's value before 2023 (the DERIVED LAIT extract) and marks carried values and breaks", () => {
    const eyfs = (year: number) => trend.years.find((y) => y.year === year)!.indicators.find((p) => p.id === 'ey-fsm-good-development')!;
    expect(eyfs(2016).value).toBe(cumbria('FSP_Gooddev_FSM', '2016'));
    expect(eyfs(2019).value).toBe(cumbria('FSP_Gooddev_FSM', '2019'));
    expect(eyfs(2020)).toMatchObject({ carriedFromYear: '2019', value: cumbria('FSP_Gooddev_FSM', '2019') });
    expect(eyfs(2019).seriesBreak).toBeNull();
    expect(eyfs(2022).seriesBreak).toMatch(/EYFS profile reformed/);
  });

  it('writes the table with the marks explained, and a CSV of one row per year and indicator', async () => {
    const table = await smi(['trend', 'cumberland']);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).not.toMatch(/is a district of 2016/);
    expect(table.stdout).toMatch(/^Cumberland \(E06000063\): \d+(st|nd|rd|th) of 294 in 2016/m);
    expect(table.stdout).toMatch(/\* carried from another year, † after a series break/);
    expect(table.stdout).toMatch(/\d\)\*/);
    expect(table.stdout).toMatch(/† FSM children with a good level of development: EYFS profile reformed in 2021\/22/);
    const csv = await smi(['trend', 'E07000028', '--format', 'csv']);
    const rows = parseCsv(csv.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(10 * 16);
    expect(new Set(rows.map((r) => r.code))).toEqual(new Set(['E06000063']));
    expect(rows.find((r) => r.year === '2020' && r.indicator === 'ey-fsm-good-development')!.carried_from_year).toBe('2019');
  });

  it('says which names are near when none matches', async () => {
    const run = await smi(['trend', 'Carlise']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/did you mean Carlisle/);
  });
});
