import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spearman } from '../../src/stats/spearman.js';

describe('spearman', () => {
  it('matches hand-worked examples', () => {
    // ranks of x: 1 2 3 4; of y: 2 1 4 3; d = −1 1 −1 1, Σd² = 4; ρ = 1 − 6·4/(4·15) = 0.6
    expect(spearman([1, 2, 3, 4], [20, 10, 40, 30])).toBeCloseTo(0.6, 12);
    expect(spearman([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(spearman([1, 2, 3], [10, 20, 300])).toBe(1);
    // ties: x ranks 1.5 1.5 3, y ranks 1 2 3; deviations (−0.5, −0.5, 1) and (−1, 0, 1):
    // Σ = 0.5 + 0 + 1 = 1.5; √(1.5 · 2) = √3; ρ = 1.5/√3 = 0.8660
    expect(spearman([5, 5, 9], [1, 2, 3])).toBeCloseTo(Math.sqrt(3) / 2, 12);
  });

  it('leaves out pairs with a NaN and is undefined for constant or too-short input', () => {
    expect(spearman([1, NaN, 2, 3], [1, 5, 2, 3])).toBe(1);
    expect(spearman([1], [2])).toBeNull();
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(() => spearman([1, 2], [1])).toThrow(RangeError);
  });

  it('is symmetric, in [−1, 1], and equals 1 − 6Σd²/(n(n²−1)) without ties', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 30 }).chain((xs) =>
      fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs.map((_, i) => i * 7 - 3), { minLength: xs.length, maxLength: xs.length }))), ([xs, ys]) => {
      const rho = spearman(xs, ys)!;
      expect(spearman(ys, xs)).toBeCloseTo(rho, 12);
      expect(Math.abs(rho)).toBeLessThanOrEqual(1);
      const rank = (v: number[]) => v.map((x) => 1 + v.filter((y) => y < x).length);
      const rx = rank(xs);
      const ry = rank(ys);
      const n = xs.length;
      const d2 = rx.reduce((t, r, i) => t + (r - ry[i]!) ** 2, 0);
      expect(rho).toBeCloseTo(1 - (6 * d2) / (n * (n * n - 1)), 10);
    }));
  });
});
