/**
 * Sum of numbers with Neumaier's compensated summation (an improved Kahan–Babuška sum).
 *
 * Formula: keep a running sum s and a correction c; for each x,
 *   t = s + x;  c += e;  s = t,  with e = (s + x) − t the rounding error of that addition;
 * and return s + c. The correction collects the low-order bits that each addition loses, so the
 * result is accurate even when large terms cancel, and it is deterministic for a given order.
 *
 * Neumaier computes e as (s − t) + x when |s| ≥ |x|, else (x − t) + s; here it is computed without
 * the branch by Knuth's TwoSum ({@link roundingError}). Both give e exactly (it is a double), so the
 * sums are identical to the last bit; the branch-free form is faster in the engine's inner loops,
 * where the branch cannot be predicted.
 *
 * The empty sum is 0. Sums the values in [from, to), by default all of them.
 *
 * @example
 * sum([1, 2, 3.5]); // 6.5
 * sum([1e16, 1, -1e16, 3]); // 4 (a naive left-to-right sum loses the 1 and gives 3)
 * sum([9, 1, 2, 3], 1, 3); // 1 + 2 = 3
 */
export function sum(values: ArrayLike<number>, from = 0, to = values.length): number {
  let s = 0;
  let c = 0;
  for (let i = from; i < to; i++) {
    const x = values[i] as number;
    const t = s + x;
    c += roundingError(s, x, t);
    s = t;
  }
  return s + c;
}

/**
 * The rounding error of an addition: e = (a + b) − t exactly, where t = fl(a + b) is the computed
 * sum, by Knuth's TwoSum: z = t − a, e = (a − (t − z)) + (b − z). Exact for any finite a and b
 * whose sum does not overflow (e is itself a double). The step of every compensated sum in this
 * layer ({@link sum}, `sumOfSquaredDeviations`; `weightedMeansInto` writes it out inline).
 *
 * @example
 * roundingError(1e16, 1, 1e16 + 1); // 1 (1e16 + 1 rounds to 1e16: the 1 is lost)
 * roundingError(0.5, 0.25, 0.75); // 0 (exact)
 */
export function roundingError(a: number, b: number, t: number): number {
  const z = t - a;
  return (a - (t - z)) + (b - z);
}
