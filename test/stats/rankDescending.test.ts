import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderScratch } from '../../src/stats/orderDescending.js';
import { rankDescending, rankDescendingInto } from '../../src/stats/rankDescending.js';

describe('rankDescending', () => {
  it('shares ranks under "shared" (competition ranking)', () => {
    // 9 is first; the two 5s tie for second; 1 comes after three values → 4
    expect(rankDescending([5, 9, 5, 1], 'shared')).toEqual([2, 1, 2, 4]);
    expect(rankDescending([3, 3, 3], 'shared')).toEqual([1, 1, 1]);
  });

  it('breaks ties by position under "code"', () => {
    // the earlier 5 (position 0) before the later (position 2)
    expect(rankDescending([5, 9, 5, 1], 'code')).toEqual([2, 1, 3, 4]);
    expect(rankDescending([], 'code')).toEqual([]);
  });

  it('treats −0 and 0 as equal', () => {
    expect(rankDescending([-0, 0], 'shared')).toEqual([1, 1]);
    expect(rankDescending([-0, 0], 'code')).toEqual([1, 2]);
  });

  it('writes into a buffer, reading only the first n values', () => {
    const out = rankDescendingInto([5, 9, 5, 1, 100], 4, 'shared', new Int32Array(4), orderScratch(5));
    expect(Array.from(out)).toEqual([2, 1, 2, 4]);
  });

  const values = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }),
    fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { maxLength: 40 }),
    fc.array(fc.constantFrom(0, -0, 5e-324, -5e-324), { maxLength: 12 }),
  );

  it('"code" gives a permutation of 1..n consistent with the values', () => {
    fc.assert(fc.property(values, (xs) => {
      const r = rankDescending(xs, 'code');
      expect([...r].sort((a, b) => a - b)).toEqual(xs.map((_, i) => i + 1));
      for (let i = 0; i < xs.length; i++) {
        for (let j = 0; j < xs.length; j++) {
          const better = (xs[i] as number) > (xs[j] as number) || (xs[i] === xs[j] && i < j);
          if (better) expect(r[i]).toBeLessThan(r[j] as number);
        }
      }
    }));
  });

  it('"shared" is 1 + the number of strictly greater values', () => {
    fc.assert(fc.property(values, (xs) => {
      const r = rankDescending(xs, 'shared');
      xs.forEach((x, i) => expect(r[i]).toBe(1 + xs.filter((v) => v > x).length));
    }));
  });
});
