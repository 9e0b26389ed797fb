import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderDescending, orderDescendingInto, orderScratch } from '../../src/stats/orderDescending.js';

/** The order by a plain comparator sort: larger first, then smaller index. */
function naiveOrder(xs: readonly number[]): number[] {
  return xs.map((_, i) => i).sort((a, b) => (xs[a] !== xs[b] ? ((xs[a] as number) > (xs[b] as number) ? -1 : 1) : a - b));
}

describe('orderDescending', () => {
  it('orders indices by value, largest first, ties by index', () => {
    // 9 (index 1) first; the 5s at indices 0 and 2 in index order; 1 (index 3) last
    expect(Array.from(orderDescending([5, 9, 5, 1]))).toEqual([1, 0, 2, 3]);
    expect(Array.from(orderDescending([]))).toEqual([]);
    expect(Array.from(orderDescending([7]))).toEqual([0]);
    expect(Array.from(orderDescending([0, -0, 0]))).toEqual([0, 1, 2]);
  });

  it('handles large inputs with many ties, sorted and reversed inputs (one bucket, many merge passes)', () => {
    const n = 1000;
    const ascending = Array.from({ length: n }, (_, i) => i);
    expect(Array.from(orderDescending(ascending))).toEqual(naiveOrder(ascending));
    expect(Array.from(orderDescending([...ascending].reverse()))).toEqual(ascending);
    const constant = new Array<number>(n).fill(3);
    expect(Array.from(orderDescending(constant))).toEqual(ascending);
    const sawtooth = ascending.map((i) => i % 7);
    expect(Array.from(orderDescending(sawtooth))).toEqual(naiveOrder(sawtooth));
  });

  it('handles infinite values and spreads too small to divide by (a subnormal width)', () => {
    for (const xs of [[1, Infinity, -Infinity, 0, Infinity], [5e-324, 0], [0, -5e-324], [5e-324, 0, -5e-324, 0], [1e-9, 0, 1e9, 1e-9]]) {
      expect(Array.from(orderDescending(xs))).toEqual(naiveOrder(xs));
    }
  });

  it('agrees with a comparator sort on spread values, heavy ties, ±0 and far outliers (uneven buckets)', () => {
    const values = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 300 }),
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 300 }),
      fc.array(fc.constantFrom(0, -0, 1), { maxLength: 60 }),
      fc.array(fc.double({ min: 0, max: 1e-9, noNaN: true }), { minLength: 1, maxLength: 200 }).map((xs) => [...xs, 1e9]),
    );
    fc.assert(fc.property(values, (xs) => {
      expect(Array.from(orderDescending(xs))).toEqual(naiveOrder(xs));
    }), { numRuns: 300 });
  });

  it('writes into a buffer with reusable scratch, reading only the first n values', () => {
    const scratch = orderScratch(5);
    expect(Array.from(orderDescendingInto([5, 9, 5, 1, 100], 4, new Int32Array(4), scratch))).toEqual([1, 0, 2, 3]);
    // the order is left in scratch.order, which can be the output itself
    expect(Array.from(orderDescendingInto([1, 2, 3], 3, scratch.order, scratch).subarray(0, 3))).toEqual([2, 1, 0]);
    expect(() => orderDescendingInto([1, 2, 3], 3, new Int32Array(3), orderScratch(2))).toThrow(RangeError);
  });
});
