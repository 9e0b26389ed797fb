/**
 * The small-area adjustment of ../shared/data/EDITIONS.md. In a two-tier county every district
 * inherits the county's FSM value; for indicators 4, 6, 9 and 10 the district estimate is
 *
 *   county FSM value × (district all-pupil value ÷ county all-pupil value)
 *
 * with the all-pupil measures from the ONS "Explore local statistics" school files (KS2 expected
 * standard for 4; GCSE English and maths by 19 for 6, 9 and 10). The county all-pupil value is
 * the county's own row (E10 code) when the file has one; for the counties abolished since 2019
 * (Buckinghamshire, Cumbria, Dorset, Northamptonshire, North Yorkshire, Somerset) the files
 * have none, and it is the unweighted mean of the county's districts in the same file and
 * period. Unitary, metropolitan and London districts are their own upper tier and unchanged.
 */
import type { EditionArea } from '../edition/types.js';
import { elsAuthorityValues, elsNearestPeriod, elsPeriodLabel, type ElsTable, type ElsValue } from './sources/els.js';

/** Which all-pupil file adjusts which indicator. */
export const SMALL_AREA_SOURCES: Readonly<Record<string, { sourceId: string; measure: string }>> = {
  'fsm-ks2-rwm': { sourceId: 'els-ks2-expected', measure: 'all pupils meeting the expected standard in reading, writing and maths at KS2' },
  'fsm-attainment8': { sourceId: 'els-gcse-english-maths', measure: 'all pupils with GCSE English and maths by 19' },
  'fsm-level3-19': { sourceId: 'els-gcse-english-maths', measure: 'all pupils with GCSE English and maths by 19' },
  'fsm-he-19': { sourceId: 'els-gcse-english-maths', measure: 'all pupils with GCSE English and maths by 19' },
};

/** One period of an all-pupil file, ready for the adjustment. */
export interface AllPupilReference {
  sourceId: string;
  /** The file as named in notes (path under the data directory). */
  label: string;
  measure: string;
  period: string;
  periodLabel: string;
  values: Map<string, ElsValue>;
}

export function allPupilReference(table: ElsTable, sourceId: string, measure: string, period: string): AllPupilReference {
  return { sourceId, label: table.label, measure, period, periodLabel: elsPeriodLabel(period), values: elsAuthorityValues(table, period) };
}

export interface CountyAllPupilValue {
  value: number | null;
  /** True when the file has no row for the county and the value is the mean of its districts. */
  fromDistrictMean: boolean;
  /** Districts averaged (with a value) and districts of the county, when fromDistrictMean. */
  districtsUsed: number;
  districtsInCounty: number;
}

/** The county's all-pupil value: its own row, else the unweighted mean of its districts' values. */
export function countyAllPupilValue(reference: AllPupilReference, countyCode: string, districtCodes: readonly string[]): CountyAllPupilValue {
  const own = reference.values.get(countyCode);
  if (own !== undefined) return { value: own.value, fromDistrictMean: false, districtsUsed: 0, districtsInCounty: districtCodes.length };
  const values = districtCodes.map((code) => reference.values.get(code)?.value ?? null).filter((v): v is number => v !== null);
  const value = values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  return { value, fromDistrictMean: true, districtsUsed: values.length, districtsInCounty: districtCodes.length };
}

/** The adjusted estimate; null when any input is missing or the county value is not positive. */
export function smallAreaEstimate(countyFsm: number | null, districtAllPupil: number | null, countyAllPupil: number | null): number | null {
  if (countyFsm === null || districtAllPupil === null || countyAllPupil === null || countyAllPupil <= 0) return null;
  return (countyFsm * districtAllPupil) / countyAllPupil;
}

function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/**
 * Adjusts one indicator in place for every district of a two-tier county (countyCode set) whose
 * value is an `exact-county` number: the value becomes the estimate and the level `estimated`.
 * Where an input is missing the county value is kept, with a note saying why. Returns the
 * number of districts adjusted. Each adjusted value's county value is kept in `area.unadjusted`.
 */
export function applySmallAreaAdjustment(areas: EditionArea[], indicatorId: string, reference: AllPupilReference): number {
  const byCounty = new Map<string, EditionArea[]>();
  for (const area of areas) {
    if (area.countyCode === null) continue;
    byCounty.set(area.countyCode, [...(byCounty.get(area.countyCode) ?? []), area]);
  }
  let adjusted = 0;
  for (const [countyCode, districts] of byCounty) {
    const county = countyAllPupilValue(reference, countyCode, districts.map((d) => d.code));
    const countyName = districts[0]!.county ?? countyCode;
    for (const area of districts) {
      const provenance = area.provenance[indicatorId];
      const countyFsm = area.values[indicatorId] ?? null;
      if (provenance === undefined || provenance.level !== 'exact-county' || countyFsm === null) continue;
      const districtAll = reference.values.get(area.code)?.value ?? null;
      const estimate = smallAreaEstimate(countyFsm, districtAll, county.value);
      const source = `${reference.measure}, ${reference.label}, ${reference.periodLabel}`;
      if (estimate === null) {
        const why = districtAll === null ? `the district's all-pupil value is missing (${source})` : `the county's all-pupil value is missing (${source})`;
        provenance.note = `${provenance.note ? `${provenance.note} ` : ''}Small-area adjustment not applied: ${why}; the county value is kept.`;
        continue;
      }
      const countyBasis = county.fromDistrictMean
        ? ` The file has no row for ${countyName}, so its all-pupil value is the mean of its districts' values in the same file and period (${county.districtsUsed} of ${county.districtsInCounty} districts).`
        : '';
      area.values[indicatorId] = estimate;
      (area.unadjusted ??= {})[indicatorId] = countyFsm;
      area.provenance[indicatorId] = {
        ...provenance,
        level: 'estimated',
        note:
          `Small-area adjustment: ${countyName}'s FSM value ${formatNumber(countyFsm)} × district all-pupil value ${formatNumber(districtAll!)} ÷ county all-pupil value ${formatNumber(county.value!)} (${source}).` +
          countyBasis,
      };
      adjusted += 1;
    }
  }
  return adjusted;
}

/**
 * The adjustment of an edition of year `year`: when `enabled`, the four indicators are adjusted
 * with the KS2 and GCSE all-pupil tables in their periods nearest to `year`. Returns the sentence
 * that ends the edition's description (also when off).
 */
export function adjustSmallAreas(areas: EditionArea[], enabled: boolean, tables: { ks2: ElsTable; gcse: ElsTable }, year: number): string {
  if (!enabled) return ' Small-area adjustment off: districts of two-tier counties carry their county\'s value for the FSM indicators.';
  const reference = (table: ElsTable, sourceId: string, indicatorId: string): AllPupilReference =>
    allPupilReference(table, sourceId, SMALL_AREA_SOURCES[indicatorId]!.measure, elsNearestPeriod(table, year));
  const ks2 = reference(tables.ks2, 'els-ks2-expected', 'fsm-ks2-rwm');
  const gcse = reference(tables.gcse, 'els-gcse-english-maths', 'fsm-attainment8');
  const references = new Map([ks2, gcse].map((r) => [r.sourceId, r]));
  for (const [id, { sourceId }] of Object.entries(SMALL_AREA_SOURCES)) applySmallAreaAdjustment(areas, id, references.get(sourceId)!);
  return ` Small-area adjustment on: districts of two-tier counties get estimates from KS2 all-pupil results ${ks2.periodLabel} (indicator 4) and GCSE English and maths by 19 ${gcse.periodLabel} (6, 9 and 10), the periods nearest to ${year}.`;
}
