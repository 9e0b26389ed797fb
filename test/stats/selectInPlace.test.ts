import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectInPlace } from '../../src/stats/selectInPlace.js';

describe('selectInPlace', () => {
  it('finds the k-th smallest value', () => {
    // sorted: 1, 3, 5, 7, 9
    expect(selectInPlace(Float64Array.of(7, 1, 5, 3, 9), 0)).toBe(1);
    expect(selectInPlace(Float64Array.of(7, 1, 5, 3, 9), 2)).toBe(5);
    expect(selectInPlace(Float64Array.of(7, 1, 5, 3, 9), 4)).toBe(9);
    expect(selectInPlace(Float64Array.of(4), 0)).toBe(4);
    expect(selectInPlace(Float64Array.of(2, 2, 2, 2), 1)).toBe(2);
  });

  it('rejects a k outside the array', () => {
    expect(() => selectInPlace(Float64Array.of(1, 2), 2)).toThrow(RangeError);
    expect(() => selectInPlace(Float64Array.of(1, 2), -1)).toThrow(RangeError);
    expect(() => selectInPlace(Float64Array.of(1, 2), 0.5)).toThrow(RangeError);
    expect(() => selectInPlace(new Float64Array(0), 0)).toThrow(RangeError);
  });

  it('agrees with sorting and partitions the array around position k', () => {
    const values = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 200 }),
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
    );
    fc.assert(fc.property(values, fc.nat(), (xs, seed) => {
      const k = seed % xs.length;
      const sorted = Float64Array.from(xs).sort();
      const work = Float64Array.from(xs);
      const x = selectInPlace(work, k);
      expect(x === sorted[k]).toBe(true); // === so that −0 and 0 count as equal
      expect(Float64Array.from(work).sort()).toEqual(sorted); // a permutation of the input
      for (let i = 0; i < k; i++) expect(work[i]! <= x).toBe(true);
      for (let i = k + 1; i < xs.length; i++) expect(work[i]! >= x).toBe(true);
    }), { numRuns: 300 });
  });
});
