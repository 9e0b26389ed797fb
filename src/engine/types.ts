/**
 * Inputs and outputs of the index engine. Everything here is plain, serialisable data.
 */
import type { MethodDescription } from '../method/types.js';

/** One area's raw indicator values, keyed by indicator id; `null` (or an absent key) = no value. */
export interface AreaInput {
  code: string;
  name: string;
  values: Record<string, number | null>;
}

import type { AreaClass } from '../method/vocabulary.js';

export type { AreaClass };

export interface IndicatorResult {
  /** The raw value, or null when the area has none. */
  value: number | null;
  /** The normalised score, oriented so that higher is better; null when the value is missing or the area is unranked. */
  score: number | null;
  /**
   * This indicator's part of its stage score: for `mean` aggregation w·s / Σw over the indicators present,
   * so a stage's contributions sum to its score; for `geometric`, the same on the log scale
   * (they sum to ln of the stage score).
   */
  stageContribution: number | null;
  /** This indicator's part of the overall score (stage share × stage contribution); they sum to the overall score (its log for `geometric`). */
  overallContribution: number | null;
  /**
   * Rank of the area's value among ranked areas that have one (1 = best by the indicator's
   * direction); equal values share the best rank of their group, whatever the method's tie rule.
   */
  rank: number | null;
  /** Number of ranked areas with a value for this indicator (the denominator of `rank`). */
  rankOf: number | null;
  /** How many other ranked areas have exactly this value, and so share the rank (0: none). */
  tiedWith: number | null;
}

export interface StageResult {
  score: number | null;
  /** 1 = best among ranked areas. */
  rank: number | null;
  /** 1 = best 10% … 10 = worst 10%: ceil(10 × rank / N). */
  decile: number | null;
  /** Ids of the indicators that entered the stage score. */
  indicatorsUsed: string[];
}

export interface OverallResult {
  score: number | null;
  rank: number | null;
  decile: number | null;
  class: AreaClass | null;
}

export interface AreaResult {
  code: string;
  name: string;
  ranked: boolean;
  /** Why an area is unranked, in a sentence ("no value in the Youth stage"). */
  unrankedReason: string | null;
  indicators: Record<string, IndicatorResult>;
  stages: Record<string, StageResult>;
  overall: OverallResult;
}

/** Summary statistics of one indicator over the ranked areas with a value. */
export interface IndicatorSummary {
  count: number;
  mean: number | null;
  /** Sample standard deviation (n − 1). */
  sd: number | null;
  min: number | null;
  max: number | null;
  median: number | null;
}

export interface IndexResult {
  method: MethodDescription;
  /** Number of ranked areas. */
  rankedCount: number;
  /** round(hotspotShare × rankedCount): the number of hotspots and of coldspots. */
  hotspotCount: number;
  /** Indicators left out of every stage: no value for any area, or no spread (every value equal). */
  absentIndicators: string[];
  /** Each absent indicator with the reason it is left out ("no spread: every area with a value has 50"). */
  leftOut: { indicator: string; reason: string }[];
  /** Stages with no indicator left: left out of the overall score. */
  absentStages: string[];
  /** Per-indicator statistics of the raw values over the ranked areas. */
  summaries: Record<string, IndicatorSummary>;
  /** One result per input area, in the input order. */
  areas: AreaResult[];
}
