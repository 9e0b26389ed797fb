import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition, EditionArea } from '../../src/edition/types.js';
import { buildEdition } from '../../src/pipeline/editions/index.js';
import { DATA_DIR, readDataCsv } from './helpers.js';

let edition: Edition;
const byCode = new Map<string, EditionArea>();
const coverage = (id: string): number => edition.areas.filter((a) => a.values[id] !== null).length;

beforeAll(async () => {
  edition = await buildEdition('open-latest', { dataDir: DATA_DIR });
  for (const area of edition.areas) byCode.set(area.code, area);
});

/** ELS rows of one period by code (an obsolete code stands for its recoded council). */
function elsValues(path: string, period: string): Map<string, { value: string; lci: string; uci: string }> {
  const out = new Map<string, { value: string; lci: string; uci: string }>();
  for (const row of readDataCsv(path)) {
    if (row['period'] !== period) continue;
    out.set(row['areacd']!, { value: row['observation']!, lci: row['lci_95']!, uci: row['uci_95']! });
  }
  return out;
}

describe('open-latest', () => {
  it('has the 294 councils of 2025', () => {
    expect(edition.id).toBe('open-latest');
    expect(edition.label).toBe('open-latest (2025 councils)');
    expect(edition.areas).toHaveLength(294);
    expect(new Set(edition.areas.map((a) => a.code)).size).toBe(294);
  });

  it('covers each indicator as EDITIONS.md and SOURCES.md say', () => {
    for (const id of ['ey-providers-good', 'ey-fsm-good-development', 'fsm-ks2-rwm', 'fsm-attainment8', 'fsm-alevel-aps', 'fsm-not-sustained', 'median-pay', 'house-price-to-pay', 'family-home-ownership', 'professional-jobs', 'fsm-selective-he']) {
      expect(coverage(id), id).toBe(294);
    }
    // LAIT suppresses the newest councils in the latest year of two measures.
    expect(coverage('fsm-level3-19')).toBeGreaterThanOrEqual(290);
    expect(coverage('fsm-he-19')).toBeGreaterThanOrEqual(288);
    const lwfMissing = 294 - coverage('below-living-wage');
    expect(lwfMissing / 294).toBeGreaterThan(0.18);
    expect(lwfMissing / 294).toBeLessThan(0.3);
    for (const id of ['fsm-primary-good', 'fsm-secondary-good']) expect(coverage(id)).toBe(0);
    for (const summary of edition.indicators) expect(summary.coverage).toBe(coverage(summary.indicator));
  });

  it('uses the latest year of each LAIT measure and the years of EDITIONS.md', () => {
    const summary = Object.fromEntries(edition.indicators.map((s) => [s.indicator, s]));
    expect(summary['ey-fsm-good-development']).toMatchObject({ level: 'exact-county', year: '2025' });
    expect(summary['fsm-he-19']).toMatchObject({ level: 'exact-county', year: '2023-24' });
    expect(summary['fsm-not-sustained']).toMatchObject({ level: 'proxy', year: '2022/23' });
    // The contract's second edition: open-latest is the series' 2025, whose values carried from an earlier year say so.
    for (const area of edition.areas) expect(area.provenance['fsm-not-sustained']).toMatchObject({ year: '2025', carriedFromYear: '2022/23' });
    expect(summary['fsm-selective-he']).toMatchObject({ level: 'exact-county', year: '2020/21', source: 'dfe-wp-selective-he' });
    expect(summary['professional-jobs']).toMatchObject({ level: 'exact', year: '2021', source: 'census-2021-ts063' });
    expect(summary['median-pay']).toMatchObject({ level: 'exact', year: '2025', source: 'els-weekly-pay' });
    expect(summary['house-price-to-pay']).toMatchObject({ level: 'exact', year: '2025', source: 'els-affordability' });
    expect(summary['below-living-wage']).toMatchObject({ level: 'exact', year: '2022', source: 'ons-lwf-2022' });
    expect(summary['family-home-ownership']).toMatchObject({ level: 'proxy', year: '2021', source: 'census-2021-ts054' });
  });

  it('matches the ELS files for 12 (with its interval) and 13', () => {
    const pay = elsValues('sources/lad_pay_ashe/els_gross-median-weekly-pay.csv', '2025-04-30');
    const ratio = elsValues('sources/lad_affordability/els_housing-affordability-ratio.csv', '2025-04-01');
    for (const area of edition.areas) {
      const code = pay.has(area.code) ? area.code : area.predecessorCodes[0]!;
      const p = pay.get(code)!;
      expect(area.values['median-pay'], area.code).toBe(Number(p.value));
      expect(area.intervals['median-pay']).toEqual({ lower: Number(p.lci), upper: Number(p.uci) });
      expect(area.values['house-price-to-pay'], area.code).toBe(Number(ratio.get(area.code)!.value));
    }
    expect(byCode.get('E08000038')!.provenance['median-pay']!.note).toMatch(/former code E08000016/);
  });

  it('matches the DERIVED living-wage table for 15', () => {
    const derived = new Map(
      readDataCsv('sources/lad_living_wage/ons_lwf_table7_2022prov_tidy_DERIVED.csv')
        .filter((r) => r['sheet'] === 'All')
        .map((r) => [r['area_code']!, r['pct_jobs_below_lwf']!]),
    );
    const number = (text: string | undefined) => (text === undefined || text === '' || Number.isNaN(Number(text)) ? null : Number(text));
    for (const area of edition.areas) {
      // North Yorkshire and Somerset (2023) cover exactly the 2022 counties of the same name.
      const code = area.code === 'E06000065' ? 'E10000023' : area.code === 'E06000066' ? 'E10000027' : area.code;
      expect(area.values['below-living-wage'], area.code).toBe(number(derived.get(code)));
    }
    expect(byCode.get('E06000063')!.values['below-living-wage']).toBeNull();
  });

  it('sums the 2021 districts for 16 (Census 2021) and the 2022 districts for 7', () => {
    const census = new Map(readDataCsv('sources/census_tenure/census2021_ts054_tenure_ltla.csv').map((r) => [r['geography code']!, r]));
    const cumberland = byCode.get('E06000063')!;
    const parts = ['E07000026', 'E07000028', 'E07000029'].map((code) => census.get(code)!);
    const owned = parts.reduce((s, r) => s + Number(r['Tenure of household: Owned']), 0);
    const all = parts.reduce((s, r) => s + Number(r['Tenure of household: Total: All households']), 0);
    expect(cumberland.values['family-home-ownership']).toBeCloseTo((100 * owned) / all, 10);
    const ks4 = readDataCsv('sources/ks4_destinations/dfe_ks4_dm_lad_provider_location_total_201516-202223.csv').filter((r) => r['time_period'] === '202223');
    const rows = ks4.filter((r) => ['E07000026', 'E07000028', 'E07000029'].includes(r['lad_code']!));
    expect(rows).toHaveLength(3);
    const notSustained = rows.reduce((s, r) => s + Number(r['all_notsust']), 0);
    const cohort = rows.reduce((s, r) => s + Number(r['cohort']), 0);
    expect(cumberland.values['fsm-not-sustained']).toBeCloseTo((100 * notSustained) / cohort, 10);
  });

  it('lets districts inherit the LAIT value of their 2025 county and adjusts the two-tier ones', () => {
    const districts = edition.areas.filter((a) => a.countyCode !== null);
    expect(districts).toHaveLength(164);
    for (const area of districts) {
      expect(area.provenance['ey-fsm-good-development']!.note).toContain(area.county!);
      expect(area.provenance['fsm-ks2-rwm']!.level).toBe('estimated');
    }
    for (const area of edition.areas.filter((a) => a.countyCode === null)) expect(area.provenance['fsm-ks2-rwm']!.level).toBe('exact-county');
  });
});
