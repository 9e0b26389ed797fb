import { averageRanksInto } from './averageRanks.js';
import { orderScratch, type OrderScratch } from './orderDescending.js';

/**
 * Percentile-rank scores on 0–100: yᵢ = 100 · (rᵢ − 1) / (n − 1), with rᵢ the ascending
 * `averageRanks` (ties share their average rank). The smallest value scores 0, the largest 100.
 *
 * Degenerate cases: n = 1 gives [50]; all-equal values all get rank (n + 1)/2 and so score 50.
 * The empty input gives []. Never −0 (rᵢ − 1 ≥ 0).
 *
 * @example
 * // ranks 2.5, 1, 4, 2.5 of n = 4: 100·1.5/3 = 50, 0, 100·3/3 = 100, 50
 * percentileRankScores([20, 10, 30, 20]); // [50, 0, 100, 50]
 */
export function percentileRankScores(values: ArrayLike<number>): number[] {
  const n = values.length;
  return Array.from(percentileRankScoresInto(values, n, new Float64Array(n), orderScratch(n)));
}

/**
 * The kernel of {@link percentileRankScores}: the scores of values[0..n) into out[0..n) (which
 * may be `values` itself); returns `out`.
 *
 * @example
 * percentileRankScoresInto([1, 2, 3], 3, new Float64Array(3), orderScratch(3)); // [0, 50, 100]
 */
export function percentileRankScoresInto(values: ArrayLike<number>, n: number, out: Float64Array, scratch: OrderScratch): Float64Array {
  if (n === 1) return out.fill(50, 0, 1);
  averageRanksInto(values, n, out, scratch);
  for (let i = 0; i < n; i++) out[i] = (100 * (out[i]! - 1)) / (n - 1);
  return out;
}
