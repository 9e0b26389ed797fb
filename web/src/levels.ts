/**
 * What each data level means, in plain words (README, "Levels"): how close a value is to the
 * Commission's own measure. Shown as badges on the area page and explained on the method page.
 */
import type { Level } from './types.js';

export interface LevelInfo {
  label: string;
  explanation: string;
  /** True when the value is a stand-in for the Commission's measure. */
  standIn: boolean;
}

export const LEVELS: Record<Level, LevelInfo> = {
  exact: { label: 'Exact', explanation: "The Commission's measure, for this area.", standIn: false },
  'exact-county': {
    label: 'County value',
    explanation: "The Commission's measure, published only for the county or unitary authority: every district of a county gets the county's value.",
    standIn: true,
  },
  estimated: {
    label: 'Estimated',
    explanation: "The county's value adjusted to the district by its all-pupil results relative to the county's (the small-area adjustment).",
    standIn: true,
  },
  proxy: {
    label: 'Stand-in',
    explanation: 'A related measure for this area (for example all pupils instead of pupils eligible for free school meals, or another year).',
    standIn: true,
  },
  'proxy-county': {
    label: 'County stand-in',
    explanation: "A related measure, published only for the county: every district of a county gets the county's value.",
    standIn: true,
  },
  missing: { label: 'No data', explanation: 'No open source: the indicator is left out and its life stage is averaged over the indicators that remain.', standIn: true },
  supplied: { label: 'Supplied', explanation: 'A value from a dataset supplied by the user.', standIn: false },
};

export function levelInfo(level: string): LevelInfo {
  return (LEVELS as Record<string, LevelInfo | undefined>)[level] ?? { label: level, explanation: '', standIn: true };
}
