import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile, quantileSorted } from '../../src/stats/quantile.js';

describe('quantile (type 7)', () => {
  it('interpolates between order statistics like R', () => {
    // sorted 1, 2, 4, 10 (n = 4)
    // p = 0.25: h = 3 × 0.25 = 0.75 → 1 + 0.75 × (2 − 1) = 1.75
    expect(quantile([10, 1, 4, 2], 0.25)).toBe(1.75);
    // p = 0.5: h = 1.5 → 2 + 0.5 × (4 − 2) = 3
    expect(quantile([10, 1, 4, 2], 0.5)).toBe(3);
    // p = 0.9: h = 2.7 → 4 + 0.7 × (10 − 4) = 8.2
    expect(quantile([10, 1, 4, 2], 0.9)).toBeCloseTo(8.2, 14);
    // ends are the min and the max
    expect(quantile([10, 1, 4, 2], 0)).toBe(1);
    expect(quantile([10, 1, 4, 2], 1)).toBe(10);
    // R: quantile(c(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.33) = 3.97 (h = 9 × 0.33 = 2.97 → 3 + 0.97)
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.33)).toBeCloseTo(3.97, 13);
    expect(quantileSorted([1, 2, 4, 10], 0.5)).toBe(3);
  });

  it('handles edge cases', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([7], 0.3)).toBe(7);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });

  it('is monotone in p and stays within the data', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 });
    fc.assert(fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p, q) => {
      const [lo, hi] = p <= q ? [p, q] : [q, p];
      const a = quantile(xs, lo) as number;
      const b = quantile(xs, hi) as number;
      expect(a).toBeLessThanOrEqual(b + 1e-9);
      expect(a).toBeGreaterThanOrEqual(Math.min(...xs));
      expect(b).toBeLessThanOrEqual(Math.max(...xs));
    }));
  });
});
