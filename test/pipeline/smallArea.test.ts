import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition, EditionArea } from '../../src/edition/types.js';
import { buildEdition } from '../../src/pipeline/editions/index.js';
import { countyAllPupilValue, smallAreaEstimate, type AllPupilReference } from '../../src/pipeline/smallArea.js';
import { DATA_DIR, readDataCsv } from './helpers.js';

let adjusted: Edition;
let unadjusted: Edition;
const area = (edition: Edition, code: string): EditionArea => edition.areas.find((a) => a.code === code)!;
const ADJUSTED_IDS = ['fsm-ks2-rwm', 'fsm-attainment8', 'fsm-level3-19', 'fsm-he-19'];

beforeAll(async () => {
  [adjusted, unadjusted] = await Promise.all([
    buildEdition('open-2016', { dataDir: DATA_DIR }),
    buildEdition('open-2016', { dataDir: DATA_DIR, smallAreaAdjustment: false }),
  ]);
});

/** The LAIT value from the DERIVED extract (independent of the pipeline's parquet reading). */
function laitExtract(measure: string, year: string, name: string): number {
  const row = readDataCsv('sources/lait_upper_tier/lait_smi_measures_extract.csv').find((r) => r['measure_short'] === measure && r['years'] === year && r['la_name'] === name);
  return Number(row!['value']);
}

function elsPeriod(path: string, period: string): Map<string, number> {
  return new Map(readDataCsv(path).filter((r) => r['period'] === period && r['observation'] !== '').map((r) => [r['areacd']!, Number(r['observation'])]));
}

const CUMBRIA = ['E07000026', 'E07000027', 'E07000028', 'E07000029', 'E07000030', 'E07000031'];

describe('small-area adjustment', () => {
  it('estimates Carlisle from Cumbria by hand: county FSM × district ÷ mean of the districts', () => {
    const ks2 = elsPeriod('sources/lad_school_proxies/els_pupils-at-expected-standards-by-end-of-primary-school.csv', '2018-09-01/P1Y');
    const gcse = elsPeriod('sources/lad_school_proxies/els_gcses-in-english-and-maths.csv', '2016-09-01/P1Y');
    expect(ks2.has('E10000006')).toBe(false);
    const mean = (values: Map<string, number>) => CUMBRIA.reduce((s, c) => s + values.get(c)!, 0) / CUMBRIA.length;
    const carlisle = area(adjusted, 'E07000028');
    const expected4 = (laitExtract('FSM_NEW_KS2_RWM', '2016', 'Cumbria') * ks2.get('E07000028')!) / mean(ks2);
    expect(carlisle.values['fsm-ks2-rwm']).toBeCloseTo(expected4, 10);
    expect(carlisle.values['fsm-ks2-rwm']).toBeCloseTo((29 * 62) / 66, 10);
    const expected6 = (laitExtract('FSM_AVG_Attain8_Score', '2016', 'Cumbria') * gcse.get('E07000028')!) / mean(gcse);
    expect(carlisle.values['fsm-attainment8']).toBeCloseTo(expected6, 10);
    const expected10 = (laitExtract('HE_19_FSM', '2015-16', 'Cumbria') * gcse.get('E07000028')!) / mean(gcse);
    expect(carlisle.values['fsm-he-19']).toBeCloseTo(expected10, 10);
    for (const id of ADJUSTED_IDS) {
      expect(carlisle.provenance[id]!.level).toBe('estimated');
      expect(carlisle.provenance[id]!.note).toMatch(/mean of its districts' values in the same file/);
    }
    // Districts of one county now differ, as the adjustment intends.
    expect(new Set(CUMBRIA.map((code) => area(adjusted, code).values['fsm-ks2-rwm'])).size).toBeGreaterThan(1);
  });

  it("uses the county's own row where the file has one", () => {
    const ks2 = elsPeriod('sources/lad_school_proxies/els_pupils-at-expected-standards-by-end-of-primary-school.csv', '2018-09-01/P1Y');
    const cambridge = area(adjusted, 'E07000008');
    expect(cambridge.values['fsm-ks2-rwm']).toBeCloseTo((laitExtract('FSM_NEW_KS2_RWM', '2016', 'Cambridgeshire') * ks2.get('E07000008')!) / ks2.get('E10000003')!, 10);
    expect(cambridge.provenance['fsm-ks2-rwm']!.note).not.toMatch(/mean of its districts/);
  });

  it('leaves unitary, metropolitan and London districts unchanged', () => {
    for (const a of adjusted.areas.filter((x) => x.countyCode === null)) {
      const b = area(unadjusted, a.code);
      for (const id of ADJUSTED_IDS) {
        expect(a.values[id]).toBe(b.values[id]);
        expect(a.provenance[id]).toEqual(b.provenance[id]);
      }
    }
  });

  it('can be switched off, giving exact-county values inherited from the county', () => {
    for (const a of unadjusted.areas) {
      for (const id of ADJUSTED_IDS) expect(a.provenance[id]!.level).toBe('exact-county');
    }
    for (const code of CUMBRIA) expect(area(unadjusted, code).values['fsm-ks2-rwm']).toBe(laitExtract('FSM_NEW_KS2_RWM', '2016', 'Cumbria'));
    expect(unadjusted.description).toMatch(/adjustment off/);
    expect(adjusted.description).toMatch(/adjustment on/);
    // Everything else is identical.
    for (const a of adjusted.areas) {
      const b = area(unadjusted, a.code);
      for (const id of Object.keys(a.values)) if (!ADJUSTED_IDS.includes(id)) expect(a.values[id]).toBe(b.values[id]);
    }
  });

  it('computes the pieces', () => {
    expect(smallAreaEstimate(30, 60, 50)).toBe(36);
    expect(smallAreaEstimate(null, 60, 50)).toBeNull();
    expect(smallAreaEstimate(30, null, 50)).toBeNull();
    expect(smallAreaEstimate(30, 60, 0)).toBeNull();
    const reference: AllPupilReference = {
      sourceId: 's', label: 'l', measure: 'm', period: 'p', periodLabel: 'p',
      values: new Map([['E10000001', { value: 70, lower: null, upper: null }], ['A', { value: 60, lower: null, upper: null }], ['B', { value: 80, lower: null, upper: null }], ['C', { value: null, lower: null, upper: null }]]),
    };
    expect(countyAllPupilValue(reference, 'E10000001', ['A', 'B'])).toMatchObject({ value: 70, fromDistrictMean: false });
    expect(countyAllPupilValue(reference, 'E10000002', ['A', 'B', 'C'])).toEqual({ value: 70, fromDistrictMean: true, districtsUsed: 2, districtsInCounty: 3 });
  });
});
