/**
 * The k-th smallest value (k from 0), found by partially reordering the array in place
 * (quickselect, Hoare 1961): expected O(n), where a sort would take O(n log n).
 *
 * Afterwards values[k] holds the value that an ascending sort would put there, every value before
 * it is ≤ values[k] and every value after it is ≥ values[k]. Values must not be NaN; −0 and +0
 * count as equal, so when the k-th value is a zero its sign may differ from a sort's (which puts
 * −0 first).
 *
 * Unlike the rest of the statistics layer it changes its argument, so it is not exported from the
 * layer's index: {@link median} calls it on a copy. @internal
 *
 * Throws a RangeError unless 0 ≤ k < n and k is an integer.
 *
 * @example
 * const xs = Float64Array.of(7, 1, 5, 3, 9);
 * selectInPlace(xs, 2); // 5 (sorted: 1, 3, 5, 7, 9); xs is now e.g. [3, 1, 5, 7, 9]
 */
export function selectInPlace(values: Float64Array, k: number): number {
  if (!Number.isInteger(k) || k < 0 || k >= values.length) {
    throw new RangeError(`selectInPlace: k must be an integer from 0 to ${values.length - 1} (got ${k})`);
  }
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    // Hoare partition of values[lo..hi] around the median of its first, middle and last values:
    // afterwards values[lo..j] ≤ pivot, values[i..hi] ≥ pivot, and anything between equals it.
    const pivot = medianOfThree(values[lo]!, values[(lo + hi) >>> 1]!, values[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const x = values[i]!;
        values[i++] = values[j]!;
        values[j--] = x;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break; // j < k < i: values[k] equals the pivot
  }
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}
