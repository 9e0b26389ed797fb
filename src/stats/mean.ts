import { extent } from './extent.js';
import { sum } from './sum.js';

/**
 * Arithmetic mean: x̄ = (Σ xᵢ) / n, with the compensated {@link sum}.
 *
 * The result is clamped to [min, max], which it can only leave by rounding: so the mean of equal
 * values is exactly that value (e.g. three 0.1s give 0.1, not 0.10000000000000002), and the
 * deviations from it are exactly 0.
 *
 * Returns null for an empty input (the mean is undefined).
 *
 * @example
 * mean([1, 2, 3, 6]); // (1 + 2 + 3 + 6) / 4 = 3
 * mean([]); // null
 */
export function mean(values: ArrayLike<number>): number | null {
  const range = extent(values);
  if (range === null) return null;
  const [lo, hi] = range;
  const m = sum(values) / values.length;
  return m < lo ? lo : m > hi ? hi : m;
}
