import { roundingError } from './sum.js';

/**
 * Weighted arithmetic mean: x̄_w = Σ wᵢ xᵢ / Σ wᵢ, both sums compensated (see `sum`), in order.
 *
 * Entries of weight 0 are left out (so their value may be anything), and so are NaN values with
 * their weights: the weights are renormalised over the values present. Weights must be finite and
 * ≥ 0 (a RangeError otherwise, and for mismatched lengths). Returns null when no entry of positive
 * weight has a value (including the empty input).
 *
 * @example
 * // (1·2 + 3·6) / (1 + 3) = 20 / 4 = 5
 * weightedMean([2, 6], [1, 3]); // 5
 * // the NaN and its weight are left out: (1·2 + 1·4) / 2 = 3
 * weightedMean([2, NaN, 4], [1, 5, 1]); // 3
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number | null {
  const n = checkWeights('weightedMean', values, weights);
  // each entry a column of one row: the kernel's row-by-row mean of that one row
  const columns = Array.from({ length: n }, (_, i) => Float64Array.of(values[i] as number));
  const m = weightedMeansInto(columns, weights, ONE_ROW, new Float64Array(1))[0]!;
  return Number.isNaN(m) ? null : m;
}

const ONE_ROW = Int32Array.of(0);

/**
 * The kernel of {@link weightedMean}, for many means at once (an index's stage scores): for each
 * row c of `positions`,
 *   out[c] = Σⱼ wⱼ xⱼ[c] / Σⱼ wⱼ over the columns j with wⱼ > 0 and xⱼ[c] not NaN
 * — column j holds the j-th value of every row — and NaN when no such column has a value. Columns
 * are summed in order, both sums compensated, so each row's mean is exactly
 * `weightedMean([x₀[c], x₁[c], …], weights)`. Rows outside `positions` are left as they are.
 * Weights are not checked (finite and ≥ 0, as {@link checkWeights} requires).
 *
 * @example
 * // row 0: (1·2 + 3·6) / 4 = 5; row 1: its second value is missing, so 4·1 / 1 = 4
 * weightedMeansInto([[2, 4], [6, NaN]], [1, 3], [0, 1], new Float64Array(2)); // [5, 4]
 */
export function weightedMeansInto(
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  positions: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const k = columns.length;
  // The denominator of every row with no missing value: Σw over the columns of positive weight,
  // the same sum in the same order as a row's own, so computed once.
  const full = presentWeight(null, weights, k, 0);
  for (let r = 0; r < positions.length; r++) {
    const c = positions[r] as number;
    let s = 0;
    let e = 0;
    let complete = true;
    for (let j = 0; j < k; j++) {
      const w = weights[j] as number;
      if (!(w > 0)) continue;
      const x = (columns[j] as ArrayLike<number>)[c] as number;
      if (x !== x) {
        complete = false;
        continue;
      }
      const p = w * x;
      const t = s + p;
      e += roundingError(s, p, t);
      s = t;
    }
    out[c] = (s + e) / (complete ? full : presentWeight(columns, weights, k, c));
  }
  return out;
}

/**
 * The denominators of {@link weightedMeansInto}: for each row c of `positions`, out[c] = Σⱼ wⱼ
 * over the columns j with wⱼ > 0 and xⱼ[c] not NaN (0 when there are none), compensated.
 *
 * @example
 * weightSumsInto([[2, 4], [6, NaN]], [1, 3], [0, 1], new Float64Array(2)); // [4, 1]
 */
export function weightSumsInto(
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  positions: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  for (let r = 0; r < positions.length; r++) {
    const c = positions[r] as number;
    out[c] = presentWeight(columns, weights, columns.length, c);
  }
  return out;
}

/**
 * Σ wⱼ over the k columns of positive weight that have a value in row c (all of them when
 * `columns` is null), compensated.
 */
function presentWeight(columns: readonly ArrayLike<number>[] | null, weights: ArrayLike<number>, k: number, c: number): number {
  let s = 0;
  let e = 0;
  for (let j = 0; j < k; j++) {
    const w = weights[j] as number;
    if (!(w > 0) || (columns !== null && Number.isNaN((columns[j] as ArrayLike<number>)[c]))) continue;
    const t = s + w;
    e += roundingError(s, w, t);
    s = t;
  }
  return s + e;
}

/** The argument check of the weighted means; returns n. @internal */
export function checkWeights(name: string, values: ArrayLike<number>, weights: ArrayLike<number>): number {
  const n = values.length;
  if (weights.length !== n) throw new RangeError(`${name}: ${weights.length} weights for ${n} values`);
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`${name}: weights must be finite and ≥ 0 (got ${w})`);
  }
  return n;
}
