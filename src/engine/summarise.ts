/**
 * Summary statistics of the raw indicator values.
 */
import { extent } from '../stats/extent.js';
import { mean } from '../stats/mean.js';
import { median } from '../stats/median.js';
import { sumOfSquaredDeviations } from '../stats/sampleVariance.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';
import type { IndicatorSummary } from './types.js';

/** Summary of one column of values (no missing values): count, mean, sample SD (n − 1), min, max, median. */
export function summariseColumn(values: ArrayLike<number>): IndicatorSummary {
  const n = values.length;
  const m = mean(values);
  const range = extent(values);
  return {
    count: n,
    mean: m,
    // the sample SD as sampleStandardDeviation computes it, reusing the mean
    sd: m === null || n < 2 ? null : Math.sqrt(sumOfSquaredDeviations(values, m) / (n - 1)),
    min: range === null ? null : range[0],
    max: range === null ? null : range[1],
    median: median(values),
  };
}

/**
 * Per indicator (keyed by id, in method order): the summary of its raw values over the ranked
 * areas that have one (canonical order). Absent indicators get count 0 and nulls.
 */
export function summarise(prepared: PreparedIndex, selection: RankedSelection): Record<string, IndicatorSummary> {
  const { values, indicatorIds } = prepared;
  const { rankedAreas } = selection;
  const present = new Float64Array(rankedAreas.length);
  const out: Record<string, IndicatorSummary> = {};
  for (let i = 0; i < values.length; i++) {
    const column = values[i]!;
    let count = 0;
    for (let r = 0; r < rankedAreas.length; r++) {
      const x = column[rankedAreas[r]!]!;
      if (!Number.isNaN(x)) present[count++] = x;
    }
    out[indicatorIds[i]!] = summariseColumn(present.subarray(0, count));
  }
  return out;
}
