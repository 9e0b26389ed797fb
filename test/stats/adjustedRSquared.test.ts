import { describe, expect, it } from 'vitest';
import { adjustedRSquared } from '../../src/stats/adjustedRSquared.js';
import { cholesky } from '../../src/stats/cholesky.js';
import { normalSample } from '../../src/stats/normalSample.js';
import { quadraticFormInverse } from '../../src/stats/quadraticFormInverse.js';
import { createRandom } from '../../src/stats/random.js';

describe('adjustedRSquared', () => {
  it('computes hand examples', () => {
    // R = 101, p = 1, R² = 0.5: 1 − 0.5 · 100 / 99 = 1 − 50/99 = 49/99
    expect(adjustedRSquared(0.5, 101, 1)).toBeCloseTo(49 / 99, 15);
    // R = 11, p = 3, R² = 0.8: 1 − 0.2 · 10 / 7 = 1 − 2/7 = 5/7
    expect(adjustedRSquared(0.8, 11, 3)).toBeCloseTo(5 / 7, 15);
    // a perfect fit stays 1; with no regressors it is R² itself
    expect(adjustedRSquared(1, 50, 4)).toBe(1);
    expect(adjustedRSquared(0.25, 50, 0)).toBe(0.25);
  });

  it('is 0 at the chance level p / (R − 1), and negative below it', () => {
    // R = 101, p = 2: chance level 2/100 = 0.02 → 1 − 0.98 · 100 / 98 = 0
    expect(adjustedRSquared(0.02, 101, 2)).toBeCloseTo(0, 15);
    expect(adjustedRSquared(0.01, 101, 2)!).toBeLessThan(0);
  });

  it('is null without degrees of freedom (R ≤ p + 1)', () => {
    expect(adjustedRSquared(0.5, 3, 2)).toBeNull();
    expect(adjustedRSquared(0.5, 2, 1)).toBeNull();
    expect(adjustedRSquared(0.5, 4, 2)).not.toBeNull();
  });

  it('removes the chance level: regressing noise on p noise regressors, E[R²] = p / (R − 1) and E[R²adj] = 0', () => {
    // 4,000 regressions of R = 20 standard normal responses on p independent standard normal
    // regressors (with an intercept). Under no effect R² ~ Beta(p/2, (R − p − 1)/2), whose mean
    // is p / (R − 1): 1/19 = 0.0526 for p = 1 and 3/19 = 0.158 for p = 3, with SDs 0.069 and
    // 0.11, so the mean of 4,000 has a standard error below 0.002; 0.008 is 4 of them or more.
    const random = createRandom(2024);
    const R = 20;
    for (const p of [1, 3]) {
      let sumR2 = 0;
      let sumAdjusted = 0;
      const reps = 4000;
      for (let rep = 0; rep < reps; rep++) {
        const x = Array.from({ length: R }, () => Array.from({ length: p }, () => normalSample(random)));
        const y = Array.from({ length: R }, () => normalSample(random));
        // centred cross-products Sxx, Sxy, Syy
        const xBar = Array.from({ length: p }, (_, j) => x.reduce((s, row) => s + row[j]!, 0) / R);
        const yBar = y.reduce((s, v) => s + v, 0) / R;
        const sxx = new Float64Array(p * p);
        const sxy = new Float64Array(p);
        let syy = 0;
        for (let r = 0; r < R; r++) {
          const dy = y[r]! - yBar;
          syy += dy * dy;
          for (let j = 0; j < p; j++) {
            sxy[j]! += (x[r]![j]! - xBar[j]!) * dy;
            for (let k = 0; k < p; k++) sxx[j * p + k]! += (x[r]![j]! - xBar[j]!) * (x[r]![k]! - xBar[k]!);
          }
        }
        const r2 = quadraticFormInverse(cholesky(sxx, p)!, p, sxy, new Float64Array(p)) / syy;
        sumR2 += r2;
        sumAdjusted += adjustedRSquared(r2, R, p)!;
      }
      expect(Math.abs(sumR2 / reps - p / (R - 1)), `p = ${p}: mean R²`).toBeLessThan(0.008);
      expect(Math.abs(sumAdjusted / reps), `p = ${p}: mean adjusted R²`).toBeLessThan(0.008);
    }
  });
});
