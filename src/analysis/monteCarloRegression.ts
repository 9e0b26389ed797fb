/**
 * The least-squares pieces of the Monte Carlo sensitivity measure (see uncertainty.ts): the share
 * of a response's variance explained by a regression on a few regressors, from accumulated
 * cross-products, adjusted for the number of regressors.
 *
 * With R observations, regressors x (p of them) and response y, and the centred cross-products
 * Sxx = Σ (x − x̄)(x − x̄)ᵀ, Sxy = Σ (x − x̄)(y − ȳ), Syy = Σ (y − ȳ)², the regression (with an
 * intercept) explains SSreg = Sxyᵀ Sxx⁻¹ Sxy, and R² = SSreg / Syy. Adjusted for p regressors,
 *   R²adj = 1 − (1 − R²) (R − 1) / (R − p − 1),
 * which removes the share that p regressors of pure noise would explain on average
 * (E[R²] = p / (R − 1) under no effect); it is clipped to [0, 1].
 *
 * @example
 * // R = 101, p = 1, R² = 0.5: 1 − 0.5 · 100 / 99 = 0.4949…
 * adjustedShare(0.5, 101, 1); // 0.494949…
 */

/** R²adj clipped to [0, 1]; null when R ≤ p + 1 (no degrees of freedom left). */
export function adjustedShare(r2: number, observations: number, regressors: number): number | null {
  if (observations <= regressors + 1) return null;
  if (regressors === 0) return 0;
  const adjusted = 1 - ((1 - r2) * (observations - 1)) / (observations - regressors - 1);
  return adjusted < 0 ? 0 : adjusted > 1 ? 1 : adjusted;
}

/**
 * Cholesky factor L (row-major, lower triangle) of the symmetric positive-definite p × p matrix
 * `a` (row-major), so that a = L Lᵀ; null when `a` is not positive definite (to rounding).
 */
export function cholesky(a: Float64Array, p: number): Float64Array | null {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j]!;
      for (let k = 0; k < j; k++) s -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (!(s > 1e-12 * Math.abs(a[i * p + i]!)) || !(s > 0)) return null;
        l[i * p + i] = Math.sqrt(s);
      } else {
        l[i * p + j] = s / l[j * p + j]!;
      }
    }
  }
  return l;
}

/** bᵀ a⁻¹ b for a = L Lᵀ: ‖L⁻¹ b‖² by forward substitution. `work` has length ≥ p. */
export function quadraticFormInverse(l: Float64Array, p: number, b: ArrayLike<number>, work: Float64Array): number {
  let total = 0;
  for (let i = 0; i < p; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= l[i * p + k]! * work[k]!;
    const z = s / l[i * p + i]!;
    work[i] = z;
    total += z * z;
  }
  return total;
}
