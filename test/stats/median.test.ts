import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../src/stats/median.js';
import { quantile } from '../../src/stats/quantile.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    // sorted 1, 3, 5 → 3
    expect(median([5, 1, 3])).toBe(3);
    // sorted 1, 3, 4, 10 → (3 + 4) / 2 = 3.5
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([2])).toBe(2);
    expect(median([])).toBeNull();
  });

  it('does not change the input', () => {
    const input = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });

  it('splits the data: at most half the values lie strictly on either side', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 41 }), (xs) => {
      const m = median(xs) as number;
      expect(xs.filter((x) => x < m).length).toBeLessThanOrEqual(xs.length / 2);
      expect(xs.filter((x) => x > m).length).toBeLessThanOrEqual(xs.length / 2);
    }));
  });

  it('is the type-7 quantile at 0.5 to the last bit, down to the sign of a zero', () => {
    // sorting puts −0 before 0: sorted −0, −0, 0 → −0; sorted −0, 0, 0 → 0
    expect(Object.is(median([0, -0, -0]), -0)).toBe(true);
    expect(Object.is(median([-0, 0, 0]), 0)).toBe(true);
    // (with NaNs and infinities too, which a sort puts in place as well)
    const values = fc.array(fc.oneof(
      fc.constant(0), fc.constant(-0), fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    ), { minLength: 1, maxLength: 60 });
    fc.assert(fc.property(values, (xs) => {
      expect(Object.is(median(xs), quantile(xs, 0.5))).toBe(true);
    }), { numRuns: 500 });
  });
});
