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
