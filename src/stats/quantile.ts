import { sortedAscending } from './sorted.js';

/**
 * Sample quantile by linear interpolation between order statistics (Hyndman & Fan type 7, the
 * default of R's `quantile` and of NumPy's `percentile`).
 *
 * Formula: sort the values x₍₁₎ ≤ … ≤ x₍ₙ₎; h = (n − 1)·p; with j = ⌊h⌋,
 *   Q(p) = x₍ⱼ₊₁₎ + (h − j)·(x₍ⱼ₊₂₎ − x₍ⱼ₊₁₎).
 *
 * Returns null for an empty input; throws a RangeError if p is not in [0, 1].
 *
 * @example
 * // sorted 1, 2, 4, 10; h = 3·0.25 = 0.75; Q = 1 + 0.75·(2 − 1) = 1.75
 * quantile([10, 1, 4, 2], 0.25); // 1.75
 */
export function quantile(values: ArrayLike<number>, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be between 0 and 1 (got ${p})`);
  if (values.length === 0) return null;
  return quantileSorted(sortedAscending(values), p);
}

/**
 * {@link quantile} of values that are already sorted ascending (no copy, no check).
 *
 * @example
 * quantileSorted([1, 2, 4, 10], 0.5); // 2 + 0.5·(4 − 2) = 3
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const j = Math.floor(h);
  const lower = sorted[j] as number;
  if (j + 1 >= n) return lower;
  const upper = sorted[j + 1] as number;
  const fraction = h - j;
  return fraction === 0 ? lower : lower + fraction * (upper - lower);
}
