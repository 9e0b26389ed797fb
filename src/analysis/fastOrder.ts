/**
 * Sorting for the engine's fast path without allocation: the same order as
 * `orderDescending` (src/stats/orderDescending.ts) — largest first, equal values (−0 = 0) in
 * ascending index order — computed into buffers the caller owns, so that a Monte Carlo loop
 * allocates nothing. That order is unique (a total order on (−x, index)), so any correct sort
 * gives it; this one is a bucket sort, which is linear for scores spread like an index's:
 * - each value goes to bucket b = ⌊(max − x) / (max − min) · (n − 1)⌋ — a composition of
 *   correctly rounded, monotone operations, so a larger value never lands in a later bucket, and
 *   equal values land in the same one;
 * - values are placed into their buckets in index order (a counting sort: stable);
 * - each bucket is sorted largest first, stably: by insertion when it holds ≤ 16 values, else
 *   by a bottom-up merge sort, so clustered values never cost more than n log n.
 */

/** Reusable buffers for {@link orderDescendingInto}, for up to `capacity` values. */
export interface OrderScratch {
  keys: Float64Array;
  nextKeys: Float64Array;
  order: Int32Array;
  nextOrder: Int32Array;
  /** Bucket starts (n + 1 slots). */
  starts: Int32Array;
  bucket: Int32Array;
}

export function orderScratch(capacity: number): OrderScratch {
  return {
    keys: new Float64Array(capacity),
    nextKeys: new Float64Array(capacity),
    order: new Int32Array(capacity),
    nextOrder: new Int32Array(capacity),
    starts: new Int32Array(capacity + 1),
    bucket: new Int32Array(capacity),
  };
}

const SMALL = 16;

/**
 * Writes into `out[0..n)` the indices 0..n−1 of `values[0..n)` sorted by value, largest first,
 * equal values in ascending index order. Values must not be NaN or infinite. Returns `out`.
 */
export function orderDescendingInto(values: ArrayLike<number>, n: number, out: Int32Array, scratch: OrderScratch): Int32Array {
  if (n === 0) return out;
  const { keys, order, starts, bucket } = scratch;
  let lo = values[0] as number;
  let hi = lo;
  for (let i = 1; i < n; i++) {
    const x = values[i] as number;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  const width = hi - lo;
  // (n − 1) / width overflows for a subnormal width: then (and for width 0 or ∞) one bucket, merge-sorted
  let scale = (n - 1) / width;
  if (!(width > 0 && scale < Infinity)) scale = 0;
  starts.fill(0, 0, n + 1);
  for (let i = 0; i < n; i++) {
    // (hi − x) · scale, not divided first: still monotone, one operation fewer; clamp against rounding up to n
    let b = Math.floor((hi - (values[i] as number)) * scale);
    if (b > n - 1) b = n - 1;
    bucket[i] = b;
    starts[b + 1]! += 1;
  }
  for (let b = 0; b < n; b++) starts[b + 1] = starts[b + 1]! + starts[b]!;
  // place in index order (stable); starts[b] moves to the end of bucket b, so restore afterwards
  for (let i = 0; i < n; i++) {
    const at = starts[bucket[i]!]!;
    starts[bucket[i]!] = at + 1;
    order[at] = i;
    keys[at] = values[i] as number;
  }
  // starts[b] is now the end of bucket b: walk the buckets
  let begin = 0;
  for (let b = 0; b < n; b++) {
    const end = starts[b]!;
    if (end - begin > 1) {
      if (end - begin <= SMALL) insertionSort(order, keys, begin, end);
      else mergeSort(scratch, begin, end);
    }
    begin = end;
  }
  for (let i = 0; i < n; i++) out[i] = order[i]!;
  return out;
}

/** Stable insertion sort, largest first, of the pairs at positions [lo, hi). */
function insertionSort(order: Int32Array, keys: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const index = order[i]!;
    const key = keys[i]!;
    let j = i - 1;
    for (; j >= lo && keys[j]! < key; j--) {
      order[j + 1] = order[j]!;
      keys[j + 1] = keys[j]!;
    }
    order[j + 1] = index;
    keys[j + 1] = key;
  }
}

/** Stable bottom-up merge sort, largest first, of the pairs at positions [from, to) of scratch.keys/order. */
function mergeSort(scratch: OrderScratch, from: number, to: number): void {
  let keys = scratch.keys;
  let order = scratch.order;
  let nextKeys = scratch.nextKeys;
  let nextOrder = scratch.nextOrder;
  for (let lo = from; lo < to; lo += SMALL) insertionSort(order, keys, lo, Math.min(lo + SMALL, to));
  for (let width = SMALL; width < to - from; width *= 2) {
    for (let lo = from; lo < to; lo += 2 * width) {
      const mid = Math.min(lo + width, to);
      const hi = Math.min(lo + 2 * width, to);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // from the right run only when strictly larger (stability); chosen by arithmetic, not a branch
        const right = +(keys[j]! > keys[i]!);
        const at = i + right * (j - i);
        nextKeys[k] = keys[at]!;
        nextOrder[k++] = order[at]!;
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
    [keys, nextKeys] = [nextKeys, keys];
    [order, nextOrder] = [nextOrder, order];
  }
  if (keys !== scratch.keys) {
    scratch.keys.set(keys.subarray(from, to), from);
    scratch.order.set(order.subarray(from, to), from);
  }
}

/**
 * Descending ranks of `values[0..n)` into `out[0..n)`, as `rankDescending(values, ties)` without
 * keys: `code` gives k + 1 to the k-th value of the order (ties in index order), `shared` gives
 * tied values the best rank of their group. `order` receives the sort order.
 */
export function rankDescendingInto(
  values: ArrayLike<number>,
  n: number,
  ties: 'code' | 'shared',
  out: Int32Array,
  order: Int32Array,
  scratch: OrderScratch,
): Int32Array {
  orderDescendingInto(values, n, order, scratch);
  if (ties === 'code') {
    for (let k = 0; k < n; k++) out[order[k]!] = k + 1;
    return out;
  }
  let rank = 0;
  let previous = Number.NaN;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const x = values[i] as number;
    if (k === 0 || x !== previous) rank = k + 1;
    out[i] = rank;
    previous = x;
  }
  return out;
}
