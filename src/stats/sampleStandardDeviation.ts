import { sampleVariance } from './sampleVariance.js';

/**
 * Sample standard deviation (n − 1 in the denominator): s = √( Σ (xᵢ − x̄)² / (n − 1) ).
 *
 * Returns null for fewer than two values (undefined); returns 0 when all values are equal.
 *
 * @example
 * // variance of [1, 2, 3, 4, 5] is 10 / 4 = 2.5, so s = √2.5 ≈ 1.5811
 * sampleStandardDeviation([1, 2, 3, 4, 5]); // 1.5811388300841898
 * sampleStandardDeviation([7]); // null
 */
export function sampleStandardDeviation(values: ArrayLike<number>): number | null {
  const variance = sampleVariance(values);
  return variance === null ? null : Math.sqrt(variance);
}
