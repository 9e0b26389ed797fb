import { mean } from './mean.js';
import { sumOfSquaredDeviations } from './sampleVariance.js';

/**
 * Standard scores: zᵢ = (xᵢ − x̄) / s, with x̄ the `mean` and s the `sampleStandardDeviation`
 * (n − 1) of the values.
 *
 * Degenerate spread: when s is 0 (all values equal) or undefined (n = 1), every score is 0 — each
 * value sits exactly at the mean, and 0 is the neutral score. The empty input gives [].
 * A score is never −0 (a −0 value at a mean of 0 would give one): a score of zero is always +0,
 * so that equal scores are equal under Object.is and in JSON alike.
 *
 * @example
 * // mean 3, s = √2.5 ≈ 1.5811: z = (1 − 3)/1.5811 ≈ −1.2649, …, (5 − 3)/1.5811 ≈ 1.2649
 * zScores([1, 2, 3, 4, 5]); // [-1.2649…, -0.6324…, 0, 0.6324…, 1.2649…]
 * zScores([4, 4]); // [0, 0]
 */
export function zScores(values: ArrayLike<number>): number[] {
  return Array.from(zScoresInto(values, values.length, new Float64Array(values.length)));
}

/**
 * The kernel of {@link zScores}: the z-scores of values[0..n) into out[0..n) (which may be
 * `values` itself); returns `out`.
 *
 * @example
 * zScoresInto([2, 8, 99], 2, new Float64Array(2)); // [−1/√2, 1/√2]: the first two values only
 */
export function zScoresInto(values: ArrayLike<number>, n: number, out: Float64Array): Float64Array {
  if (n < 2) return out.fill(0, 0, n);
  // the mean and the sample SD, as mean() and sampleStandardDeviation() compute them
  const m = mean(values, 0, n) as number;
  const s = Math.sqrt(sumOfSquaredDeviations(values, m, 0, n) / (n - 1));
  if (s === 0) return out.fill(0, 0, n);
  // + 0 turns the one possible −0, (−0 − 0) / s, into +0 and changes nothing else
  for (let i = 0; i < n; i++) out[i] = ((values[i] as number) - m) / s + 0;
  return out;
}
