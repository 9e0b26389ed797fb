import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundingError, sum } from '../../src/stats/sum.js';

/** Neumaier's compensated sum as he wrote it, with the branch: the oracle of the branch-free form. */
function neumaier(xs: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    if (Math.abs(s) >= Math.abs(x)) c += (s - t) + x;
    else c += (x - t) + s;
    s = t;
  }
  return s + c;
}

describe('sum', () => {
  it('adds small examples exactly', () => {
    expect(sum([])).toBe(0);
    expect(sum([5])).toBe(5);
    // 1 + 2 + 3.5 = 6.5
    expect(sum([1, 2, 3.5])).toBe(6.5);
    // typed arrays work too: 0.5 + 0.25 + 0.25 = 1
    expect(sum(Float64Array.of(0.5, 0.25, 0.25))).toBe(1);
  });

  it('sums a range [from, to)', () => {
    expect(sum([9, 1, 2, 3], 1, 3)).toBe(3);
    expect(sum([9, 1, 2, 3], 2, 2)).toBe(0);
    expect(sum([9, 1, 2, 3], 1)).toBe(6);
  });

  it('compensates for cancellation', () => {
    // 1e16 + 1 rounds to 1e16 (the doubles near 1e16 are 2 apart), so a naive left-to-right sum
    // loses the 1: 1e16, then 0, then 3. The exact sum is 4, and the compensated sum keeps it.
    expect([1e16, 1, -1e16, 3].reduce((a, b) => a + b, 0)).toBe(3);
    expect(sum([1e16, 1, -1e16, 3])).toBe(4);
    // True sum 1 + 1 + (1e100 − 1e100) = 2; a naive left-to-right sum loses both 1s and gives 0.
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
    // 0.1 + 0.2 + 0.3 naively is 0.6000000000000001; the compensated sum rounds the exact sum of
    // the three doubles, which is 0.6 (the double nearest 0.6).
    expect(sum([0.1, 0.2, 0.3])).toBe(0.6);
    // ten copies of 0.1: naive gives 0.9999999999999999, compensated gives 1.
    expect(sum(new Array<number>(10).fill(0.1))).toBe(1);
  });

  it('is exact on integers and matches an exact BigInt sum', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 200 }), (xs) => {
      const exact = xs.reduce((acc, x) => acc + BigInt(x), 0n);
      expect(sum(xs)).toBe(Number(exact));
    }));
  });

  it('is within the Neumaier error bound of the exact sum, even with wide ranges of magnitude', () => {
    // x = k · 2^e with integer k and −30 ≤ e ≤ 30, so x · 2^30 is an integer and the exact sum is
    // a BigInt; Number() of it rounds correctly. Neumaier's bound: |ŝ − S| ≤ 2ε|S| + O(n²ε²) Σ|x|.
    const term = fc.tuple(fc.integer({ min: -(2 ** 52), max: 2 ** 52 }), fc.integer({ min: -30, max: 30 }));
    fc.assert(fc.property(fc.array(term, { maxLength: 60 }), (terms) => {
      const xs = terms.map(([k, e]) => k * 2 ** e);
      const exactScaled = terms.reduce((acc, [k, e]) => acc + BigInt(k) * 2n ** BigInt(e + 30), 0n);
      const exact = Number(exactScaled) / 2 ** 30;
      const eps = Number.EPSILON / 2;
      const absSum = xs.reduce((acc, x) => acc + Math.abs(x), 0);
      const bound = 2 * eps * Math.abs(exact) + (xs.length * eps) ** 2 * absSum * 4;
      expect(Math.abs(sum(xs) - exact)).toBeLessThanOrEqual(bound);
    }));
  });

  it('equals Neumaier\'s branching form to the last bit, cancelling terms included', () => {
    // terms of wildly different sizes and signs, so that both branches and cancellation occur
    const term = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(1e16, -1e16, 1, 3, 0.1, -0.1, 1e-300, 2 ** 53, -(2 ** 53)),
      fc.integer({ min: -5, max: 5 }),
    );
    fc.assert(fc.property(fc.array(term, { maxLength: 40 }), (xs) => {
      expect(Object.is(sum(xs), neumaier(xs))).toBe(true);
    }), { numRuns: 500 });
  });

  it('does not change with the order of the terms when the terms are exact', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 50 }), (xs) => {
      expect(sum([...xs].reverse())).toBe(sum(xs));
    }));
  });
});

describe('roundingError', () => {
  it('is the exact error of a floating-point addition', () => {
    // 1e16 + 1 = 1e16 in doubles: the error is the 1 that was lost
    expect(roundingError(1e16, 1, 1e16 + 1)).toBe(1);
    expect(roundingError(1, 1e16, 1e16 + 1)).toBe(1);
    expect(roundingError(0.5, 0.25, 0.75)).toBe(0);
    // 0.1 + 0.2 rounds up to 0.30000000000000004, 2⁻⁵⁵ above the exact sum of the two doubles
    const t = 0.1 + 0.2;
    const e = roundingError(0.1, 0.2, t);
    expect(e).toBe(-(2 ** -55));
    // t + e is that exact sum: in integers, scaling by 2⁸⁰ (all four are multiples of 2⁻⁸⁰)
    const scaled = (x: number) => BigInt(x * 2 ** 80);
    expect(scaled(t) + scaled(e)).toBe(scaled(0.1) + scaled(0.2));
  });
});
