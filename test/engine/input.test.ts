/**
 * Input checks, edge cases and purity of computeIndex.
 */
import { describe, expect, it } from 'vitest';
import { SmiError } from '../../src/errors.js';
import { computeIndex } from '../../src/engine/computeIndex.js';
import type { AreaInput } from '../../src/engine/types.js';
import type { MethodDescription } from '../../src/method/types.js';

function method(overrides: Partial<MethodDescription> = {}): MethodDescription {
  return {
    format: 1, id: 'm', label: 'M', normalisation: 'zscore', aggregation: 'mean', missing: 'available', hotspotShare: 0.2, ties: 'code',
    stages: [{ id: 's1', label: 'First', weight: 1 }, { id: 's2', label: 'Second', weight: 1 }],
    indicators: [
      { id: 'a', label: 'A', stage: 's1', direction: 'higher', unit: '', weight: 1 },
      { id: 'b', label: 'B', stage: 's2', direction: 'lower', unit: '', weight: 1 },
    ],
    ...overrides,
  };
}

const AREAS: AreaInput[] = [
  { code: 'E2', name: 'Two', values: { a: 2, b: 5 } },
  { code: 'E1', name: 'One', values: { a: 1, b: 3 } },
  { code: 'E3', name: 'Three', values: { a: 6, b: 4 } },
];

function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(SmiError);
    return (error as Error).message;
  }
  throw new Error('expected an SmiError');
}

describe('computeIndex input checks', () => {
  it('rejects duplicate area codes', () => {
    expect(errorOf(() => computeIndex(method(), [...AREAS, { code: 'E1', name: 'Again', values: {} }])))
      .toBe('area code "E1" appears more than once in the input');
  });

  it('reports the first bad or repeated code in input order, whether or not the input is sorted', () => {
    const area = (code: string): AreaInput => ({ code, name: code, values: { a: 1, b: 1 } });
    // sorted input: the repeat is found without a set of codes
    expect(errorOf(() => computeIndex(method(), ['E1', 'E2', 'E2'].map(area))))
      .toBe('area code "E2" appears more than once in the input');
    // a repeat of a code seen before the first step down
    expect(errorOf(() => computeIndex(method(), ['E1', 'E3', 'E2', 'E1'].map(area))))
      .toBe('area code "E1" appears more than once in the input');
    // a repeat before an empty code, and an empty code before a repeat
    expect(errorOf(() => computeIndex(method(), ['E2', 'E1', 'E2', ''].map(area))))
      .toBe('area code "E2" appears more than once in the input');
    expect(errorOf(() => computeIndex(method(), ['E1', 'E2', '', 'E1'].map(area))))
      .toBe('every area must have a non-empty string code');
  });

  it.each([
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    ['12', '"12"'],
  ])('rejects the value %s', (value, shown) => {
    const areas = [...AREAS, { code: 'E4', name: 'Four', values: { a: value as number, b: 1 } }];
    expect(errorOf(() => computeIndex(method(), areas)))
      .toBe(`area E4: the value of indicator "a" must be a finite number or null (got ${shown})`);
  });

  it('ignores values of ids that are not in the method, even invalid ones', () => {
    const areas = AREAS.map((a) => ({ ...a, values: { ...a.values, other: Number.NaN } }));
    expect(computeIndex(method(), areas).areas).toEqual(computeIndex(method(), AREAS).areas);
  });

  it('treats null and an absent key alike', () => {
    const withNull = [...AREAS, { code: 'E4', name: 'Four', values: { a: 3, b: null } }];
    const withoutKey = [...AREAS, { code: 'E4', name: 'Four', values: { a: 3 } }];
    const x = computeIndex(method(), withNull);
    expect(computeIndex(method(), withoutKey)).toEqual(x);
    expect(x.areas[3]!.unrankedReason).toBe('no value in the Second stage');
  });

  it('does not read inherited properties as values', () => {
    const m = method({ indicators: [
      { id: 'a', label: 'A', stage: 's1', direction: 'higher', unit: '', weight: 1 },
      { id: 'toString', label: 'T', stage: 's2', direction: 'higher', unit: '', weight: 1 },
    ] });
    const result = computeIndex(m, AREAS);
    expect(result.absentIndicators).toEqual(['toString']);
    expect(result.absentStages).toEqual(['s2']);
  });

  it('validates the method', () => {
    expect(errorOf(() => computeIndex(method({ hotspotShare: 0 }), AREAS)))
      .toBe('method: hotspotShare must be a number greater than 0 and at most 0.5 (got 0)');
  });

  it('refuses to run with no areas or no data at all', () => {
    expect(errorOf(() => computeIndex(method(), []))).toBe('there are no areas to rank');
    const empty = AREAS.map((a) => ({ ...a, values: {} }));
    expect(errorOf(() => computeIndex(method(), empty)))
      .toBe('no stage with a positive weight has any indicator value, so no overall score can be computed');
  });

  it('runs when a zero-weight stage has data but no weighted stage is absent', () => {
    const m = method({ stages: [{ id: 's1', label: 'First', weight: 1 }, { id: 's2', label: 'Second', weight: 0 }] });
    const result = computeIndex(m, AREAS);
    // overall = the First stage score alone; the Second stage is still scored and ranked
    for (const area of result.areas) expect(area.overall.score).toBe(area.stages.s1!.score);
    expect(result.areas.map((a) => a.stages.s2!.rank)).not.toContain(null);
  });
});

describe('computeIndex edge cases', () => {
  it('handles a single ranked area (all neutral scores, rank 1, no hotspots)', () => {
    const result = computeIndex(method(), [AREAS[0]!]);
    const only = result.areas[0]!;
    expect(only.indicators.a!.score).toBe(0);
    expect(only.indicators.b!.score).toBe(0); // not −0
    expect(Object.is(only.indicators.b!.score, 0)).toBe(true);
    expect(only.overall).toEqual({ score: 0, rank: 1, decile: 10, class: 'neither' });
    expect(result.hotspotCount).toBe(0);
    expect(result.summaries.a).toEqual({ count: 1, mean: 2, sd: null, min: 2, max: 2, median: 2 });
  });

  it('leaves out an indicator with no spread, saying why: its stage is the mean of the others, as if it had no data', () => {
    const constant = AREAS.map((a) => ({ ...a, values: { ...a.values, a: 0.1 } }));
    const noData = AREAS.map((a) => ({ ...a, values: { ...a.values, a: null } }));
    for (const normalisation of ['zscore', 'minmax', 'rank'] as const) {
      const result = computeIndex(method({ normalisation }), constant);
      expect(result.absentIndicators).toContain('a');
      expect(result.leftOut).toContainEqual({ indicator: 'a', reason: 'no spread: every area with a value has 0.1' });
      for (const area of result.areas) expect([area.indicators.a!.score, area.indicators.a!.rank]).toEqual([null, null]);
      const without = computeIndex(method({ normalisation }), noData);
      expect(result.areas.map((area) => area.overall.score)).toEqual(without.areas.map((area) => area.overall.score));
      expect(without.leftOut).toContainEqual({ indicator: 'a', reason: 'no area has a value' });
    }
  });

  it('says there is nothing to rank by when every indicator has no spread', () => {
    const flat = AREAS.map((a) => ({ ...a, values: Object.fromEntries(Object.keys(a.values).map((id) => [id, 7])) }));
    expect(() => computeIndex(method(), flat)).toThrow(/^every indicator with values has the same value in every area \(a 7, b 7\), so there is nothing to rank the areas by/);
  });

  it('handles zero ranked areas', () => {
    // b differs between the areas that have it (an indicator with no spread would be left out)
    const areas = AREAS.map((a, j): AreaInput => ({ ...a, values: j === 0 ? { a: 1 } : { b: j } }));
    const result = computeIndex(method({ missing: 'exclude' }), areas);
    expect(result.rankedCount).toBe(0);
    expect(result.hotspotCount).toBe(0);
    expect(result.areas.every((a) => !a.ranked && a.overall.rank === null)).toBe(true);
    expect(result.summaries.a!.count).toBe(0);
  });

  it('caps hotspots at ⌊N/2⌋ so no area is both a hotspot and a coldspot', () => {
    // N = 3, share 0.5: round(1.5) = 2 would overlap; capped at 1
    const result = computeIndex(method({ hotspotShare: 0.5 }), AREAS);
    expect(result.hotspotCount).toBe(1);
    expect(result.areas.map((a) => a.overall.class).sort()).toEqual(['coldspot', 'hotspot', 'neither']);
  });

  it('gives zero-weight indicators scores and ranks but no say in the stage', () => {
    const m = method({ indicators: [
      { id: 'a', label: 'A', stage: 's1', direction: 'higher', unit: '', weight: 1 },
      { id: 'z', label: 'Z', stage: 's1', direction: 'higher', unit: '', weight: 0 },
      { id: 'b', label: 'B', stage: 's2', direction: 'lower', unit: '', weight: 1 },
    ] });
    const areas = AREAS.map((a, j) => ({ ...a, values: { ...a.values, z: 10 * j } }));
    const result = computeIndex(m, areas);
    const plain = computeIndex(method(), AREAS);
    result.areas.forEach((area, j) => {
      expect(area.overall).toEqual(plain.areas[j]!.overall);
      expect(area.indicators.z!.score).not.toBeNull();
      expect(area.indicators.z!.rank).not.toBeNull();
      expect(area.indicators.z!.stageContribution).toBe(0);
      expect(area.stages.s1!.indicatorsUsed).toEqual(['a']);
    });
    // an area with only the zero-weight indicator in a stage has no value in that stage
    const lacking = computeIndex(m, [...areas, { code: 'E9', name: 'Nine', values: { z: 1, b: 1 } }]);
    expect(lacking.areas.at(-1)!.unrankedReason).toBe('no value in the First stage');
  });

  it('names several stages and indicators in reasons', () => {
    const m = method({ stages: [
      { id: 's1', label: 'First', weight: 1 }, { id: 's2', label: 'Second', weight: 1 }, { id: 's3', label: 'Third', weight: 1 },
    ], indicators: [
      { id: 'a', label: 'A', stage: 's1', direction: 'higher', unit: '', weight: 1 },
      { id: 'b', label: 'B', stage: 's2', direction: 'lower', unit: '', weight: 1 },
      { id: 'c', label: 'C', stage: 's3', direction: 'lower', unit: '', weight: 1 },
    ] });
    const areas = [...AREAS.map((a, i) => ({ ...a, values: { ...a.values, c: i + 1 } })), { code: 'E9', name: 'Nine', values: {} }];
    expect(computeIndex(m, areas).areas.at(-1)!.unrankedReason).toBe('no value in the First, Second and Third stages');
    expect(computeIndex({ ...m, missing: 'exclude' }, areas).areas.at(-1)!.unrankedReason).toBe('no value for A, B and C');
  });
});

describe('computeIndex purity', () => {
  it('does not change its inputs and gives the same result twice', () => {
    const m = method();
    const areas = structuredClone(AREAS);
    const frozen = (x: unknown): unknown => {
      if (typeof x === 'object' && x !== null) {
        Object.values(x).forEach(frozen);
        Object.freeze(x);
      }
      return x;
    };
    frozen(m);
    frozen(areas);
    const first = computeIndex(m, areas);
    const second = computeIndex(m, areas);
    expect(second).toEqual(first);
    expect(areas).toEqual(AREAS);
    expect(first.method).toBe(m);
    // the result is plain JSON data
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
  });
});
