import { describe, expect, it } from 'vitest';
import { dirichletSample } from '../../src/stats/dirichletSample.js';
import { createRandom } from '../../src/stats/random.js';

describe('dirichletSample', () => {
  it('draws positive shares summing to 1 whose means are α / Σα', () => {
    const alpha = [12.5, 12.5, 5, 20];
    const total = alpha.reduce((s, a) => s + a, 0);
    const random = createRandom(21);
    const n = 20_000;
    const sums = new Array<number>(alpha.length).fill(0);
    let worstSum = 0;
    let smallest = Infinity;
    for (let r = 0; r < n; r++) {
      const p = dirichletSample(alpha, random);
      worstSum = Math.max(worstSum, Math.abs(p.reduce((s, x) => s + x, 0) - 1));
      for (let i = 0; i < alpha.length; i++) {
        smallest = Math.min(smallest, p[i]!);
        sums[i]! += p[i]!;
      }
    }
    expect(worstSum).toBeLessThan(1e-12);
    expect(smallest).toBeGreaterThan(0);
    alpha.forEach((a, i) => {
      const m = a / total;
      // Var pᵢ = m (1 − m) / (Σα + 1); the mean of n draws has SD √(Var / n); tolerance 6 SDs.
      const sd = Math.sqrt((m * (1 - m)) / (total + 1) / n);
      expect(Math.abs(sums[i]! / n - m)).toBeLessThan(6 * sd);
    });
  });

  it('spreads more for a smaller concentration', () => {
    const spread = (c: number) => {
      const random = createRandom(5);
      const first = Array.from({ length: 5000 }, () => dirichletSample([c / 2, c / 2], random)[0]!);
      const mean = first.reduce((s, x) => s + x, 0) / first.length;
      return first.reduce((s, x) => s + (x - mean) ** 2, 0) / first.length;
    };
    // Var = ¼ / (C + 1): 0.0049 for C = 50 and 0.0227 for C = 10
    expect(spread(10)).toBeGreaterThan(3 * spread(50));
  });

  it('still sums to 1 (with no NaN) when every gamma draw would underflow', () => {
    const random = createRandom(2);
    for (let r = 0; r < 200; r++) {
      const p = dirichletSample([0.001, 0.001, 0.001], random);
      expect(p.every((x) => x >= 0 && !Number.isNaN(x))).toBe(true);
      expect(Math.abs(p[0]! + p[1]! + p[2]! - 1)).toBeLessThan(1e-12);
    }
  });
});
