import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extent, maximum, minimum } from '../../src/stats/extent.js';

describe('extent', () => {
  it('finds the smallest and largest value', () => {
    expect(extent([3, -1, 7, 2])).toEqual([-1, 7]);
    expect(extent(Float64Array.of(5))).toEqual([5, 5]);
    expect(extent([])).toBeNull();
  });

  it('agrees with Math.min and Math.max', () => {
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
      const [lo, hi] = extent(xs) as [number, number];
      expect(lo).toBe(Math.min(...xs) === 0 ? lo : Math.min(...xs)); // ±0 may come either way
      expect(hi).toBe(Math.max(...xs) === 0 ? hi : Math.max(...xs));
    }));
  });
});

describe('minimum and maximum', () => {
  it('take a range [from, to), ±Infinity when it is empty', () => {
    expect(minimum([9, 3, -1, 7], 0, 2)).toBe(3);
    expect(maximum([9, 3, -1, 7], 1, 4)).toBe(7);
    expect(minimum([9, 3], 1, 1)).toBe(Infinity);
    expect(maximum([])).toBe(-Infinity);
  });
});
