import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlationRatio } from '../../src/stats/correlationRatio.js';

describe('correlationRatio', () => {
  it('computes a hand example', () => {
    // group a: 1, 3 (sum 4, mean 2); group b: 5, 7, 9 (sum 21, mean 7); grand mean 25/5 = 5.
    // SS_between = 2·(2 − 5)² + 3·(7 − 5)² = 18 + 12 = 30; SS_total = 16 + 4 + 0 + 4 + 16 = 40.
    expect(correlationRatio([4, 21], [2, 3], 40)).toBeCloseTo(0.75, 15);
  });

  it('is 1 when the groups explain everything and 0 when their means are equal', () => {
    // 2, 2 | 8, 8: within-group SS 0. Grand mean 5, SS_total = 4·9 = 36, SS_between = 36
    expect(correlationRatio([4, 16], [2, 2], 36)).toBeCloseTo(1, 15);
    // 1, 3 | 0, 4: both means 2, SS_total = 1 + 1 + 4 + 4 = 10
    expect(correlationRatio([4, 4], [2, 2], 10)).toBeCloseTo(0, 15);
  });

  it('leaves empty groups out and is null without variation', () => {
    expect(correlationRatio([4, 0, 21], [2, 0, 3], 40)).toBeCloseTo(0.75, 15);
    expect(correlationRatio([6, 6], [2, 2], 0)).toBeNull();
  });

  it('equals 1 − SS_within / SS_total computed from the raw responses', () => {
    const groups = fc.array(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 8 }), { minLength: 1, maxLength: 5 })
      .filter((gs) => {
        const all = gs.flat();
        return all.length > 1 && new Set(all).size > 1;
      });
    fc.assert(fc.property(groups, (gs) => {
      const all = gs.flat();
      const grand = all.reduce((s, y) => s + y, 0) / all.length;
      const total = all.reduce((s, y) => s + (y - grand) ** 2, 0);
      const within = gs.reduce((s, g) => {
        if (g.length === 0) return s;
        const m = g.reduce((t, y) => t + y, 0) / g.length;
        return s + g.reduce((t, y) => t + (y - m) ** 2, 0);
      }, 0);
      const eta2 = correlationRatio(gs.map((g) => g.reduce((t, y) => t + y, 0)), gs.map((g) => g.length), total)!;
      expect(eta2).toBeCloseTo(1 - within / total, 10);
    }));
  });
});
