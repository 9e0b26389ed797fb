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
  scratch?: WeightedMeansScratch,
): Float64Array {
  const k = columns.length;
  const count = positions.length;
  // The denominator of every row with no missing value: Σw over the columns of positive weight,
  // the same sum in the same order as a row's own, so computed once.
  const full = presentWeight(null, weights, k, 0);
  // Row by row, four columns at a time with the row's sum and error in local variables (a loop
  // over the columns inside the row loop, or column by column with the sums in arrays, costs
  // about twice as much); a row's sum, error and missing flag wait in the scratch between groups
  // of four. Every row gets exactly the additions of its own values of positive weight, in order.
  if (k === 0) {
    for (let r = 0; r < count; r++) out[positions[r] as number] = NaN;
    return out;
  }
  const work = k > 4 ? (scratch ?? weightedMeansScratch(count)) : null;
  for (let j0 = 0; j0 < k; j0 += 4) {
    // the group's columns and weights; a slot past the last column has weight 0 and is skipped
    const has1 = j0 + 1 < k;
    const has2 = j0 + 2 < k;
    const has3 = j0 + 3 < k;
    const c0 = columns[j0] as ArrayLike<number>;
    const c1 = (has1 ? columns[j0 + 1] : c0) as ArrayLike<number>;
    const c2 = (has2 ? columns[j0 + 2] : c0) as ArrayLike<number>;
    const c3 = (has3 ? columns[j0 + 3] : c0) as ArrayLike<number>;
    const w0 = weights[j0] as number;
    const w1 = has1 ? (weights[j0 + 1] as number) : 0;
    const w2 = has2 ? (weights[j0 + 2] as number) : 0;
    const w3 = has3 ? (weights[j0 + 3] as number) : 0;
    const last = j0 + 4 >= k;
    for (let r = 0; r < count; r++) {
      const c = positions[r] as number;
      let s = 0;
      let e = 0;
      let missing = false;
      if (j0 > 0) {
        s = work!.sums[r]!;
        e = work!.errors[r]!;
        missing = work!.missing[r] === 1;
      }
      // w·x is NaN exactly when the value is missing (weights are finite); each addition is the
      // compensated step of `sum` (TwoSum, see `roundingError`), written out so that it stays inline
      let p = 0;
      if (w0 > 0) { p = w0 * (c0[c] as number); if (p !== p) missing = true; else { const t = s + p; const z = t - s; e += (s - (t - z)) + (p - z); s = t; } }
      if (w1 > 0) { p = w1 * (c1[c] as number); if (p !== p) missing = true; else { const t = s + p; const z = t - s; e += (s - (t - z)) + (p - z); s = t; } }
      if (w2 > 0) { p = w2 * (c2[c] as number); if (p !== p) missing = true; else { const t = s + p; const z = t - s; e += (s - (t - z)) + (p - z); s = t; } }
      if (w3 > 0) { p = w3 * (c3[c] as number); if (p !== p) missing = true; else { const t = s + p; const z = t - s; e += (s - (t - z)) + (p - z); s = t; } }
      if (last) {
        out[c] = (s + e) / (missing ? presentWeight(columns, weights, k, c) : full);
      } else {
        work!.sums[r] = s;
        work!.errors[r] = e;
        work!.missing[r] = missing ? 1 : 0;
      }
    }
  }
  return out;
}

/** Work space of {@link weightedMeansInto} for more than four columns and up to `capacity` rows: each row's running sum, error and whether a value is missing. */
export interface WeightedMeansScratch {
  sums: Float64Array;
  errors: Float64Array;
  missing: Uint8Array;
}

export function weightedMeansScratch(capacity: number): WeightedMeansScratch {
  return { sums: new Float64Array(capacity), errors: new Float64Array(capacity), missing: new Uint8Array(capacity) };
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
