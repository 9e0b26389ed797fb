import { describe, expect, it } from 'vitest';
import { classifyRuralUrban, EXCLUDED_CODES, loadGeography2016, loadGeography2025, readRuralUrbanPopulations } from '../../src/pipeline/geography.js';
import { DATA_DIR, readDataCsv } from './helpers.js';

const areas2016 = loadGeography2016(DATA_DIR);
const areas2025 = loadGeography2025(DATA_DIR);

describe('2016 districts', () => {
  it('are the 324 districts of the index, with unique codes', () => {
    expect(areas2016).toHaveLength(324);
    expect(new Set(areas2016.map((a) => a.code)).size).toBe(324);
    for (const code of EXCLUDED_CODES) expect(areas2016.some((a) => a.code === code)).toBe(false);
  });

  it('carry county, region, rural-urban class and the 2025 successor', () => {
    const carlisle = areas2016.find((a) => a.code === 'E07000028')!;
    expect(carlisle).toMatchObject({
      name: 'Carlisle',
      type: 'Non-metropolitan district',
      countyCode: 'E10000006',
      county: 'Cumbria',
      regionCode: 'E12000002',
      region: 'North West',
      successorCode: 'E06000063',
      successorName: 'Cumberland',
      predecessorCodes: [],
    });
    for (const area of areas2016) {
      expect(area.ruralUrban).toBe(area.ruralUrban.trim());
      expect(area.ruralUrbanBroad).toMatch(/^(Predominantly Rural|Urban with Significant Rural|Predominantly Urban)$/);
      expect(area.countyCode === null).toBe(area.type !== 'Non-metropolitan district');
    }
    expect(new Set(areas2016.map((a) => a.countyCode).filter((c) => c !== null)).size).toBe(27);
  });
});

describe('2025 councils', () => {
  it('are the 294 councils of April 2025, with unique codes', () => {
    expect(areas2025).toHaveLength(294);
    expect(new Set(areas2025.map((a) => a.code)).size).toBe(294);
    for (const code of EXCLUDED_CODES) expect(areas2025.some((a) => a.code === code)).toBe(false);
  });

  it('take the 324 districts onto exactly the 294 councils', () => {
    const councils = new Set(areas2025.map((a) => a.code));
    const successors = new Set(areas2016.map((a) => a.successorCode));
    expect(successors).toEqual(councils);
    for (const council of areas2025) {
      const parts = areas2016.filter((a) => a.successorCode === council.code).map((a) => a.code).sort();
      expect(parts.length).toBeGreaterThanOrEqual(1);
      if (parts.length > 1 || parts[0] !== council.code) expect(council.predecessorCodes).toEqual(parts);
      else expect(council.predecessorCodes).toEqual([]);
    }
  });

  it('name, place and classify the new councils', () => {
    const cumberland = areas2025.find((a) => a.code === 'E06000063')!;
    expect(cumberland).toMatchObject({ name: 'Cumberland', type: 'Unitary authority', region: 'North West', countyCode: null, predecessorCodes: ['E07000026', 'E07000028', 'E07000029'] });
    expect(cumberland.note).toMatch(/recomputed/);
    const eastSuffolk = areas2025.find((a) => a.code === 'E07000244')!;
    expect(eastSuffolk).toMatchObject({ countyCode: 'E10000029', county: 'Suffolk', region: 'East of England' });
    const barnsley = areas2025.find((a) => a.code === 'E08000038')!;
    expect(barnsley).toMatchObject({ name: 'Barnsley', predecessorCodes: ['E08000016'] });
    expect(barnsley.note).toBeUndefined();
    expect(new Set(areas2025.map((a) => a.countyCode).filter((c) => c !== null)).size).toBe(21);
    expect(areas2025.filter((a) => a.note !== undefined)).toHaveLength(11);
  });

  it('remember the abolished county that a new unitary council was carved from', () => {
    const former = (code: string) => areas2025.find((a) => a.code === code)?.formerCounty;
    // Known from the 2019–2023 reorganisations: Cumbria split in two; Northamptonshire in two;
    // Buckinghamshire, North Yorkshire and Somerset became one council each; Dorset's districts
    // became Dorset, except Christchurch, which joined two unitaries in BCP (so BCP has none).
    expect(former('E06000063')).toBe('Cumbria'); // Cumberland
    expect(former('E06000064')).toBe('Cumbria'); // Westmorland and Furness
    expect(former('E06000060')).toBe('Buckinghamshire');
    expect(former('E06000059')).toBe('Dorset');
    expect(former('E06000058')).toBeUndefined(); // Bournemouth, Christchurch and Poole
    expect(former('E06000001')).toBeUndefined(); // Hartlepool, a unitary since 1996
    expect(former('E07000244')).toBeUndefined(); // East Suffolk, still in Suffolk
    expect([...new Set(areas2025.flatMap((a) => (a.formerCounty ? [a.formerCounty] : [])))].sort()).toEqual([
      'Buckinghamshire', 'Cumbria', 'Dorset', 'North Yorkshire', 'Northamptonshire', 'Somerset',
    ]);
  });
});

describe('rural-urban classification', () => {
  it('reproduces the published Defra class of all 326 districts from their populations', () => {
    const populations = readRuralUrbanPopulations(DATA_DIR);
    const published = readDataCsv('geo/RUC_LAD_2011_EN_LU.csv');
    expect(published).toHaveLength(326);
    for (const row of published) {
      const cls = classifyRuralUrban(populations.get(row['LAD18CD']!)!);
      expect(String(cls.code)).toBe(row['RUC11CD']);
      expect(cls.label).toBe(row['RUC11']!.trim());
      expect(cls.broad).toBe(row['Broad RUC11']!.trim());
    }
  });
});
