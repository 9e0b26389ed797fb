/** Length of the runs sorted by insertion before merging. */
const RUN = 8;

/**
 * Sort order, largest first: the indices of the values arranged so that
 * values[order[0]] ≥ values[order[1]] ≥ …, with equal values in ascending index order (so the
 * order is unique, as if sorted stably).
 *
 * Formula: order is the permutation that sorts the pairs (−xᵢ, i) ascending.
 *
 * Implemented as a stable bottom-up merge sort of (value, index) pairs: the indices start in
 * ascending order and a stable sort never swaps equal values, so ties need no comparison of their
 * own. Runs of {@link RUN} pairs are sorted by insertion, then merged pairwise, pass by pass.
 * Values must not be NaN; −0 and 0 are equal.
 *
 * @example
 * // 9 first (index 1); the two 5s in index order (0, then 2); 1 last
 * orderDescending([5, 9, 5, 1]); // Int32Array [1, 0, 2, 3]
 */
export function orderDescending(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const result = new Int32Array(n);
  // One scratch buffer (typed arrays are costly to allocate one by one) holds the keys and the
  // arrays that the merges write into. order[k] is an index and keys[k] its value, copied so that
  // the merges read it without indirection.
  const scratch = new ArrayBuffer(20 * n);
  let order = result;
  let keys = new Float64Array(scratch, 0, n);
  for (let i = 0; i < n; i++) {
    order[i] = i;
    keys[i] = values[i] as number;
  }
  for (let lo = 0; lo < n; lo += RUN) insertionSort(order, keys, lo, Math.min(lo + RUN, n));
  if (n <= RUN) return result;

  let nextKeys = new Float64Array(scratch, 8 * n, n);
  let nextOrder = new Int32Array(scratch, 16 * n, n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      // merge the sorted runs [lo, mid) and [mid, hi), taking from the left one on ties
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Which run the next pair comes from is unpredictable, so it is chosen by arithmetic
        // rather than by a branch (a mispredicted branch per pair would dominate the cost).
        const right = +(keys[j]! > keys[i]!);
        const from = i + right * (j - i);
        nextKeys[k] = keys[from]!;
        nextOrder[k++] = order[from]!;
        i += 1 - right;
        j += right;
      }
      for (; i < mid; i++, k++) {
        nextKeys[k] = keys[i]!;
        nextOrder[k] = order[i]!;
      }
      for (; j < hi; j++, k++) {
        nextKeys[k] = keys[j]!;
        nextOrder[k] = order[j]!;
      }
    }
    const mergedOrder = nextOrder;
    nextOrder = order;
    order = mergedOrder;
    const mergedKeys = nextKeys;
    nextKeys = keys;
    keys = mergedKeys;
  }
  if (order !== result) result.set(order);
  return result;
}

/** Stable insertion sort, largest first, of the pairs at positions [lo, hi). */
function insertionSort(order: Int32Array, keys: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const index = order[i]!;
    const key = keys[i]!;
    let j = i - 1;
    // move smaller values right; an equal value stays in front (stability)
    for (; j >= lo && keys[j]! < key; j--) {
      order[j + 1] = order[j]!;
      keys[j + 1] = keys[j]!;
    }
    order[j + 1] = index;
    keys[j + 1] = key;
  }
}
