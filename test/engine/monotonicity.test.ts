/**
 * Monotonicity: does improving one area's value on one indicator (in its better direction) ever
 * worsen that area's overall rank?
 *
 * - min–max and percentile-rank normalisation (either aggregation, complete data): NO. Raising
 *   area a's raw value (for a higher-is-better indicator) can only raise a's own score and can
 *   only lower or keep everyone else's: for min–max, other areas' scores (x − min)/(max − min)
 *   change only through min or max, and both can only move towards a's new value, which lowers
 *   (x − min)/(max − min) for every x in [min, max]; for percentile ranks, a overtakes some areas
 *   (their ranks drop) and no one overtakes a. With `mean` aggregation the overall score is a
 *   fixed positive combination of the indicator scores, so for every other area b the gap
 *   O_a − O_b can only grow, and a's rank cannot worsen.
 *   With `geometric` aggregation the column is first shifted, s′ = s − min + 1, and the shift
 *   can move: for percentile ranks the minimum is 100·(E − 1)/(2(n − 1)) when E values tie at the
 *   bottom, so when a leaves a tied bottom group the minimum falls by 50/(n − 1) and every other
 *   area's s′ RISES (other areas' overall scores can go up: tested below). What still holds is
 *   that ln O_a − ln O_b never falls, because ln O is a positive combination of ln s′ and
 *   s′_a / s′_b never falls: if a was not in the bottom group the shift does not move; if it was,
 *   s′_a was 1, s′_a becomes at least 1 + 50/(n − 1) and s′_b grows by at most 50/(n − 1) ≤
 *   (s′_a − 1)·s′_b. (For min–max the minimum is always 0, or all scores are 50, so s′ = s + 1.)
 * - z-scores: the property does NOT hold in general. Raising x_a raises the SD, which pulls every
 *   other area's z-score towards 0: areas below the mean gain, and one that trails a only
 *   slightly can overtake it (worked counterexample below). What does hold, and is tested:
 *   a's own z-score never falls. With the other values fixed (mean μ, sum of squared deviations
 *   S among the others, n areas, u = x_a − μ), z_a = c·u / √(S + k·u²) with c, k > 0, whose
 *   derivative in u is c·S / (S + k·u²)^{3/2} ≥ 0. So (mean aggregation, complete data) a's
 *   overall score, a fixed positive combination of its own z-scores, never falls either, and
 *   nor does a's rank on that indicator (ranks depend only on the order of raw values).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../src/engine/computeIndex.js';
import type { AreaInput } from '../../src/engine/types.js';
import type { MethodDescription } from '../../src/method/types.js';
import { scenarioArbitrary, type Scenario } from './arbitraries.js';
import { near } from './helpers.js';

const RUNS = { numRuns: 200 };

/** Picks an area and an indicator, and an improvement step in the indicator's better direction. */
function withImprovement(options: Parameters<typeof scenarioArbitrary>[0]) {
  return scenarioArbitrary({ ...options, missingRate: 0 }).chain((s) => fc.tuple(
    fc.constant(s),
    fc.integer({ min: 0, max: s.areas.length - 1 }),
    fc.integer({ min: 0, max: s.method.indicators.length - 1 }),
    fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.001, max: 5000, noNaN: true })),
  ));
}

function improve(s: Scenario, a: number, i: number, step: number): AreaInput[] {
  const ind = s.method.indicators[i]!;
  return s.areas.map((area, j) => {
    if (j !== a) return area;
    const v = area.values[ind.id] as number;
    return { ...area, values: { ...area.values, [ind.id]: ind.direction === 'higher' ? v + step : v - step } };
  });
}

describe('improving a value never worsens the overall rank (min–max and rank normalisation)', () => {
  it('holds for mean and geometric aggregation, either tie rule', () => {
    fc.assert(fc.property(withImprovement({ normalisations: ['minmax', 'rank'], zeroWeights: true }), ([s, a, i, step]) => {
      const before = computeIndex(s.method, s.areas);
      const after = computeIndex(s.method, improve(s, a, i, step));
      // a change that gives a flat indicator spread (or makes one flat) brings it in (or leaves it out): another index
      fc.pre(after.absentIndicators.join() === before.absentIndicators.join());
      const mine = after.areas[a]!;
      const own = before.areas[a]!;
      expect(mine.indicators[s.method.indicators[i]!.id]!.score as number)
        .toBeGreaterThanOrEqual((own.indicators[s.method.indicators[i]!.id]!.score as number) - 1e-9);
      expect(mine.overall.score as number).toBeGreaterThanOrEqual((own.overall.score as number) * (1 - 1e-12) - 1e-9);
      // Allow for areas that end up (numerically) level with a: rounding may order them either way.
      const level = after.areas.filter((x, j) => j !== a && near(x.overall.score, mine.overall.score, 1e-9)).length;
      expect(mine.overall.rank as number).toBeLessThanOrEqual((own.overall.rank as number) + level);
      // for every other area b, a's lead (O_a − O_b, or ln O_a − ln O_b for geometric) never shrinks
      const gap = s.method.aggregation === 'mean'
        ? (x: number, y: number) => x - y
        : (x: number, y: number) => Math.log(x) - Math.log(y);
      after.areas.forEach((x, j) => {
        if (j === a) return;
        const was = gap(own.overall.score as number, before.areas[j]!.overall.score as number);
        const now = gap(mine.overall.score as number, x.overall.score as number);
        expect(now).toBeGreaterThanOrEqual(was - 1e-9 * (1 + Math.abs(was)));
      });
      // with mean aggregation, every other area's overall score falls or stays
      if (s.method.aggregation === 'mean') {
        after.areas.forEach((x, j) => {
          if (j !== a) expect(x.overall.score as number).toBeLessThanOrEqual((before.areas[j]!.overall.score as number) + 1e-9);
        });
      }
    }), RUNS);
  });

  it('geometric + rank: other areas\' scores can rise when a leaves a tied bottom group (yet a keeps its lead)', () => {
    // One stage, indicators P and Q (weights 1), percentile ranks, geometric. Q = 0, 0, 0, 0, 1.
    // Q's scores: the four 0s share rank 2.5 → 100·1.5/4 = 37.5; the 1 → 100. Minimum 37.5, so
    // s′ = s − 36.5: 1, 1, 1, 1, 63.5. E0 raises Q to 0.001: ranks 4 → 75, the three 0s share rank 2
    // → 25, E4 stays 100; minimum 25, s′ = s − 24: 51, 1, 1, 1, 76. E4's s′ rose from 63.5 to 76.
    const method: MethodDescription = {
      format: 1, id: 'g', label: 'G', normalisation: 'rank', aggregation: 'geometric', missing: 'available', hotspotShare: 0.2, ties: 'code',
      stages: [{ id: 's', label: 'S', weight: 1 }],
      indicators: [
        { id: 'P', label: 'P', stage: 's', direction: 'higher', unit: '', weight: 1 },
        { id: 'Q', label: 'Q', stage: 's', direction: 'higher', unit: '', weight: 1 },
      ],
    };
    const areas = (q0: number): AreaInput[] => ['E0', 'E1', 'E2', 'E3', 'E4'].map((code, j) =>
      ({ code, name: code, values: { P: 0, Q: j === 0 ? q0 : j === 4 ? 1 : 0 } }));
    const before = computeIndex(method, areas(0)).areas;
    const after = computeIndex(method, areas(0.001)).areas;
    // P is 0 everywhere: no spread, so it is left out, and the overall score is s′_Q alone.
    expect(before[4]!.overall.score).toBeCloseTo(63.5, 12);
    expect(after[4]!.overall.score).toBeCloseTo(76, 12);
    expect(before[0]!.overall.score).toBeCloseTo(1, 12);
    expect(after[0]!.overall.score).toBeCloseTo(51, 12);
    // E0: rank 2 (E0 ties E1–E3 at 1 and wins on code) → still 2, now clear of E1–E3
    expect([before[0]!.overall.rank, after[0]!.overall.rank]).toEqual([2, 2]);
  });
});

describe('improving a value under z-scores', () => {
  it('never lowers the area\'s own indicator score, indicator rank or overall score (mean aggregation)', () => {
    fc.assert(fc.property(withImprovement({ normalisations: ['zscore'], aggregations: ['mean'] }), ([s, a, i, step]) => {
      const id = s.method.indicators[i]!.id;
      const beforeAll = computeIndex(s.method, s.areas);
      const afterAll = computeIndex(s.method, improve(s, a, i, step));
      // a change that gives a flat indicator spread (or makes one flat) brings it in (or leaves it out): another index
      fc.pre(afterAll.absentIndicators.join() === beforeAll.absentIndicators.join());
      const before = beforeAll.areas[a]!;
      const after = afterAll.areas[a]!;
      expect(after.indicators[id]!.score as number).toBeGreaterThanOrEqual((before.indicators[id]!.score as number) - 1e-9);
      expect(after.overall.score as number).toBeGreaterThanOrEqual((before.overall.score as number) - 1e-9);
      expect(after.indicators[id]!.rank as number).toBeLessThanOrEqual(before.indicators[id]!.rank as number);
    }), RUNS);
  });

  it('can worsen the overall rank: a worked counterexample', () => {
    // Two stages of one indicator each, equal weights; overall = (z_x + z_y)/2.
    //   area  x   y
    //   A     9   3
    //   B     4   5
    //   C     1   9
    //   D     5   4
    // y: mean 5.25, squared deviations 5.0625 + 0.0625 + 14.0625 + 1.5625 = 20.75, SD √(20.75/3) = 2.629956
    //   → z_y = −0.855528, −0.095059, 1.425880, −0.475293 (unchanged below)
    // x before: mean 4.75, SD 3.304038 → z_x(A) = 4.25/3.304038 = 1.286305, z_x(C) = −3.75/3.304038 = −1.134975
    //   overall A = (1.286305 − 0.855528)/2 = 0.215389 (rank 1); C = (−1.134975 + 1.425880)/2 = 0.145452 (rank 2)
    // A improves x from 9 to 29: mean 9.75, squared deviations 370.5625 + 33.0625 + 76.5625 + 22.5625
    //   = 502.75, SD √(502.75/3) = 12.945398 → z_x(A) = 19.25/12.945398 = 1.487015 (up by 0.20),
    //   z_x(C) = −8.75/12.945398 = −0.675916 (up by 0.46: the larger SD pulls C towards the mean)
    //   overall A = 0.315744, C = (−0.675916 + 1.425880)/2 = 0.374982 → C overtakes A: A falls to rank 2.
    const method: MethodDescription = {
      format: 1, id: 'two', label: 'Two', normalisation: 'zscore', aggregation: 'mean', missing: 'available', hotspotShare: 0.25, ties: 'code',
      stages: [{ id: 's1', label: 'One', weight: 1 }, { id: 's2', label: 'Two', weight: 1 }],
      indicators: [
        { id: 'x', label: 'X', stage: 's1', direction: 'higher', unit: '', weight: 1 },
        { id: 'y', label: 'Y', stage: 's2', direction: 'higher', unit: '', weight: 1 },
      ],
    };
    const areas = (ax: number): AreaInput[] => [
      { code: 'A', name: 'A', values: { x: ax, y: 3 } },
      { code: 'B', name: 'B', values: { x: 4, y: 5 } },
      { code: 'C', name: 'C', values: { x: 1, y: 9 } },
      { code: 'D', name: 'D', values: { x: 5, y: 4 } },
    ];
    const before = computeIndex(method, areas(9)).areas;
    const after = computeIndex(method, areas(29)).areas;
    expect(before[0]!.overall.score).toBeCloseTo(0.215389, 6);
    expect(before[2]!.overall.score).toBeCloseTo(0.145452, 6);
    expect(after[0]!.overall.score).toBeCloseTo(0.315744, 6);
    expect(after[2]!.overall.score).toBeCloseTo(0.374982, 6);
    expect(before[0]!.overall.rank).toBe(1);
    expect(after[0]!.overall.rank).toBe(2);
    // the area's own score still rose
    expect(after[0]!.indicators.x!.score as number).toBeGreaterThan(before[0]!.indicators.x!.score as number);
  });
});
