import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/edition/types.js';
import { buildEdition, loadSeries, type SeriesYearEdition } from '../../src/pipeline/editions/index.js';
import { scoreEdition } from '../../src/report/scoredEdition.js';
import { DATA_DIR, makeTemp, readDataCsv, removeTemp } from './helpers.js';

const cacheDir = makeTemp('smi-series-');
let series: SeriesYearEdition[];
let coldMs: number;
let latest: Edition;

beforeAll(async () => {
  const start = performance.now();
  series = await loadSeries({ dataDir: DATA_DIR, cacheDir });
  coldMs = performance.now() - start;
  latest = await buildEdition('open-latest', { dataDir: DATA_DIR });
}, 120_000);
afterAll(() => removeTemp(cacheDir));

const year = (y: number): Edition => series.find((s) => s.year === y)!.edition;
const area = (edition: Edition, code: string) => edition.areas.find((a) => a.code === code)!;

describe('open-series', () => {
  it('has ten years of the 294 councils, built cold in well under 20 s and then from the cache', async () => {
    expect(series.map((s) => s.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const { year: y, edition } of series) {
      expect(edition.id).toBe(`open-series@${y}`);
      expect(edition.areas).toHaveLength(294);
    }
    expect(coldMs).toBeLessThan(20_000);
    const start = performance.now();
    await loadSeries({ dataDir: DATA_DIR, cacheDir });
    expect(performance.now() - start).toBeLessThan(coldMs);
  });

  it('ranks each year 1–294 with 59 hotspots and 59 coldspots', () => {
    for (const { edition } of series) {
      const scored = scoreEdition(edition);
      const ranks = scored.areas.map((a) => a.result.overall.rank).filter((r): r is number => r !== null).sort((a, b) => a - b);
      expect(ranks, edition.id).toEqual(Array.from({ length: 294 }, (_, i) => i + 1));
      expect(scored.areas.filter((a) => a.result.overall.class === 'hotspot')).toHaveLength(59);
      expect(scored.areas.filter((a) => a.result.overall.class === 'coldspot')).toHaveLength(59);
    }
  });

  it('gives open-latest the values and results of its year 2025', () => {
    const y2025 = year(2025);
    expect(latest.areas.map(({ values, provenance, intervals }) => ({ values, provenance, intervals }))).toEqual(y2025.areas.map(({ values, provenance, intervals }) => ({ values, provenance, intervals })));
    const a = scoreEdition(latest);
    const b = scoreEdition(y2025);
    expect(a.areas.map((x) => [x.area.code, x.result.overall.rank, x.result.overall.class])).toEqual(b.areas.map((x) => [x.area.code, x.result.overall.rank, x.result.overall.class]));
  });

  it("gives Cumberland Cumbria's LAIT value before 2023 (read from the parquet file independently)", async () => {
    const bytes = readFileSync(join(DATA_DIR, 'sources/lait_upper_tier/lait_bds_long_0.parquet'));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const rows = (await parquetReadObjects({ file, columns: ['Short Desc', 'Years', 'LA and Regions', 'Values'] })) as Array<Record<string, unknown>>;
    const cumbria = (measure: string, y: string) => rows.find((r) => r['Short Desc'] === measure && r['Years'] === y && r['LA and Regions'] === 'Cumbria')?.['Values'];
    for (const y of [2016, 2017, 2018, 2019, 2022]) {
      const cumberland = area(year(y), 'E06000063');
      expect(cumberland.values['ey-fsm-good-development'], String(y)).toBe(Number(cumbria('FSP_Gooddev_FSM', String(y))));
      expect(cumberland.provenance['ey-fsm-good-development']!.note).toMatch(/predecessor authority/);
    }
    // 2020 and 2021 have no EYFS results: carried from 2019.
    expect(area(year(2020), 'E06000063').provenance['ey-fsm-good-development']).toMatchObject({ carriedFromYear: '2019', year: '2020' });
    expect(area(year(2020), 'E06000063').values['ey-fsm-good-development']).toBe(Number(cumbria('FSP_Gooddev_FSM', '2019')));
  });

  it('sums the counts of the districts that form a merged council (Cumberland, KS4 2018/19 and Census 2011 tenure)', () => {
    const ks4 = readDataCsv('sources/ks4_destinations/dfe_ks4_dm_lad_provider_location_total_201516-202223.csv').filter((r) => r['time_period'] === '201819' && ['E07000026', 'E07000028', 'E07000029'].includes(r['lad_code']!));
    expect(ks4).toHaveLength(3);
    const pct = (100 * ks4.reduce((s, r) => s + Number(r['all_notsust']), 0)) / ks4.reduce((s, r) => s + Number(r['cohort']), 0);
    expect(area(year(2019), 'E06000063').values['fsm-not-sustained']).toBeCloseTo(pct, 10);
    // 2024 and 2025 are carried from 2022/23.
    expect(area(year(2024), 'E06000063').provenance['fsm-not-sustained']).toMatchObject({ carriedFromYear: '2022/23' });
  });

  it("computes 14's England values from the census files: 28.4% (2011) and 33.2% (2021), with the SOC break from 2021", () => {
    const share = (path: string, total: string) => {
      const rows = readDataCsv(path).filter((r) => r['mnemonics']!.startsWith('E'));
      const soc = rows.reduce((s, r) => s + Number(r['1._managers,_directors_and_senior_officials']) + Number(r['2._professional_occupations']), 0);
      return (100 * soc) / rows.reduce((s, r) => s + Number(r[total]), 0);
    };
    expect(share('sources/census_occupation/census2011_ks608ew_occupation_lad.csv', 'all_categories_occupation').toFixed(1)).toBe('28.4');
    expect(share('sources/census_occupation/census2021_ts063_occupation_lad23.csv', 'total_all_usual_residents_aged_16_years_and_over_in_employment_the_week_before_the_census').toFixed(1)).toBe('33.2');
    expect(area(year(2020), 'E06000063').provenance['professional-jobs']).toMatchObject({ level: 'proxy', year: '2011', source: 'census-2011-ks608ew' });
    expect(area(year(2020), 'E06000063').provenance['professional-jobs']!.seriesBreak).toBeUndefined();
    expect(area(year(2021), 'E06000063').provenance['professional-jobs']).toMatchObject({ level: 'exact', year: '2021', source: 'census-2021-ts063' });
    expect(area(year(2021), 'E06000063').provenance['professional-jobs']!.seriesBreak).toMatch(/SOC 2020/);
    for (const { edition } of series) expect(edition.areas.every((a) => a.values['professional-jobs'] !== null)).toBe(true);
  });

  it('records the series breaks of the contract on the values they affect', () => {
    for (const { year: y, edition } of series) {
      const eyfs = edition.areas[0]!.provenance['ey-fsm-good-development']!.seriesBreak;
      if (y >= 2022) expect(eyfs).toMatch(/EYFS profile reformed in 2021\/22/);
      else expect(eyfs).toBeUndefined();
      const a8 = edition.areas[0]!.provenance['fsm-attainment8']!.seriesBreak;
      if (y === 2020 || y === 2021) expect(a8).toMatch(/centre- and teacher-assessed/);
      else expect(a8).toBeUndefined();
    }
  });
});
