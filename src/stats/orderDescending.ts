import { maximum, minimum } from './extent.js';

/**
 * Sort order, largest first: the indices of the values arranged so that
 * values[order[0]] ≥ values[order[1]] ≥ …, with equal values in ascending index order (so the
 * order is unique, as if sorted stably). Values must not be NaN; −0 and 0 are equal.
 *
 * Formula: order is the permutation that sorts the pairs (−xᵢ, i) ascending.
 *
 * That order is unique, so any correct sort gives it; this one is a bucket sort, which is linear
 * for values spread like an index's scores and never worse than n log n:
 * - each value goes to bucket b = ⌊(max − x) · (n − 1) / (max − min)⌋ — a composition of
 *   correctly rounded, monotone operations, so a larger value never lands in a later bucket, and
 *   equal values land in the same one;
 * - values are placed into their buckets in index order (a counting sort: stable);
 * - each bucket is sorted largest first, stably: by insertion when it holds ≤ 16 values, else by a
 *   bottom-up merge sort, so clustered values never cost more than n log n.
 *
 * @example
 * // 9 first (index 1); the two 5s in index order (0, then 2); 1 last
 * orderDescending([5, 9, 5, 1]); // Int32Array [1, 0, 2, 3]
 */
export function orderDescending(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  return orderDescendingInto(values, n, new Int32Array(n), orderScratch(n));
}

/** Work space of {@link orderDescendingInto} for up to `capacity` values, reusable from call to call. */
export interface OrderScratch {
  readonly capacity: number;
  /** After a sort: the order itself (see {@link orderDescendingInto}). */
  readonly order: Int32Array;
  readonly keys: Float64Array;
  readonly nextKeys: Float64Array;
  readonly nextOrder: Int32Array;
  /** Bucket starts (capacity + 1 slots). */
  readonly starts: Int32Array;
  readonly bucket: Int32Array;
}

export function orderScratch(capacity: number): OrderScratch {
  return {
    capacity,
    order: new Int32Array(capacity),
    keys: new Float64Array(capacity),
    nextKeys: new Float64Array(capacity),
    nextOrder: new Int32Array(capacity),
    starts: new Int32Array(capacity + 1),
    bucket: new Int32Array(capacity),
  };
}

/** Buckets this small are sorted by insertion; larger ones by merging runs of this length. */
const SMALL = 16;

/**
 * The kernel of {@link orderDescending}: the order of values[0..n) into out[0..n); returns `out`.
 * `out` may be `scratch.order`, which always holds the order afterwards (until the next sort
 * with the same scratch).
 *
 * @throws RangeError when the scratch holds fewer than n values.
 * @example
 * const scratch = orderScratch(4);
 * orderDescendingInto([5, 9, 5, 1], 4, scratch.order, scratch); // [1, 0, 2, 3]
 */
export function orderDescendingInto(values: ArrayLike<number>, n: number, out: Int32Array, scratch: OrderScratch): Int32Array {
  if (scratch.capacity < n) throw new RangeError(`orderDescendingInto: scratch for ${scratch.capacity} values, got ${n}`);
  if (n === 0) return out;
  const { keys, order, starts, bucket } = scratch;
  const lo = minimum(values, 0, n);
  const hi = maximum(values, 0, n);
  const width = hi - lo;
  // One bucket, merge-sorted, when the width is 0 or infinite, or subnormal so that (n − 1) / width overflows.
  let scale = (n - 1) / width;
  if (!(width > 0 && width < Infinity && scale < Infinity)) scale = 0;
  starts.fill(0, 0, n + 1);
  for (let i = 0; i < n; i++) {
    // (hi − x) · scale, not divided first: still monotone, one operation fewer; clamp against rounding up to n
    let b = scale === 0 ? 0 : Math.floor((hi - (values[i] as number)) * scale);
    if (b > n - 1) b = n - 1;
    bucket[i] = b;
    starts[b + 1]! += 1;
  }
  for (let b = 0; b < n; b++) starts[b + 1] = starts[b + 1]! + starts[b]!;
  // place in index order (stable); starts[b] moves on to the end of bucket b
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
  if (out !== order) out.set(order.subarray(0, n));
  return out;
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
        // From the right run only when strictly larger (stability). Which run the next pair comes
        // from is unpredictable, so it is chosen by arithmetic rather than by a branch.
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
    const mergedKeys = nextKeys;
    nextKeys = keys;
    keys = mergedKeys;
    const mergedOrder = nextOrder;
    nextOrder = order;
    order = mergedOrder;
  }
  if (keys !== scratch.keys) {
    scratch.keys.set(keys.subarray(from, to), from);
    scratch.order.set(order.subarray(from, to), from);
  }
}
