/**
 * Cholesky factorisation: the lower-triangular L with positive diagonal such that A = L Lᵀ, for a
 * symmetric positive-definite p × p matrix A (row-major, only its lower triangle is read).
 *
 * Formula (Cholesky–Banachiewicz, row by row): for j ≤ i,
 *   s = aᵢⱼ − Σₖ₍ₖ₌₁..ⱼ₋₁₎ lᵢₖ lⱼₖ;  lᵢᵢ = √s (j = i),  lᵢⱼ = s / lⱼⱼ (j < i).
 *
 * Returns null when A is not positive definite to rounding: a pivot s that is not above
 * 10⁻¹² · aᵢᵢ (a regressor that is, up to rounding, a combination of the others).
 * Writes L (row-major, upper triangle 0) into `out` (allocated when absent) and returns it.
 *
 * @example
 * // A = [4 2 2; 2 5 3; 2 3 6]: l₁₁ = √4 = 2; l₂₁ = 2/2 = 1, l₂₂ = √(5 − 1) = 2;
 * // l₃₁ = 2/2 = 1, l₃₂ = (3 − 1·1)/2 = 1, l₃₃ = √(6 − 1 − 1) = 2
 * cholesky(Float64Array.of(4, 2, 2, 2, 5, 3, 2, 3, 6), 3); // [2, 0, 0, 1, 2, 0, 1, 1, 2]
 */
export function cholesky(a: ArrayLike<number>, p: number, out: Float64Array = new Float64Array(p * p)): Float64Array | null {
  out.fill(0, 0, p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j] as number;
      for (let k = 0; k < j; k++) s -= out[i * p + k]! * out[j * p + k]!;
      if (i === j) {
        if (!(s > 1e-12 * Math.abs(a[i * p + i] as number)) || !(s > 0)) return null;
        out[i * p + i] = Math.sqrt(s);
      } else {
        out[i * p + j] = s / out[j * p + j]!;
      }
    }
  }
  return out;
}
