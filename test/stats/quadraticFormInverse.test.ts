import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cholesky } from '../../src/stats/cholesky.js';
import { quadraticFormInverse } from '../../src/stats/quadraticFormInverse.js';

describe('quadraticFormInverse', () => {
  it('gives bᵀ A⁻¹ b of a hand-solved 3 × 3 system', () => {
    // A = [4 2 2; 2 5 3; 2 3 6] = L Lᵀ with L = [2 0 0; 1 2 0; 1 1 2] (cholesky.test.ts), b = (2, 3, 4).
    // Solving A x = b by hand: Lᵀ x = z with L z = b, z = (1, 1, 1) (below), so
    //   x₃ = 1/2, x₂ = (1 − x₃)/2 = 1/4, x₁ = (1 − x₂ − x₃)/2 = 1/8;
    //   check: 4/8 + 2/4 + 2/2 = 2, 2/8 + 5/4 + 3/2 = 3, 2/8 + 3/4 + 6/2 = 4.
    // bᵀ x = 2/8 + 3/4 + 4/2 = 3.
    const work = new Float64Array(3);
    expect(quadraticFormInverse(Float64Array.of(2, 0, 0, 1, 2, 0, 1, 1, 2), 3, [2, 3, 4], work)).toBe(3);
    // the forward substitution: z₁ = 2/2 = 1, z₂ = (3 − 1·1)/2 = 1, z₃ = (4 − 1·1 − 1·1)/2 = 1
    expect(Array.from(work)).toEqual([1, 1, 1]);
  });

  it('is b² / a for a 1 × 1 matrix', () => {
    // A = [9], L = [3]: b = 6 → 36 / 9 = 4
    expect(quadraticFormInverse(Float64Array.of(3), 1, [6], new Float64Array(1))).toBe(4);
  });

  it('equals bᵀ x with x solving A x = b (by Gaussian elimination) for A = M Mᵀ + I', () => {
    const system = fc.integer({ min: 1, max: 5 }).chain((p) => fc.tuple(
      fc.constant(p),
      fc.array(fc.integer({ min: -4, max: 4 }), { minLength: p * p, maxLength: p * p }),
      fc.array(fc.integer({ min: -9, max: 9 }), { minLength: p, maxLength: p }),
    ));
    fc.assert(fc.property(system, ([p, m, b]) => {
      const a = new Float64Array(p * p);
      for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
        let s = i === j ? 1 : 0;
        for (let k = 0; k < p; k++) s += m[i * p + k]! * m[j * p + k]!;
        a[i * p + j] = s;
      }
      // Gaussian elimination on [A | b], an oracle independent of the factorisation
      const rows = Array.from({ length: p }, (_, i) => [...Array.from(a.subarray(i * p, (i + 1) * p)), b[i]!]);
      for (let c = 0; c < p; c++) {
        for (let r = c + 1; r < p; r++) {
          const f = rows[r]![c]! / rows[c]![c]!;
          for (let k = c; k <= p; k++) rows[r]![k]! -= f * rows[c]![k]!;
        }
      }
      const x = new Array<number>(p).fill(0);
      for (let r = p - 1; r >= 0; r--) {
        let s = rows[r]![p]!;
        for (let k = r + 1; k < p; k++) s -= rows[r]![k]! * x[k]!;
        x[r] = s / rows[r]![r]!;
      }
      const expected = b.reduce((total, bi, i) => total + bi * x[i]!, 0);
      const got = quadraticFormInverse(cholesky(a, p)!, p, b, new Float64Array(p));
      expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(expected)));
    }));
  });
});
