import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderScratch } from '../../src/stats/orderDescending.js';
import { percentileRankScores, percentileRankScoresInto } from '../../src/stats/percentileRankScores.js';

describe('percentileRankScores', () => {
  it('computes hand examples', () => {
    // average ranks 2.5, 1, 4, 2.5 with n = 4: 100·1.5/3 = 50, 0, 100·3/3 = 100, 50
    expect(percentileRankScores([20, 10, 30, 20])).toEqual([50, 0, 100, 50]);
    // ranks 1, 2, 3, 4, 5 of n = 5: 0, 25, 50, 75, 100
    expect(percentileRankScores([1, 2, 3, 4, 5])).toEqual([0, 25, 50, 75, 100]);
  });

  it('gives 50 for one value or all ties, and [] for no values', () => {
    expect(percentileRankScores([42])).toEqual([50]);
    // all tied: every rank is (3 + 1)/2 = 2 → 100·1/2 = 50
    expect(percentileRankScores([8, 8, 8])).toEqual([50, 50, 50]);
    expect(percentileRankScores([])).toEqual([]);
  });

  it('averages 50 and depends only on order', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 2, maxLength: 40 }), (xs) => {
      const y = percentileRankScores(xs);
      expect(y.reduce((a, b) => a + b, 0) / y.length).toBeCloseTo(50, 10);
      // a strictly increasing transform leaves the scores unchanged
      expect(percentileRankScores(xs.map((x) => Math.exp(x / 3) * 7 + 1))).toEqual(y);
    }));
  });
});

describe('percentileRankScoresInto', () => {
  it('writes into a buffer, reading only the first n values, and can work in place', () => {
    expect(Array.from(percentileRankScoresInto([1, 2, 3, -9], 3, new Float64Array(3), orderScratch(4)))).toEqual([0, 50, 100]);
    const values = Float64Array.of(20, 10, 30, 20);
    percentileRankScoresInto(values, 4, values, orderScratch(4));
    expect(Array.from(values)).toEqual([50, 0, 100, 50]);
    expect(Array.from(percentileRankScoresInto([7, 8], 1, new Float64Array(1), orderScratch(2)))).toEqual([50]);
  });
});
