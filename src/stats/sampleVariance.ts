import { mean } from './mean.js';
import { roundingError } from './sum.js';

/**
 * Sample variance (Bessel-corrected): s² = Σ (xᵢ − x̄)² / (n − 1), computed in two passes
 * (the {@link mean} first, then the squared deviations, summed with compensation).
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
 * The kernel of {@link sampleVariance}: Σ (xᵢ − m)² over values[from..to) (by default all of
 * them), compensated: exactly `sum` of the squares (same terms, same order), without building the
 * array of squares.
 *
 * @example
 * // deviations from 3: −2, −1, 0, 1, 2 → 4 + 1 + 0 + 1 + 4
 * sumOfSquaredDeviations([1, 2, 3, 4, 5], 3); // 10
 */
export function sumOfSquaredDeviations(values: ArrayLike<number>, m: number, from = 0, to = values.length): number {
  let s = 0;
  let c = 0;
  for (let i = from; i < to; i++) {
    const d = (values[i] as number) - m;
    const x = d * d;
    const t = s + x;
    c += roundingError(s, x, t);
    s = t;
  }
  return s + c;
}
