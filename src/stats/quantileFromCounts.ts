/**
 * The sample quantile of whole numbers 1..size kept as a histogram (counts per value), as the
 * Monte Carlo keeps each area's ranks over its runs, so that 100,000 runs need no more memory
 * than 1,000.
 *
 * The definition is that of `quantile` (Hyndman & Fan type 7, R's default): with the R values
 * sorted, x₍₁₎ ≤ … ≤ x₍R₎, h = (R − 1)·p, j = ⌊h⌋,
 *   Q(p) = x₍ⱼ₊₁₎ + (h − j)·(x₍ⱼ₊₂₎ − x₍ⱼ₊₁₎);
 * here x₍ₖ₎ is read off the cumulative counts instead of a sorted array: x₍ₖ₎ is the smallest v
 * whose cumulative count reaches k.
 *
 * The histogram is counts[offset + v − 1] = the number of values equal to v, for v = 1..size (an
 * offset lets many histograms share one buffer). Returns null when it is empty.
 *
 * @throws RangeError when p is not in [0, 1].
 * @example
 * // values 3, 3, 4, 9 as counts (value 1 first): [0, 0, 2, 1, 0, 0, 0, 0, 1]
 * // p = 0.5: h = 3 · 0.5 = 1.5, x₍₂₎ = 3, x₍₃₎ = 4 → 3 + 0.5 · (4 − 3) = 3.5
 * quantileFromCounts(Uint32Array.of(0, 0, 2, 1, 0, 0, 0, 0, 1), 0, 9, 0.5); // 3.5
 */
export function quantileFromCounts(counts: ArrayLike<number>, offset: number, size: number, p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantileFromCounts: p must be between 0 and 1 (got ${p})`);
  let total = 0;
  for (let v = 0; v < size; v++) total += counts[offset + v] as number;
  if (total === 0) return null;
  const h = (total - 1) * p;
  const j = Math.floor(h);
  const lower = orderStatisticFromCounts(counts, offset, size, j);
  if (j + 1 >= total) return lower;
  const fraction = h - j;
  if (fraction === 0) return lower;
  const upper = orderStatisticFromCounts(counts, offset, size, j + 1);
  return lower + fraction * (upper - lower);
}

/**
 * The k-th smallest value (k from 0) of the histogram counts[offset .. offset + size) (see
 * {@link quantileFromCounts}).
 *
 * @throws RangeError when the histogram holds k values or fewer.
 * @example
 * orderStatisticFromCounts(Uint32Array.of(0, 0, 2, 1), 0, 4, 2); // values 3, 3, 4: the third is 4
 */
export function orderStatisticFromCounts(counts: ArrayLike<number>, offset: number, size: number, k: number): number {
  let seen = 0;
  for (let v = 0; v < size; v++) {
    seen += counts[offset + v] as number;
    if (seen > k) return v + 1;
  }
  throw new RangeError(`orderStatisticFromCounts: asked for value ${k} of ${seen}`);
}
