import { checkWeights, weightedMean } from './weightedMean.js';

/**
 * Weighted geometric mean: G_w = exp( Σ wᵢ ln xᵢ / Σ wᵢ ), that is exp of the {@link weightedMean}
 * of the logarithms — which is how the engine's geometric aggregation computes it (it keeps the
 * weighted mean of the logs, see src/engine/aggregateStages.ts).
 *
 * Entries with weight 0 are skipped (so their value may be anything), and NaN values with their
 * weights (as {@link weightedMean}); every other value must be > 0 (a RangeError otherwise).
 * Weights must be finite and ≥ 0. Returns null when no entry of positive weight has a value.
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
    const x = values[i] as number;
    if ((weights[i] as number) === 0 || Number.isNaN(x)) logs[i] = NaN;
    else if (x > 0) logs[i] = Math.log(x);
    else throw new RangeError(`weightedGeometricMean: values must be > 0 (got ${x})`);
  }
  const m = weightedMean(logs, weights);
  return m === null ? null : Math.exp(m);
}
