/**
 * Helpers on sorted arrays, shared by the order statistics and the ranking functions.
 */

/**
 * A sorted (ascending, numeric) copy of the values as a Float64Array; the input is not changed.
 * The typed-array sort is numeric and much faster than sorting a plain array with a comparator.
 *
 * @example
 * sortedAscending([3, 1, 2]); // Float64Array [1, 2, 3]
 */
export function sortedAscending(values: ArrayLike<number>): Float64Array {
  return new Float64Array(values as ArrayLike<number>).sort();
}

/**
 * Number of elements of an ascending array that are strictly less than x (binary search): the
 * index of the first element ≥ x.
 *
 * @example
 * lowerBound(Float64Array.of(1, 2, 2, 5), 2); // 1
 */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Number of elements of an ascending array that are ≤ x (binary search): the index of the first
 * element > x.
 *
 * @example
 * upperBound(Float64Array.of(1, 2, 2, 5), 2); // 3
 */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
