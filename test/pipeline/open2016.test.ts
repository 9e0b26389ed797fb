import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition, EditionArea } from '../../src/edition/types.js';
import { buildEdition } from '../../src/pipeline/editions/index.js';
import { loadGeography2016 } from '../../src/pipeline/geography.js';
import { DATA_DIR, readDataCsv } from './helpers.js';

let edition: Edition;
const byCode = new Map<string, EditionArea>();
const coverage = (id: string): number => edition.areas.filter((a) => a.values[id] !== null).length;

beforeAll(async () => {
  edition = await buildEdition('open-2016', { dataDir: DATA_DIR });
  for (const area of edition.areas) byCode.set(area.code, area);
});

describe('open-2016', () => {
  it('has the 324 districts of 2016 and all 16 indicators', () => {
    expect(edition.id).toBe('open-2016');
    expect(edition.label).toBe('open-2016 (2016 districts)');
    expect(edition.method.id).toBe('smi-2017');
    expect(edition.areas).toHaveLength(324);
    expect(edition.indicators).toHaveLength(16);
    for (const area of edition.areas) {
      expect(Object.keys(area.values)).toHaveLength(16);
      expect(Object.keys(area.provenance)).toHaveLength(16);
    }
  });

  it('covers each indicator as EDITIONS.md and SOURCES.md say', () => {
    const expected: Record<string, number> = {
      'ey-providers-good': 324, 'ey-fsm-good-development': 324, 'fsm-ks2-rwm': 324, 'fsm-attainment8': 322,
      'fsm-not-sustained': 324, 'fsm-alevel-aps': 324, 'fsm-level3-19': 324, 'fsm-he-19': 324,
      'median-pay': 324, 'house-price-to-pay': 324, 'family-home-ownership': 324, 'professional-jobs': 324,
      'fsm-primary-good': 0, 'fsm-secondary-good': 0, 'fsm-selective-he': 0,
    };
    for (const [id, count] of Object.entries(expected)) expect(coverage(id), id).toBe(count);
    // About a fifth of districts have no living-wage figure.
    const lwfMissing = 324 - coverage('below-living-wage');
    expect(lwfMissing / 324).toBeGreaterThan(0.15);
    expect(lwfMissing / 324).toBeLessThan(0.25);
    for (const summary of edition.indicators) expect(summary.coverage, summary.indicator).toBe(coverage(summary.indicator));
  });

  it('gives each indicator the level, year and source of EDITIONS.md', () => {
    const summary = Object.fromEntries(edition.indicators.map((s) => [s.indicator, s]));
    expect(summary['ey-providers-good']).toMatchObject({ level: 'proxy-county', year: '2016', source: 'lait', measure: '3&4yr_Ofsted_rating' });
    expect(summary['ey-fsm-good-development']).toMatchObject({ level: 'exact-county', year: '2016', measure: 'FSP_Gooddev_FSM' });
    expect(summary['fsm-ks2-rwm']).toMatchObject({ level: 'exact-county', measure: 'FSM_NEW_KS2_RWM' });
    expect(summary['fsm-attainment8']).toMatchObject({ level: 'exact-county', measure: 'FSM_AVG_Attain8_Score' });
    expect(summary['fsm-not-sustained']).toMatchObject({ level: 'proxy', year: '2015/16', source: 'ks4-destinations' });
    expect(summary['fsm-alevel-aps']).toMatchObject({ level: 'proxy-county', measure: 'APSE_Alevel' });
    expect(summary['fsm-level3-19']).toMatchObject({ level: 'exact-county', measure: 'Level3_FMS_Attain' });
    expect(summary['fsm-he-19']).toMatchObject({ level: 'exact-county', year: '2015-16', measure: 'HE_19_FSM' });
    expect(summary['median-pay']).toMatchObject({ level: 'exact', year: 'April 2016', source: 'els-weekly-pay' });
    expect(summary['professional-jobs']).toMatchObject({ level: 'proxy', year: '2011', source: 'census-2011-ks608ew' });
    expect(summary['house-price-to-pay']).toMatchObject({ level: 'exact', year: '2016', source: 'ons-affordability-2018' });
    expect(summary['below-living-wage']).toMatchObject({ level: 'proxy', year: '2022', source: 'ons-lwf-2022' });
    expect(summary['family-home-ownership']).toMatchObject({ level: 'proxy', year: '2011', source: 'census-2011-qs405ew' });
    for (const id of ['fsm-primary-good', 'fsm-secondary-good', 'fsm-selective-he']) {
      expect(summary[id]).toMatchObject({ level: 'missing', source: null, coverage: 0 });
      for (const area of edition.areas) expect(area.provenance[id]!.level).toBe('missing');
    }
    const sourceIds = new Set(edition.sources.map((s) => s.id));
    for (const area of edition.areas) {
      for (const provenance of Object.values(area.provenance)) if (provenance.level !== 'missing') expect(sourceIds.has(provenance.source)).toBe(true);
    }
    expect(Object.keys(edition.checksums).sort()).toEqual([...sourceIds].sort());
  });

  it('lets unitary, metropolitan and London districts keep their own LAIT value and districts inherit their county\'s', () => {
    const counties = new Map<string, Set<number | null>>();
    for (const area of edition.areas) {
      expect(['exact-county']).toContain(area.provenance['ey-fsm-good-development']!.level);
      if (area.countyCode === null) {
        for (const id of ['fsm-ks2-rwm', 'fsm-attainment8', 'fsm-level3-19', 'fsm-he-19']) expect(area.provenance[id]!.level).toBe('exact-county');
      } else {
        counties.set(area.countyCode, new Set([...(counties.get(area.countyCode) ?? []), area.values['ey-fsm-good-development']!]));
        for (const id of ['fsm-ks2-rwm', 'fsm-level3-19', 'fsm-he-19']) expect(area.provenance[id]!.level).toBe('estimated');
      }
    }
    for (const values of counties.values()) expect(values.size).toBe(1);
  });

  it('matches the DERIVED affordability table for 13, West Somerset the median of the two years either side', () => {
    const derived = readDataCsv('sources/lad_affordability/ons_affordability_2018edition_tidy_DERIVED.csv');
    const row = (code: string, year: string) => derived.find((r) => r['lad_code'] === code && r['year'] === year);
    let compared = 0;
    for (const area of edition.areas) {
      if (area.code === 'E07000191') continue;
      expect(area.values['house-price-to-pay'], area.code).toBe(Number(row(area.code, '2016')!['ratio_price_to_residence_earnings']));
      compared += 1;
    }
    expect(compared).toBe(323);
    // The contract's rule for a value suppressed in its year: the median of 2014, 2015, 2017 and 2018.
    const around = ['2014', '2015', '2017', '2018'].map((y) => Number(row('E07000191', y)!['ratio_price_to_residence_earnings'])).sort((a, b) => a - b);
    const westSomerset = byCode.get('E07000191')!;
    expect(westSomerset.values['house-price-to-pay']).toBeCloseTo((around[1]! + around[2]!) / 2, 10);
    expect(westSomerset.provenance['house-price-to-pay']).toMatchObject({ level: 'exact', year: '2016', carriedFromYear: '2014, 2015, 2017, 2018' });
    expect(edition.areas.filter((a) => a.provenance['house-price-to-pay']!.carriedFromYear !== undefined)).toHaveLength(1);
  });

  it('takes weekly pay 2016 from the ONS series, and back-casts the 41 merged districts from the 2017 table (West Somerset £310.9)', () => {
    const els = new Map(readDataCsv('sources/lad_pay_ashe/els_gross-median-weekly-pay.csv').filter((r) => r['period'] === '2016-04-13').map((r) => [r['areacd']!, r['observation']!]));
    const backCast = edition.areas.filter((a) => !els.has(a.code));
    expect(backCast).toHaveLength(41);
    for (const area of edition.areas) {
      if (els.has(area.code) && els.get(area.code) !== 'x' && els.get(area.code) !== '') expect(area.values['median-pay'], area.code).toBe(Number(els.get(area.code)));
    }
    for (const area of backCast) expect(area.provenance['median-pay']!.note, area.code).toMatch(/back-cast from ASHE table 8\.1a of 2017/);
    // EDITIONS.md: "West Somerset's April 2016 weekly pay back-cast from the 2017 table is £310.9" (£319.6, +2.8%).
    expect(Math.round(byCode.get('E07000191')!.values['median-pay']! * 10) / 10).toBe(310.9);
  });

  it('takes 14 from Census 2011 KS608EW: England 28.4% from the districts\' counts', () => {
    const rows = readDataCsv('sources/census_occupation/census2011_ks608ew_occupation_lad.csv').filter((r) => r['mnemonics']!.startsWith('E'));
    const soc = (r: Record<string, string>) => Number(r['1._managers,_directors_and_senior_officials']) + Number(r['2._professional_occupations']);
    const england = (100 * rows.reduce((s, r) => s + soc(r), 0)) / rows.reduce((s, r) => s + Number(r['all_categories_occupation']), 0);
    expect(england.toFixed(1)).toBe('28.4');
    const darlington = rows.find((r) => r['mnemonics'] === 'E06000005')!;
    expect(byCode.get('E06000005')!.values['professional-jobs']).toBeCloseTo((100 * (4639 + 7447)) / 49014, 10);
    expect(soc(darlington)).toBe(4639 + 7447);
  });

  it('matches the DERIVED living-wage table for 15, a merged district taking its 2022 council', () => {
    const derived = new Map(
      readDataCsv('sources/lad_living_wage/ons_lwf_table7_2022prov_tidy_DERIVED.csv')
        .filter((r) => r['sheet'] === 'All')
        .map((r) => [r['area_code']!, r['pct_jobs_below_lwf']!]),
    );
    const lookup = new Map(readDataCsv('geo/lad16_england_lookup.csv').map((r) => [r['lad16cd']!, r['lad21cd']!]));
    for (const area of edition.areas) {
      const text = derived.get(lookup.get(area.code)!);
      const expected = text === undefined || text === '' || Number.isNaN(Number(text)) ? null : Number(text);
      expect(area.values['below-living-wage'], area.code).toBe(expected);
    }
    // Forest Heath (E07000201) merged into West Suffolk (E07000245) in 2019.
    expect(byCode.get('E07000201')!.provenance['below-living-wage']!.note).toMatch(/E07000245/);
  });

  it('computes 7 and 16 from the counts', () => {
    const carlisle = byCode.get('E07000028')!;
    const ks4 = readDataCsv('sources/ks4_destinations/dfe_ks4_dm_lad_provider_location_total_201516-202223.csv').find((r) => r['time_period'] === '201516' && r['lad_code'] === 'E07000028')!;
    expect(carlisle.values['fsm-not-sustained']).toBeCloseTo((100 * Number(ks4['all_notsust'])) / Number(ks4['cohort']), 10);
    const census = readDataCsv('sources/home_ownership/census2011_qs405ew_tenure_households_lad.csv').find((r) => r['geography code'] === 'E06000005')!;
    expect(byCode.get('E06000005')!.values['family-home-ownership']).toBeCloseTo((100 * 30289) / 46670, 10);
    expect(census['Tenure: Owned: Total; measures: Value']).toBe('30289');
  });

  it('keeps the geography of loadGeography2016', () => {
    const geography = loadGeography2016(DATA_DIR);
    for (const geo of geography) expect(byCode.get(geo.code)).toMatchObject(geo);
  });
});
