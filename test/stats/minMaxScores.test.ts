import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minMaxScores, minMaxScoresInto } from '../../src/stats/minMaxScores.js';

describe('minMaxScores', () => {
  it('computes hand examples', () => {
    // min 2, max 10, range 8: 100·0/8 = 0, 100·2/8 = 25, 100·8/8 = 100
    expect(minMaxScores([2, 4, 10])).toEqual([0, 25, 100]);
    // min −1, max 3, range 4: 100·(0 − −1)/4 = 25, 100·(3 + 1)/4 = 100, 0
    expect(minMaxScores(Float64Array.of(0, 3, -1))).toEqual([25, 100, 0]);
  });

  it('gives 50 when every value is equal, and [] for no values', () => {
    expect(minMaxScores([3, 3])).toEqual([50, 50]);
    expect(minMaxScores([7])).toEqual([50]);
    expect(minMaxScores([])).toEqual([]);
  });

  it('never gives −0, even for a −0 minimum after an equal 0', () => {
    // min is the first zero, +0; then −0 − 0 = −0, and 100 · (−0 / 1) would be −0
    const y = minMaxScores([0, -0, 1]);
    expect(y).toEqual([0, 0, 100]);
    expect(Object.is(y[1], 0)).toBe(true);
    fc.assert(fc.property(fc.array(fc.constantFrom(-0, 0, 1, -1, 0.5), { maxLength: 12 }), (xs) => {
      for (const v of minMaxScores(xs)) expect(Object.is(v, -0)).toBe(false);
    }));
  });

  it('writes into a buffer, reading only the first n values, and can work in place', () => {
    expect(Array.from(minMaxScoresInto([2, 4, 10, -50], 3, new Float64Array(3)))).toEqual([0, 25, 100]);
    const values = Float64Array.of(2, 4, 10);
    minMaxScoresInto(values, 3, values);
    expect(Array.from(values)).toEqual([0, 25, 100]);
  });

  it('maps onto [0, 100] with the extremes at 0 and 100, preserving order', () => {
    // ±0 included: the property once failed about one run in thirteen on [0, −0, 1], whose −0 scored −0
    const values = fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0)), { minLength: 2, maxLength: 40 })
      .filter((xs) => Math.min(...xs) < Math.max(...xs));
    fc.assert(fc.property(values, (xs) => {
      const y = minMaxScores(xs);
      y.forEach((v) => {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
      });
      expect(Math.min(...y)).toBe(0);
      expect(Math.max(...y)).toBe(100);
      for (let i = 0; i < xs.length; i++) {
        for (let j = 0; j < xs.length; j++) {
          if ((xs[i] as number) < (xs[j] as number)) expect(y[i]).toBeLessThanOrEqual(y[j] as number);
        }
      }
    }));
  });
});
