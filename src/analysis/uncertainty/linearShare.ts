/**
 * # The share of an area's rank variance explained linearly by p drawn numbers
 *
 * Used by the assumptions whose draws enter the regression as numbers (weights.ts: the drawn
 * shares; data.ts: which indicators were left out and whether the adjustment was on). Per run the
 * assumption fills `x` (p numbers) and calls `record(deviation)`; the estimator keeps Σx, Σxxᵀ
 * and, per ranked area r, Σx·d_r. Then for area r with Σd and Syy = Σd² − (Σd)²/runs:
 *
 *   R² = Sxyᵀ Sxx⁻¹ Sxy / Syy,  Sxx = Σxxᵀ − Σx Σxᵀ / runs,  Sxy = Σx·d − Σx Σd / runs,
 *
 * the R² of the least-squares regression of the rank on x (`cholesky`, `quadraticFormInverse`),
 * adjusted for the regressors (`adjustedRSquared`), so that an assumption without effect averages 0.
 * A regressor that never varied over the runs (a draw that is always the same, e.g. an indicator
 * never left out when omit = 0) is dropped before the fit, so it neither makes Sxx singular nor
 * counts as a regressor. The share is null when the runs are too few (runs ≤ regressors + 1) or
 * Sxx is singular to rounding; 0 when no regressor varied.
 *
 * Worked example (p = 1): runs x = 0, 1, 0, 1 with deviations d = 0, 2, 0, 2 give Sxx = 1,
 * Sxy = 2, Syy = 4, R² = 2²/1/4 = 1 — the draw explains all the movement.
 */
import { adjustedRSquared } from '../../stats/adjustedRSquared.js';
import { cholesky } from '../../stats/cholesky.js';
import { quadraticFormInverse } from '../../stats/quadraticFormInverse.js';
import { atMostOne } from './assumption.js';

export interface LinearShare {
  /** This run's regressors: fill it before `record`. */
  readonly x: Float64Array;
  /** Adds this run: x as filled, deviation[r] = rank − point rank of ranked area r. */
  record(deviation: Float64Array): void;
  /** The adjusted R² of ranked area r (see the module comment). */
  share(r: number, sumDeviation: number, syy: number): number | null;
}

/** A regressor whose centred sum of squares is below this share of runs has not varied. */
const NO_VARIATION = 1e-12;

/** An estimator for p regressors over N ranked areas and `runs` runs. */
export function linearShare(p: number, N: number, runs: number): LinearShare {
  const x = new Float64Array(p);
  const sumX = new Float64Array(p);
  const sumXX = new Float64Array(p * p);
  const sumXD = new Float64Array(p * N);
  // the regressors that varied and the Cholesky factor of their centred Sxx, once every run is recorded
  let kept: Int32Array | undefined;
  let factor: Float64Array | null = null;
  let xy = new Float64Array(0);
  let work = new Float64Array(0);

  function fit(): void {
    const varied: number[] = [];
    for (let j = 0; j < p; j++) if (sumXX[j * p + j]! - (sumX[j]! * sumX[j]!) / runs > NO_VARIATION * runs) varied.push(j);
    kept = Int32Array.from(varied);
    const q = kept.length;
    xy = new Float64Array(q);
    work = new Float64Array(q);
    if (q === 0 || runs <= q + 1) return;
    const xx = new Float64Array(q * q);
    for (let a = 0; a < q; a++) {
      for (let b = 0; b <= a; b++) {
        const j = kept[a]!;
        const k = kept[b]!;
        const hi = Math.max(j, k);
        const lo = Math.min(j, k);
        const v = sumXX[hi * p + lo]! - (sumX[j]! * sumX[k]!) / runs;
        xx[a * q + b] = v;
        xx[b * q + a] = v;
      }
    }
    factor = cholesky(xx, q);
  }

  return {
    x,
    record(deviation) {
      for (let j = 0; j < p; j++) {
        const xj = x[j]!;
        sumX[j] = sumX[j]! + xj;
        for (let k = 0; k <= j; k++) sumXX[j * p + k] = sumXX[j * p + k]! + xj * x[k]!;
        if (xj === 0) continue;
        const base = j * N;
        for (let r = 0; r < N; r++) sumXD[base + r] = sumXD[base + r]! + xj * deviation[r]!;
      }
    },
    share(r, sumDeviation, syy) {
      if (kept === undefined) fit();
      const q = kept!.length;
      if (q === 0) return 0;
      if (factor === null) return null;
      for (let a = 0; a < q; a++) {
        const j = kept![a]!;
        xy[a] = sumXD[j * N + r]! - (sumX[j]! * sumDeviation) / runs;
      }
      return adjustedRSquared(atMostOne(quadraticFormInverse(factor, q, xy, work) / syy), runs, q);
    },
  };
}
