import { orderDescendingInto, orderScratch, type OrderScratch } from './orderDescending.js';

/**
 * Ascending fractional ranks ("average ranks", as R's `rank` with ties.method = "average"): the
 * smallest value has rank 1, and values that tie share the mean of the ranks they occupy.
 *
 * Formula: with L = #{j : xⱼ < xᵢ} and E = #{j : xⱼ = xᵢ}, rᵢ = L + (E + 1) / 2.
 *
 * Values must not be NaN; −0 and 0 are equal.
 *
 * @example
 * // 10 is smallest (rank 1); the two 20s occupy ranks 2 and 3 → 2.5 each; 30 has rank 4
 * averageRanks([20, 10, 30, 20]); // [2.5, 1, 4, 2.5]
 */
export function averageRanks(values: ArrayLike<number>): number[] {
  const n = values.length;
  return Array.from(averageRanksInto(values, n, new Float64Array(n), orderScratch(n)));
}

/**
 * The kernel of {@link averageRanks}: the average ranks of values[0..n) into out[0..n) (which
 * may be `values` itself); returns `out`.
 *
 * @example
 * averageRanksInto([20, 10, 30, 20], 4, new Float64Array(4), orderScratch(4)); // [2.5, 1, 4, 2.5]
 */
export function averageRanksInto(values: ArrayLike<number>, n: number, out: Float64Array, scratch: OrderScratch): Float64Array {
  const order = orderDescendingInto(values, n, scratch.order, scratch);
  // A group of equal values at positions s..e−1 of the descending order holds the ascending
  // ranks n − e + 1 … n − s, whose mean is n − (s + e − 1)/2. The group is found on the sorted
  // keys (scratch.keys, in order), so writing the ranks may overwrite the values.
  const keys = scratch.keys;
  let start = 0;
  while (start < n) {
    const x = keys[start]!;
    let end = start + 1;
    while (end < n && keys[end] === x) end++;
    const rank = n - (start + end - 1) / 2;
    for (let k = start; k < end; k++) out[order[k]!] = rank;
    start = end;
  }
  return out;
}
