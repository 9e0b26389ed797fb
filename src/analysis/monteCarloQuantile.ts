/**
 * Quantiles of a Monte Carlo sample of ranks kept as a histogram (counts per rank), so that
 * 100,000 runs need no more memory than 1,000.
 *
 * The definition is that of src/stats/quantile.ts (Hyndman & Fan type 7, R's default): with the
 * R draws sorted, x₍₁₎ ≤ … ≤ x₍R₎, h = (R − 1)·p, j = ⌊h⌋,
 *   Q(p) = x₍ⱼ₊₁₎ + (h − j)·(x₍ⱼ₊₂₎ − x₍ⱼ₊₁₎);
 * here x₍ₖ₎ is read off the cumulative counts instead of a sorted array.
 *
 * @example
 * // ranks 3, 3, 4, 9 as counts (rank 1 first): [0, 0, 2, 1, 0, 0, 0, 0, 1]
 * // p = 0.5: h = 1.5, x₍₂₎ = 3, x₍₃₎ = 4 → 3.5
 * quantileFromCounts(Uint32Array.of(0, 0, 2, 1, 0, 0, 0, 0, 1), 0, 9, 0.5); // 3.5
 */

/**
 * The k-th smallest draw (0-based) of the histogram counts[offset + v − 1] = number of draws equal to v,
 * for v = 1..size.
 */
export function orderStatisticFromCounts(counts: ArrayLike<number>, offset: number, size: number, k: number): number {
  let seen = 0;
  for (let v = 0; v < size; v++) {
    seen += counts[offset + v] as number;
    if (seen > k) return v + 1;
  }
  throw new RangeError(`orderStatisticFromCounts: asked for draw ${k} of ${seen}`);
}

/** Q(p) (type 7) of the draws in counts[offset .. offset + size) (values 1..size); null when there are none. */
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
