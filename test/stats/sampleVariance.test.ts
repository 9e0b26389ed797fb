import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleVariance, sumOfSquaredDeviations } from '../../src/stats/sampleVariance.js';

describe('sampleVariance', () => {
  it('computes hand examples', () => {
    // mean 3; deviations −2, −1, 0, 1, 2; squares sum to 10; 10 / (5 − 1) = 2.5
    expect(sampleVariance([1, 2, 3, 4, 5])).toBe(2.5);
    // mean 5; deviations −3, 3; squares 9 + 9 = 18; 18 / 1 = 18
    expect(sampleVariance([2, 8])).toBe(18);
    expect(sampleVariance([4, 4, 4])).toBe(0);
  });

  it('returns null for fewer than two values', () => {
    expect(sampleVariance([])).toBeNull();
    expect(sampleVariance([3])).toBeNull();
  });

  it('is shift-invariant and scales with the square of a factor', () => {
    const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 50 });
    fc.assert(fc.property(values, fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 1, max: 20 }), (xs, shift, factor) => {
      const v = sampleVariance(xs) as number;
      expect(v).toBeGreaterThanOrEqual(0);
      expect(sampleVariance(xs.map((x) => x + shift))).toBeCloseTo(v, 6);
      const scaled = sampleVariance(xs.map((x) => x * factor)) as number;
      expect(Math.abs(scaled - v * factor * factor)).toBeLessThanOrEqual(1e-9 * Math.max(1, scaled));
    }));
  });
});

describe('sumOfSquaredDeviations', () => {
  it('sums the squares with compensation, over a range', () => {
    // deviations from 3: −2, −1, 0, 1, 2 → 4 + 1 + 0 + 1 + 4
    expect(sumOfSquaredDeviations([1, 2, 3, 4, 5], 3)).toBe(10);
    expect(sumOfSquaredDeviations([100, 1, 2, 3, 4, 5, -100], 3, 1, 6)).toBe(10);
    // squares 1e16, 1, 1, 1: a naive sum loses each 1 (1e16 + 1 rounds back to 1e16) and gives
    // 1e16; the exact 1e16 + 3 rounds to the double 1e16 + 4
    expect(sumOfSquaredDeviations([1e8, 1, 1, 1], 0)).toBe(Number(10n ** 16n + 3n));
    expect(Number(10n ** 16n + 3n)).not.toBe(1e16);
  });
});
