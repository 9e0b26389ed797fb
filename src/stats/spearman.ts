import { averageRanks } from './averageRanks.js';
import { mean } from './mean.js';

/**
 * Spearman's rank correlation ρ: the Pearson correlation of the {@link averageRanks} of x and of y
 * (ties share the mean of the ranks they occupy, so the formula is right with ties too).
 *
 * Formula: with r = ranks of x, q = ranks of y and r̄ = q̄ = (n + 1)/2,
 * ρ = Σ (rᵢ − r̄)(qᵢ − q̄) / √(Σ (rᵢ − r̄)² · Σ (qᵢ − q̄)²).
 * Without ties this equals the textbook 1 − 6 Σ dᵢ² / (n (n² − 1)), dᵢ = rᵢ − qᵢ.
 *
 * Pairs where either value is NaN are left out. Returns null when fewer than two pairs remain or
 * when either variable is constant (the correlation is undefined). Throws a RangeError when x and
 * y have different lengths.
 *
 * @example
 * // ranks of x: 1 2 3 4; ranks of y: 2 1 4 3; d = −1 1 −1 1, Σd² = 4
 * // ρ = 1 − 6·4 / (4·15) = 1 − 0.4 = 0.6
 * spearman([1, 2, 3, 4], [20, 10, 40, 30]); // 0.6
 * spearman([1, 2, 3], [3, 2, 1]); // −1
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  if (x.length !== y.length) throw new RangeError(`spearman: x and y differ in length (${x.length} and ${y.length})`);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as number;
    const b = y[i] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    xs.push(a);
    ys.push(b);
  }
  if (xs.length < 2) return null;
  const r = averageRanks(xs);
  const q = averageRanks(ys);
  const rBar = mean(r) as number;
  const qBar = mean(q) as number;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < r.length; i++) {
    const dr = r[i]! - rBar;
    const dq = q[i]! - qBar;
    sxy += dr * dq;
    sxx += dr * dr;
    syy += dq * dq;
  }
  if (sxx === 0 || syy === 0) return null;
  const rho = sxy / Math.sqrt(sxx * syy);
  // rounding can push |ρ| a hair above 1
  return rho > 1 ? 1 : rho < -1 ? -1 : rho;
}
