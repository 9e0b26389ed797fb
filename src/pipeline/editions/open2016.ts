/**
 * Edition `open-2016`: 2015/16 data on the 324 districts of 2016, exactly as in the table of
 * ../shared/data/EDITIONS.md. Built from the publisher files only.
 */
import { editionEntry, type EditionId } from '../../edition/catalogue.js';
import type { Edition, EditionArea } from '../../edition/types.js';
import { loadGeography2016, readDistricts2016 } from '../geography.js';
import { adjustSmallAreas } from '../smallArea.js';
import { elsEarliestPeriod } from '../sources/els.js';
import { AFFORDABILITY_EARNINGS_SHEET, AFFORDABILITY_RATIO_SHEET, readAffordability2018, type YearTable } from '../sources/onsSpreadsheets.js';
import { emptyArea, finishEdition, indicatorId, setValue, type BuildOptions, type IndicatorPlan } from './common.js';
import { applyHomeOwnership, applyKs4Destinations, applyLaitIndicators, applyLivingWage, setMissingIndicators } from './indicators.js';
import { OPEN_2016_SOURCES } from './sources.js';

export const OPEN_2016_ID: EditionId = 'open-2016';

export async function buildOpen2016(dataDir: string, options: BuildOptions): Promise<Edition> {
  const areas: EditionArea[] = loadGeography2016(dataDir).map(emptyArea);
  const plans: IndicatorPlan[] = [];

  // LAIT: 1, 2, 4, 6, 8, 9, 10 from the 2016 upper-tier authority, in 2016 (HE entry in 2015/16).
  plans.push(
    ...(await applyLaitIndicators(dataDir, areas, '2016', options.smallAreaAdjustment, ({ measure }) =>
      measure === 'HE_19_FSM' ? { year: '2015-16', detail: ' (entry in 2015/16)' } : { year: '2016' },
    )),
  );

  // Small-area adjustment of 4, 6, 9 and 10: the earliest KS2 period and GCSE 2016/17.
  const adjustmentNote = adjustSmallAreas(dataDir, areas, options.smallAreaAdjustment, { ks2: elsEarliestPeriod, gcse: () => '2016-09-01/P1Y' });

  // 7: KS4 destinations 2015/16, all pupils by school location.
  plans.push(applyKs4Destinations(dataDir, areas, '201516'));

  // 12 and 13: ONS affordability 2018 edition, sheets 5b and 5c, 2016 (nearest year if suppressed).
  {
    const { earnings, ratio } = readAffordability2018(dataDir);
    const specs: Array<[number, YearTable, string, string]> = [
      [12, earnings, `sheet ${AFFORDABILITY_EARNINGS_SHEET}: median gross annual residence-based earnings (£)`, 'Median gross annual (not weekly) pay of employees living in the district (ASHE); the ranking is the same in kind as for weekly pay.'],
      [13, ratio, `sheet ${AFFORDABILITY_RATIO_SHEET}: median house price ÷ median gross annual residence-based earnings`, 'Ratio of the median house price (year ending September) to the median annual earnings of residents (lower is better).'],
    ];
    for (const [number, table, measure, note] of specs) {
      const plan: IndicatorPlan = { number, level: 'exact', year: '2016', source: 'ons-affordability-2018', measure, note: `${note} Where 2016 is suppressed the nearest year (2015, else 2017) is used and flagged.` };
      plans.push(plan);
      const id = indicatorId(number);
      for (const area of areas) {
        const years = table.byCode.get(area.code);
        let value = years?.get(2016) ?? null;
        let carriedFromYear: string | undefined;
        if (value === null) {
          for (const fallback of [2015, 2017]) {
            const candidate = years?.get(fallback) ?? null;
            if (candidate !== null) {
              value = candidate;
              carriedFromYear = String(fallback);
              break;
            }
          }
        }
        setValue(area, id, value, {
          level: 'exact',
          year: '2016',
          source: 'ons-affordability-2018',
          measure,
          carriedFromYear,
          note: carriedFromYear !== undefined ? `The 2016 value is suppressed in the source; the ${carriedFromYear} value is used.` : value === null ? 'Suppressed in the source in 2015–2017.' : undefined,
        });
      }
    }
  }

  // 15: LWF table 7 (2022), by workplace; a district merged by 2022 takes its successor's value.
  const codes2021 = new Map(readDistricts2016(dataDir).map((d) => [d.code, d.lad21cd]));
  plans.push(
    applyLivingWage(
      dataDir,
      areas,
      'proxy',
      'Proxy in time: no 2016 table is available, so the 2022 (provisional) figures are used; jobs by workplace. A district merged by 2022 takes its 2022 council\'s value; values with CV > 20% are suppressed in the source and missing here.',
      'Jobs paid below the Living Wage in 2022 — stand-in for 2016',
      (lwf, area) => {
        const code2022 = codes2021.get(area.code) ?? area.code;
        const row = lwf.get(code2022);
        const notes: string[] = [];
        if (code2022 !== area.code) notes.push(`Merged by 2022: the value of its 2022 council ${row?.name ?? code2022} (${code2022}).`);
        if (row === undefined) notes.push(`No row for ${code2022} in the source.`);
        return { row, notes };
      },
    ),
  );

  // 16: Census 2011 owned households ÷ all households, each district by itself.
  plans.push(applyHomeOwnership(dataDir, areas));

  plans.push(...setMissingIndicators(areas));

  const entry = editionEntry(OPEN_2016_ID);
  return finishEdition({
    id: OPEN_2016_ID,
    label: entry.label,
    description: entry.description + adjustmentNote,
    areas,
    plans,
    sourceIds: OPEN_2016_SOURCES,
  });
}
