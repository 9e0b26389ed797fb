/**
 * The correlation ratio η² (Pearson): the share of a response's variance explained by a grouping,
 * that is the R² of the response regressed on the groups (one mean per group, a one-way analysis
 * of variance):
 *   η² = SS_between / SS_total,  SS_between = Σ_g n_g (ȳ_g − ȳ)² = Σ_g S_g² / n_g − S² / n,
 * with S_g and n_g the sum and the number of the responses in group g, S = Σ S_g, n = Σ n_g, and
 * SS_total = Σ (y − ȳ)², given by the caller (who has the sum of squares). Groups with n_g = 0 are
 * left out. With G non-empty groups it is a regression on G − 1 regressors (for the adjustment, see
 * `adjustedRSquared`).
 *
 * Returns null when SS_total is not positive (no variation to explain).
 *
 * @example
 * // y = 1, 3 in group a and 5, 7, 9 in group b: S = (4, 21), n = (2, 3), S = 25, n = 5;
 * // SS_between = 16/2 + 441/3 − 625/5 = 8 + 147 − 125 = 30; ȳ = 5, SS_total = 16+4+0+4+16 = 40
 * correlationRatio([4, 21], [2, 3], 40); // 30 / 40 = 0.75
 */
export function correlationRatio(groupSums: ArrayLike<number>, groupCounts: ArrayLike<number>, totalSumOfSquares: number): number | null {
  if (!(totalSumOfSquares > 0)) return null;
  let between = 0;
  let total = 0;
  let count = 0;
  for (let g = 0; g < groupCounts.length; g++) {
    const n = groupCounts[g] as number;
    if (n === 0) continue;
    const s = groupSums[g] as number;
    between += (s * s) / n;
    total += s;
    count += n;
  }
  return (between - (total * total) / count) / totalSumOfSquares;
}
