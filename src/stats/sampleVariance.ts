import { mean } from './mean.js';
import { sum } from './sum.js';

/**
 * Sample variance (Bessel-corrected): s² = Σ (xᵢ − x̄)² / (n − 1), computed in two passes
 * (mean first, then the squared deviations) with the compensated {@link sum}.
 *
 * Returns null for fewer than two values (the sample variance is undefined).
 *
 * @example
 * // mean 3; deviations −2, −1, 0, 1, 2; squares 4 + 1 + 0 + 1 + 4 = 10; 10 / 4 = 2.5
 * sampleVariance([1, 2, 3, 4, 5]); // 2.5
 */
export function sampleVariance(values: ArrayLike<number>): number | null {
  if (values.length < 2) return null;
  return sumOfSquaredDeviations(values, mean(values) as number) / (values.length - 1);
}

/** Σ (xᵢ − m)², compensated; shared with zScores so that the mean is computed once. @internal */
export function sumOfSquaredDeviations(values: ArrayLike<number>, m: number): number {
  const n = values.length;
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    squares[i] = d * d;
  }
  return sum(squares);
}
