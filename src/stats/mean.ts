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
  const n = values.length;
  if (n === 0) return null;
  let lo = values[0] as number;
  let hi = lo;
  for (let i = 1; i < n; i++) {
    const x = values[i] as number;
    if (x < lo) lo = x;
    else if (x > hi) hi = x;
  }
  const m = sum(values) / n;
  return m < lo ? lo : m > hi ? hi : m;
}
