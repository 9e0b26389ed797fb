import { sum } from './sum.js';

/**
 * Weighted arithmetic mean: x̄_w = Σ wᵢ xᵢ / Σ wᵢ (both sums compensated, see {@link sum}).
 *
 * Weights must be finite and ≥ 0 (a RangeError otherwise, and for mismatched lengths). Returns
 * null when the total weight is 0 (including the empty input).
 *
 * @example
 * // (1·2 + 3·6) / (1 + 3) = 20 / 4 = 5
 * weightedMean([2, 6], [1, 3]); // 5
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  const n = checkWeights('weightedMean', values, weights);
  const products = new Float64Array(n);
  for (let i = 0; i < n; i++) products[i] = (weights[i] as number) * (values[i] as number);
  const total = sum(weights);
  return total === 0 ? null : sum(products) / total;
}

/** Shared argument check of the weighted means; returns n. @internal */
export function checkWeights(name: string, values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const n = values.length;
  if (weights.length !== n) throw new RangeError(`${name}: ${weights.length} weights for ${n} values`);
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`${name}: weights must be finite and ≥ 0 (got ${w})`);
  }
  return n;
}
