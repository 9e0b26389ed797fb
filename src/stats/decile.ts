/**
 * Decile of a rank among n (1 = best tenth … 10 = worst tenth): d = ⌈10 · rank / n⌉.
 *
 * Throws a RangeError unless 1 ≤ rank ≤ n and both are integers.
 *
 * @example
 * decile(1, 324); // ⌈10/324⌉ = 1
 * decile(33, 324); // ⌈330/324⌉ = 2
 * decile(324, 324); // 10
 */
export function decile(rank: number, n: number): number {
  if (!Number.isInteger(rank) || !Number.isInteger(n) || rank < 1 || rank > n) {
    throw new RangeError(`decile: rank must be an integer from 1 to n (got rank ${rank}, n ${n})`);
  }
  return Math.ceil((10 * rank) / n);
}
