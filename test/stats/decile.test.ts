import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decile } from '../../src/stats/decile.js';

describe('decile', () => {
  it('computes ⌈10 · rank / n⌉', () => {
    expect(decile(1, 324)).toBe(1); // ⌈10/324⌉ = ⌈0.03⌉ = 1
    expect(decile(32, 324)).toBe(1); // ⌈320/324⌉ = 1
    expect(decile(33, 324)).toBe(2); // ⌈330/324⌉ = 2
    expect(decile(324, 324)).toBe(10);
    expect(decile(5, 10)).toBe(5); // exactly 5
    expect(decile(1, 1)).toBe(10); // a single area is all ten tenths; ⌈10⌉ = 10
  });

  it('rejects ranks outside 1..n', () => {
    expect(() => decile(0, 5)).toThrow(RangeError);
    expect(() => decile(6, 5)).toThrow(RangeError);
    expect(() => decile(1.5, 5)).toThrow(RangeError);
  });

  it('splits 1..n into ten nearly equal groups in order', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 2000 }), (n) => {
      const counts = new Array<number>(10).fill(0);
      let previous = 1;
      for (let r = 1; r <= n; r++) {
        const d = decile(r, n);
        expect(d).toBeGreaterThanOrEqual(previous);
        previous = d;
        counts[d - 1]!++;
      }
      counts.forEach((c) => expect(Math.abs(c - n / 10)).toBeLessThanOrEqual(1));
    }));
  });
});
