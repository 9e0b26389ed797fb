/**
 * Edition `open-2016`: 2015/16 data on the 324 districts of 2016, exactly as in the table of
 * ../shared/data/EDITIONS.md. Built from the publisher files only.
 */
import type { Edition, EditionArea } from '../../edition/types.js';
import { loadGeography2016, readDistricts2016 } from '../geography.js';
import { matchLaitNames, readLait, upperTierOf } from '../lait.js';
import { allPupilReference, applySmallAreaAdjustment, SMALL_AREA_SOURCES } from '../smallArea.js';
import { readCensusTenure } from '../sources/census.js';
import { elsEarliestPeriod, readEls } from '../sources/els.js';
import { notSustainedPct, readKs4Destinations } from '../sources/ks4.js';
import { AFFORDABILITY_EARNINGS_SHEET, AFFORDABILITY_RATIO_SHEET, LWF_COLUMN, LWF_SHEET, readAffordability2018, readLivingWage2022, type YearTable } from '../sources/onsSpreadsheets.js';
import { applyLaitIndicator, emptyArea, finishEdition, indicatorId, MISSING_NOTES, setMissing, setValue, type BuildOptions, type IndicatorPlan } from './common.js';
import { OPEN_2016_SOURCES } from './sources.js';

export const OPEN_2016_ID = 'open-2016';

/** LAIT measures of open-2016: indicator number → [measure, year, level]. */
const LAIT_2016: ReadonlyArray<[number, string, string, 'exact-county' | 'proxy-county', string]> = [
  [1, '3&4yr_Ofsted_rating', '2016', 'proxy-county', '% of funded 3- and 4-year-olds at providers rated good or outstanding (all providers, not only nurseries), upper tier'],
  [2, 'FSP_Gooddev_FSM', '2016', 'exact-county', '% of FSM children with a good level of development (EYFSP), upper tier'],
  [4, 'FSM_NEW_KS2_RWM', '2016', 'exact-county', '% of FSM pupils at the expected standard in reading, writing and maths at KS2, upper tier'],
  [6, 'FSM_AVG_Attain8_Score', '2016', 'exact-county', 'average Attainment 8 score of FSM pupils, upper tier'],
  [8, 'APSE_Alevel', '2016', 'proxy-county', 'average A-level point score per entry of all students (not only FSM), upper tier'],
  [9, 'Level3_FMS_Attain', '2016', 'exact-county', '% of FSM-at-15 young people qualified to Level 3 by 19, upper tier'],
  [10, 'HE_19_FSM', '2015-16', 'exact-county', '% of FSM-at-15 young people entering higher education by 19 (entry in 2015/16), upper tier'],
];

export async function buildOpen2016(dataDir: string, options: BuildOptions): Promise<Edition> {
  const geography = loadGeography2016(dataDir);
  const areas: EditionArea[] = geography.map(emptyArea);
  const plans: IndicatorPlan[] = [];

  // LAIT: 1, 2, 4, 6, 8, 9, 10 from the upper-tier authority.
  const lait = await readLait(dataDir, LAIT_2016.map(([, measure]) => measure));
  const mapping = matchLaitNames(upperTierOf(geography), lait.authorities.keys(), '2016');
  for (const [number, measure, year, level, what] of LAIT_2016) {
    const adjusted = options.smallAreaAdjustment && indicatorId(number) in SMALL_AREA_SOURCES;
    const plan: IndicatorPlan = {
      number,
      level,
      year,
      source: 'lait',
      measure,
      note: `LAIT ${measure} (${what}); districts inherit their county's value.${adjusted ? ' Districts of two-tier counties carry the level "estimated": the small-area adjustment scales the county FSM value by the district/county ratio of an all-pupil measure.' : ''}`,
    };
    plans.push(plan);
    applyLaitIndicator(areas, plan, lait, measure, year, mapping);
  }

  // Small-area adjustment of 4, 6, 9 and 10.
  let adjustmentNote = ' Small-area adjustment off: districts of two-tier counties carry their county\'s value for the FSM indicators.';
  if (options.smallAreaAdjustment) {
    const ks2 = readEls(dataDir, 'els-ks2-expected');
    const gcse = readEls(dataDir, 'els-gcse-english-maths');
    const references = {
      'els-ks2-expected': allPupilReference(ks2, 'els-ks2-expected', SMALL_AREA_SOURCES['fsm-ks2-rwm']!.measure, elsEarliestPeriod(ks2)),
      'els-gcse-english-maths': allPupilReference(gcse, 'els-gcse-english-maths', SMALL_AREA_SOURCES['fsm-attainment8']!.measure, '2016-09-01/P1Y'),
    };
    for (const [id, { sourceId }] of Object.entries(SMALL_AREA_SOURCES)) {
      applySmallAreaAdjustment(areas, id, references[sourceId as keyof typeof references]);
    }
    adjustmentNote = ` Small-area adjustment on: districts of two-tier counties get estimates from KS2 all-pupil results ${references['els-ks2-expected'].periodLabel} (indicator 4) and GCSE English and maths by 19 ${references['els-gcse-english-maths'].periodLabel} (6, 9 and 10).`;
  }

  // 7: KS4 destinations 2015/16, all pupils by school location.
  {
    const plan: IndicatorPlan = {
      number: 7,
      level: 'proxy',
      year: '2015/16',
      source: 'ks4-destinations',
      measure: 'all_notsust / cohort × 100 (time_period 201516, state-funded mainstream schools, breakdown Total)',
      note: 'Proxy: all pupils instead of FSM pupils, by school location instead of residence; % of the KS4 cohort not in a sustained destination (lower is better).',
    };
    plans.push(plan);
    const counts = readKs4Destinations(dataDir, '201516');
    const id = indicatorId(7);
    for (const area of areas) {
      const row = counts.get(area.code);
      const value = row === undefined ? null : notSustainedPct(row);
      setValue(area, id, value, { level: 'proxy', year: plan.year, source: plan.source!, measure: plan.measure, note: value === null ? 'No row or suppressed in the source.' : undefined });
    }
  }

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
  {
    const plan: IndicatorPlan = {
      number: 15,
      level: 'proxy',
      year: '2022',
      source: 'ons-lwf-2022',
      measure: `sheet ${LWF_SHEET}, column "${LWF_COLUMN}": % of employee jobs paid below the Living Wage Foundation rate (workplace)`,
      note: 'Proxy in time: no 2016 table is available, so the 2022 (provisional) figures are used; jobs by workplace. A district merged by 2022 takes its 2022 council\'s value; values with CV > 20% are suppressed in the source and missing here.',
    };
    plans.push(plan);
    const lwf = readLivingWage2022(dataDir);
    const codes2021 = new Map(readDistricts2016(dataDir).map((d) => [d.code, d.lad21cd]));
    const id = indicatorId(15);
    for (const area of areas) {
      const code2022 = codes2021.get(area.code) ?? area.code;
      const row = lwf.get(code2022);
      const notes: string[] = [];
      if (code2022 !== area.code) notes.push(`Merged by 2022: the value of its 2022 council ${row?.name ?? code2022} (${code2022}).`);
      if (row === undefined) notes.push(`No row for ${code2022} in the source.`);
      else if (row.percent === null) notes.push('Suppressed in the source (estimate unreliable).');
      setValue(area, id, row?.percent ?? null, { level: 'proxy', year: '2022', source: plan.source!, measure: plan.measure, note: notes.join(' ') || undefined });
    }
  }

  // 16: Census 2011 owned households ÷ all households.
  {
    const plan: IndicatorPlan = {
      number: 16,
      level: 'proxy',
      year: '2011',
      source: 'census-2011-qs405ew',
      measure: '"Tenure: Owned: Total" ÷ "Tenure: All categories" × 100 (households)',
      note: 'Proxy: all households instead of families with dependent children (Census 2011 QS405EW).',
    };
    plans.push(plan);
    const tenure = readCensusTenure(dataDir);
    const id = indicatorId(16);
    for (const area of areas) {
      const row = tenure.get(area.code);
      const value = row === undefined || row.all <= 0 ? null : (100 * row.owned) / row.all;
      setValue(area, id, value, { level: 'proxy', year: '2011', source: plan.source!, measure: plan.measure, note: row === undefined ? 'No row in the source.' : undefined });
    }
  }

  for (const [number, note] of Object.entries(MISSING_NOTES)) {
    const plan: IndicatorPlan = { number: Number(number), level: 'missing', year: '', source: null, measure: '', note };
    plans.push(plan);
    setMissing(areas, plan);
  }

  return finishEdition({
    id: OPEN_2016_ID,
    label: 'open-2016 (2016 districts)',
    description:
      'The Social Mobility Index rebuilt from open statistics for 2015/16 on the 324 English districts of 2016 (City of London and Isles of Scilly excluded). FSM measures are published for upper-tier authorities only, several indicators are proxies and four have no open source; every value carries its level and source.' +
      adjustmentNote,
    areas,
    plans,
    sourceIds: OPEN_2016_SOURCES,
  });
}
