import { mean } from './mean.js';

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

/**
 * Σ (xᵢ − m)², compensated: exactly {@link sum} of the squares (same terms, same order), without
 * building the array of squares. Shared with zScores so that the mean is computed once. @internal
 */
export function sumOfSquaredDeviations(values: ArrayLike<number>, m: number): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] as number) - m;
    const x = d * d;
    // Neumaier's step, as in sum()
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) c += (s - t) + x;
    else c += (x - t) + s;
    s = t;
  }
  return s + c;
}
