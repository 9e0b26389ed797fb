/**
 * Edition `open-latest`: the latest open data on the 294 councils of April 2025, as in
 * ../shared/data/EDITIONS.md. Built from the publisher files only.
 */
import type { Edition, EditionArea } from '../../edition/types.js';
import { loadGeography2025, readDistricts2016, type District2016 } from '../geography.js';
import { latestLaitYear, matchLaitNames, readLait, upperTierOf } from '../lait.js';
import { allPupilReference, applySmallAreaAdjustment, SMALL_AREA_SOURCES } from '../smallArea.js';
import { readCensusTenure } from '../sources/census.js';
import { elsAuthorityValues, elsLatestPeriod, elsPeriodLabel, readEls } from '../sources/els.js';
import { notSustainedPct, readKs4Destinations, type Ks4Counts } from '../sources/ks4.js';
import { LWF_COLUMN, LWF_SHEET, readLivingWage2022 } from '../sources/onsSpreadsheets.js';
import { applyLaitIndicator, emptyArea, finishEdition, indicatorId, MISSING_NOTES, setMissing, setValue, type BuildOptions, type IndicatorPlan } from './common.js';
import { OPEN_LATEST_SOURCES } from './sources.js';

export const OPEN_LATEST_ID = 'open-latest';

const LAIT_LATEST: ReadonlyArray<[number, string, 'exact-county' | 'proxy-county', string]> = [
  [1, '3&4yr_Ofsted_rating', 'proxy-county', '% of funded 3- and 4-year-olds at providers rated good or outstanding (all providers, not only nurseries), upper tier'],
  [2, 'FSP_Gooddev_FSM', 'exact-county', '% of FSM children with a good level of development (EYFSP), upper tier'],
  [4, 'FSM_NEW_KS2_RWM', 'exact-county', '% of FSM pupils at the expected standard in reading, writing and maths at KS2, upper tier'],
  [6, 'FSM_AVG_Attain8_Score', 'exact-county', 'average Attainment 8 score of FSM pupils, upper tier'],
  [8, 'APSE_Alevel', 'proxy-county', 'average A-level point score per entry of all students (not only FSM), upper tier'],
  [9, 'Level3_FMS_Attain', 'exact-county', '% of FSM-at-15 young people qualified to Level 3 by 19, upper tier'],
  [10, 'HE_19_FSM', 'exact-county', '% of FSM-at-15 young people entering higher education by 19, upper tier'],
];

export const KS4_LATEST_PERIOD = '202223';

export async function buildOpenLatest(dataDir: string, options: BuildOptions): Promise<Edition> {
  const geography = loadGeography2025(dataDir);
  const areas: EditionArea[] = geography.map(emptyArea);
  const plans: IndicatorPlan[] = [];
  const districts = readDistricts2016(dataDir).filter((d) => d.inSmi);
  const constituents = new Map<string, District2016[]>();
  for (const d of districts) constituents.set(d.lad25cd, [...(constituents.get(d.lad25cd) ?? []), d]);
  const partsOf = (code: string): District2016[] => constituents.get(code) ?? [];

  // LAIT: the latest year of each measure, from the 2025 upper-tier authority.
  const lait = await readLait(dataDir, LAIT_LATEST.map(([, measure]) => measure));
  const mapping = matchLaitNames(upperTierOf(geography), lait.authorities.keys(), '2025');
  for (const [number, measure, level, what] of LAIT_LATEST) {
    const year = latestLaitYear(lait, measure);
    const adjusted = options.smallAreaAdjustment && indicatorId(number) in SMALL_AREA_SOURCES;
    const plan: IndicatorPlan = {
      number,
      level,
      year,
      source: 'lait',
      measure,
      note: `LAIT ${measure} (${what}), latest year ${year}; districts inherit their county's value.${adjusted ? ' Districts of two-tier counties carry the level "estimated": the small-area adjustment scales the county FSM value by the district/county ratio of an all-pupil measure.' : ''}`,
    };
    plans.push(plan);
    applyLaitIndicator(areas, plan, lait, measure, year, mapping);
  }

  let adjustmentNote = ' Small-area adjustment off: districts of two-tier counties carry their county\'s value for the FSM indicators.';
  if (options.smallAreaAdjustment) {
    const ks2 = readEls(dataDir, 'els-ks2-expected');
    const gcse = readEls(dataDir, 'els-gcse-english-maths');
    const references = {
      'els-ks2-expected': allPupilReference(ks2, 'els-ks2-expected', SMALL_AREA_SOURCES['fsm-ks2-rwm']!.measure, elsLatestPeriod(ks2)),
      'els-gcse-english-maths': allPupilReference(gcse, 'els-gcse-english-maths', SMALL_AREA_SOURCES['fsm-attainment8']!.measure, elsLatestPeriod(gcse)),
    };
    for (const [id, { sourceId }] of Object.entries(SMALL_AREA_SOURCES)) {
      applySmallAreaAdjustment(areas, id, references[sourceId as keyof typeof references]);
    }
    adjustmentNote = ` Small-area adjustment on: districts of two-tier counties get estimates from KS2 all-pupil results ${references['els-ks2-expected'].periodLabel} (indicator 4) and GCSE English and maths by 19 ${references['els-gcse-english-maths'].periodLabel} (6, 9 and 10).`;
  }

  // 7: KS4 destinations 2022/23. A council created in 2023 (or recoded) is not in the file under
  // its 2025 code: its counts are summed over the districts that form it, as coded that year.
  {
    const plan: IndicatorPlan = {
      number: 7,
      level: 'proxy',
      year: '2022/23',
      source: 'ks4-destinations',
      measure: `all_notsust / cohort × 100 (time_period ${KS4_LATEST_PERIOD}, state-funded mainstream schools, breakdown Total)`,
      note: 'Proxy: all pupils instead of FSM pupils, by school location instead of residence; % of the KS4 cohort not in a sustained destination (lower is better). Councils created in 2023 (and recoded councils) sum the counts of the districts that form them.',
    };
    plans.push(plan);
    const counts = readKs4Destinations(dataDir, KS4_LATEST_PERIOD);
    const id = indicatorId(7);
    for (const area of areas) {
      let row = counts.get(area.code);
      let note: string | undefined;
      if (row === undefined) {
        const parts = partsOf(area.code);
        for (const codes of [[...new Set(parts.map((p) => p.lad21cd))], parts.map((p) => p.code)]) {
          const rows = codes.map((code) => counts.get(code));
          if (codes.length > 0 && rows.every((r): r is Ks4Counts => r !== undefined)) {
            row = sumCounts(rows);
            note =
              codes.length === 1
                ? `Published under its former code ${codes[0]}, which covers the same area.`
                : `Counts summed over the ${KS4_LATEST_PERIOD} rows of ${codes.join(', ')}, the districts that formed the council's area that year.`;
            break;
          }
        }
      }
      const value = row === undefined ? null : notSustainedPct(row);
      if (value === null) note = `${note ? `${note} ` : ''}No row or suppressed in the source.`;
      setValue(area, id, value, { level: 'proxy', year: plan.year, source: plan.source!, measure: plan.measure, note });
    }
  }

  // 12: ELS gross median weekly pay by residence (latest period), with its 95% interval.
  {
    const table = readEls(dataDir, 'els-weekly-pay');
    const period = elsLatestPeriod(table);
    const values = elsAuthorityValues(table, period);
    const plan: IndicatorPlan = {
      number: 12,
      level: 'exact',
      year: elsPeriodLabel(period),
      source: 'els-weekly-pay',
      measure: `observation (gross median weekly pay of employees by place of residence, £), period ${period}`,
      note: 'ASHE median gross weekly pay of employees living in the council area, with its 95% confidence interval; suppressed estimates are missing. A recoded council published under its former code takes that row.',
    };
    plans.push(plan);
    const id = indicatorId(12);
    for (const area of areas) {
      const { entry, note } = entryForCouncil(values, area);
      const value = entry?.value ?? null;
      setValue(area, id, value, { level: 'exact', year: plan.year, source: plan.source!, measure: plan.measure, note: value === null ? (entry === undefined ? 'No row in the source.' : 'Suppressed in the source.') : note });
      if (value !== null && entry?.lower != null && entry.upper != null) area.intervals[id] = { lower: entry.lower, upper: entry.upper };
    }
  }

  // 13: ELS housing affordability ratio (latest period).
  {
    const table = readEls(dataDir, 'els-affordability');
    const period = elsLatestPeriod(table);
    const values = elsAuthorityValues(table, period);
    const plan: IndicatorPlan = {
      number: 13,
      level: 'exact',
      year: elsPeriodLabel(period),
      source: 'els-affordability',
      measure: `observation (median house price ÷ median gross annual residence-based earnings), period ${period}`,
      note: 'Ratio of the median house price to the median annual earnings of residents (lower is better).',
    };
    plans.push(plan);
    const id = indicatorId(13);
    for (const area of areas) {
      const { entry, note } = entryForCouncil(values, area);
      const value = entry?.value ?? null;
      setValue(area, id, value, { level: 'exact', year: plan.year, source: plan.source!, measure: plan.measure, note: value === null ? (entry === undefined ? 'No row in the source.' : 'Suppressed in the source.') : note });
    }
  }

  // 15: LWF table 7 (2022). A council created in 2023 whose area is exactly a 2022 county
  // (North Yorkshire, Somerset) takes that county's row.
  {
    const plan: IndicatorPlan = {
      number: 15,
      level: 'exact',
      year: '2022',
      source: 'ons-lwf-2022',
      measure: `sheet ${LWF_SHEET}, column "${LWF_COLUMN}": % of employee jobs paid below the Living Wage Foundation rate (workplace)`,
      note: 'The latest open table (2022, provisional), jobs by workplace. Councils created in 2023 whose area is exactly a 2022 county take that county\'s row; values with CV > 20% are suppressed in the source and missing here.',
    };
    plans.push(plan);
    const lwf = readLivingWage2022(dataDir);
    const countyMembers = new Map<string, Set<string>>();
    for (const d of districts) {
      if (d.countyCode !== null) countyMembers.set(d.countyCode, new Set([...(countyMembers.get(d.countyCode) ?? []), d.code]));
    }
    const id = indicatorId(15);
    for (const area of areas) {
      let row = lwf.get(area.code);
      const notes: string[] = [];
      if (row === undefined) {
        const parts = new Set(partsOf(area.code).map((p) => p.code));
        const county = [...countyMembers].find(([, members]) => members.size === parts.size && [...members].every((code) => parts.has(code)));
        if (county !== undefined && lwf.has(county[0])) {
          row = lwf.get(county[0])!;
          notes.push(`The council's area is exactly the 2022 county of ${row.name} (${county[0]}); its row is used.`);
        } else {
          notes.push('The council did not exist in 2022 and no 2022 area matches it.');
        }
      }
      if (row !== undefined && row.percent === null) notes.push('Suppressed in the source (estimate unreliable).');
      setValue(area, id, row?.percent ?? null, { level: 'exact', year: '2022', source: plan.source!, measure: plan.measure, note: notes.join(' ') || undefined });
    }
  }

  // 16: Census 2011, owned and all households summed over the 2016 districts forming the council.
  {
    const plan: IndicatorPlan = {
      number: 16,
      level: 'proxy',
      year: '2011',
      source: 'census-2011-qs405ew',
      measure: '"Tenure: Owned: Total" ÷ "Tenure: All categories" × 100 (households), summed over the 2016 districts forming the council',
      note: 'Proxy: all households instead of families with dependent children (Census 2011 QS405EW), on 2025 boundaries by summing the 2016 districts.',
    };
    plans.push(plan);
    const tenure = readCensusTenure(dataDir);
    const id = indicatorId(16);
    for (const area of areas) {
      const parts = partsOf(area.code);
      const rows = parts.map((p) => tenure.get(p.code));
      let value: number | null = null;
      let note: string | undefined;
      if (parts.length > 0 && rows.every((r) => r !== undefined)) {
        const owned = rows.reduce((sum, r) => sum + r!.owned, 0);
        const all = rows.reduce((sum, r) => sum + r!.all, 0);
        value = all > 0 ? (100 * owned) / all : null;
        if (parts.length > 1) note = `Summed over the 2016 districts ${parts.map((p) => p.code).join(', ')}.`;
      } else {
        note = 'A district forming the council has no row in the source.';
      }
      setValue(area, id, value, { level: 'proxy', year: '2011', source: plan.source!, measure: plan.measure, note });
    }
  }

  for (const [number, note] of Object.entries(MISSING_NOTES)) {
    const plan: IndicatorPlan = { number: Number(number), level: 'missing', year: '', source: null, measure: '', note };
    plans.push(plan);
    setMissing(areas, plan);
  }

  return finishEdition({
    id: OPEN_LATEST_ID,
    label: 'open-latest (2025 councils)',
    description:
      'The Social Mobility Index rebuilt from the latest open statistics on the 294 English councils of April 2025 (City of London and Isles of Scilly excluded). FSM measures are published for upper-tier authorities only, several indicators are proxies and four have no open source; every value carries its level, year and source.' +
      adjustmentNote,
    areas,
    plans,
    sourceIds: OPEN_LATEST_SOURCES,
  });
}

/**
 * A council's entry in a table on 2025 codes; a council that was only recoded (one predecessor
 * with another code, e.g. Barnsley E08000016 → E08000038) may still be published under its
 * former code, which covers the same area.
 */
function entryForCouncil<T>(values: ReadonlyMap<string, T>, area: EditionArea): { entry: T | undefined; note?: string } {
  const own = values.get(area.code);
  if (own !== undefined) return { entry: own };
  const [former] = area.predecessorCodes;
  if (area.predecessorCodes.length === 1 && former !== undefined && former !== area.code && values.has(former)) {
    return { entry: values.get(former), note: `Published under its former code ${former}, which covers the same area.` };
  }
  return { entry: undefined };
}

function sumCounts(rows: readonly Ks4Counts[]): Ks4Counts {
  const sum = (pick: (r: Ks4Counts) => number | null): number | null =>
    rows.some((r) => pick(r) === null) ? null : rows.reduce((total, r) => total + pick(r)!, 0);
  return { cohort: sum((r) => r.cohort), notSustained: sum((r) => r.notSustained) };
}
