import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean } from '../../src/stats/mean.js';

describe('mean', () => {
  it('computes hand examples', () => {
    // (1 + 2 + 3 + 6) / 4 = 12 / 4 = 3
    expect(mean([1, 2, 3, 6])).toBe(3);
    // (−1 + 0.5) / 2 = −0.25
    expect(mean(Float64Array.of(-1, 0.5))).toBe(-0.25);
    expect(mean([7])).toBe(7);
  });

  it('returns null for no values', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 3], 2, 2)).toBeNull();
  });

  it('takes the values in a range [from, to)', () => {
    // (2 + 3 + 6) / 3 = 11 / 3
    expect(mean([100, 2, 3, 6, -100], 1, 4)).toBe(11 / 3);
  });

  it('sums with compensation, so cancelling values do not lose the small ones', () => {
    // exact sum 1e16 + 1 − 1e16 + 3 = 4, so the mean is 1; a naive sum gives 3 and the mean 0.75
    // (which the clamp to [−1e16, 1e16] would not catch)
    expect(mean([1e16, 1, -1e16, 3])).toBe(1);
    expect(mean(Float64Array.of(3, 1e16, 1, -1e16, 3, 5), 1, 5)).toBe(1);
  });

  it('lies between the min and the max, and shifts with the data', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });
    fc.assert(fc.property(values, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (xs, c) => {
      const m = mean(xs) as number;
      expect(m).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
      expect(m).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
      const shifted = mean(xs.map((x) => x + c)) as number;
      expect(Math.abs(shifted - (m + c))).toBeLessThanOrEqual(1e-6);
    }));
  });
});

describe('mean of equal values', () => {
  it('is exactly that value, whatever the rounding of the sum', () => {
    // 0.1 + 0.1 + 0.1 rounds to 0.30000000000000004, and that / 3 = 0.10000000000000002; the clamp
    // to [min, max] = [0.1, 0.1] gives back 0.1 exactly.
    expect(mean([0.1, 0.1, 0.1])).toBe(0.1);
    fc.assert(fc.property(fc.double({ min: -1e300, max: 1e300, noNaN: true }), fc.integer({ min: 1, max: 50 }), (x, n) => {
      expect(mean(new Array<number>(n).fill(x)) === x).toBe(true); // === so that −0 and 0 are equal
    }));
  });
});
