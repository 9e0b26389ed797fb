import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerBound, sortedAscending, upperBound } from '../../src/stats/sorted.js';

describe('sortedAscending', () => {
  it('sorts numerically without changing the input', () => {
    const input = [10, 9, 100, -1];
    // numeric, not string, order: −1, 9, 10, 100
    expect(Array.from(sortedAscending(input))).toEqual([-1, 9, 10, 100]);
    expect(input).toEqual([10, 9, 100, -1]);
  });
});

describe('lowerBound / upperBound', () => {
  it('counts the values below and not above x', () => {
    const sorted = Float64Array.of(1, 2, 2, 5);
    // below 2: [1] → 1; at most 2: [1, 2, 2] → 3
    expect(lowerBound(sorted, 2)).toBe(1);
    expect(upperBound(sorted, 2)).toBe(3);
    expect(lowerBound(sorted, 0)).toBe(0);
    expect(upperBound(sorted, 9)).toBe(4);
    expect(lowerBound(sorted, 3)).toBe(3);
    expect(upperBound(sorted, 3)).toBe(3);
  });

  it('agrees with counting', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 30 }), fc.integer({ min: -6, max: 6 }), (xs, x) => {
      const sorted = sortedAscending(xs);
      expect(lowerBound(sorted, x)).toBe(xs.filter((v) => v < x).length);
      expect(upperBound(sorted, x)).toBe(xs.filter((v) => v <= x).length);
    }));
  });
});
