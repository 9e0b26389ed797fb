/**
 * Edition `open-latest`: the latest open data on the 294 councils of April 2025, as in
 * ../shared/data/EDITIONS.md. Built from the publisher files only.
 */
import { editionEntry, type EditionId } from '../../edition/catalogue.js';
import type { Edition, EditionArea } from '../../edition/types.js';
import { loadGeography2025, readDistricts2016, type District2016 } from '../geography.js';
import { latestLaitYear } from '../lait.js';
import { adjustSmallAreas } from '../smallArea.js';
import { elsAuthorityValues, elsLatestPeriod, elsPeriodLabel, readEls } from '../sources/els.js';
import type { Ks4Counts } from '../sources/ks4.js';
import { emptyArea, finishEdition, indicatorId, setValue, type BuildOptions, type IndicatorPlan } from './common.js';
import { applyHomeOwnership, applyKs4Destinations, applyLaitIndicators, applyLivingWage, setMissingIndicators } from './indicators.js';
import { OPEN_LATEST_SOURCES } from './sources.js';

export const OPEN_LATEST_ID: EditionId = 'open-latest';

export const KS4_LATEST_PERIOD = '202223';

export async function buildOpenLatest(dataDir: string, options: BuildOptions): Promise<Edition> {
  const areas: EditionArea[] = loadGeography2025(dataDir).map(emptyArea);
  const plans: IndicatorPlan[] = [];
  const districts = readDistricts2016(dataDir).filter((d) => d.inSmi);
  const constituents = new Map<string, District2016[]>();
  for (const d of districts) constituents.set(d.lad25cd, [...(constituents.get(d.lad25cd) ?? []), d]);
  const partsOf = (code: string): District2016[] => constituents.get(code) ?? [];

  // LAIT: the latest year of each measure, from the 2025 upper-tier authority.
  plans.push(
    ...(await applyLaitIndicators(dataDir, areas, '2025', options.smallAreaAdjustment, ({ measure }, lait) => {
      const year = latestLaitYear(lait, measure);
      return { year, remark: `, latest year ${year}` };
    })),
  );

  // Small-area adjustment of 4, 6, 9 and 10: the latest KS2 and GCSE periods.
  const adjustmentNote = adjustSmallAreas(dataDir, areas, options.smallAreaAdjustment, { ks2: elsLatestPeriod, gcse: elsLatestPeriod });

  // 7: KS4 destinations 2022/23. A council created in 2023 (or recoded) is not in the file under
  // its 2025 code: its counts are summed over the districts that form it, as coded that year.
  plans.push(
    applyKs4Destinations(dataDir, areas, KS4_LATEST_PERIOD, {
      note: ' Councils created in 2023 (and recoded councils) sum the counts of the districts that form them.',
      notInFile: (counts, area) => {
        const parts = partsOf(area.code);
        for (const codes of [[...new Set(parts.map((p) => p.lad21cd))], parts.map((p) => p.code)]) {
          const rows = codes.map((code) => counts.get(code));
          if (codes.length > 0 && rows.every((r): r is Ks4Counts => r !== undefined)) {
            const note =
              codes.length === 1
                ? `Published under its former code ${codes[0]}, which covers the same area.`
                : `Counts summed over the ${KS4_LATEST_PERIOD} rows of ${codes.join(', ')}, the districts that formed the council's area that year.`;
            return { row: sumCounts(rows), note };
          }
        }
        return { row: undefined };
      },
    }),
  );

  // 12: ELS gross median weekly pay by residence (latest period), with its 95% interval.
  plans.push(
    applyLatestEls(dataDir, areas, {
      number: 12,
      sourceId: 'els-weekly-pay',
      measure: 'gross median weekly pay of employees by place of residence, £',
      note: 'ASHE median gross weekly pay of employees living in the council area, with its 95% confidence interval; suppressed estimates are missing. A recoded council published under its former code takes that row.',
      intervals: true,
    }),
  );

  // 13: ELS housing affordability ratio (latest period).
  plans.push(
    applyLatestEls(dataDir, areas, {
      number: 13,
      sourceId: 'els-affordability',
      measure: 'median house price ÷ median gross annual residence-based earnings',
      note: 'Ratio of the median house price to the median annual earnings of residents (lower is better).',
      intervals: false,
    }),
  );

  // 15: LWF table 7 (2022). A council created in 2023 whose area is exactly a 2022 county
  // (North Yorkshire, Somerset) takes that county's row.
  const countyMembers = new Map<string, Set<string>>();
  for (const d of districts) {
    if (d.countyCode !== null) countyMembers.set(d.countyCode, new Set([...(countyMembers.get(d.countyCode) ?? []), d.code]));
  }
  plans.push(
    applyLivingWage(
      dataDir,
      areas,
      'exact',
      'The latest open table (2022, provisional), jobs by workplace. Councils created in 2023 whose area is exactly a 2022 county take that county\'s row; values with CV > 20% are suppressed in the source and missing here.',
      undefined,
      (lwf, area) => {
        const own = lwf.get(area.code);
        if (own !== undefined) return { row: own, notes: [] };
        const parts = new Set(partsOf(area.code).map((p) => p.code));
        const county = [...countyMembers].find(([, members]) => members.size === parts.size && [...members].every((code) => parts.has(code)))?.[0];
        const row = county === undefined ? undefined : lwf.get(county);
        if (county === undefined || row === undefined) return { row: undefined, notes: ['The council did not exist in 2022 and no 2022 area matches it.'] };
        return { row, notes: [`The council's area is exactly the 2022 county of ${row.name} (${county}); its row is used.`] };
      },
    ),
  );

  // 16: Census 2011, owned and all households summed over the 2016 districts forming the council.
  plans.push(applyHomeOwnership(dataDir, areas, (area) => partsOf(area.code).map((p) => p.code)));

  plans.push(...setMissingIndicators(areas));

  const entry = editionEntry(OPEN_LATEST_ID);
  return finishEdition({
    id: OPEN_LATEST_ID,
    label: entry.label,
    description: entry.description + adjustmentNote,
    areas,
    plans,
    sourceIds: OPEN_LATEST_SOURCES,
  });
}

/** An exact indicator from an ELS file in its latest period; `intervals` keeps the 95% confidence intervals. */
function applyLatestEls(dataDir: string, areas: EditionArea[], spec: { number: number; sourceId: string; measure: string; note: string; intervals: boolean }): IndicatorPlan {
  const table = readEls(dataDir, spec.sourceId);
  const period = elsLatestPeriod(table);
  const values = elsAuthorityValues(table, period);
  const plan: IndicatorPlan = {
    number: spec.number,
    level: 'exact',
    year: elsPeriodLabel(period),
    source: spec.sourceId,
    measure: `observation (${spec.measure}), period ${period}`,
    note: spec.note,
  };
  const id = indicatorId(plan.number);
  for (const area of areas) {
    const { entry, note } = entryForCouncil(values, area);
    const value = entry?.value ?? null;
    setValue(area, id, value, { level: plan.level, year: plan.year, source: spec.sourceId, measure: plan.measure, note: value === null ? (entry === undefined ? 'No row in the source.' : 'Suppressed in the source.') : note });
    if (spec.intervals && value !== null && entry?.lower != null && entry.upper != null) area.intervals[id] = { lower: entry.lower, upper: entry.upper };
  }
  return plan;
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
