import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zScores, zScoresInto } from '../../src/stats/zScores.js';

describe('zScores', () => {
  it('computes hand examples', () => {
    // [1, 2, 3, 4, 5]: mean 3, s = √2.5; z = (x − 3)/√2.5
    const s = Math.sqrt(2.5);
    const z = zScores([1, 2, 3, 4, 5]);
    [-2 / s, -1 / s, 0, 1 / s, 2 / s].forEach((expected, i) => expect(z[i]).toBeCloseTo(expected, 14));
    // [2, 8]: mean 5, s = 3√2; z = ∓3/(3√2) = ∓1/√2
    const pair = zScores([2, 8]);
    expect(pair[0]).toBeCloseTo(-Math.SQRT1_2, 14);
    expect(pair[1]).toBeCloseTo(Math.SQRT1_2, 14);
  });

  it('gives 0 for degenerate spread and [] for no values', () => {
    expect(zScores([4, 4, 4])).toEqual([0, 0, 0]);
    expect(zScores([0.1, 0.1, 0.1])).toEqual([0, 0, 0]);
    expect(zScores([9])).toEqual([0]);
    expect(zScores([])).toEqual([]);
  });

  it('centres on the compensated mean: cancelling values keep their small terms', () => {
    // exact mean 1 (a naive sum would give 0.75), so the value 1 sits exactly at the mean: z = +0
    const z = zScores([1e16, 1, -1e16, 3]);
    expect(Object.is(z[1], 0)).toBe(true);
    expect(z[3]).toBeGreaterThan(0);
  });

  it('never gives −0: a −0 value at a mean of 0 scores +0', () => {
    // mean of −1, −0, 1 is 0; (−0 − 0) / 1 would be −0
    expect(Object.is(zScores([-1, -0, 1])[1], 0)).toBe(true);
    fc.assert(fc.property(fc.array(fc.constantFrom(-0, 0, 1, -1, 2, -2), { maxLength: 12 }), (xs) => {
      for (const z of zScores(xs)) expect(Object.is(z, -0)).toBe(false);
    }));
  });

  it('writes into a buffer, reading only the first n values, and can work in place', () => {
    const out = zScoresInto([2, 8, 99], 2, new Float64Array(2));
    expect(Array.from(out)).toEqual(zScores([2, 8]));
    const values = Float64Array.of(1, 2, 3, 4, 5);
    zScoresInto(values, 5, values);
    expect(Array.from(values)).toEqual(zScores([1, 2, 3, 4, 5]));
  });

  it('has mean 0 and sample SD 1, and ignores shifts and positive scalings', () => {
    const values = fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 40 })
      .filter((xs) => new Set(xs).size > 1);
    fc.assert(fc.property(values, fc.integer({ min: -1e5, max: 1e5 }), fc.integer({ min: 1, max: 1000 }), (xs, shift, factor) => {
      const z = zScores(xs);
      const n = z.length;
      const m = z.reduce((a, b) => a + b, 0) / n;
      const variance = z.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1);
      expect(Math.abs(m)).toBeLessThan(1e-12);
      expect(variance).toBeCloseTo(1, 12);
      const transformed = zScores(xs.map((x) => x * factor + shift));
      transformed.forEach((t, i) => expect(Math.abs(t - (z[i] as number))).toBeLessThan(1e-9));
    }));
  });
});
