import { logGammaSample } from './gammaSample.js';
import type { Random } from './random.js';

/**
 * A draw from the Dirichlet(α₁, …, α_k) distribution: independent Gᵢ ~ Gamma(αᵢ, 1), then
 * pᵢ = Gᵢ / Σ Gⱼ. The result is positive (up to underflow, see below) and sums to 1 (up to
 * rounding); E[pᵢ] = αᵢ / α₀ and Var[pᵢ] = E[pᵢ] (1 − E[pᵢ]) / (α₀ + 1), α₀ = Σ αⱼ.
 *
 * Written as α = C · m with m a vector of means summing to 1, C (the "concentration") sets the
 * spread: with C = 50 and m = (¼, ¼, ¼, ¼) each pᵢ has SD √(¼ · ¾ / 51) ≈ 0.061.
 *
 * The gammas are drawn on the log scale and the largest is divided out before exponentiating
 * (pᵢ = e^(ln Gᵢ − max) / Σ e^(ln Gⱼ − max)), so the sum is never 0 even when every Gᵢ would
 * underflow (tiny αs); a component more than e⁻⁷⁴⁵ below the largest is 0.
 *
 * Writes into `out` (length k, allocated when absent) and returns it; draws the components in order.
 *
 * @throws RangeError when an α is not finite and positive, or `out` is shorter than α.
 * @example
 * // draws g = (2, 1, 1) would give p = (0.5, 0.25, 0.25)
 * dirichletSample([5, 2.5, 2.5], createRandom(1)); // mean (0.5, 0.25, 0.25)
 */
export function dirichletSample(alpha: ArrayLike<number>, random: Random, out: Float64Array = new Float64Array(alpha.length)): Float64Array {
  const k = alpha.length;
  if (out.length < k) throw new RangeError(`dirichletSample: out has ${out.length} slots for ${k} components`);
  let max = -Infinity;
  for (let i = 0; i < k; i++) {
    const g = logGammaSample(alpha[i] as number, random);
    out[i] = g;
    if (g > max) max = g;
  }
  let total = 0;
  for (let i = 0; i < k; i++) {
    const e = Math.exp(out[i]! - max);
    out[i] = e;
    total += e;
  }
  for (let i = 0; i < k; i++) out[i] = out[i]! / total;
  return out;
}
