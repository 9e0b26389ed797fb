import type { Random } from './random.js';

/**
 * A standard normal draw (mean 0, SD 1) by Marsaglia's polar method: draw (u, v) uniform on the
 * square (−1, 1)², keep them when 0 < s = u² + v² < 1 (probability π/4), and return
 *   u · √(−2 ln s / s).
 * (The method gives two independent normals; only the first is used, so the stream position after
 * a draw depends on nothing but the draws themselves.)
 *
 * @example
 * // with u = 0.3, v = 0.4: s = 0.25, −2 ln 0.25 / 0.25 = 11.09, √ = 3.330; 0.3 · 3.330 = 0.999
 * normalSample(createRandom(7)); // one draw from N(0, 1)
 */
export function normalSample(random: Random): number {
  for (;;) {
    const u = 2 * random.next() - 1;
    const v = 2 * random.next() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}
