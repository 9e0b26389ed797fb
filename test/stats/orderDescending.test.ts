import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderDescending } from '../../src/stats/orderDescending.js';

/** The order by a plain comparator sort: larger first, then smaller index. */
function naiveOrder(xs: number[]): number[] {
  return xs.map((_, i) => i).sort((a, b) => (xs[a] !== xs[b] ? (xs[b] as number) - (xs[a] as number) : a - b));
}

describe('orderDescending', () => {
  it('orders indices by value, largest first, ties by index', () => {
    // 9 (index 1) first; the 5s at indices 0 and 2 in index order; 1 (index 3) last
    expect(Array.from(orderDescending([5, 9, 5, 1]))).toEqual([1, 0, 2, 3]);
    expect(Array.from(orderDescending([]))).toEqual([]);
    expect(Array.from(orderDescending([7]))).toEqual([0]);
    expect(Array.from(orderDescending([0, -0, 0]))).toEqual([0, 1, 2]);
  });

  it('handles large inputs with many ties, sorted and reversed inputs (many merge passes)', () => {
    const n = 1000;
    const ascending = Array.from({ length: n }, (_, i) => i);
    expect(Array.from(orderDescending(ascending))).toEqual(naiveOrder(ascending));
    expect(Array.from(orderDescending([...ascending].reverse()))).toEqual(ascending);
    const constant = new Array<number>(n).fill(3);
    expect(Array.from(orderDescending(constant))).toEqual(ascending);
    const sawtooth = ascending.map((i) => i % 7);
    expect(Array.from(orderDescending(sawtooth))).toEqual(naiveOrder(sawtooth));
  });

  it('agrees with a comparator sort', () => {
    const values = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 300 }),
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 300 }),
    );
    fc.assert(fc.property(values, (xs) => {
      const normalised = xs.map((x) => (x === 0 ? 0 : x)); // the comparator sort would split −0 and 0
      expect(Array.from(orderDescending(xs))).toEqual(naiveOrder(normalised));
    }), { numRuns: 300 });
  });
});
