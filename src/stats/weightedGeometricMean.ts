import { sum } from './sum.js';
import { checkWeights } from './weightedMean.js';

/**
 * Weighted geometric mean: G_w = exp( Σ wᵢ ln xᵢ / Σ wᵢ ).
 *
 * Entries with weight 0 are skipped (so their value may be anything); every other value must be
 * > 0 (a RangeError otherwise). Weights must be finite and ≥ 0. Returns null when the total weight
 * is 0 (including the empty input).
 *
 * @example
 * // exp((1·ln 2 + 1·ln 8) / 2) = exp(ln 16 / 2) = √16 = 4
 * weightedGeometricMean([2, 8], [1, 1]); // 4 (up to rounding)
 * // exp((3·ln 1 + 1·ln 16) / 4) = 16^(1/4) = 2
 * weightedGeometricMean([1, 16], [3, 1]); // 2 (up to rounding)
 */
export function weightedGeometricMean(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  const n = checkWeights('weightedGeometricMean', values, weights);
  const logs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (w === 0) continue;
    const x = values[i] as number;
    if (!(x > 0)) throw new RangeError(`weightedGeometricMean: values must be > 0 (got ${x})`);
    logs[i] = w * Math.log(x);
  }
  const total = sum(weights);
  return total === 0 ? null : Math.exp(sum(logs) / total);
}
