import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cholesky } from '../../src/stats/cholesky.js';

/** L Lᵀ of a row-major lower-triangular p × p matrix. */
function timesTranspose(l: Float64Array, p: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = 0; k < p; k++) s += l[i * p + k]! * l[j * p + k]!;
    out.push(s);
  }
  return out;
}

describe('cholesky', () => {
  it('factors a hand-solved 3 × 3 matrix', () => {
    // A = [4 2 2; 2 5 3; 2 3 6]:
    //   l₁₁ = √4 = 2
    //   l₂₁ = a₂₁ / l₁₁ = 2/2 = 1;  l₂₂ = √(a₂₂ − l₂₁²) = √(5 − 1) = 2
    //   l₃₁ = 2/2 = 1;  l₃₂ = (a₃₂ − l₃₁ l₂₁) / l₂₂ = (3 − 1)/2 = 1;  l₃₃ = √(6 − 1 − 1) = 2
    const l = cholesky(Float64Array.of(4, 2, 2, 2, 5, 3, 2, 3, 6), 3);
    expect(Array.from(l!)).toEqual([2, 0, 0, 1, 2, 0, 1, 1, 2]);
  });

  it('reads only the lower triangle and writes into a given buffer', () => {
    const out = new Float64Array(9).fill(7);
    // the upper triangle is junk: it is never read
    const l = cholesky(Float64Array.of(4, -99, -99, 2, 5, -99, 2, 3, 6), 3, out);
    expect(l).toBe(out);
    expect(Array.from(out)).toEqual([2, 0, 0, 1, 2, 0, 1, 1, 2]);
  });

  it('refuses matrices that are not positive definite', () => {
    // indefinite: [1 2; 2 1] has eigenvalues 3 and −1
    expect(cholesky(Float64Array.of(1, 2, 2, 1), 2)).toBeNull();
    // singular: the second regressor is twice the first, [1 2; 2 4]
    expect(cholesky(Float64Array.of(1, 2, 2, 4), 2)).toBeNull();
    expect(cholesky(Float64Array.of(0), 1)).toBeNull();
  });

  it('gives L with L Lᵀ = A for A = M Mᵀ + I', () => {
    const matrix = fc.integer({ min: 1, max: 5 }).chain((p) => fc.tuple(fc.constant(p), fc.array(fc.integer({ min: -5, max: 5 }), { minLength: p * p, maxLength: p * p })));
    fc.assert(fc.property(matrix, ([p, m]) => {
      const a = new Float64Array(p * p);
      for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) {
        let s = i === j ? 1 : 0;
        for (let k = 0; k < p; k++) s += m[i * p + k]! * m[j * p + k]!;
        a[i * p + j] = s;
      }
      const l = cholesky(a, p)!;
      expect(l).not.toBeNull();
      timesTranspose(l, p).forEach((x, index) => expect(x).toBeCloseTo(a[index]!, 9));
      for (let i = 0; i < p; i++) {
        expect(l[i * p + i]!).toBeGreaterThan(0);
        for (let j = i + 1; j < p; j++) expect(l[i * p + j]).toBe(0);
      }
    }));
  });
});
