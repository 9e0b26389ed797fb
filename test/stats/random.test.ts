import { describe, expect, it } from 'vitest';
import { createRandom, isSeed } from '../../src/stats/random.js';

const N = 100_000;

function draws(seed: number, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
}

describe('createRandom (sfc32)', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    expect(draws(1, 1000)).toEqual(draws(1, 1000));
    expect(draws(1, 1000)).not.toEqual(draws(2, 1000));
    // seeds that differ only above bit 32 are distinct too
    expect(draws(5, 100)).not.toEqual(draws(5 + 2 ** 32, 100));
  });

  it('draws doubles in [0, 1) and 32-bit unsigned integers', () => {
    const random = createRandom(42);
    let outside = 0;
    for (let i = 0; i < N; i++) {
      const u = random.next();
      if (!(u >= 0 && u < 1)) outside++;
    }
    expect(outside).toBe(0);
    for (let i = 0; i < 1000; i++) {
      const k = random.uint32();
      if (!(Number.isInteger(k) && k >= 0 && k < 2 ** 32)) outside++;
    }
    expect(outside).toBe(0);
  });

  it('has the moments of U(0, 1)', () => {
    const u = draws(7, N);
    const mean = u.reduce((s, x) => s + x, 0) / N;
    const variance = u.reduce((s, x) => s + (x - mean) ** 2, 0) / (N - 1);
    // SD of the mean of N uniforms: √(1/12 / N) ≈ 0.00091; 0.005 is 5.5 SDs.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    // SD of the sample variance: √((μ₄ − σ⁴) / N) = √((1/80 − 1/144) / N) ≈ 0.00024; 0.0015 is 6 SDs.
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(0.0015);
  });

  it('fills ten equal bins evenly (chi-square)', () => {
    const bins = new Array<number>(10).fill(0);
    for (const x of draws(11, N)) bins[Math.floor(10 * x)]! += 1;
    const expected = N / 10;
    const chi2 = bins.reduce((s, b) => s + (b - expected) ** 2 / expected, 0);
    // 9 degrees of freedom: P(χ² > 27.88) = 0.001 for a uniform generator.
    expect(chi2).toBeLessThan(27.88);
  });

  it('rejects seeds that are not whole numbers from 0 to 2⁵³ − 1', () => {
    for (const bad of [-1, 1.5, NaN, Infinity, 2 ** 53]) {
      expect(isSeed(bad)).toBe(false);
      expect(() => createRandom(bad)).toThrow(RangeError);
    }
    expect(isSeed(0)).toBe(true);
    expect(isSeed(Number.MAX_SAFE_INTEGER)).toBe(true);
  });
});
