import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDescending } from '../../src/stats/rankDescending.js';

describe('rankDescending', () => {
  it('shares ranks under "shared" (competition ranking)', () => {
    // 9 is first; the two 5s tie for second; 1 comes after three values → 4
    expect(rankDescending([5, 9, 5, 1], 'shared')).toEqual([2, 1, 2, 4]);
    expect(rankDescending([3, 3, 3], 'shared')).toEqual([1, 1, 1]);
  });

  it('breaks ties by key, or by position, under "code"', () => {
    // the 5s tie; keys "b" (position 0) and "a" (position 2): "a" first → ranks 3 and 2
    expect(rankDescending([5, 9, 5, 1], 'code', ['b', 'c', 'a', 'd'])).toEqual([3, 1, 2, 4]);
    // without keys the earlier position wins
    expect(rankDescending([5, 9, 5, 1], 'code')).toEqual([2, 1, 3, 4]);
    // keys compare by code units ("E10" < "E9"), not numerically
    expect(rankDescending([1, 1], 'code', ['E9', 'E10'])).toEqual([2, 1]);
    expect(rankDescending([], 'code')).toEqual([]);
    expect(() => rankDescending([1], 'code', [])).toThrow(RangeError);
  });

  it('treats −0 and 0 as equal', () => {
    expect(rankDescending([-0, 0], 'shared')).toEqual([1, 1]);
    expect(rankDescending([-0, 0], 'code')).toEqual([1, 2]);
  });

  const values = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 }),
    fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { maxLength: 40 }),
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

  it('"code" with keys equals "code" by position once sorted by key', () => {
    fc.assert(fc.property(values, fc.infiniteStream(fc.string({ maxLength: 3 })), (xs, stream) => {
      const keys = [...new Set(stream.take(xs.length * 3 + 5))].slice(0, xs.length);
      fc.pre(keys.length === xs.length);
      const byKey = rankDescending(xs, 'code', keys);
      const order = keys.map((_, i) => i).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
      const byPosition = rankDescending(order.map((i) => xs[i] as number), 'code');
      order.forEach((i, j) => expect(byKey[i]).toBe(byPosition[j]));
    }));
  });

  it('"shared" is 1 + the number of strictly greater values', () => {
    fc.assert(fc.property(values, (xs) => {
      const r = rankDescending(xs, 'shared');
      xs.forEach((x, i) => expect(r[i]).toBe(1 + xs.filter((v) => v > x).length));
    }));
  });
});
