import { averageRanks } from './averageRanks.js';

/**
 * Percentile-rank scores on 0–100: yᵢ = 100 · (rᵢ − 1) / (n − 1), with rᵢ the ascending
 * {@link averageRanks} (ties share their average rank). The smallest value scores 0, the largest 100.
 *
 * Degenerate cases: n = 1 gives [50]; all-equal values all get rank (n + 1)/2 and so score 50.
 * The empty input gives [].
 *
 * @example
 * // ranks 2.5, 1, 4, 2.5 of n = 4: 100·1.5/3 = 50, 0, 100·3/3 = 100, 50
 * percentileRankScores([20, 10, 30, 20]); // [50, 0, 100, 50]
 */
export function percentileRankScores(values: ArrayLike<number>): number[] {
  const n = values.length;
  if (n === 1) return [50];
  const ranks = averageRanks(values);
  for (let i = 0; i < n; i++) ranks[i] = (100 * ((ranks[i] as number) - 1)) / (n - 1);
  return ranks;
}
