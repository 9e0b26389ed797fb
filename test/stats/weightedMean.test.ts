import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean } from '../../src/stats/mean.js';
import { weightedMean, weightedMeansInto, weightSumsInto } from '../../src/stats/weightedMean.js';

describe('weightedMean', () => {
  it('computes hand examples', () => {
    // (1·2 + 3·6) / (1 + 3) = 20 / 4 = 5
    expect(weightedMean([2, 6], [1, 3])).toBe(5);
    // a zero weight leaves its value out, even an infinite one: (2·10 + 2·20) / 4 = 15
    expect(weightedMean([10, 1000, 20], [2, 0, 2])).toBe(15);
    expect(weightedMean([10, Infinity, 20], [2, 0, 2])).toBe(15);
  });

  it('leaves out a missing (NaN) value with its weight: the weights are renormalised', () => {
    // (1·2 + 1·4) / (1 + 1) = 3: the weight 5 goes with its missing value
    expect(weightedMean([2, NaN, 4], [1, 5, 1])).toBe(3);
    expect(weightedMean([NaN, NaN], [1, 1])).toBeNull();
  });

  it('sums left to right, as documented (no compensation: a few bounded scores)', () => {
    // 1e16 + 1 rounds back to 1e16, so Σ w·x = 3 and the mean is 3/4; mean() would give 1
    expect(weightedMean([1e16, 1, -1e16, 3], [1, 1, 1, 1])).toBe(0.75);
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

describe('weightedMeansInto: many weighted means at once, one per row', () => {
  it('computes each row of the given positions, a missing value leaving its weight out', () => {
    // row 0: (1·2 + 3·6) / 4 = 5; row 1: (1·4) / 1 = 4 (its second value is missing);
    // row 2 is not asked for and keeps its −1
    const out = Float64Array.of(0, 0, -1);
    weightedMeansInto([[2, 4, 8], [6, NaN, 8]], [1, 3], [0, 1], out);
    expect(Array.from(out)).toEqual([5, 4, -1]);
    // no value in the row: NaN
    expect(weightedMeansInto([[NaN], [NaN]], [1, 1], [0], new Float64Array(1))[0]).toBeNaN();
  });

  it('gives each row exactly Σ w·x / Σ w of its present values summed left to right, to the last bit, in any order of positions', () => {
    const cell = fc.oneof({ weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }, fc.constant(NaN), fc.constantFrom(1e16, -1e16, 1, 3));
    const table = fc.integer({ min: 1, max: 11 }).chain((k) => fc.tuple(
      fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 12 }),
      fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 5, noNaN: true })), { minLength: k, maxLength: k }),
      fc.boolean(),
    ));
    fc.assert(fc.property(table, ([rows, weights, some]) => {
      const columns = weights.map((_, j) => Float64Array.from(rows, (row) => row[j]!));
      // every row (read directly), reversed, or only every other row (read through the positions)
      const positions = some ? rows.flatMap((_, r) => (r % 2 === 0 ? [r] : [])) : rows.map((_, r) => rows.length - 1 - r);
      const out = weightedMeansInto(columns, weights, positions, new Float64Array(rows.length).fill(-7));
      const sums = weightSumsInto(columns, weights, positions, new Float64Array(rows.length));
      rows.forEach((row, r) => {
        if (!positions.includes(r)) {
          expect(out[r]).toBe(-7);
          return;
        }
        let s = 0;
        let w = 0;
        row.forEach((x, j) => {
          if (weights[j]! > 0 && !Number.isNaN(x)) {
            s += weights[j]! * x;
            w += weights[j]!;
          }
        });
        const expected = w === 0 ? NaN : s / w;
        expect(Object.is(out[r], expected), `row ${r}: ${out[r]} vs ${expected}`).toBe(true);
        expect(Object.is(weightedMean(row, weights) ?? NaN, expected)).toBe(true);
        expect(sums[r]).toBe(w);
      });
    }), { numRuns: 300 });
  });
});
