/**
 * A hand-worked example: 5 ranked areas × 4 indicators in 2 stages, plus one unranked area.
 *
 *   stage "early" (Early life, weight 1): A (higher is better, weight 1), B (LOWER is better, weight 1)
 *   stage "later" (Later life, weight 3): C (higher, weight 2), D (higher, weight 1)
 *
 *   code  A  B   C    D
 *   E01   1  2   10   0
 *   E02   2  4   20   4
 *   E03   3  4   30   8
 *   E04   4  6   60   4
 *   E05   5  9   —    4      ← no C: its Later life score is D's score alone
 *   E06   —  —   100  100    ← no A or B: unranked under `available` ("no value in the Early life stage")
 *
 * Every expected number below is derived by hand from the formulas in the comments (the decimals
 * were checked independently with a calculator), never taken from the engine's output.
 * E06 is unranked, so it must not enter any statistic: if it did, C's and D's means would change.
 */
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../src/engine/computeIndex.js';
import type { AreaInput, IndexResult } from '../../src/engine/types.js';
import type { Aggregation, MethodDescription, Normalisation, TieRule } from '../../src/method/types.js';

function method(normalisation: Normalisation, aggregation: Aggregation, ties: TieRule = 'code'): MethodDescription {
  return {
    format: 1,
    id: 'hand',
    label: 'Hand-worked',
    stages: [
      { id: 'early', label: 'Early life', weight: 1 },
      { id: 'later', label: 'Later life', weight: 3 },
    ],
    indicators: [
      { id: 'A', label: 'Indicator A', stage: 'early', direction: 'higher', unit: 'x', weight: 1 },
      { id: 'B', label: 'Indicator B', stage: 'early', direction: 'lower', unit: 'x', weight: 1 },
      { id: 'C', label: 'Indicator C', stage: 'later', direction: 'higher', unit: 'x', weight: 2 },
      { id: 'D', label: 'Indicator D', stage: 'later', direction: 'higher', unit: 'x', weight: 1 },
    ],
    normalisation,
    aggregation,
    missing: 'available',
    hotspotShare: 0.2,
    ties,
  };
}

// Input deliberately not in code order; "other" is not an indicator of the method and is ignored.
const AREAS: AreaInput[] = [
  { code: 'E03', name: 'Three', values: { A: 3, B: 4, C: 30, D: 8 } },
  { code: 'E01', name: 'One', values: { A: 1, B: 2, C: 10, D: 0, other: 1e9 } },
  { code: 'E06', name: 'Six', values: { A: null, C: 100, D: 100 } },
  { code: 'E05', name: 'Five', values: { A: 5, B: 9, C: null, D: 4 } },
  { code: 'E02', name: 'Two', values: { A: 2, B: 4, C: 20, D: 4 } },
  { code: 'E04', name: 'Four', values: { A: 4, B: 6, C: 60, D: 4 } },
];
const RANKED = ['E01', 'E02', 'E03', 'E04', 'E05'] as const;
type Column = (number | null)[]; // E01..E05

interface Expected {
  scores: { A: Column; B: Column; C: Column; D: Column };
  early: number[];
  later: number[];
  overall: number[];
  earlyRank: number[];
  laterRank: number[];
  overallRank: number[];
}

const DIGITS = 11;

function area(result: IndexResult, code: string) {
  const found = result.areas.find((a) => a.code === code);
  if (found === undefined) throw new Error(`no area ${code}`);
  return found;
}

function closeTo(actual: number | null, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(actual, label).not.toBeNull();
  expect(actual as number, label).toBeCloseTo(expected, DIGITS);
}

// Aggregation by hand. mean: Early = (A + B)/2; Later = (2C + D)/3, or D alone when C is missing;
// overall = (1·Early + 3·Later)/4.
function byMean(s: Expected['scores']): Pick<Expected, 'early' | 'later' | 'overall'> {
  const early = RANKED.map((_, j) => ((s.A[j] as number) + (s.B[j] as number)) / 2);
  const later = RANKED.map((_, j) => (s.C[j] === null ? (s.D[j] as number) : (2 * (s.C[j] as number) + (s.D[j] as number)) / 3));
  const overall = early.map((e, j) => (e + 3 * (later[j] as number)) / 4);
  return { early, later, overall };
}

// geometric: shift each indicator s′ = s − min + 1; Early = √(A′·B′); Later = (C′²·D′)^(1/3), or D′
// alone; overall = (Early · Later³)^(1/4).
function byGeometric(s: Expected['scores']): Pick<Expected, 'early' | 'later' | 'overall'> {
  const shift = (column: Column): Column => {
    const lo = Math.min(...column.filter((x): x is number => x !== null));
    return column.map((x) => (x === null ? null : x - lo + 1));
  };
  const [A, B, C, D] = [shift(s.A), shift(s.B), shift(s.C), shift(s.D)];
  const early = RANKED.map((_, j) => Math.sqrt((A[j] as number) * (B[j] as number)));
  const later = RANKED.map((_, j) => (C[j] === null ? (D[j] as number) : Math.cbrt((C[j] as number) ** 2 * (D[j] as number))));
  const overall = early.map((e, j) => (e * (later[j] as number) ** 3) ** 0.25);
  return { early, later, overall };
}

// ---- z-scores (sample SD) ----
// A = 1..5: mean 3, SD √(10/4) = √2.5 → z = (x − 3)/√2.5 = −1.264911064067, −0.632455532034, 0, 0.632…, 1.264…
// B = 2, 4, 4, 6, 9: mean 5, squared deviations 9+1+1+1+16 = 28, SD √(28/4) = √7; lower is better so
//     z = −(x − 5)/√7 = 3/√7, 1/√7, 1/√7, −1/√7, −4/√7 = 1.133893419028, 0.377964473009, …, −1.511857892037
// C over the 4 ranked areas with a value (10, 20, 30, 60): mean 30, squared deviations 400+100+0+900 =
//     1400, SD √(1400/3) → z = −20/SD, −10/SD, 0, 30/SD = −0.925820099773, −0.462910049886, 0, 1.388730149659
// D = 0, 4, 8, 4, 4: mean 4, squared deviations 16+0+16+0+0 = 32, SD √(32/4) = √8 → −√2, 0, √2, 0, 0
const sdC = Math.sqrt(1400 / 3);
const Z: Expected['scores'] = {
  A: [-2, -1, 0, 1, 2].map((d) => d / Math.sqrt(2.5)),
  B: [3, 1, 1, -1, -4].map((d) => d / Math.sqrt(7)),
  C: [-20 / sdC, -10 / sdC, 0, 30 / sdC, null],
  D: [-4, 0, 4, 0, 0].map((d) => d / Math.sqrt(8)),
};
// ---- min–max (0–100) ----
// A: min 1, range 4 → 0, 25, 50, 75, 100
// B: min 2, range 7 → 100·(x − 2)/7 = 0, 200/7, 200/7, 400/7, 100; lower is better: 100 − that
//    = 100, 500/7, 500/7, 300/7, 0 (71.428571…, 42.857142…)
// C: min 10, range 50 over the ranked areas → 0, 20, 40, 100 (E05 none)
// D: min 0, range 8 → 0, 50, 100, 50, 50
const MM: Expected['scores'] = {
  A: [0, 25, 50, 75, 100],
  B: [100, 500 / 7, 500 / 7, 300 / 7, 0],
  C: [0, 20, 40, 100, null],
  D: [0, 50, 100, 50, 50],
};
// ---- percentile ranks 100·(r − 1)/(n − 1), average ranks for ties ----
// A: ranks 1..5 → 0, 25, 50, 75, 100
// B: ranks 1, 2.5, 2.5, 4, 5 (the two 4s share 2 and 3) → 0, 37.5, 37.5, 75, 100; lower is better
//    → 100, 62.5, 62.5, 25, 0
// C: n = 4, ranks 1..4 → 0, 100/3, 200/3, 100
// D: 0 → 1; the three 4s share ranks 2, 3, 4 → 3; 8 → 5 → 0, 50, 100, 50, 50
const RK: Expected['scores'] = {
  A: [0, 25, 50, 75, 100],
  B: [100, 62.5, 62.5, 25, 0],
  C: [0, 100 / 3, 200 / 3, 100, null],
  D: [0, 50, 100, 50, 50],
};

const CASES: { normalisation: Normalisation; aggregation: Aggregation; expected: Expected; decimals: number[] }[] = [
  {
    // Early = −0.065508822520, −0.127245529512, 0.188982236505, 0.127245529512, −0.123473413985 → ranks 3 5 1 2 4
    // Later = −1.088617920639, −0.308606699924, 0.471404520791, 0.925820099773, 0 (D alone) → ranks 5 4 2 1 3
    // overall = −0.832840646110, −0.263266407321, 0.400798949719, 0.726176457207, −0.030868353496
    normalisation: 'zscore', aggregation: 'mean',
    expected: { scores: Z, ...byMean(Z), earlyRank: [3, 5, 1, 2, 4], laterRank: [5, 4, 2, 1, 3], overallRank: [5, 4, 2, 1, 3] },
    decimals: [-0.83284064611, -0.263266407321, 0.400798949719, 0.726176457207, -0.030868353496],
  },
  {
    // shifted A′ = (x − 1)/√2.5 + 1, B′ = (9 − x)/√7 + 1, C′ = (x − 10)/SD_C + 1, D′ = x/√8 + 1
    // Early = 1.909385060972, 2.171982160703, 2.558357021172, 2.486497840725, 1.878782086389 → ranks 4 3 1 2 5
    // Later = 1, 1.728769044396, 2.421497016403, 2.982233424324, 2.414213562373 (= 1 + √2) → ranks 5 4 2 1 3
    // overall = 1.175502020869, 1.830276891698, 2.455009863636, 2.849726930936, 2.267518644342
    normalisation: 'zscore', aggregation: 'geometric',
    expected: { scores: Z, ...byGeometric(Z), earlyRank: [4, 3, 1, 2, 5], laterRank: [5, 4, 2, 1, 3], overallRank: [5, 4, 2, 1, 3] },
    decimals: [1.175502020869, 1.830276891698, 2.455009863636, 2.849726930936, 2.267518644342],
  },
  {
    // Early = 50, 675/14, 850/14, 825/14, 50 (E01 and E05 tie at exactly 50: code order puts E01 first) → 3 5 1 2 4
    // Later = 0, 30, 60, 250/3, 50 → 5 4 2 1 3
    // overall = 12.5, 1935/56, 3370/56, 4325/56, 50 = 12.5, 34.553571428571, 60.178571428571, 77.232142857143, 50
    normalisation: 'minmax', aggregation: 'mean',
    expected: { scores: MM, ...byMean(MM), earlyRank: [3, 5, 1, 2, 4], laterRank: [5, 4, 2, 1, 3], overallRank: [5, 4, 2, 1, 3] },
    decimals: [12.5, 34.553571428571, 60.178571428571, 77.232142857143, 50],
  },
  {
    // min of every min–max column is 0, so s′ = s + 1.
    // Early = √101, √(26·507/7), √(51·507/7), √(76·307/7), √101 = 10.049875621121, 43.395193940607,
    //   60.777110352970, 57.733377323199, 10.049875621121 (E01 = E05 exactly: ties by code) → 4 3 1 2 5
    // Later = 1, (21²·51)^(1/3), (41²·101)^(1/3), (101²·51)^(1/3), 51 = 1, 28.227316220318, 55.372784401126, 80.427451579870, 51
    // overall = 1.780492594683 (= 101^(1/8)), 31.431318525679, 56.677056040598, 74.030378849419, 33.979564138094
    normalisation: 'minmax', aggregation: 'geometric',
    expected: { scores: MM, ...byGeometric(MM), earlyRank: [4, 3, 1, 2, 5], laterRank: [5, 4, 2, 1, 3], overallRank: [5, 4, 2, 1, 3] },
    decimals: [1.780492594683, 31.431318525679, 56.677056040598, 74.030378849419, 33.979564138094],
  },
  {
    // Early = 50, 43.75, 56.25, 50, 50 (three-way tie: E01, E04, E05 in code order) → 2 5 1 3 4
    // Later = 0, 350/9, 700/9, 250/3, 50 → 5 4 2 1 3
    // overall = 12.5, 40.104166666667, 72.395833333333, 75, 50
    normalisation: 'rank', aggregation: 'mean',
    expected: { scores: RK, ...byMean(RK), earlyRank: [2, 5, 1, 3, 4], laterRank: [5, 4, 2, 1, 3], overallRank: [5, 4, 2, 1, 3] },
    decimals: [12.5, 40.104166666667, 72.395833333333, 75, 50],
  },
  {
    // s′ = s + 1. Early = √101, √(26·63.5), √(51·63.5), √(76·26), √101 = 10.049875621121, 40.632499307820,
    //   56.907820200742, 44.452221541786, 10.049875621121 → 4 3 1 2 5
    // Later = 1, 39.174251335311, 77.331597183246, 80.427451579870, 51 → 5 4 2 1 3
    // overall = 1.780492594683, 39.533832071473, 71.624354782711, 69.346827631106, 33.979564138094
    //   → here E03 beats E04: ranks 5 3 1 2 4
    normalisation: 'rank', aggregation: 'geometric',
    expected: { scores: RK, ...byGeometric(RK), earlyRank: [4, 3, 1, 2, 5], laterRank: [5, 4, 2, 1, 3], overallRank: [5, 3, 1, 2, 4] },
    decimals: [1.780492594683, 39.533832071473, 71.624354782711, 69.346827631106, 33.979564138094],
  },
];

describe.each(CASES)('hand-worked example: $normalisation / $aggregation', ({ normalisation, aggregation, expected, decimals }) => {
  const result = computeIndex(method(normalisation, aggregation), AREAS);

  it('keeps the input order and marks E06 unranked with a reason', () => {
    expect(result.areas.map((a) => a.code)).toEqual(['E03', 'E01', 'E06', 'E05', 'E02', 'E04']);
    expect(result.areas.map((a) => a.name)).toEqual(['Three', 'One', 'Six', 'Five', 'Two', 'Four']);
    expect(result.rankedCount).toBe(5);
    expect(result.hotspotCount).toBe(1); // round(0.2 × 5) = 1
    expect(result.absentIndicators).toEqual([]);
    expect(result.absentStages).toEqual([]);
    const six = area(result, 'E06');
    expect(six.ranked).toBe(false);
    expect(six.unrankedReason).toBe('no value in the Early life stage');
    expect(six.indicators.C).toEqual({ value: 100, score: null, stageContribution: null, overallContribution: null, rank: null, rankOf: null, tiedWith: null });
    expect(six.indicators.A!.value).toBeNull();
    expect(six.stages.later).toEqual({ score: null, rank: null, decile: null, indicatorsUsed: [] });
    expect(six.overall).toEqual({ score: null, rank: null, decile: null, class: null });
  });

  it('normalises each indicator over the ranked areas only, oriented', () => {
    RANKED.forEach((code, j) => {
      const a = area(result, code);
      expect(a.ranked).toBe(true);
      expect(a.unrankedReason).toBeNull();
      for (const id of ['A', 'B', 'C', 'D'] as const) closeTo(a.indicators[id]!.score, expected.scores[id][j]!, `${code} ${id}`);
    });
  });

  it('aggregates stages and the overall score', () => {
    RANKED.forEach((code, j) => {
      const a = area(result, code);
      closeTo(a.stages.early!.score, expected.early[j]!, `${code} early`);
      closeTo(a.stages.later!.score, expected.later[j]!, `${code} later`);
      closeTo(a.overall.score, expected.overall[j]!, `${code} overall`);
      // and the independently computed decimals (12 decimal places given)
      expect(a.overall.score as number).toBeCloseTo(decimals[j]!, 10);
      expect(a.stages.early!.indicatorsUsed).toEqual(['A', 'B']);
      expect(a.stages.later!.indicatorsUsed).toEqual(code === 'E05' ? ['D'] : ['C', 'D']);
    });
  });

  it('ranks, deciles and classes', () => {
    RANKED.forEach((code, j) => {
      const a = area(result, code);
      expect(a.stages.early!.rank, `${code} early rank`).toBe(expected.earlyRank[j]);
      expect(a.stages.later!.rank, `${code} later rank`).toBe(expected.laterRank[j]);
      const rank = expected.overallRank[j]!;
      expect(a.overall.rank, `${code} overall rank`).toBe(rank);
      // N = 5: decile = ⌈10·rank/5⌉ = 2·rank
      expect(a.overall.decile).toBe(2 * rank);
      expect(a.stages.later!.decile).toBe(2 * expected.laterRank[j]!);
      // one hotspot (rank 1) and one coldspot (rank > 5 − 1)
      expect(a.overall.class).toBe(rank === 1 ? 'hotspot' : rank === 5 ? 'coldspot' : 'neither');
    });
  });

  it('has contributions that add up to the stage and overall scores', () => {
    RANKED.forEach((code) => {
      const a = area(result, code);
      const contributions = Object.values(a.indicators).map((r) => r.overallContribution ?? 0);
      const total = contributions.reduce((x, y) => x + y, 0);
      const early = a.indicators.A!.stageContribution! + a.indicators.B!.stageContribution!;
      if (aggregation === 'mean') {
        expect(total).toBeCloseTo(a.overall.score as number, 12);
        expect(early).toBeCloseTo(a.stages.early!.score as number, 12);
      } else {
        expect(total).toBeCloseTo(Math.log(a.overall.score as number), 12);
        expect(early).toBeCloseTo(Math.log(a.stages.early!.score as number), 12);
      }
    });
    // E01, A: stage contribution = 1·s_A/2; overall contribution = (1/4)·that.
    const one = area(result, 'E01').indicators.A!;
    const sA = aggregation === 'mean' ? expected.scores.A[0]! : Math.log(1); // A′ of E01 is the minimum: 1
    expect(one.stageContribution).toBeCloseTo(sA / 2, 12);
    expect(one.overallContribution).toBeCloseTo(sA / 8, 12);
    // E05 has no C: D carries the whole Later life stage, which weighs 3/4.
    const five = area(result, 'E05').indicators;
    expect(five.C!.stageContribution).toBeNull();
    expect(five.D!.overallContribution).toBeCloseTo(
      (3 / 4) * (aggregation === 'mean' ? (expected.later[4] as number) : Math.log(expected.later[4] as number)),
      12,
    );
  });
});

describe('hand-worked example: indicator ranks and tie rules', () => {
  it('ranks indicators among the ranked areas with a value, equal values sharing the best rank whatever the tie rule', () => {
    for (const ties of ['code', 'shared'] as const) {
      const result = computeIndex(method('zscore', 'mean', ties), AREAS);
      const ranks = (id: string) => RANKED.map((code) => area(result, code).indicators[id]!.rank);
      const rankOf = (id: string) => RANKED.map((code) => area(result, code).indicators[id]!.rankOf);
      const tiedWith = (id: string) => RANKED.map((code) => area(result, code).indicators[id]!.tiedWith);
      expect(ranks('A')).toEqual([5, 4, 3, 2, 1]);
      expect(tiedWith('A')).toEqual([0, 0, 0, 0, 0]);
      // B is lower-is-better: 2 is best; E02 and E03 tie on 4 and share rank 2; the next is 4th
      expect(ranks('B')).toEqual([1, 2, 2, 4, 5]);
      expect(tiedWith('B')).toEqual([0, 1, 1, 0, 0]);
      // C: four areas; E05 has none
      expect(ranks('C')).toEqual([4, 3, 2, 1, null]);
      expect(rankOf('C')).toEqual([4, 4, 4, 4, null]);
      expect(tiedWith('C')).toEqual([0, 0, 0, 0, null]);
      // D: 8 best; E02, E04, E05 tie on 4 → all 2nd; 0 last (5th)
      expect(ranks('D')).toEqual([5, 2, 1, 2, 2]);
      expect(tiedWith('D')).toEqual([0, 2, 0, 2, 2]);
      expect(rankOf('D')).toEqual([5, 5, 5, 5, 5]);
    }
  });

  it('shares ranks under ties = "shared"', () => {
    const result = computeIndex(method('rank', 'mean', 'shared'), AREAS);
    const get = (f: (a: ReturnType<typeof area>) => number | null) => RANKED.map((code) => f(area(result, code)));
    expect(get((a) => a.indicators.B!.rank)).toEqual([1, 2, 2, 4, 5]);
    expect(get((a) => a.indicators.D!.rank)).toEqual([5, 2, 1, 2, 2]);
    // Early = 50, 43.75, 56.25, 50, 50: the three 50s share rank 2; decile ⌈10·2/5⌉ = 4
    expect(get((a) => a.stages.early!.rank)).toEqual([2, 5, 1, 2, 2]);
    expect(get((a) => a.stages.early!.decile)).toEqual([4, 10, 2, 4, 4]);
    expect(get((a) => a.overall.rank)).toEqual([5, 4, 2, 1, 3]);
  });

  it('summarises raw values over the ranked areas only', () => {
    const result = computeIndex(method('zscore', 'mean'), AREAS);
    // C over 10, 20, 30, 60 (E06's 100 is left out): mean 30, SD √(1400/3), median (20 + 30)/2 = 25
    const c = result.summaries.C!;
    expect(c.count).toBe(4);
    expect(c.mean).toBe(30);
    expect(c.sd).toBeCloseTo(sdC, 12);
    expect([c.min, c.max, c.median]).toEqual([10, 60, 25]);
    // B: 2, 4, 4, 6, 9 → mean 5, SD √7, median 4
    const b = result.summaries.B!;
    expect([b.count, b.mean, b.min, b.max, b.median]).toEqual([5, 5, 2, 9, 4]);
    expect(b.sd).toBeCloseTo(Math.sqrt(7), 12);
  });
});

describe('hand-worked example: missing = "exclude"', () => {
  const m = { ...method('zscore', 'mean'), missing: 'exclude' as const };
  const result = computeIndex(m, AREAS);

  it('leaves out every area that lacks an indicator, naming the indicators', () => {
    expect(result.rankedCount).toBe(4);
    expect(area(result, 'E05').unrankedReason).toBe('no value for Indicator C');
    expect(area(result, 'E06').unrankedReason).toBe('no value for Indicator A and Indicator B');
    expect(area(result, 'E05').overall.score).toBeNull();
    expect(area(result, 'E05').indicators.A!.value).toBe(5);
    // N = 4 → round(0.8) = 1 hotspot
    expect(result.hotspotCount).toBe(1);
  });

  it('computes every statistic over the four remaining areas', () => {
    // A over 1, 2, 3, 4: mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, SD √(5/3)
    // → E01: (1 − 2.5)/√(5/3) = −1.161895003862
    expect(area(result, 'E01').indicators.A!.score).toBeCloseTo(-1.5 / Math.sqrt(5 / 3), 12);
    expect(area(result, 'E01').indicators.A!.score).toBeCloseTo(-1.161895003862, 11);
    // D over 0, 4, 8, 4: mean 4, SD √(32/3) → E03: 4/√(32/3)
    expect(area(result, 'E03').indicators.D!.score).toBeCloseTo(4 / Math.sqrt(32 / 3), 12);
    expect(result.summaries.A!.count).toBe(4);
    // ranks run 1..4 over the ranked areas
    expect(result.areas.filter((a) => a.ranked).map((a) => a.overall.rank).sort()).toEqual([1, 2, 3, 4]);
  });
});
