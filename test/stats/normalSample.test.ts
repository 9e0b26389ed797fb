import { describe, expect, it } from 'vitest';
import { normalSample } from '../../src/stats/normalSample.js';
import { createRandom } from '../../src/stats/random.js';

describe('normalSample', () => {
  it('has mean 0, SD 1 and the normal share within ±1.96', () => {
    const random = createRandom(3);
    const n = 100_000;
    const z = Array.from({ length: n }, () => normalSample(random));
    const mean = z.reduce((s, x) => s + x, 0) / n;
    const variance = z.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
    // SD of the mean: 1/√n ≈ 0.0032; 0.02 is 6 SDs. SD of the sample variance: √(2/n) ≈ 0.0045; 0.03 is 6.7 SDs.
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(Math.abs(variance - 1)).toBeLessThan(0.03);
    // P(|Z| ≤ 1.96) = 0.95; the share's SD is √(0.95 · 0.05 / n) ≈ 0.0007; 0.004 is 6 SDs.
    const inside = z.filter((x) => Math.abs(x) <= 1.96).length / n;
    expect(Math.abs(inside - 0.95)).toBeLessThan(0.004);
  });
});
