import { describe, expect, it } from 'vitest';
import { gammaSample, logGammaSample } from '../../src/stats/gammaSample.js';
import { createRandom } from '../../src/stats/random.js';

describe('gammaSample (Marsaglia–Tsang)', () => {
  // Gamma(a, 1) has mean a and variance a. With n draws the sample mean has SD √(a/n); the
  // tolerance is 6 such SDs. The sample variance's SD is √((μ₄ − a²)/n) with μ₄ = 3a² + 6a
  // (the fourth central moment of Gamma(a, 1)), so √((2a² + 6a)/n); tolerance 6 SDs.
  for (const shape of [0.3, 1, 4.5, 50]) {
    it(`has mean and variance ${shape} for shape ${shape}, and only positive draws`, () => {
      const random = createRandom(100 + shape * 10);
      const n = 50_000;
      const g = Array.from({ length: n }, () => gammaSample(shape, random));
      expect(g.every((x) => x > 0 && Number.isFinite(x))).toBe(true);
      const mean = g.reduce((s, x) => s + x, 0) / n;
      const variance = g.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
      expect(Math.abs(mean - shape)).toBeLessThan(6 * Math.sqrt(shape / n));
      expect(Math.abs(variance - shape)).toBeLessThan(6 * Math.sqrt((2 * shape * shape + 6 * shape) / n));
    });
  }

  it('keeps the logarithm finite for tiny shapes, where the draw itself underflows', () => {
    const random = createRandom(9);
    for (let i = 0; i < 1000; i++) expect(Number.isFinite(logGammaSample(0.001, random))).toBe(true);
  });

  it('rejects shapes that are not finite and positive', () => {
    const random = createRandom(1);
    for (const bad of [0, -1, NaN, Infinity]) expect(() => gammaSample(bad, random)).toThrow(RangeError);
  });
});
