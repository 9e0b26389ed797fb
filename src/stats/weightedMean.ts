/**
 * Weighted arithmetic mean: x̄_w = Σ wᵢ xᵢ / Σ wᵢ, both sums taken left to right.
 *
 * Entries of weight 0 are left out (so their value may be anything), and so are NaN values with
 * their weights: the weights are renormalised over the values present. Weights must be finite and
 * ≥ 0 (a RangeError otherwise, and for mismatched lengths). Returns null when no entry of positive
 * weight has a value (including the empty input).
 *
 * Plain sums, not compensated ones as in `sum` and `mean`: this is the mean of a few bounded
 * numbers (an index's stage has a handful of indicator scores, its overall score four stage
 * scores), where the rounding error, at most (n − 1)·2⁻⁵³·Σ|wᵢxᵢ| / Σwᵢ, is some 10⁻¹⁶ of a score,
 * while compensation made the Monte Carlo's aggregation about half as fast again. For many values
 * or values that cancel, weight them into `mean` instead.
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
 * — column j holds the j-th value of every row — and NaN when no such column has a value. The
 * sums run over the columns in order, so each row's mean is exactly
 * `weightedMean([x₀[c], x₁[c], …], weights)`. Rows outside `positions` are left as they are.
 * Positions must be distinct rows of `out`, and `out` none of the columns; weights are not
 * checked (finite and ≥ 0, as {@link checkWeights} requires).
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
  const count = positions.length;
  // Column by column, each row's running sum kept in its slot of `out` (loops that read a column
  // straight through are the fast ones). When the positions are every row of `out` (every area
  // ranked, as usual), in whatever order, the rows are read as 0, 1, 2, … directly. A missing
  // value makes the row's sum NaN; such a row is summed again on its own below, leaving it out.
  const identity = count === out.length;
  let full = 0;
  for (let j = 0; j < k; j++) {
    const w = weights[j] as number;
    if (!(w > 0)) continue;
    const column = columns[j] as ArrayLike<number>;
    if (full === 0) {
      // 0 + w·x, as a sum that starts at 0 (a −0 term leaves +0)
      if (identity) for (let r = 0; r < count; r++) out[r] = 0 + w * (column[r] as number);
      else for (let r = 0; r < count; r++) out[positions[r] as number] = 0 + w * (column[positions[r] as number] as number);
    } else {
      if (identity) for (let r = 0; r < count; r++) out[r] = out[r]! + w * (column[r] as number);
      else for (let r = 0; r < count; r++) out[positions[r] as number] = out[positions[r] as number]! + w * (column[positions[r] as number] as number);
    }
    // the denominator of every row with no missing value: the same sum of weights in the same order
    full += w;
  }
  if (full === 0) {
    for (let r = 0; r < count; r++) out[positions[r] as number] = NaN;
    return out;
  }
  let missing = false;
  if (identity) {
    for (let r = 0; r < count; r++) {
      const m = out[r]! / full;
      out[r] = m;
      if (m !== m) missing = true;
    }
  } else {
    for (let r = 0; r < count; r++) {
      const c = positions[r] as number;
      const m = out[c]! / full;
      out[c] = m;
      if (m !== m) missing = true;
    }
  }
  // rows with a missing value (their sum is NaN), summed again without it
  for (let r = 0; r < count && missing; r++) {
    const c = identity ? r : (positions[r] as number);
    if (out[c] !== out[c]) {
      out[c] = rowMean(columns, weights, k, c);
    }
  }
  return out;
}

/**
 * The denominators of {@link weightedMeansInto}: for each row c of `positions`, out[c] = Σⱼ wⱼ
 * over the columns j with wⱼ > 0 and xⱼ[c] not NaN (0 when there are none).
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
    let total = 0;
    for (let j = 0; j < columns.length; j++) {
      const w = weights[j] as number;
      if (w > 0 && !Number.isNaN((columns[j] as ArrayLike<number>)[c])) total += w;
    }
    out[c] = total;
  }
  return out;
}

/** Row c's weighted mean over the columns of positive weight with a value, in order; NaN when there are none. */
function rowMean(columns: readonly ArrayLike<number>[], weights: ArrayLike<number>, k: number, c: number): number {
  let s = 0;
  let total = 0;
  for (let j = 0; j < k; j++) {
    const w = weights[j] as number;
    const x = (columns[j] as ArrayLike<number>)[c] as number;
    if (!(w > 0) || Number.isNaN(x)) continue;
    s += w * x;
    total += w;
  }
  return s / total;
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
