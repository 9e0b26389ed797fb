/**
 * Smallest and largest value: [min, max]. Returns null for an empty input.
 *
 * @example
 * extent([3, -1, 7, 2]); // [-1, 7]
 */
export function extent(values: ArrayLike<number>): [number, number] | null {
  const n = values.length;
  if (n === 0) return null;
  let lo = values[0] as number;
  let hi = lo;
  for (let i = 1; i < n; i++) {
    const x = values[i] as number;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  return [lo, hi];
}
