import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedGeometricMean } from '../../src/stats/weightedGeometricMean.js';
import { weightedMean } from '../../src/stats/weightedMean.js';

describe('weightedGeometricMean', () => {
  it('computes hand examples', () => {
    // exp((ln 2 + ln 8)/2) = √16 = 4
    expect(weightedGeometricMean([2, 8], [1, 1])).toBeCloseTo(4, 13);
    // exp((3·ln 1 + 1·ln 16)/4) = 16^(1/4) = 2
    expect(weightedGeometricMean([1, 16], [3, 1])).toBeCloseTo(2, 13);
    // a zero weight skips its value, even a non-positive one: exp(ln 5) = 5
    expect(weightedGeometricMean([5, -3], [2, 0])).toBeCloseTo(5, 13);
    // a missing value leaves its weight out: exp((ln 2 + ln 8)/2) = 4
    expect(weightedGeometricMean([2, NaN, 8], [1, 7, 1])).toBeCloseTo(4, 13);
  });

  it('returns null for zero total weight and rejects non-positive values', () => {
    expect(weightedGeometricMean([], [])).toBeNull();
    expect(weightedGeometricMean([1], [0])).toBeNull();
    expect(() => weightedGeometricMean([0, 1], [1, 1])).toThrow(RangeError);
    expect(() => weightedGeometricMean([1, 2], [1])).toThrow(RangeError);
  });

  it('is at most the weighted arithmetic mean (AM–GM) and equals it for equal values', () => {
    const data = fc.array(fc.tuple(fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 30 });
    fc.assert(fc.property(data, (pairs) => {
      const xs = pairs.map(([x]) => x);
      const ws = pairs.map(([, w]) => w);
      const g = weightedGeometricMean(xs, ws) as number;
      const a = weightedMean(xs, ws) as number;
      expect(g).toBeLessThanOrEqual(a * (1 + 1e-12));
      expect(weightedGeometricMean(xs.map(() => 3.5), ws)).toBeCloseTo(3.5, 12);
    }));
  });
});
