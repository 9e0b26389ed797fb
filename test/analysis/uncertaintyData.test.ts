/**
 * The data assumption (src/analysis/uncertainty/data.ts): stand-in and county-wide indicators left
 * out at random, the small-area adjustment switched off. Expected ranks come from computeIndex
 * under the method with the indicator's weight set to 0, or on the unadjusted values; the subset
 * probabilities are worked by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedSubsets, subsetCumulative } from '../../src/analysis/uncertainty/data.js';
import { uncertainty, type UncertaintyAreaInput } from '../../src/analysis/uncertainty.js';
import { computeIndex } from '../../src/engine/computeIndex.js';
import type { MethodDescription } from '../../src/method/types.js';
import type { Level } from '../../src/method/vocabulary.js';

/** Stage A = {a1 (a stand-in), a2}, stage B = {b1}; min–max, mean. */
const METHOD: MethodDescription = {
  format: 1,
  id: 'data-test',
  label: 'data test',
  stages: [
    { id: 'A', label: 'Stage A', weight: 1 },
    { id: 'B', label: 'Stage B', weight: 1 },
  ],
  indicators: [
    { id: 'a1', label: 'A one', stage: 'A', direction: 'higher', unit: '%', weight: 1 },
    { id: 'a2', label: 'A two', stage: 'A', direction: 'higher', unit: '%', weight: 1 },
    { id: 'b1', label: 'B one', stage: 'B', direction: 'higher', unit: '%', weight: 1 },
  ],
  normalisation: 'minmax',
  aggregation: 'mean',
  missing: 'available',
  hotspotShare: 0.2,
  ties: 'code',
};

const a1 = [90, 10, 50, 70, 30, 60];
const a2 = [10, 80, 40, 20, 60, 50];
const b1 = [50, 50, 55, 45, 52, 48];
const AREAS: UncertaintyAreaInput[] = a1.map((value, i) => ({
  code: `E0${i}`,
  name: `Area ${i}`,
  values: { a1: value, a2: a2[i]!, b1: b1[i]! },
  levels: { a1: 'proxy', a2: 'exact', b1: 'exact' },
}));

const ranksOf = (method: MethodDescription, areas: readonly UncertaintyAreaInput[]) => computeIndex(method, areas).areas.map((a) => a.overall.rank!);
const without = (id: string): MethodDescription => ({ ...METHOD, indicators: METHOD.indicators.map((i) => (i.id === id ? { ...i, weight: 0 } : i)) });

describe('the data assumption against computeIndex', () => {
  it('leaves out only the stand-in, half the runs at omit ½: each rank is one of the two computeIndex ranks, and data explains all the variance', () => {
    const kept = ranksOf(METHOD, AREAS);
    const left = ranksOf(without('a1'), AREAS);
    expect(left).not.toEqual(kept); // the example must move something
    const result = uncertainty(METHOD, AREAS, { runs: 2000, seed: 3, concentration: 50, omit: 0.5, vary: ['data'] });
    expect(result.dataIndicators).toEqual(['a1']);
    result.areas.forEach((area, i) => {
      const pair = [kept[i]!, left[i]!].sort((x, y) => x - y);
      expect([area.p05, area.p95]).toEqual(pair);
    });
    // the rank is a function of one binary draw: a line in it fits exactly
    expect(result.sensitivity.data).toBeCloseTo(1, 9);
  });

  it('switches the small-area adjustment off in about half the runs, using the county values', () => {
    const county: UncertaintyAreaInput[] = AREAS.map((area, i) => ({
      ...area,
      levels: { a1: 'exact', a2: i < 3 ? 'estimated' : 'exact', b1: 'exact' } as Record<string, Level>,
      ...(i < 3 ? { unadjusted: { a2: 45 } } : {}),
    }));
    const adjusted = ranksOf(METHOD, county);
    const off = ranksOf(METHOD, county.map((area) => ({ ...area, values: { ...area.values, ...(area.unadjusted ?? {}) } })));
    expect(off).not.toEqual(adjusted);
    const result = uncertainty(METHOD, county, { runs: 2000, seed: 4, concentration: 50, omit: 0, vary: ['data'] });
    // a2 is an estimated value (a stand-in level), so it may be left out; omit 0 leaves only the switch
    expect(result.unadjustedValues).toBe(3);
    result.areas.forEach((area, i) => expect([area.p05, area.p95]).toEqual([adjusted[i]!, off[i]!].sort((x, y) => x - y)));
    const moved = result.areas.filter((_, i) => adjusted[i] !== off[i]);
    // P(off) = ½: a moved area is in its "off" rank's class in about half the runs (SD √(¼/2000) ≈ 0.011)
    for (const area of moved) expect(area.p05).not.toBe(area.p95);
    expect(result.sensitivity.data).toBeCloseTo(1, 9);
  });

  it('never leaves a ranked area without a value in a stage: with omit 1 it keeps the one indicator an area has', () => {
    // both A indicators are stand-ins; Area 0 has no a2, so a1 may never go, and omit 1 always drops a2
    const areas = AREAS.map((area, i) => ({
      ...area,
      values: { ...area.values, a2: i === 0 ? null : area.values.a2! },
      levels: { a1: 'proxy', a2: 'proxy-county', b1: 'exact' } as Record<string, Level>,
    }));
    const expected = ranksOf(without('a2'), areas);
    const result = uncertainty(METHOD, areas, { runs: 200, seed: 5, concentration: 50, omit: 1, vary: ['data'] });
    result.areas.forEach((area, i) => expect([area.p05, area.p95], area.name).toEqual([expected[i]!, expected[i]!]));
  });

  it('adds nothing for a dataset of exact or supplied values', () => {
    const exact = AREAS.map((area) => ({ ...area, levels: { a1: 'supplied', a2: 'exact', b1: 'supplied' } as Record<string, Level> }));
    const result = uncertainty(METHOD, exact, { runs: 50, seed: 1, concentration: 50, vary: ['data'] });
    expect(result.dataIndicators).toEqual([]);
    expect(result.areas.every((area) => area.p05 === area.rank && area.p95 === area.rank)).toBe(true);
    expect(result.sensitivity.data).toBe(0);
  });
});

describe('the subsets a stage may leave out', () => {
  it('are those that leave every ranked area a value (worked by hand)', () => {
    // two stand-ins; one area has both (mask 0b11), one only the first (0b01): {second} may go, {first} and {both} may not
    expect(allowedSubsets(2, [{ present: 0b11, others: false }, { present: 0b01, others: false }])).toEqual([0b00, 0b10]);
    // an area with a value of an exact indicator of the stage keeps a value whatever goes
    expect(allowedSubsets(2, [{ present: 0b01, others: true }])).toEqual([0b00, 0b01, 0b10, 0b11]);
  });

  it('are drawn with P(D) ∝ omit^|D| (1 − omit)^(k − |D|) (worked by hand)', () => {
    // k = 2, omit ¼, {both} not allowed: weights 9/16, 3/16, 3/16 over 15/16 → 0.6, 0.2, 0.2
    const cumulative = subsetCumulative([0b00, 0b01, 0b10], 2, 0.25);
    expect(cumulative[0]).toBeCloseTo(0.6, 12);
    expect(cumulative[1]).toBeCloseTo(0.8, 12);
    expect(cumulative[2]).toBe(1);
    // omit 1 with {both} not allowed: the largest allowed subsets, equally likely
    expect(Array.from(subsetCumulative([0b00, 0b01, 0b10], 2, 1))).toEqual([0, 0.5, 1]);
  });
});

describe('properties', () => {
  const value = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 5 });
  const level = fc.constantFrom<Level>('exact', 'exact-county', 'estimated', 'proxy', 'proxy-county', 'supplied');
  const dataset = fc.array(fc.tuple(value, value, value, level, level, level), { minLength: 3, maxLength: 12 }).map((rows) =>
    rows.map(([x, y, z, l1, l2, l3], i): UncertaintyAreaInput => ({ code: `E${String(i).padStart(2, '0')}`, name: `Area ${i}`, values: { a1: x, a2: y, b1: z }, levels: { a1: l1, a2: l2, b1: l3 } })),
  );
  const rankable = (areas: readonly UncertaintyAreaInput[]): boolean => {
    try {
      return computeIndex(METHOD, areas).areas.some((a) => a.overall.rank !== null);
    } catch {
      return false;
    }
  };

  it('keeps the same areas ranked in every run, and each interval within the ranks, for any omit', () => {
    fc.assert(
      fc.property(dataset.filter(rankable), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (areas, omit, seed) => {
        const point = computeIndex(METHOD, areas).areas.map((a) => a.overall.rank);
        const result = uncertainty(METHOD, areas, { runs: 40, seed, concentration: 50, omit, vary: ['data'] });
        result.areas.forEach((area, i) => {
          expect(area.rank).toBe(point[i]);
          if (area.rank === null) return;
          expect(area.p05! >= 1 && area.p05! <= area.p95! && area.p95! <= result.rankedCount).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('with omit 0 and nothing to switch, gives exactly the runs of the same analysis without data', () => {
    fc.assert(
      fc.property(dataset.filter(rankable), fc.integer({ min: 0, max: 1000 }), (areas, seed) => {
        const options = { runs: 30, seed, concentration: 20 };
        const withData = uncertainty(METHOD, areas, { ...options, omit: 0, vary: ['weights', 'normalisation', 'data'] });
        const withoutData = uncertainty(METHOD, areas, { ...options, vary: ['weights', 'normalisation'] });
        expect(withData.areas).toEqual(withoutData.areas);
      }),
      { numRuns: 40 },
    );
  });
});
