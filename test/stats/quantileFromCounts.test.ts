/** Quantiles read off a histogram equal `quantile` (the definition) on the expanded, sorted values. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderStatisticFromCounts, quantileFromCounts } from '../../src/stats/quantileFromCounts.js';
import { quantile } from '../../src/stats/quantile.js';

describe('quantileFromCounts', () => {
  it('works hand examples', () => {
    // values 3, 3, 4, 9: h = 3 · 0.5 = 1.5 between x₍₂₎ = 3 and x₍₃₎ = 4 → 3.5
    const counts = Uint32Array.of(0, 0, 2, 1, 0, 0, 0, 0, 1);
    expect(quantileFromCounts(counts, 0, 9, 0.5)).toBe(3.5);
    // p = 0.05: h = 0.15, x₍₁₎ = 3, x₍₂₎ = 3 → 3; p = 0.95: h = 2.85, x₍₃₎ = 4, x₍₄₎ = 9 → 4 + 0.85 · 5 = 8.25
    expect(quantileFromCounts(counts, 0, 9, 0.05)).toBe(3);
    expect(quantileFromCounts(counts, 0, 9, 0.95)).toBeCloseTo(8.25, 12);
    expect(quantileFromCounts(counts, 0, 9, 0)).toBe(3);
    expect(quantileFromCounts(counts, 0, 9, 1)).toBe(9);
  });

  it('is null for an empty histogram and refuses p outside [0, 1]', () => {
    expect(quantileFromCounts(new Uint32Array(4), 0, 4, 0.5)).toBeNull();
    expect(() => quantileFromCounts(new Uint32Array(4), 0, 4, 1.5)).toThrow(RangeError);
    expect(() => quantileFromCounts(new Uint32Array(4), 0, 4, Number.NaN)).toThrow(RangeError);
  });

  it('is quantile() of the values the counts describe', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (draws, p) => {
      const counts = new Uint32Array(3 + 12); // an offset of 3, to check it is honoured
      for (const d of draws) counts[3 + d - 1]! += 1;
      expect(quantileFromCounts(counts, 3, 12, p)).toBe(quantile(draws, p));
    }), { numRuns: 500 });
  });
});

describe('orderStatisticFromCounts', () => {
  it('reads the k-th smallest value off the cumulative counts', () => {
    // values 3, 3, 4
    const counts = Uint32Array.of(0, 0, 2, 1);
    expect([0, 1, 2].map((k) => orderStatisticFromCounts(counts, 0, 4, k))).toEqual([3, 3, 4]);
    expect(() => orderStatisticFromCounts(counts, 0, 4, 3)).toThrow(RangeError);
  });
});
