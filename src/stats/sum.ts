/**
 * Sum of numbers with Neumaier's compensated summation (an improved Kahan–Babuška sum).
 *
 * Formula: keep a running sum s and a correction c; for each x,
 *   t = s + x;  c += |s| ≥ |x| ? (s − t) + x : (x − t) + s;  s = t;
 * and return s + c. The correction collects the low-order bits that each addition loses, so the
 * result is accurate even when large terms cancel, and it is deterministic for a given order.
 *
 * The empty sum is 0.
 *
 * @example
 * sum([1, 2, 3.5]); // 6.5
 * sum([1, 1e100, 1, -1e100]); // 2 (a naive left-to-right sum gives 0)
 */
export function sum(values: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) c += (s - t) + x;
    else c += (x - t) + s;
    s = t;
  }
  return s + c;
}
