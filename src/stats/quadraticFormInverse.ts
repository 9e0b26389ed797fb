/**
 * The quadratic form bᵀ A⁻¹ b of a symmetric positive-definite A given by its `cholesky` factor L
 * (A = L Lᵀ): bᵀ A⁻¹ b = bᵀ (L Lᵀ)⁻¹ b = ‖L⁻¹ b‖², so one forward substitution L z = b and a sum of
 * squares, without forming A⁻¹:
 *   zᵢ = (bᵢ − Σₖ₍ₖ<ᵢ₎ lᵢₖ zₖ) / lᵢᵢ,  bᵀ A⁻¹ b = Σ zᵢ².
 * In least squares it is the explained sum of squares Sxyᵀ Sxx⁻¹ Sxy of a regression.
 *
 * `work` (length ≥ p) receives z.
 *
 * @example
 * // L = [2 0 0; 1 2 0; 1 1 2] (A = [4 2 2; 2 5 3; 2 3 6]), b = (2, 3, 4):
 * // z₁ = 2/2 = 1, z₂ = (3 − 1·1)/2 = 1, z₃ = (4 − 1·1 − 1·1)/2 = 1 → 1 + 1 + 1 = 3
 * quadraticFormInverse(Float64Array.of(2, 0, 0, 1, 2, 0, 1, 1, 2), 3, [2, 3, 4], new Float64Array(3)); // 3
 */
export function quadraticFormInverse(l: ArrayLike<number>, p: number, b: ArrayLike<number>, work: Float64Array): number {
  let total = 0;
  for (let i = 0; i < p; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= (l[i * p + k] as number) * work[k]!;
    const z = s / (l[i * p + i] as number);
    work[i] = z;
    total += z * z;
  }
  return total;
}
