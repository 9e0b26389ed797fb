import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleStandardDeviation } from '../../src/stats/sampleStandardDeviation.js';

describe('sampleStandardDeviation', () => {
  it('computes hand examples', () => {
    // variance 10 / 4 = 2.5 (see sampleVariance), so s = √2.5 ≈ 1.5811388300841898
    expect(sampleStandardDeviation([1, 2, 3, 4, 5])).toBeCloseTo(1.5811388300841898, 14);
    // [2, 4, 4, 4, 5, 5, 7, 9]: mean 5, squared deviations 9+1+1+1+0+0+4+16 = 32, 32/7, s = √(32/7)
    expect(sampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 14);
    // [2, 8]: variance 18, s = √18 = 3√2
    expect(sampleStandardDeviation([2, 8])).toBeCloseTo(3 * Math.SQRT2, 14);
  });

  it('is 0 for equal values and null for fewer than two', () => {
    expect(sampleStandardDeviation([0.1, 0.1, 0.1])).toBe(0);
    expect(sampleStandardDeviation([1])).toBeNull();
    expect(sampleStandardDeviation([])).toBeNull();
  });

  it('is non-negative, shift-invariant and scales with |factor|', () => {
    const values = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 40 });
    fc.assert(fc.property(values, fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (xs, shift, factor) => {
      const s = sampleStandardDeviation(xs) as number;
      expect(s).toBeGreaterThanOrEqual(0);
      const shifted = sampleStandardDeviation(xs.map((x) => x + shift)) as number;
      expect(Math.abs(shifted - s)).toBeLessThanOrEqual(1e-9 * (1 + s + Math.abs(shift)));
      const scaled = sampleStandardDeviation(xs.map((x) => x * factor)) as number;
      expect(Math.abs(scaled - Math.abs(factor) * s)).toBeLessThanOrEqual(1e-9 * (1 + scaled));
    }));
  });
});
