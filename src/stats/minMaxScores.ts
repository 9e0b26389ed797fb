import { maximum, minimum } from './extent.js';

/**
 * Min–max scores on 0–100: yᵢ = 100 · (xᵢ − min) / (max − min).
 *
 * Degenerate spread: when every value is equal (including n = 1), every score is 50, the middle
 * of the scale. The empty input gives []. A score is never −0: the minimum scores +0 even when it
 * is a −0 and an equal +0 came first (−0 − 0 is −0).
 *
 * @example
 * // min 2, max 10, range 8: 100·0/8 = 0, 100·2/8 = 25, 100·8/8 = 100
 * minMaxScores([2, 4, 10]); // [0, 25, 100]
 * minMaxScores([3, 3]); // [50, 50]
 * minMaxScores([0, -0, 1]); // [0, 0, 100], not [0, −0, 100]
 */
export function minMaxScores(values: ArrayLike<number>): number[] {
  return Array.from(minMaxScoresInto(values, values.length, new Float64Array(values.length)));
}

/**
 * The kernel of {@link minMaxScores}: the scores of values[0..n) into out[0..n) (which may be
 * `values` itself); returns `out`.
 *
 * @example
 * minMaxScoresInto([2, 4, 10, -50], 3, new Float64Array(3)); // [0, 25, 100]: the first three only
 */
export function minMaxScoresInto(values: ArrayLike<number>, n: number, out: Float64Array): Float64Array {
  const lo = minimum(values, 0, n);
  const width = maximum(values, 0, n) - lo;
  if (!(width > 0)) return out.fill(50, 0, n);
  // (x − min) / width first, so the maximum maps to exactly 100 and nothing exceeds it; + 0 turns −0 into +0
  for (let i = 0; i < n; i++) out[i] = 100 * (((values[i] as number) - lo) / width) + 0;
  return out;
}
