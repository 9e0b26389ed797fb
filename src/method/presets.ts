/**
 * The two published versions of the Social Mobility Index as method descriptions.
 * Sixteen indicators in four life stages; each stage weighs 1/4 of the overall score and each
 * indicator weighs equally within its stage (see ../shared/data/EDITIONS.md). The 2016 and 2017
 * versions differ only in the attainment measures behind indicators 4 and 6 (KS2 level 4 and
 * 5 A*–C GCSEs in 2016; the new KS2 expected standard and Attainment 8 in 2017); the indicator
 * ids are the same so that one dataset can be run under either.
 */
import type { IndicatorDefinition, MethodDescription, StageDefinition } from './types.js';

export const STAGES: readonly StageDefinition[] = [
  { id: 'early-years', label: 'Early years', weight: 1 },
  { id: 'school', label: 'School', weight: 1 },
  { id: 'youth', label: 'Youth', weight: 1 },
  { id: 'adulthood', label: 'Adulthood', weight: 1 },
];

const INDICATORS_2017: readonly IndicatorDefinition[] = [
  { id: 'ey-providers-good', number: 1, stage: 'early-years', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'Nursery providers rated good or outstanding',
    description: 'Percentage of nursery and early-years providers rated good or outstanding by Ofsted.' },
  { id: 'ey-fsm-good-development', number: 2, stage: 'early-years', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'FSM children with a good level of development',
    description: 'Percentage of children eligible for free school meals achieving a good level of development at the end of reception (EYFS profile).' },
  { id: 'fsm-primary-good', number: 3, stage: 'school', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'FSM pupils at good or outstanding primaries',
    description: 'Percentage of FSM-eligible pupils attending a primary school rated good or outstanding by Ofsted.' },
  { id: 'fsm-ks2-rwm', number: 4, stage: 'school', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'FSM pupils at the expected standard at KS2',
    description: 'Percentage of disadvantaged (FSM) pupils reaching the expected standard in reading, writing and maths at the end of key stage 2.' },
  { id: 'fsm-secondary-good', number: 5, stage: 'school', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'FSM pupils at good or outstanding secondaries',
    description: 'Percentage of FSM-eligible pupils attending a secondary school rated good or outstanding by Ofsted.' },
  { id: 'fsm-attainment8', number: 6, stage: 'school', direction: 'higher', unit: 'points', domain: 'non-negative', weight: 1,
    label: 'Attainment 8 score of FSM pupils',
    description: 'Average Attainment 8 score of disadvantaged (FSM) pupils at the end of key stage 4.' },
  { id: 'fsm-not-sustained', number: 7, stage: 'youth', direction: 'lower', unit: '%', domain: 'percentage', weight: 1,
    label: 'FSM young people not in a sustained destination after KS4',
    description: 'Percentage of FSM young people not in education, employment or training (not in a sustained destination) after key stage 4. Lower is better.' },
  { id: 'fsm-alevel-aps', number: 8, stage: 'youth', direction: 'higher', unit: 'points', domain: 'non-negative', weight: 1,
    label: 'A-level point score per entry of FSM students',
    description: 'Average A-level point score per entry of young people who were eligible for free school meals at 15.' },
  { id: 'fsm-level3-19', number: 9, stage: 'youth', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'FSM young people with 2+ A levels or equivalent by 19',
    description: 'Percentage of young people eligible for FSM at 15 achieving two or more A levels or equivalent (Level 3) by age 19.' },
  { id: 'fsm-he-19', number: 10, stage: 'youth', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'FSM young people entering higher education by 19',
    description: 'Percentage of young people eligible for FSM at 15 entering higher education by age 19.' },
  { id: 'fsm-selective-he', number: 11, stage: 'youth', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'FSM young people entering a selective university',
    description: 'Percentage of young people eligible for FSM at 15 entering a selective (top-third) university by age 19.' },
  { id: 'median-pay', number: 12, stage: 'adulthood', direction: 'higher', unit: '£', domain: 'positive', weight: 1,
    label: 'Median pay of residents',
    description: 'Median weekly pay of employees who live in the area.' },
  { id: 'house-price-to-pay', number: 13, stage: 'adulthood', direction: 'lower', unit: 'ratio', domain: 'positive', weight: 1,
    label: 'House prices relative to pay',
    description: 'Median house price divided by the median annual pay of residents. Lower is better.' },
  { id: 'professional-jobs', number: 14, stage: 'adulthood', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'Residents in managerial and professional jobs',
    description: 'Percentage of residents in managerial and professional occupations (SOC 1–2).' },
  { id: 'below-living-wage', number: 15, stage: 'adulthood', direction: 'lower', unit: '%', domain: 'percentage', weight: 1,
    label: 'Jobs paid below the Living Wage',
    description: 'Percentage of jobs paid below the voluntary (real) Living Wage. Lower is better.' },
  { id: 'family-home-ownership', number: 16, stage: 'adulthood', direction: 'higher', unit: '%', domain: 'percentage', weight: 1,
    label: 'Families with children who own their home',
    description: 'Percentage of families with dependent children who own their home.' },
];

function relabel(
  indicators: readonly IndicatorDefinition[],
  changes: Record<string, Partial<Pick<IndicatorDefinition, 'label' | 'description' | 'unit' | 'domain'>>>,
): IndicatorDefinition[] {
  return indicators.map((indicator) => ({ ...indicator, ...(changes[indicator.id] ?? {}) }));
}

const COMMON = {
  format: 1,
  normalisation: 'zscore',
  aggregation: 'mean',
  missing: 'available',
  hotspotShare: 0.2,
  ties: 'code',
} as const;

export const SMI_2017: MethodDescription = {
  ...COMMON,
  id: 'smi-2017',
  label: 'Social Mobility Index 2017 (State of the Nation 2017)',
  stages: STAGES.map((stage) => ({ ...stage })),
  indicators: INDICATORS_2017.map((indicator) => ({ ...indicator })),
};

export const SMI_2016: MethodDescription = {
  ...COMMON,
  id: 'smi-2016',
  label: 'Social Mobility Index 2016 (first edition)',
  stages: STAGES.map((stage) => ({ ...stage })),
  indicators: relabel(INDICATORS_2017, {
    'fsm-ks2-rwm': {
      label: 'FSM pupils at level 4 at KS2',
      description: 'Percentage of FSM-eligible pupils achieving level 4 or above in reading, writing and maths at the end of key stage 2.',
    },
    'fsm-attainment8': {
      label: 'FSM pupils with 5 good GCSEs',
      unit: '%',
      domain: 'percentage',
      description: 'Percentage of FSM-eligible pupils achieving five or more GCSEs at A*–C including English and maths.',
    },
  }),
};

export const PRESETS: Readonly<Record<string, MethodDescription>> = {
  'smi-2017': SMI_2017,
  'smi-2016': SMI_2016,
};

/** A deep copy of a preset, so callers can change it without touching the original; undefined for any other name ("constructor" too). */
export function presetMethod(id: string): MethodDescription | undefined {
  return Object.hasOwn(PRESETS, id) ? structuredClone(PRESETS[id]) : undefined;
}
