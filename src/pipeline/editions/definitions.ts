/**
 * The open editions as data (see ./spec.ts): `open-2016` on the 324 districts of 2016, and the
 * yearly series on the 294 councils of 2025, whose year 2025 is `open-latest`. Every `contract`
 * field is the wording of ../shared/data/EDITIONS.md, compared with the file by
 * test/pipeline/editionSpecs.test.ts.
 */
import type { EditionDefinition, IndicatorSpec, SourceSpec } from './spec.js';

const LAIT = (measure: string, what: string): SourceSpec => ({ kind: 'lait', sourceIds: ['lait'], measure, what });
const MISSING: SourceSpec = { kind: 'missing', sourceIds: [] };
const KS4: SourceSpec = { kind: 'ks4', sourceIds: ['ks4-destinations'] };
const LWF: SourceSpec = { kind: 'living-wage', sourceIds: ['ons-lwf-2022'] };
const OCCUPATION: SourceSpec = { kind: 'occupation', sourceIds: ['census-2011-ks608ew', 'census-2021-ts063'] };
const TENURE: SourceSpec = { kind: 'tenure', sourceIds: ['census-2011-qs405ew', 'census-2021-ts054'] };

const OFSTED_WHAT = '% of funded 3- and 4-year-olds at providers rated good or outstanding (all providers, not only nurseries)';
const OFSTED_LABEL = '3- and 4-year-olds at good or outstanding providers — stand-in for nursery providers';
const EYFS_WHAT = '% of FSM children with a good level of development (EYFSP)';
const KS2_WHAT = '% of FSM pupils at the expected standard in reading, writing and maths at KS2';
const A8_WHAT = 'average Attainment 8 score of FSM pupils';
const ALEVEL_WHAT = 'average A-level point score per entry of all students (not only FSM)';
const ALEVEL_LABEL = 'A-level point score per entry of all students — stand-in for FSM students';
const L3_WHAT = '% of FSM-at-15 young people qualified to Level 3 by 19';
const HE_WHAT = '% of FSM-at-15 young people entering higher education by 19';
const KS4_NOTE = 'Proxy: all pupils instead of FSM pupils, by school location instead of residence; % of the KS4 cohort not in a sustained destination (lower is better).';
const KS4_LABEL = 'All pupils not in a sustained destination after KS4 — stand-in for FSM pupils';
const TENURE_LABEL = 'Households who own their home — stand-in for families with children';

/** Why the indicators without an open source are missing. */
export const MISSING_NOTES: Readonly<Record<number, string>> = {
  3: 'No open source gives the share of FSM pupils at good or outstanding primary schools by district (a stand-in from the DfE school places scorecards was tried and lowered the agreement with the published ranks; see sources/SOURCES.md); the indicator is left out of its stage.',
  5: 'No open source gives the share of FSM pupils at good or outstanding secondary schools by district (a stand-in from the DfE school places scorecards was tried and lowered the agreement with the published ranks; see sources/SOURCES.md); the indicator is left out of its stage.',
  11: 'No open source gives entry to selective universities of FSM young people for 2015/16; the indicator is left out of its stage.',
};

const missing = (number: number, contract?: IndicatorSpec['contract']): IndicatorSpec => ({
  number, source: MISSING, year: { kind: 'year' }, area: null, suppressed: 'missing', level: 'missing', note: MISSING_NOTES[number]!, ...(contract ? { contract } : {}),
});

const MISSING_2016_ROW = { source: '—', measure: '—', year: '—', level: 'missing' };

/** `open-2016`: the table of EDITIONS.md, "Edition open-2016". */
export const OPEN_2016: EditionDefinition = {
  geography: '2016',
  specs: [
    { number: 1, source: LAIT('3&4yr_Ofsted_rating', OFSTED_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'proxy-county', note: '', label: OFSTED_LABEL,
      contract: { source: '`lait_upper_tier/lait_bds_long_0.parquet`', measure: '`3&4yr_Ofsted_rating` (% of funded 3–4-year-olds at good/outstanding providers)', year: '2016', level: 'proxy-county' } },
    { number: 2, source: LAIT('FSP_Gooddev_FSM', EYFS_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '',
      contract: { source: 'same', measure: '`FSP_Gooddev_FSM`', year: '2016', level: 'exact-county' } },
    missing(3, MISSING_2016_ROW),
    { number: 4, source: LAIT('FSM_NEW_KS2_RWM', KS2_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '',
      contract: { source: 'same', measure: '`FSM_NEW_KS2_RWM`', year: '2016', level: 'exact-county' } },
    missing(5, MISSING_2016_ROW),
    { number: 6, source: LAIT('FSM_AVG_Attain8_Score', A8_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '',
      contract: { source: 'same', measure: '`FSM_AVG_Attain8_Score`', year: '2016', level: 'exact-county' } },
    { number: 7, source: KS4, year: { kind: 'year' }, area: 'sum-districts', suppressed: 'missing', level: 'proxy', note: KS4_NOTE, label: KS4_LABEL,
      contract: { source: '`ks4_destinations/dfe_ks4_dm_lad_provider_location_total_201516-202223.csv`', measure: '`all_notsust / cohort`, all pupils, by school location (lower is better)', year: '201516', level: 'proxy' } },
    { number: 8, source: LAIT('APSE_Alevel', ALEVEL_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'proxy-county', note: '', label: ALEVEL_LABEL,
      contract: { source: 'LAIT parquet', measure: '`APSE_Alevel` (all A-level students)', year: '2016', level: 'proxy-county' } },
    { number: 9, source: LAIT('Level3_FMS_Attain', L3_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '',
      contract: { source: 'same', measure: '`Level3_FMS_Attain`', year: '2016', level: 'exact-county' } },
    { number: 10, source: LAIT('HE_19_FSM', HE_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '',
      contract: { source: 'same', measure: '`HE_19_FSM`', year: '2015-16', level: 'exact-county' } },
    missing(11, MISSING_2016_ROW),
    { number: 12, source: { kind: 'weekly-pay-2016', sourceIds: ['els-weekly-pay', 'ons-ashe-table8-2017'] }, year: { kind: 'year' }, area: 'back-cast-2017', suppressed: 'median-either-side', level: 'exact',
      note: 'ASHE median gross weekly pay of employees living in the district (Table 8), April 2016: the ONS series on current codes; the 41 districts merged since 2019, which it lacks, are back-cast from the April 2017 table as median ÷ (1 + % change ÷ 100).',
      contract: { source: '`lad_pay_ashe/els_gross-median-weekly-pay.csv`, period 2016 (283 districts); for the 41 districts merged since 2019, which that series lacks, `lad_pay_ashe/ons_ashe_table8_1a_weekly_gross_2017.xls` sheet `All`: April 2017 median ÷ (1 + its published % change ÷ 100)', measure: 'median gross **weekly** pay of residents (ASHE Table 8)', year: 'April 2016', level: 'exact (the 41: exact, back-cast from the 2017 table, say so in the note)' } },
    { number: 13, source: { kind: 'affordability-2018', sourceIds: ['ons-affordability-2018'] }, year: { kind: 'year' }, area: null, suppressed: 'median-either-side', level: 'exact',
      note: 'Ratio of the median house price (year ending September) to the median annual earnings of residents (lower is better).',
      contract: { source: '`lad_affordability/ons_affordability_2018edition_2002-2018_nktaylor.xls`, sheet `5c`', measure: 'median house price ÷ median residence-based earnings', year: '2016', level: 'exact' } },
    { number: 14, source: OCCUPATION, year: { kind: 'census' }, area: 'sum-districts', suppressed: 'missing', level: 'proxy',
      note: 'Census 2011 KS608EW: residents aged 16–74 in employment in SOC 2010 major groups 1 (managers, directors and senior officials) and 2 (professional occupations); proxy in time (the Census of 2011 instead of the Annual Population Survey around 2016).',
      label: 'Residents in managerial and professional jobs (Census 2011) — stand-in for 2016',
      contract: { source: '`census_occupation/census2011_ks608ew_occupation_lad.csv`', measure: '(SOC 2010 groups 1 + 2) ÷ all residents aged 16–74 in employment', year: '2011', level: 'proxy (Census 2011 instead of the APS around 2016)' } },
    { number: 15, source: LWF, year: { kind: 'fixed', year: '2022', carried: false }, area: 'successor-2022', suppressed: 'missing', level: 'proxy',
      note: 'Proxy in time: no 2016 table is available, so the 2022 (provisional) figures are used; jobs by workplace. A district merged by 2022 takes its 2022 council\'s value; values with CV > 20% are suppressed in the source and missing here.',
      label: 'Jobs paid below the Living Wage in 2022 — stand-in for 2016',
      contract: { source: '`lad_living_wage/ons_lwf_table7_work_geography_2022prov.xls`, sheet `All`', measure: '% of employee jobs below the Living Wage Foundation rate, by workplace', year: '2022 (no 2016 table exists here)', level: 'proxy (year); a district merged by 2022 takes its successor council\'s value; about a fifth suppressed → missing' } },
    { number: 16, source: TENURE, year: { kind: 'census' }, area: 'sum-districts', suppressed: 'missing', level: 'proxy',
      note: 'Proxy: all households instead of families with dependent children (Census 2011 QS405EW).', label: TENURE_LABEL,
      contract: { source: '`home_ownership/census2011_qs405ew_tenure_households_lad.csv`', measure: 'owned households ÷ all households', year: '2011', level: 'proxy' } },
  ],
};

const ADJUSTED = 'small-area adjusted';
const ROW_9_10 = { numbers: '9, 10', source: `LAIT \`Level3_FMS_Attain\` \`Y\`; \`HE_19_FSM\` \`Y−1-Y\` (\`2015-16\` for 2016); ${ADJUSTED}`, year: 'to 2024; 2025 carried', level: 'exact-county / estimated', breaks: '—' };

/** The series on the 294 councils of 2025: the table of EDITIONS.md, "Series open-series". */
export const OPEN_SERIES: EditionDefinition = {
  geography: '2025',
  specs: [
    { number: 1, source: LAIT('3&4yr_Ofsted_rating', OFSTED_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'proxy-county', note: '', label: OFSTED_LABEL,
      contract: { numbers: '1', source: 'LAIT `3&4yr_Ofsted_rating`', year: '`Y` (2016–2024); 2025 carried from 2024', level: 'proxy-county', breaks: '—' } },
    { number: 2, source: LAIT('FSP_Gooddev_FSM', EYFS_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '',
      breaks: [{ from: 2022, text: 'EYFS profile reformed in 2021/22: values before and after are not comparable' }],
      contract: { numbers: '2', source: 'LAIT `FSP_Gooddev_FSM`', year: '`Y`; none in 2020 and 2021 (carried from 2019)', level: 'exact-county', breaks: 'EYFS profile reformed in 2021/22: values before and after are not comparable' } },
    missing(3),
    { number: 4, source: LAIT('FSM_NEW_KS2_RWM', KS2_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '',
      contract: { numbers: '4', source: `LAIT \`FSM_NEW_KS2_RWM\` (${ADJUSTED})`, year: '`Y`; none in 2020 and 2021 (carried from 2019)', level: 'exact-county / estimated', breaks: '—' } },
    missing(5),
    { number: 6, source: LAIT('FSM_AVG_Attain8_Score', A8_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '',
      breaks: [{ from: 2020, to: 2021, text: '2020 and 2021 are centre- and teacher-assessed grades' }],
      contract: { numbers: '6', source: `LAIT \`FSM_AVG_Attain8_Score\` (${ADJUSTED})`, year: '`Y`', level: 'exact-county / estimated', breaks: '2020 and 2021 are centre- and teacher-assessed grades' } },
    { number: 7, source: KS4, year: { kind: 'year' }, area: 'sum-districts', suppressed: 'missing', level: 'proxy', note: `${KS4_NOTE} A council not in the file under its own code sums the counts of the districts that formed it that year.`, label: KS4_LABEL,
      contract: { numbers: '7', source: '`ks4_destinations/…` `all_notsust / cohort`, counts summed over the districts that form the council', year: '`time_period` ending in Y (201516 for 2016 … 202223 for 2023); 2024–2025 carried from 2023', level: 'proxy', breaks: '—' } },
    { number: 8, source: LAIT('APSE_Alevel', ALEVEL_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'proxy-county', note: '', label: ALEVEL_LABEL,
      contract: { numbers: '8', source: 'LAIT `APSE_Alevel` (`2018 (Rev)` etc.)', year: '`Y`', level: 'proxy-county', breaks: '—' } },
    { number: 9, source: LAIT('Level3_FMS_Attain', L3_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '', contract: ROW_9_10 },
    { number: 10, source: LAIT('HE_19_FSM', HE_WHAT), year: { kind: 'year' }, area: 'upper-tier', suppressed: 'missing', level: 'exact-county', note: '', contract: ROW_9_10 },
    { number: 11, source: { kind: 'selective-he', sourceIds: ['dfe-wp-selective-he'] }, year: { kind: 'fixed', year: '2020/21', carried: true }, area: 'upper-tier-or-former-county', suppressed: 'missing', level: 'exact-county',
      note: '% of pupils eligible for FSM at 15 in 2020/21 who entered a high-tariff (selective) higher education provider by 19, upper tier; a council inherits the value of its upper tier, or of the county it was carved from. A single cohort: it ranks areas but never moves them.',
      contract: { numbers: '11', source: 'as `open-latest`', year: 'the one cohort, in every year (carried)', level: 'exact-county', breaks: 'a single year: it ranks areas but never moves them' } },
    { number: 12, source: { kind: 'els', sourceIds: ['els-weekly-pay'], measure: 'gross median weekly pay of employees by place of residence, £', intervals: true }, year: { kind: 'year' }, area: 'own-or-former-code', suppressed: 'missing', level: 'exact',
      note: 'ASHE median gross weekly pay of employees living in the council area, with its 95% confidence interval; suppressed estimates are missing. A recoded council published under its former code takes that row.',
      contract: { numbers: '12', source: '`lad_pay_ashe/els_gross-median-weekly-pay.csv`', year: 'April of Y', level: 'exact', breaks: '—' } },
    { number: 13, source: { kind: 'els', sourceIds: ['els-affordability'], measure: 'median house price ÷ median gross annual residence-based earnings', intervals: false }, year: { kind: 'year' }, area: 'own-or-former-code', suppressed: 'missing', level: 'exact',
      note: 'Ratio of the median house price to the median annual earnings of residents (lower is better).',
      contract: { numbers: '13', source: '`lad_affordability/els_housing-affordability-ratio.csv`', year: 'Y', level: 'exact', breaks: '—' } },
    { number: 14, source: OCCUPATION, year: { kind: 'census' }, area: 'sum-districts', suppressed: 'missing', level: 'proxy', levelFrom: { year: 2021, level: 'exact' },
      note: 'Residents in employment in major groups 1 (managers, directors and senior officials) and 2 (professional occupations): Census 2011 KS608EW (SOC 2010, aged 16–74, counts summed over the 2016 districts forming the council) to 2020, a proxy in time; Census 2021 TS063 (SOC 2020, aged 16+) from 2021, Barnsley and Sheffield under their former codes.',
      label: 'Residents in managerial and professional jobs (Census 2011) — stand-in for the year\'s own',
      breaks: [{ from: 2021, text: 'Occupations recoded from SOC 2010 to SOC 2020 in 2021: values before and after are not comparable' }],
      contract: { numbers: '14', source: 'Census 2011 (KS608EW, counts summed to 2025 councils) for 2016–2020; Census 2021 (TS063) for 2021–2025', year: 'as stated', level: 'proxy (2011) / exact (2021)', breaks: 'SOC 2010 → SOC 2020 in 2021' } },
    { number: 15, source: LWF, year: { kind: 'fixed', year: '2022', carried: true }, area: 'county-2022', suppressed: 'missing', level: 'exact',
      note: 'The latest open table (2022, provisional), jobs by workplace, in every year. Councils created in 2023 whose area is exactly a 2022 county take that county\'s row; values with CV > 20% are suppressed in the source and missing here.',
      contract: { numbers: '15', source: 'as `open-latest`', year: '2022, in every year (carried)', level: 'exact', breaks: 'a single year' } },
    { number: 16, source: TENURE, year: { kind: 'census' }, area: 'sum-districts', suppressed: 'missing', level: 'proxy',
      note: 'Proxy: all households instead of families with dependent children; Census 2011 QS405EW (summed over the 2016 districts forming the council) to 2020, Census 2021 TS054 (summed over the 2021 districts) from 2021. Shared ownership is not owned.', label: TENURE_LABEL,
      contract: { numbers: '16', source: 'Census 2011 (QS405EW, summed) for 2016–2020; Census 2021 (TS054) for 2021–2025', year: 'as stated', level: 'proxy', breaks: '—' } },
  ],
};

/**
 * Councils that did not exist in a year take, for a LAIT measure, the value of the authority that
 * then covered them (EDITIONS.md, "Councils that did not exist in year Y"), by LAIT name; several
 * predecessors are averaged.
 */
export const LAIT_PREDECESSORS: Readonly<Record<string, readonly string[]>> = {
  Cumberland: ['Cumbria'],
  'Westmorland and Furness': ['Cumbria'],
  'North Northamptonshire': ['Northamptonshire'],
  'West Northamptonshire': ['Northamptonshire'],
  Dorset: ['Dorset (Pre LG)'],
  'Bournemouth, Christchurch and Poole': ['Bournemouth (Pre LG)', 'Poole (Pre LG)'],
};
