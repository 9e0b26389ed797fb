/**
 * The method of a composite index, as data. A method description is plain JSON: the engine
 * executes whatever description it is given, so a re-weighting or a what-if is just another
 * description. The JSON Schema-like validation lives in `schema.ts`.
 */

/** Whether a higher or a lower raw value is better for disadvantaged young people. */
export type Direction = 'higher' | 'lower';

/**
 * How raw indicator values are put on a common scale (computed over the ranked areas only):
 * - `zscore`: (x − mean) / sample standard deviation;
 * - `minmax`: 100 × (x − min) / (max − min);
 * - `rank`: 100 × (r − 1) / (n − 1), r the average ascending rank of x among the n values.
 * In every case the sign is then oriented so that a higher score is better.
 */
export type Normalisation = 'zscore' | 'minmax' | 'rank';

/**
 * How normalised scores are combined into a stage score, and stage scores into the overall score:
 * - `mean`: weighted arithmetic mean;
 * - `geometric`: weighted geometric mean of the scores after shifting each component so that its
 *   lowest value over the ranked areas is 1 (geometric means need positive inputs).
 */
export type Aggregation = 'mean' | 'geometric';

/**
 * What happens when an area lacks some indicator values:
 * - `available`: a stage score is taken over the indicators present, if at least one is;
 *   an area with a whole stage missing is left unranked;
 * - `exclude`: an area missing any indicator that the dataset has for some area is left unranked.
 */
export type MissingRule = 'available' | 'exclude';

/**
 * How equal scores are ranked:
 * - `code`: ties are broken by area code (alphabetical), so ranks are always a permutation of 1..N
 *   and the number of hotspots and coldspots is exact;
 * - `shared`: equal scores share the best rank of the tied group ("1, 2, 2, 4").
 */
export type TieRule = 'code' | 'shared';

export interface StageDefinition {
  id: string;
  label: string;
  /** Relative weight of the stage in the overall score; weights are normalised to sum to 1. */
  weight: number;
}

export interface IndicatorDefinition {
  id: string;
  /** The indicator's number in the Commission's list (1–16), for people who know it by number. */
  number?: number;
  /** Short label, e.g. "FSM pupils reaching the expected standard at KS2". */
  label: string;
  /** Longer definition for profiles and the method page. */
  description?: string;
  stage: string;
  direction: Direction;
  /** Unit of the raw value: "%", "£ per week", "ratio", "points". */
  unit: string;
  /** Relative weight within its stage; weights are normalised over the indicators present. */
  weight: number;
}

export interface MethodDescription {
  /** Version of this description format. */
  format: 1;
  id: string;
  label: string;
  stages: StageDefinition[];
  indicators: IndicatorDefinition[];
  normalisation: Normalisation;
  aggregation: Aggregation;
  missing: MissingRule;
  /** Share of ranked areas that are hotspots (and, separately, coldspots): 0.2 = top and bottom 20%. */
  hotspotShare: number;
  ties: TieRule;
}
