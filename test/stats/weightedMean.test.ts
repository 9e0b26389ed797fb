import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedMean } from '../../src/stats/weightedMean.js';
import { mean } from '../../src/stats/mean.js';

describe('weightedMean', () => {
  it('computes hand examples', () => {
    // (1·2 + 3·6) / (1 + 3) = 20 / 4 = 5
    expect(weightedMean([2, 6], [1, 3])).toBe(5);
    // a zero weight leaves its value out: (2·10 + 0·1000 + 2·20) / 4 = 15
    expect(weightedMean([10, 1000, 20], [2, 0, 2])).toBe(15);
  });

  it('returns null for zero total weight and rejects bad weights', () => {
    expect(weightedMean([], [])).toBeNull();
    expect(weightedMean([1, 2], [0, 0])).toBeNull();
    expect(() => weightedMean([1, 2], [1])).toThrow(RangeError);
    expect(() => weightedMean([1], [-1])).toThrow(RangeError);
    expect(() => weightedMean([1], [Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('equals the mean for equal weights and is invariant to scaling the weights', () => {
    const data = fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 30 });
    fc.assert(fc.property(data, fc.integer({ min: 1, max: 100 }), (pairs, k) => {
      const xs = pairs.map(([x]) => x);
      const ws = pairs.map(([, w]) => w);
      expect(weightedMean(xs, xs.map(() => 1))).toBeCloseTo(mean(xs) as number, 9);
      expect(weightedMean(xs, ws.map((w) => w * k))).toBeCloseTo(weightedMean(xs, ws) as number, 9);
    }));
  });
});
