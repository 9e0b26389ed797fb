import { maximum, minimum } from './extent.js';
import { sum } from './sum.js';

/**
 * Arithmetic mean: x̄ = (Σ xᵢ) / n, with the compensated {@link sum}.
 *
 * The result is clamped to [min, max], which it can only leave by rounding: so the mean of equal
 * values is exactly that value (e.g. three 0.1s give 0.1, not 0.10000000000000002), and the
 * deviations from it are exactly 0.
 *
 * Takes the values in [from, to), by default all of them. Returns null for an empty input (the
 * mean is undefined).
 *
 * @example
 * mean([1, 2, 3, 6]); // (1 + 2 + 3 + 6) / 4 = 3
 * mean([1e16, 1, -1e16, 3]); // 4 / 4 = 1 (a naive sum gives 3 / 4)
 * mean([]); // null
 */
export function mean(values: ArrayLike<number>, from = 0, to = values.length): number | null {
  if (from >= to) return null;
  const m = sum(values, from, to) / (to - from);
  const lo = minimum(values, from, to);
  if (m < lo) return lo;
  const hi = maximum(values, from, to);
  return m > hi ? hi : m;
}
