import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeography2016, loadGeography2025 } from '../../src/pipeline/geography.js';
import {
  compareLaitYears, englandValue, latestLaitYear, laitValue, laitYears, matchLaitNames, normaliseAuthorityName, readLait, upperTierOf, type LaitData,
} from '../../src/pipeline/lait.js';
import { DATA_DIR, readDataCsv, smiErrorMessage } from './helpers.js';

const MEASURES = ['FSP_Gooddev_FSM', '3&4yr_Ofsted_rating', 'FSM_NEW_KS2_RWM', 'FSM_AVG_Attain8_Score', 'APSE_Alevel', 'Level3_FMS_Attain', 'HE_19_FSM'];
let lait: LaitData;

beforeAll(async () => {
  lait = await readLait(DATA_DIR, MEASURES);
});

describe('LAIT years', () => {
  it('orders single years, academic years, ranges and revisions', () => {
    expect(['2016', '2014-16', '2015-16', '2017', '2018 (Rev)', '2016-17'].sort(compareLaitYears)).toEqual(['2014-16', '2015-16', '2016', '2016-17', '2017', '2018 (Rev)']);
  });

  it('finds the latest year with numeric data', () => {
    expect(laitYears(lait, 'HE_19_FSM')[0]).toBe('2015-16');
    expect(latestLaitYear(lait, 'HE_19_FSM')).toBe('2023-24');
    expect(latestLaitYear(lait, 'FSP_Gooddev_FSM')).toBe('2025');
    expect(latestLaitYear(lait, 'APSE_Alevel')).toBe('2025 (Rev)');
  });
});

describe('LAIT values', () => {
  it("gives England's FSM good level of development in 2016 as 54%", () => {
    expect(englandValue(lait, 'FSP_Gooddev_FSM', '2016')).toBe(54);
  });

  it('agree with the DERIVED extract for every authority, measure and year', () => {
    const extract = readDataCsv('sources/lait_upper_tier/lait_smi_measures_extract.csv').filter((row) => MEASURES.includes(row['measure_short']!));
    expect(extract.length).toBeGreaterThan(10000);
    for (const row of extract) {
      const expected = Number(row['value']);
      const actual = laitValue(lait, row['measure_short']!, row['years']!, row['la_name']!);
      if (Number.isFinite(expected) && row['value'] !== '') expect(actual, `${row['measure_short']} ${row['years']} ${row['la_name']}`).toBeCloseTo(expected, 9);
      else expect(actual).toBeNull();
    }
  });
});

describe('LAIT names', () => {
  it('normalise spelling differences', () => {
    expect(normaliseAuthorityName('Kingston Upon Hull, City of')).toBe(normaliseAuthorityName('Kingston upon Hull, City of'));
    expect(normaliseAuthorityName('St. Helens')).toBe(normaliseAuthorityName('St Helens'));
    expect(normaliseAuthorityName('Durham')).toBe(normaliseAuthorityName('County Durham'));
    expect(normaliseAuthorityName('Bedford Borough')).toBe(normaliseAuthorityName('Bedford'));
    expect(normaliseAuthorityName('Herefordshire, County of')).toBe('herefordshire');
    expect(normaliseAuthorityName('Brighton & Hove')).toBe(normaliseAuthorityName('Brighton and Hove'));
  });

  it('match all 150 upper-tier authorities of 2016, the pre-2019 Dorset ones included', () => {
    const upper = upperTierOf(loadGeography2016(DATA_DIR));
    expect(upper).toHaveLength(150);
    const mapping = matchLaitNames(upper, lait.authorities.keys(), '2016');
    expect(mapping.size).toBe(150);
    expect(new Set(mapping.values()).size).toBe(150);
    expect(mapping.get('E06000028')).toBe('Bournemouth (Pre LG)');
    expect(mapping.get('E06000029')).toBe('Poole (Pre LG)');
    expect(mapping.get('E10000009')).toBe('Dorset (Pre LG)');
    expect(mapping.get('E06000047')).toBe('Durham');
    expect(mapping.get('E06000055')).toBe('Bedford Borough');
    for (const code of mapping.keys()) expect(laitValue(lait, 'FSP_Gooddev_FSM', '2016', mapping.get(code)!), code).not.toBeNull();
  });

  it('match all upper-tier authorities of 2025 (unitaries, metropolitan and London districts, 21 counties)', () => {
    const upper = upperTierOf(loadGeography2025(DATA_DIR));
    expect(upper.filter((a) => a.code.startsWith('E10'))).toHaveLength(21);
    const mapping = matchLaitNames(upper, lait.authorities.keys(), '2025');
    expect(mapping.size).toBe(upper.length);
    expect(mapping.get('E06000059')).toBe('Dorset');
    expect(mapping.get('E06000063')).toBe('Cumberland');
  });

  it('names the authorities that do not match', async () => {
    const message = await smiErrorMessage(() => matchLaitNames([{ code: 'E06099999', name: 'Atlantis' }], lait.authorities.keys(), '2025'));
    expect(message).toContain('Atlantis (E06099999) matches no LAIT authority');
  });
});
