/** Quantiles read off a rank histogram equal src/stats/quantile on the expanded, sorted draws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileFromCounts } from '../../src/analysis/monteCarloQuantile.js';
import { quantile } from '../../src/stats/quantile.js';

describe('quantileFromCounts', () => {
  it('is quantile() of the draws the counts describe', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (draws, p) => {
      const counts = new Uint32Array(3 + 12); // an offset of 3, to check it is honoured
      for (const d of draws) counts[3 + d - 1]! += 1;
      expect(quantileFromCounts(counts, 3, 12, p)).toBe(quantile(draws, p));
    }), { numRuns: 500 });
  });

  it('works the documented example and refuses p outside [0, 1]', () => {
    // ranks 3, 3, 4, 9: h = 3 · 0.5 = 1.5 between x₍₂₎ = 3 and x₍₃₎ = 4 → 3.5
    expect(quantileFromCounts(Uint32Array.of(0, 0, 2, 1, 0, 0, 0, 0, 1), 0, 9, 0.5)).toBe(3.5);
    expect(quantileFromCounts(new Uint32Array(4), 0, 4, 0.5)).toBeNull();
    expect(() => quantileFromCounts(new Uint32Array(4), 0, 4, 1.5)).toThrow(RangeError);
  });
});
