import { selectInPlace } from './selectInPlace.js';

/**
 * Median: the middle value of the sorted values, or the mean of the two middle values when n is
 * even (the type-7 {@link quantile} at p = 0.5, to the last bit).
 *
 * Formula: with j = ⌊(n − 1)/2⌋ and x₍₁₎ ≤ … ≤ x₍ₙ₎, median = x₍ⱼ₊₁₎ for odd n and
 * x₍ⱼ₊₁₎ + ½ (x₍ⱼ₊₂₎ − x₍ⱼ₊₁₎) for even n. The order statistics are found by selection
 * ({@link selectInPlace}) on a copy, without sorting.
 *
 * Returns null for an empty input.
 *
 * @example
 * median([5, 1, 3]); // 3
 * median([4, 1, 3, 10]); // (3 + 4) / 2 = 3.5
 */
export function median(values: ArrayLike<number>): number | null {
  const n = values.length;
  if (n === 0) return null;
  // A sort would put any NaNs last: select among the other values only.
  const copy = new Float64Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    if (!Number.isNaN(x)) copy[count++] = x;
  }
  const numbers = copy.subarray(0, count);
  const j = (n - 1) >>> 1;
  if ((n % 2 === 1 ? j : j + 1) >= count) return NaN; // a middle value is a NaN
  const lower = selectInPlace(numbers, j);
  if (n % 2 === 1) return lower === 0 ? sortedZeroAt(numbers, j) : lower;
  // The rest of the numbers are ≥ lower after the selection: their minimum is x₍ⱼ₊₂₎.
  let upper = numbers[j + 1]!;
  for (let i = j + 2; i < count; i++) if (numbers[i]! < upper) upper = numbers[i]!;
  // (A sign of zero cannot change this sum.)
  return lower + 0.5 * (upper - lower);
}

/**
 * The zero that an ascending sort (which puts −0 before +0) leaves at position k, given that a
 * zero is there: −0 iff more than k of the values are negative or −0.
 */
function sortedZeroAt(values: Float64Array, k: number): number {
  let below = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x < 0 || Object.is(x, -0)) below++;
  }
  return below > k ? -0 : 0;
}
