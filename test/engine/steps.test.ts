/**
 * The engine's individual, re-runnable steps.
 */
import { describe, expect, it } from 'vitest';
import {
  aggregateOverall,
  aggregateStages,
  buildResult,
  classify,
  computeColumns,
  computeIndex,
  hotspotCountFor,
  normalise,
  normaliseColumn,
  prepare,
  rankAndClassify,
  rankColumn,
  rankIndicators,
  selectRankedAreas,
  summariseColumn,
} from '../../src/engine/index.js';
import type { AreaInput } from '../../src/engine/types.js';
import type { MethodDescription } from '../../src/method/types.js';

const METHOD: MethodDescription = {
  format: 1, id: 'm', label: 'M', normalisation: 'zscore', aggregation: 'mean', missing: 'available', hotspotShare: 0.2, ties: 'code',
  stages: [{ id: 's1', label: 'First', weight: 2 }, { id: 's2', label: 'Second', weight: 1 }, { id: 's3', label: 'Third', weight: 1 }],
  indicators: [
    { id: 'a', label: 'A', stage: 's1', direction: 'higher', unit: '', weight: 1 },
    { id: 'b', label: 'B', stage: 's2', direction: 'lower', unit: '', weight: 1 },
    { id: 'c', label: 'C', stage: 's2', direction: 'higher', unit: '', weight: 1 },
    { id: 'd', label: 'D', stage: 's3', direction: 'higher', unit: '', weight: 1 },
  ],
};

const AREAS: AreaInput[] = [
  { code: 'E9', name: 'Nine', values: { a: 1, b: 2, c: null } },
  { code: 'E10', name: 'Ten', values: { a: 3, b: 1, c: 7 } },
  { code: 'E2', name: 'Two', values: { a: 2, c: 5 } },
  { code: 'E1', name: 'One', values: { b: 4, c: 1 } },
];

describe('prepare', () => {
  const p = prepare(METHOD, AREAS);

  it('sorts areas by code in code-unit order and lays values out in columns', () => {
    // "E1" < "E10" < "E2" < "E9" as strings
    expect(p.codes).toEqual(['E1', 'E10', 'E2', 'E9']);
    expect(p.names).toEqual(['One', 'Ten', 'Two', 'Nine']);
    expect(Array.from(p.inputIndex)).toEqual([3, 1, 2, 0]);
    expect(Array.from(p.values[0]!)).toEqual([Number.NaN, 3, 2, 1]);
    expect(Array.from(p.values[2]!)).toEqual([1, 7, 5, Number.NaN]);
    expect(Array.from(p.presentCount)).toEqual([3, 3, 3, 0]);
  });

  it('finds absent indicators and stages', () => {
    expect(p.absentIndicators).toEqual(['d']);
    expect(p.absentStages).toEqual(['s3']);
    expect(Array.from(p.stageIndicators[1]!)).toEqual([1, 2]);
    expect(Array.from(p.stageIndicators[2]!)).toEqual([]);
  });
});

describe('the steps one by one', () => {
  const p = prepare(METHOD, AREAS);
  const selection = selectRankedAreas(p);

  it('selectRankedAreas applies the missing rule', () => {
    // E1 has no A, the only indicator of First
    expect(Array.from(selection.ranked)).toEqual([0, 1, 1, 1]);
    expect(Array.from(selection.rankedAreas)).toEqual([1, 2, 3]);
    expect(selection.reasons).toEqual(['no value in the First stage', null, null, null]);
    const exclude = selectRankedAreas(prepare({ ...METHOD, missing: 'exclude' }, AREAS));
    // D is absent, so it is not required
    expect(exclude.reasons).toEqual(['no value for A', null, 'no value for B', 'no value for C']);
  });

  it('normalise scores over the ranked areas only', () => {
    const scores = normalise(p, selection);
    // A over E10, E2, E9 = 3, 2, 1: mean 2, SD 1 → 1, 0, −1
    expect(Array.from(scores[0]!)).toEqual([Number.NaN, 1, 0, -1]);
    // B (lower is better) over E10, E9 = 1, 2: mean 1.5, SD √0.5 → −(−0.5)/√0.5 = √0.5, −√0.5
    expect(scores[1]![1]).toBeCloseTo(Math.SQRT1_2, 14);
    expect(scores[1]![3]).toBeCloseTo(-Math.SQRT1_2, 14);
    expect(scores[1]![2]).toBeNaN();
    expect(Array.from(scores[3]!).every(Number.isNaN)).toBe(true);
  });

  it('aggregateStages, aggregateOverall and rankAndClassify compose like computeColumns, and can be rerun', () => {
    const scores = normalise(p, selection);
    const stages = aggregateStages(p, selection, scores);
    const overall = aggregateOverall(p, selection, stages);
    const ranking = rankAndClassify(p, selection, stages, overall);
    const indicatorRanking = rankIndicators(p, selection);
    const columns = computeColumns(p);
    expect(columns).toEqual({ selection, scores, stages, overall, ranking, indicatorRanking });
    expect(computeColumns(p)).toEqual(columns);
    expect(buildResult(p, columns)).toEqual(computeIndex(METHOD, AREAS));
    // First weighs 2 and Second 1 (Third is absent): shares 2/3 and 1/3
    expect(Array.from(overall.stageShares)).toEqual([2 / 3, 1 / 3, 0]);
    // E2: First = A score 0; Second = C only (no B). C over the ranked areas with a value, E10 and
    // E2 = 7, 5 (E1's 1 is left out: E1 is unranked): mean 6, SD √2 → (5 − 6)/√2 = −1/√2.
    // overall = (2/3)·0 + (1/3)·(−1/√2) = −0.235702260396
    expect(overall.overallScores[2]).toBeCloseTo((2 / 3) * 0 + (1 / 3) * (-1 / Math.SQRT2), 14);
    expect(ranking.rankedCount).toBe(3);
    expect(ranking.hotspotCount).toBe(1); // round(0.6)
    expect(ranking.overallRanks[0]).toBe(0); // unranked
  });
});

describe('re-weighting through the steps, reusing the selection and the scores', () => {
  it('matches computeIndex on the re-weighted method', () => {
    const p = prepare(METHOD, AREAS);
    const selection = selectRankedAreas(p);
    const scores = normalise(p, selection);
    const weights = Float64Array.of(1, 3, 0.5, 2);
    const q = { ...p, indicatorWeights: weights };
    const stages = aggregateStages(q, selection, scores);
    const overall = aggregateOverall(q, selection, stages);
    const ranks = rankColumn(overall.overallScores, selection.rankedAreas, METHOD.ties, p.n);
    const reweighted = structuredClone(METHOD);
    reweighted.indicators.forEach((ind, i) => (ind.weight = weights[i]!));
    const expected = computeIndex(reweighted, AREAS);
    p.codes.forEach((code, c) => {
      const area = expected.areas.find((a) => a.code === code)!;
      expect(area.overall.rank ?? 0).toBe(ranks[c]);
      if (area.overall.score !== null) expect(overall.overallScores[c]).toBe(area.overall.score);
    });
  });
});

describe('normaliseColumn', () => {
  it('orients each normalisation and never returns −0', () => {
    expect(normaliseColumn([1, 2, 3], 'zscore', 'lower')).toEqual([1, 0, -1]);
    expect(Object.is(normaliseColumn([1, 2, 3], 'zscore', 'lower')[1], 0)).toBe(true);
    expect(Object.is(normaliseColumn([5, 5], 'zscore', 'lower')[0], 0)).toBe(true);
    // a −0 value at the mean (z-scores) or at the minimum (min–max) scores +0 whichever the direction
    for (const direction of ['higher', 'lower'] as const) {
      expect(Object.is(normaliseColumn([-1, -0, 1], 'zscore', direction)[1], 0), direction).toBe(true);
      expect(normaliseColumn([0, -0, 1], 'minmax', direction).some((s) => Object.is(s, -0)), direction).toBe(false);
    }
    expect(normaliseColumn([1, 2, 5], 'minmax', 'lower')).toEqual([100, 75, 0]);
    expect(normaliseColumn([1, 2, 5], 'rank', 'lower')).toEqual([100, 50, 0]);
    expect(normaliseColumn([1, 2, 5], 'rank', 'higher')).toEqual([0, 50, 100]);
  });
});

describe('rankColumn, hotspotCountFor, classify', () => {
  it('ranks a subset of positions and leaves 0 elsewhere', () => {
    const column = Float64Array.of(5, Number.NaN, 7, 5);
    expect(Array.from(rankColumn(column, [0, 2, 3], 'code', 4))).toEqual([2, 0, 1, 3]);
    expect(Array.from(rankColumn(column, [0, 2, 3], 'shared', 4))).toEqual([2, 0, 1, 2]);
  });

  it('counts hotspots with Math.round, capped at half', () => {
    expect(hotspotCountFor(0.2, 324)).toBe(65); // 64.8
    expect(hotspotCountFor(0.2, 294)).toBe(59); // 58.8
    expect(hotspotCountFor(0.2, 322)).toBe(64); // 64.4
    expect(hotspotCountFor(0.25, 10)).toBe(3); // 2.5 rounds up
    expect(hotspotCountFor(0.5, 7)).toBe(3); // round(3.5) = 4, capped at 3
    expect(hotspotCountFor(0.2, 0)).toBe(0);
  });

  it('classifies by rank', () => {
    expect([1, 65, 66, 259, 260, 324].map((r) => classify(r, 324, 65)))
      .toEqual(['hotspot', 'hotspot', 'neither', 'neither', 'coldspot', 'coldspot']);
  });
});

describe('summariseColumn', () => {
  it('summarises raw values', () => {
    // 1, 2, 6: mean 3, squared deviations 4 + 1 + 9 = 14 → SD √7, median 2
    const s = summariseColumn([6, 1, 2]);
    expect(s).toEqual({ count: 3, mean: 3, sd: Math.sqrt(7), min: 1, max: 6, median: 2 });
    expect(summariseColumn([])).toEqual({ count: 0, mean: null, sd: null, min: null, max: null, median: null });
  });
});
