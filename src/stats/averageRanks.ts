import { orderDescending } from './orderDescending.js';

/**
 * Ascending fractional ranks ("average ranks", as R's `rank` with ties.method = "average"): the
 * smallest value has rank 1, and values that tie share the mean of the ranks they occupy.
 *
 * Formula: with L = #{j : xⱼ < xᵢ} and E = #{j : xⱼ = xᵢ}, rᵢ = L + (E + 1) / 2.
 *
 * Values must not be NaN.
 *
 * @example
 * // 10 is smallest (rank 1); the two 20s occupy ranks 2 and 3 → 2.5 each; 30 has rank 4
 * averageRanks([20, 10, 30, 20]); // [2.5, 1, 4, 2.5]
 */
export function averageRanks(values: ArrayLike<number>): number[] {
  const n = values.length;
  const order = orderDescending(values);
  const out = new Array<number>(n);
  // A group of equal values at positions s..e−1 of the descending order holds the ascending
  // ranks n − e + 1 … n − s, whose mean is n − (s + e − 1)/2.
  let start = 0;
  while (start < n) {
    const x = values[order[start]!] as number;
    let end = start + 1;
    while (end < n && values[order[end]!] === x) end++;
    const rank = n - (start + end - 1) / 2;
    for (let k = start; k < end; k++) out[order[k]!] = rank;
    start = end;
  }
  return out;
}
