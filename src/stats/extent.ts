/**
 * Smallest and largest value: [min, max]. Returns null for an empty input.
 *
 * Keep NaN out: it never compares less or greater, so a NaN is passed over unless it is the first
 * value. Of −0 and 0, whichever comes first is kept (they are equal).
 *
 * @example
 * extent([3, -1, 7, 2]); // [-1, 7]
 */
export function extent(values: ArrayLike<number>): [number, number] | null {
  if (values.length === 0) return null;
  return [minimum(values), maximum(values)];
}

/**
 * The smallest of values[from..to) (by default all of them); Infinity for an empty range.
 *
 * @example
 * minimum([9, 3, -1, 7], 0, 2); // 3
 */
export function minimum(values: ArrayLike<number>, from = 0, to = values.length): number {
  if (from >= to) return Infinity;
  let lo = values[from] as number;
  for (let i = from + 1; i < to; i++) {
    const x = values[i] as number;
    if (x < lo) lo = x;
  }
  return lo;
}

/**
 * The largest of values[from..to) (by default all of them); −Infinity for an empty range.
 *
 * @example
 * maximum([9, 3, -1, 7], 1, 4); // 7
 */
export function maximum(values: ArrayLike<number>, from = 0, to = values.length): number {
  if (from >= to) return -Infinity;
  let hi = values[from] as number;
  for (let i = from + 1; i < to; i++) {
    const x = values[i] as number;
    if (x > hi) hi = x;
  }
  return hi;
}
