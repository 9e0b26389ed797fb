/**
 * Adjusted R²: the share of a response's variance explained by a least-squares regression on p
 * regressors (with an intercept), corrected for the share that p regressors of pure noise would
 * explain by chance:
 *   R²adj = 1 − (1 − R²) (R − 1) / (R − p − 1),  R the number of observations.
 *
 * Why: under no effect R² is not 0 on average but E[R²] = p / (R − 1) (R² ~ Beta(p/2, (R − p − 1)/2)
 * for normal errors); the adjustment makes the expectation 0, so an estimate that averages many
 * adjusted R²s tends to 0 when nothing is explained. An adjusted value can therefore be negative
 * (noise below its average); it is never above R².
 *
 * Returns null when R ≤ p + 1 (no degrees of freedom left); with p = 0 it is R² itself.
 *
 * @example
 * // R = 101, p = 1, R² = 0.5: 1 − 0.5 · 100 / 99 = 0.4949…
 * adjustedRSquared(0.5, 101, 1); // 0.494949…
 * // R² = p / (R − 1), the chance level: 1 − (1 − 0.01) · 100 / 99 = 0
 * adjustedRSquared(0.01, 101, 1); // 0 (up to rounding)
 */
export function adjustedRSquared(r2: number, observations: number, regressors: number): number | null {
  if (observations <= regressors + 1) return null;
  return 1 - ((1 - r2) * (observations - 1)) / (observations - regressors - 1);
}
