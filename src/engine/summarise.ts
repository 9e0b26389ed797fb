/**
 * Summary statistics of the raw indicator values.
 */
import { extent } from '../stats/extent.js';
import { mean } from '../stats/mean.js';
import { median } from '../stats/median.js';
import { sampleStandardDeviation } from '../stats/sampleStandardDeviation.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';
import type { IndicatorSummary } from './types.js';

/** Summary of one column of values (no missing values): count, mean, sample SD (n − 1), min, max, median. */
export function summariseColumn(values: ArrayLike<number>): IndicatorSummary {
  const range = extent(values);
  return {
    count: values.length,
    mean: mean(values),
    sd: sampleStandardDeviation(values),
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
  const out: Record<string, IndicatorSummary> = {};
  prepared.values.forEach((column, i) => {
    const present: number[] = [];
    for (const c of selection.rankedAreas) {
      const x = column[c]!;
      if (!Number.isNaN(x)) present.push(x);
    }
    out[prepared.indicatorIds[i]!] = summariseColumn(present);
  });
  return out;
}
