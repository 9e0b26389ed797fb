import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, averageRanksInto } from '../../src/stats/averageRanks.js';
import { orderScratch } from '../../src/stats/orderDescending.js';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they occupy', () => {
    // 10 → 1; the two 20s occupy ranks 2 and 3 → 2.5; 30 → 4
    expect(averageRanks([20, 10, 30, 20])).toEqual([2.5, 1, 4, 2.5]);
    // three 5s occupy 1, 2, 3 → 2 each; 6 → 4
    expect(averageRanks([5, 6, 5, 5])).toEqual([2, 4, 2, 2]);
    expect(averageRanks([3, 1, 2])).toEqual([3, 1, 2]);
    expect(averageRanks([])).toEqual([]);
  });

  it('treats −0 and 0 as equal', () => {
    expect(averageRanks([0, -0])).toEqual([1.5, 1.5]);
  });

  it('sums to n(n + 1)/2 and agrees with a brute-force count', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), (xs) => {
      const r = averageRanks(xs);
      const n = xs.length;
      expect(r.reduce((a, b) => a + b, 0)).toBe((n * (n + 1)) / 2);
      xs.forEach((x, i) => {
        const below = xs.filter((v) => v < x).length;
        const equal = xs.filter((v) => v === x).length;
        expect(r[i]).toBe(below + (equal + 1) / 2);
      });
    }));
  });
});

describe('averageRanksInto', () => {
  it('writes into a buffer, reading only the first n values, and can work in place', () => {
    expect(Array.from(averageRanksInto([20, 10, 30, 20, -5], 4, new Float64Array(4), orderScratch(5)))).toEqual([2.5, 1, 4, 2.5]);
    const values = Float64Array.of(20, 10, 30, 20);
    averageRanksInto(values, 4, values, orderScratch(4));
    expect(Array.from(values)).toEqual([2.5, 1, 4, 2.5]);
  });
});
