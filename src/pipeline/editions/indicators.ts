/**
 * The indicators both open editions build the same way. Each function reads its source, sets
 * the values of every area and returns the IndicatorPlan; what differs between the editions
 * (the year, the period, how an area absent from the file is found) is passed in.
 */
import type { EditionArea, Level } from '../../edition/types.js';
import { laitValue, matchLaitNames, readLait, upperTierCode, upperTierOf, type LaitData } from '../lait.js';
import { SMALL_AREA_SOURCES } from '../smallArea.js';
import { ownedPct, readCensusTenure, sumTenure } from '../sources/census.js';
import { notSustainedPct, readKs4Destinations, type Ks4Counts } from '../sources/ks4.js';
import { LWF_COLUMN, LWF_SHEET, readLivingWage2022, type LivingWageRow } from '../sources/onsSpreadsheets.js';
import { indicatorId, setValue, type IndicatorPlan } from './common.js';

/** An indicator taken from LAIT for the upper-tier authority (1, 2, 4, 6, 8, 9 and 10). */
export interface LaitIndicator {
  number: number;
  /** LAIT `Short Desc`. */
  measure: string;
  level: Extract<Level, 'exact-county' | 'proxy-county'>;
  /** What the measure is, for the note (", upper tier" is added). */
  what: string;
  /** For a stand-in (proxy-county): what the values measure, named as a stand-in (see IndicatorPlan.label). */
  label?: string;
}

export const LAIT_INDICATORS: readonly LaitIndicator[] = [
  { number: 1, measure: '3&4yr_Ofsted_rating', level: 'proxy-county', what: '% of funded 3- and 4-year-olds at providers rated good or outstanding (all providers, not only nurseries)', label: '3- and 4-year-olds at good or outstanding providers — stand-in for nursery providers' },
  { number: 2, measure: 'FSP_Gooddev_FSM', level: 'exact-county', what: '% of FSM children with a good level of development (EYFSP)' },
  { number: 4, measure: 'FSM_NEW_KS2_RWM', level: 'exact-county', what: '% of FSM pupils at the expected standard in reading, writing and maths at KS2' },
  { number: 6, measure: 'FSM_AVG_Attain8_Score', level: 'exact-county', what: 'average Attainment 8 score of FSM pupils' },
  { number: 8, measure: 'APSE_Alevel', level: 'proxy-county', what: 'average A-level point score per entry of all students (not only FSM)', label: 'A-level point score per entry of all students — stand-in for FSM students' },
  { number: 9, measure: 'Level3_FMS_Attain', level: 'exact-county', what: '% of FSM-at-15 young people qualified to Level 3 by 19' },
  { number: 10, measure: 'HE_19_FSM', level: 'exact-county', what: '% of FSM-at-15 young people entering higher education by 19' },
];

/** The LAIT year an edition takes for a measure, and what the indicator's note says of it. */
export interface LaitYear {
  year: string;
  /** Added to the description of the measure, e.g. " (entry in 2015/16)". */
  detail?: string;
  /** Added after the description, e.g. ", latest year 2022-23". */
  remark?: string;
}

const ADJUSTED_LAIT_NOTE =
  ' Districts of two-tier counties carry the level "estimated": the small-area adjustment scales the county FSM value by the district/county ratio of an all-pupil measure.';

/**
 * The LAIT indicators for every area from its upper-tier authority (of `vintage`), in the year
 * `yearOf` picks. `smallAreaAdjustment` only changes the notes of the indicators it adjusts.
 */
export async function applyLaitIndicators(
  dataDir: string,
  areas: EditionArea[],
  vintage: '2016' | '2025',
  smallAreaAdjustment: boolean,
  yearOf: (indicator: LaitIndicator, lait: LaitData) => LaitYear,
): Promise<IndicatorPlan[]> {
  const lait = await readLait(dataDir, LAIT_INDICATORS.map((indicator) => indicator.measure));
  const mapping = matchLaitNames(upperTierOf(areas), lait.authorities.keys(), vintage);
  return LAIT_INDICATORS.map((indicator) => {
    const { number, measure, level, what, label } = indicator;
    const { year, detail = '', remark = '' } = yearOf(indicator, lait);
    const adjusted = smallAreaAdjustment && indicatorId(number) in SMALL_AREA_SOURCES;
    const plan: IndicatorPlan = {
      number,
      level,
      year,
      source: 'lait',
      measure,
      note: `LAIT ${measure} (${what}${detail}, upper tier)${remark}; districts inherit their county's value.${adjusted ? ADJUSTED_LAIT_NOTE : ''}`,
    };
    if (label !== undefined) plan.label = label;
    applyLaitIndicator(areas, plan, lait, mapping);
    return plan;
  });
}

/** One LAIT measure for every area from its upper-tier authority; `mapping` takes upper-tier GSS codes to LAIT names. */
function applyLaitIndicator(areas: EditionArea[], plan: IndicatorPlan, lait: LaitData, mapping: ReadonlyMap<string, string>): void {
  const id = indicatorId(plan.number);
  const { measure, year } = plan;
  for (const area of areas) {
    const upper = upperTierCode(area);
    const laitName = mapping.get(upper);
    if (laitName === undefined) throw new Error(`No LAIT name for the upper-tier authority ${upper} of ${area.code}.`);
    const value = laitValue(lait, measure, year, laitName);
    const whose = area.countyCode !== null ? `Value of ${area.county} (${area.countyCode}), the upper-tier authority, inherited by each of its districts` : `Value of the authority itself as an upper-tier authority`;
    const note = `${whose} (LAIT name "${laitName}").${value === null ? ` Suppressed or not published for ${laitName} in ${year}.` : ''}`;
    setValue(area, id, value, { level: plan.level, year, source: 'lait', measure, note });
  }
}

/** A row found for an area that is not in a file under its own code, and the note saying how. */
export interface FoundRow<T> {
  row: T | undefined;
  note?: string;
}

/**
 * 7: KS4 destinations of `timePeriod` (e.g. "201516"), all pupils by school location.
 * `notInFile` looks for an area the file has no row for; `note` is added to the plan's note.
 */
export function applyKs4Destinations(
  dataDir: string,
  areas: EditionArea[],
  timePeriod: string,
  options: { note?: string; notInFile?: (counts: ReadonlyMap<string, Ks4Counts>, area: EditionArea) => FoundRow<Ks4Counts> } = {},
): IndicatorPlan {
  const plan: IndicatorPlan = {
    number: 7,
    level: 'proxy',
    year: `${timePeriod.slice(0, 4)}/${timePeriod.slice(4)}`,
    source: 'ks4-destinations',
    measure: `all_notsust / cohort × 100 (time_period ${timePeriod}, state-funded mainstream schools, breakdown Total)`,
    note: `Proxy: all pupils instead of FSM pupils, by school location instead of residence; % of the KS4 cohort not in a sustained destination (lower is better).${options.note ?? ''}`,
    label: 'All pupils not in a sustained destination after KS4 — stand-in for FSM pupils',
  };
  const counts = readKs4Destinations(dataDir, timePeriod);
  const id = indicatorId(plan.number);
  for (const area of areas) {
    const own = counts.get(area.code);
    const found: FoundRow<Ks4Counts> = own !== undefined || options.notInFile === undefined ? { row: own } : options.notInFile(counts, area);
    const value = found.row === undefined ? null : notSustainedPct(found.row);
    const note = value === null ? `${found.note ? `${found.note} ` : ''}No row or suppressed in the source.` : found.note;
    setValue(area, id, value, { level: plan.level, year: plan.year, source: plan.source!, measure: plan.measure, note });
  }
  return plan;
}

/**
 * 15: LWF table 7 (2022), % of employee jobs below the Living Wage Foundation rate by workplace.
 * `rowFor` finds an area's row, with notes on how (or why there is none).
 */
export function applyLivingWage(
  dataDir: string,
  areas: EditionArea[],
  level: Extract<Level, 'exact' | 'proxy'>,
  note: string,
  /** What the values measure when they are a stand-in (level proxy); see IndicatorPlan.label. */
  label: string | undefined,
  rowFor: (lwf: ReadonlyMap<string, LivingWageRow>, area: EditionArea) => { row: LivingWageRow | undefined; notes: string[] },
): IndicatorPlan {
  const plan: IndicatorPlan = {
    number: 15,
    level,
    year: '2022',
    source: 'ons-lwf-2022',
    measure: `sheet ${LWF_SHEET}, column "${LWF_COLUMN}": % of employee jobs paid below the Living Wage Foundation rate (workplace)`,
    note,
  };
  if (label !== undefined) plan.label = label;
  const lwf = readLivingWage2022(dataDir);
  const id = indicatorId(plan.number);
  for (const area of areas) {
    const { row, notes } = rowFor(lwf, area);
    if (row !== undefined && row.percent === null) notes.push('Suppressed in the source (estimate unreliable).');
    setValue(area, id, row?.percent ?? null, { level, year: plan.year, source: plan.source!, measure: plan.measure, note: notes.join(' ') || undefined });
  }
  return plan;
}

/**
 * 16: Census 2011 owned ÷ all households. `partsOf` gives the 2016 districts that form each area,
 * whose households are summed (open-latest); without it each area is a 2016 district, its own
 * single part (open-2016).
 */
export function applyHomeOwnership(dataDir: string, areas: EditionArea[], partsOf?: (area: EditionArea) => readonly string[]): IndicatorPlan {
  const summed = partsOf !== undefined;
  const plan: IndicatorPlan = {
    number: 16,
    level: 'proxy',
    year: '2011',
    source: 'census-2011-qs405ew',
    measure: `"Tenure: Owned: Total" ÷ "Tenure: All categories" × 100 (households)${summed ? ', summed over the 2016 districts forming the council' : ''}`,
    note: `Proxy: all households instead of families with dependent children (Census 2011 QS405EW)${summed ? ', on 2025 boundaries by summing the 2016 districts' : ''}.`,
    label: 'Households who own their home (2011) — stand-in for families with children',
  };
  const tenure = readCensusTenure(dataDir);
  const id = indicatorId(plan.number);
  for (const area of areas) {
    const parts = partsOf?.(area) ?? [area.code];
    const counts = sumTenure(tenure, parts);
    let note: string | undefined;
    if (counts === undefined) note = summed ? 'A district forming the council has no row in the source.' : 'No row in the source.';
    else if (parts.length > 1) note = `Summed over the 2016 districts ${parts.join(', ')}.`;
    setValue(area, id, counts === undefined ? null : ownedPct(counts), { level: plan.level, year: plan.year, source: plan.source!, measure: plan.measure, note });
  }
  return plan;
}

/** Why the four indicators without an open source are missing (both editions). */
export const MISSING_NOTES: Readonly<Record<number, string>> = {
  3: 'No open source gives the share of FSM pupils at good or outstanding primary schools by district; the indicator is left out of its stage.',
  5: 'No open source gives the share of FSM pupils at good or outstanding secondary schools by district; the indicator is left out of its stage.',
  11: 'No open source gives entry to selective universities of FSM young people by district; the indicator is left out of its stage.',
  14: 'The only open file (APS via Nomis, managerial_professional/) has most denominators suppressed and is not usable; the indicator is left out of its stage.',
};

/** 3, 5, 11 and 14, which have no open source: every value null, level `missing`. */
export function setMissingIndicators(areas: EditionArea[]): IndicatorPlan[] {
  return Object.entries(MISSING_NOTES).map(([number, note]) => {
    const plan: IndicatorPlan = { number: Number(number), level: 'missing', year: '', source: null, measure: '', note };
    const id = indicatorId(plan.number);
    for (const area of areas) setValue(area, id, null, { level: 'missing', year: '', source: '', measure: '', note });
    return plan;
  });
}
