import { normalSample } from './normalSample.js';
import type { Random } from './random.js';

/**
 * A draw from the Gamma(shape a, scale 1) distribution (mean a, variance a), by Marsaglia and
 * Tsang's method ("A simple method for generating gamma variables", ACM TOMS 26, 2000).
 *
 * For a ≥ 1: d = a − 1/3, c = 1/√(9d); repeat: x ~ N(0, 1), v = (1 + c·x)³; if v > 0 and, with
 * u ~ U(0, 1), u < 1 − 0.0331 x⁴ (quick accept) or ln u < x²/2 + d (1 − v + ln v), return d·v.
 * For 0 < a < 1 (boosting): G(a) = G(a + 1) · u^(1/a), u ~ U(0, 1).
 *
 * {@link logGammaSample} returns ln G instead, computed so that it stays finite when G itself
 * would underflow to 0 (tiny shapes: u^(1/a) with a = 0.001 is below 10⁻³⁰⁰ for u < 0.5).
 *
 * @throws RangeError when a is not a finite positive number.
 * @example
 * // a = 4: d = 3.6667, c = 0.1741; a draw x = 0.5 gives v = (1.0870)³ = 1.2845 and, if accepted, 4.710
 * gammaSample(4, createRandom(1)); // one draw; draws average 4 with SD 2
 */
export function gammaSample(shape: number, random: Random): number {
  return Math.exp(logGammaSample(shape, random));
}

/** ln of a Gamma(shape, 1) draw (see {@link gammaSample}); −Infinity never occurs for shape ≥ 1. */
export function logGammaSample(shape: number, random: Random): number {
  if (!(Number.isFinite(shape) && shape > 0)) throw new RangeError(`gammaSample: the shape must be a finite positive number (got ${shape})`);
  if (shape < 1) {
    // G(a) = G(a + 1) · u^(1/a); u = 1 − next() lies in (0, 1], so ln u is finite.
    const u = 1 - random.next();
    return logGammaSample(shape + 1, random) + Math.log(u) / shape;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normalSample(random);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = random.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return Math.log(d * v);
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return Math.log(d * v);
  }
}
