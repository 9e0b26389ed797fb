/**
 * Property tests of the engine on random small methods and datasets (see arbitraries.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../src/engine/computeIndex.js';
import type { AreaInput, IndexResult } from '../../src/engine/types.js';
import { permutationArbitrary, scenarioArbitrary, type Scenario } from './arbitraries.js';
import { byCode, expectNear, expectPermutation, hasData, nearTied, overallScores, stageScores } from './helpers.js';
import { referenceIndex } from './reference.js';

const RUNS = { numRuns: 150 };

/** The result with codes replaced through `rename` and everything else unchanged. */
function renamed(areas: AreaInput[], rename: (code: string) => string): AreaInput[] {
  return areas.map((a) => ({ ...a, code: rename(a.code) }));
}

describe('engine agrees with a naive reference implementation', () => {
  it('on every score, contribution, rank, reason and count', () => {
    fc.assert(fc.property(scenarioArbitrary({ zeroWeights: true }), (s) => {
      fc.pre(hasData(s));
      const result = computeIndex(s.method, s.areas);
      const ref = referenceIndex(s.method, s.areas);
      expect(result.absentIndicators).toEqual(ref.absentIndicators);
      expect(result.absentStages).toEqual(ref.absentStages);
      expect(result.rankedCount).toBe(ref.rankedCount);
      expect(result.hotspotCount).toBe(ref.hotspotCount);
      const tiedOverall = nearTied(overallScores(result));
      for (const area of result.areas) {
        const r = ref.areas.get(area.code)!;
        expect(area.ranked).toBe(r.ranked);
        expect(area.unrankedReason).toBe(r.reason);
        for (const ind of s.method.indicators) {
          const got = area.indicators[ind.id]!;
          expectNear(got.score, r.scores[ind.id], `${area.code} ${ind.id} score`);
          expectNear(got.stageContribution, r.stageContributions[ind.id], `${area.code} ${ind.id} stage contribution`);
          expectNear(got.overallContribution, r.overallContributions[ind.id], `${area.code} ${ind.id} overall contribution`);
          expect(got.rank === null).toBe(r.indicatorRanks[ind.id] === null);
        }
        for (const st of s.method.stages) expectNear(area.stages[st.id]!.score, r.stages[st.id], `${area.code} ${st.id}`);
        expectNear(area.overall.score, r.overall, `${area.code} overall`);
        if (area.ranked && !tiedOverall.has(area.code)) expect(area.overall.rank).toBe(r.overallRank);
      }
      for (const st of s.method.stages) {
        const tied = nearTied(stageScores(result, st.id));
        for (const area of result.areas) {
          if (area.ranked && !tied.has(area.code)) expect(area.stages[st.id]!.rank).toBe(ref.areas.get(area.code)!.stageRanks[st.id]);
        }
      }
    }), RUNS);
  });
});

describe('ranks', () => {
  it('are permutations of 1..N under ties = "code" (overall, stages); indicator ranks are shared competition ranks of the oriented value', () => {
    fc.assert(fc.property(scenarioArbitrary({ ties: ['code'] }), (s) => {
      fc.pre(hasData(s));
      const result = computeIndex(s.method, s.areas);
      const ranked = result.areas.filter((a) => a.ranked);
      expectPermutation(ranked.map((a) => a.overall.rank), 'overall');
      for (const st of s.method.stages) {
        if (result.absentStages.includes(st.id)) continue;
        expectPermutation(ranked.map((a) => a.stages[st.id]!.rank), st.id);
      }
      for (const ind of s.method.indicators) {
        // an indicator left out (no spread) ranks nobody
        if (result.absentIndicators.includes(ind.id)) {
          expect(ranked.filter((a) => a.indicators[ind.id]!.rank !== null)).toEqual([]);
          continue;
        }
        // every ranked area with a value, and only those, has a rank
        const withValue = ranked.filter((a) => a.indicators[ind.id]!.value !== null);
        const withRank = ranked.filter((a) => a.indicators[ind.id]!.rank !== null);
        expect(withRank).toEqual(withValue);
        const better = (x: number, y: number) => (ind.direction === 'higher' ? x > y : x < y);
        for (const a of withRank) {
          const x = a.indicators[ind.id]!.value as number;
          const others = withRank.map((b) => b.indicators[ind.id]!.value as number);
          // rank = 1 + the number of strictly better values; tiedWith = the other equal values
          expect(a.indicators[ind.id]!.rank).toBe(1 + others.filter((y) => better(y, x)).length);
          expect(a.indicators[ind.id]!.tiedWith).toBe(others.filter((y) => y === x).length - 1);
          expect(a.indicators[ind.id]!.rankOf).toBe(withRank.length);
        }
      }
      // better score → better rank; equal score → the smaller code first
      for (const a of ranked) {
        for (const b of ranked) {
          const sa = a.overall.score as number;
          const sb = b.overall.score as number;
          if (sa > sb || (sa === sb && a.code < b.code)) expect(a.overall.rank as number).toBeLessThan(b.overall.rank as number);
        }
      }
    }), RUNS);
  });

  it('are competition ranks under ties = "shared"', () => {
    fc.assert(fc.property(scenarioArbitrary({ ties: ['shared'], values: ['int'] }), (s) => {
      fc.pre(hasData(s));
      const result = computeIndex(s.method, s.areas);
      const ranked = result.areas.filter((a) => a.ranked);
      const check = (get: (a: (typeof ranked)[number]) => [number | null, number | null]) => {
        const items = ranked.map(get).filter((x): x is [number, number] => x[0] !== null);
        for (const [score, rank] of items) {
          // rank = 1 + number of strictly better scores; equal scores share a rank
          expect(rank).toBe(1 + items.filter(([other]) => other > score).length);
        }
      };
      check((a) => [a.overall.score, a.overall.rank]);
      for (const st of s.method.stages) check((a) => [a.stages[st.id]!.score, a.stages[st.id]!.rank]);
      for (const ind of s.method.indicators) check((a) => [a.indicators[ind.id]!.score, a.indicators[ind.id]!.rank]);
    }), RUNS);
  });

  it('give identical areas identical scores, ordered by code or sharing a rank', () => {
    fc.assert(fc.property(scenarioArbitrary({ missingRate: 0 }), fc.nat(), (s, pick) => {
      fc.pre(hasData(s));
      const twin = s.areas[pick % s.areas.length]!;
      const areas = [...s.areas, { ...twin, code: `${twin.code}-twin` }];
      const result = byCode(computeIndex(s.method, areas));
      const a = result.get(twin.code)!;
      const b = result.get(`${twin.code}-twin`)!;
      expect(b.overall.score).toBe(a.overall.score);
      if (s.method.ties === 'code') expect(b.overall.rank).toBe((a.overall.rank as number) + 1); // "E7" < "E7-twin"
      else expect(b.overall.rank).toBe(a.overall.rank);
    }), RUNS);
  });

  it('give exactly round(share · N) hotspots and coldspots under ties = "code", deciles ⌈10·rank/N⌉', () => {
    fc.assert(fc.property(scenarioArbitrary({ ties: ['code'] }), (s) => {
      fc.pre(hasData(s));
      const result = computeIndex(s.method, s.areas);
      const n = result.rankedCount;
      const h = Math.min(Math.round(s.method.hotspotShare * n), Math.floor(n / 2));
      expect(result.hotspotCount).toBe(h);
      const classes = result.areas.filter((a) => a.ranked).map((a) => a.overall.class);
      expect(classes.filter((c) => c === 'hotspot')).toHaveLength(h);
      expect(classes.filter((c) => c === 'coldspot')).toHaveLength(h);
      expect(classes.filter((c) => c === 'neither')).toHaveLength(n - 2 * h);
      for (const a of result.areas.filter((x) => x.ranked)) {
        expect(a.overall.decile).toBe(Math.ceil((10 * (a.overall.rank as number)) / n));
        expect(a.overall.class).toBe(
          (a.overall.rank as number) <= h ? 'hotspot' : (a.overall.rank as number) > n - h ? 'coldspot' : 'neither');
      }
    }), RUNS);
  });
});

describe('invariances', () => {
  it('reordering the areas changes nothing (bit for bit)', () => {
    const arb = scenarioArbitrary().chain((s) => fc.tuple(fc.constant(s), permutationArbitrary(s.areas.length)));
    fc.assert(fc.property(arb, ([s, perm]) => {
      fc.pre(hasData(s));
      const shuffled = perm.map((i) => s.areas[i]!);
      const a = computeIndex(s.method, s.areas);
      const b = computeIndex(s.method, shuffled);
      expect(b.areas.map((x) => x.code)).toEqual(shuffled.map((x) => x.code));
      const { areas: _areasA, ...restA } = a;
      const { areas: _areasB, ...restB } = b;
      expect(restB).toEqual(restA);
      const mapA = byCode(a);
      for (const area of b.areas) expect(area).toEqual(mapA.get(area.code));
    }), RUNS);
  });

  it('relabelling codes in a way that keeps their order changes nothing (bit for bit)', () => {
    fc.assert(fc.property(scenarioArbitrary(), (s) => {
      fc.pre(hasData(s));
      // prefixing the same string keeps the order of the codes
      const a = computeIndex(s.method, s.areas);
      const b = computeIndex(s.method, renamed(s.areas, (c) => `X-${c}`));
      b.areas.forEach((area, j) => {
        expect({ ...area, code: area.code.slice(2) }).toEqual(a.areas[j]);
      });
    }), RUNS);
  });

  it('any relabelling of codes changes no score (within 1e-9) and no rank away from ties', () => {
    const arb = scenarioArbitrary().chain((s) => fc.tuple(fc.constant(s), permutationArbitrary(s.areas.length)));
    fc.assert(fc.property(arb, ([s, perm]) => {
      fc.pre(hasData(s));
      // a bijection of the codes: area j takes the code of area perm[j]
      const codes = s.areas.map((a) => a.code);
      const relabelled = s.areas.map((a, j) => ({ ...a, code: codes[perm[j]!]! }));
      const a = computeIndex(s.method, s.areas);
      const b = computeIndex(s.method, relabelled);
      const tied = nearTied(overallScores(a));
      a.areas.forEach((x, j) => {
        const y = b.areas[j]!;
        expect(y.ranked).toBe(x.ranked);
        expectNear(y.overall.score, x.overall.score, `${x.code} overall`);
        for (const st of s.method.stages) expectNear(y.stages[st.id]!.score, x.stages[st.id]!.score, `${x.code} ${st.id}`);
        for (const ind of s.method.indicators) expectNear(y.indicators[ind.id]!.score, x.indicators[ind.id]!.score, `${x.code} ${ind.id}`);
        if (x.ranked && !tied.has(x.code)) expect(y.overall.rank).toBe(x.overall.rank);
      });
    }), RUNS);
  });

  it('under zscore, an affine change a·x + b (a > 0) of an indicator changes nothing', () => {
    const arb = scenarioArbitrary({ normalisations: ['zscore'] }).chain((s) => fc.tuple(
      fc.constant(s),
      fc.integer({ min: 0, max: s.method.indicators.length - 1 }),
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    ));
    fc.assert(fc.property(arb, ([s, i, factor, shift]) => {
      fc.pre(hasData(s));
      const id = s.method.indicators[i]!.id;
      const changed = s.areas.map((a) => {
        const v = a.values[id];
        return typeof v === 'number' ? { ...a, values: { ...a.values, [id]: v * factor + shift } } : a;
      });
      compareLoosely(s, computeIndex(s.method, s.areas), computeIndex(s.method, changed), 1e-7);
    }), RUNS);
  });

  it('under zscore, flipping an indicator\'s direction equals negating its values', () => {
    const arb = scenarioArbitrary({ normalisations: ['zscore'] }).chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s.method.indicators.length - 1 })));
    fc.assert(fc.property(arb, ([s, i]) => {
      fc.pre(hasData(s));
      const ind = s.method.indicators[i]!;
      const flipped = structuredClone(s.method);
      flipped.indicators[i]!.direction = ind.direction === 'higher' ? 'lower' : 'higher';
      const negated = s.areas.map((a) => {
        const v = a.values[ind.id];
        return typeof v === 'number' ? { ...a, values: { ...a.values, [ind.id]: -v } } : a;
      });
      const a = computeIndex(flipped, s.areas);
      const b = computeIndex(s.method, negated);
      // negation is exact in floating point and every step is symmetric, so the results agree
      // exactly apart from the raw values and the summaries of that indicator
      a.areas.forEach((x, j) => {
        const y = b.areas[j]!;
        expect({ ...y.indicators, [ind.id]: null }).toEqual({ ...x.indicators, [ind.id]: null });
        expect({ ...y.indicators[ind.id], value: null }).toEqual({ ...x.indicators[ind.id], value: null });
        expect(y.stages).toEqual(x.stages);
        expect(y.overall).toEqual(x.overall);
      });
    }), RUNS);
  });

  it('under minmax, a positive affine change, and under rank, any increasing transform, changes nothing', () => {
    const arb = scenarioArbitrary({ normalisations: ['minmax', 'rank'] }).chain((s) => fc.tuple(
      fc.constant(s),
      fc.integer({ min: 0, max: s.method.indicators.length - 1 }),
      fc.double({ min: 0.01, max: 100, noNaN: true }),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    ));
    fc.assert(fc.property(arb, ([s, i, factor, shift]) => {
      fc.pre(hasData(s));
      const id = s.method.indicators[i]!.id;
      const transform = s.method.normalisation === 'rank' ? (v: number) => Math.atan(v) * factor + shift : (v: number) => v * factor + shift;
      // atan is strictly increasing but squeezes large values together: keep it exact-order safe on ints
      fc.pre(s.method.normalisation !== 'rank' || s.areas.every((a) => typeof a.values[id] !== 'number' || Math.abs(a.values[id]) < 50));
      const changed = s.areas.map((a) => {
        const v = a.values[id];
        return typeof v === 'number' ? { ...a, values: { ...a.values, [id]: transform(v) } } : a;
      });
      compareLoosely(s, computeIndex(s.method, s.areas), computeIndex(s.method, changed), 1e-7);
    }), RUNS);
  });
});

function compareLoosely(s: Scenario, a: IndexResult, b: IndexResult, tol: number): void {
  const tied = nearTied(overallScores(a), 1e-6);
  a.areas.forEach((x, j) => {
    const y = b.areas[j]!;
    expect(y.ranked).toBe(x.ranked);
    for (const ind of s.method.indicators) expectNear(y.indicators[ind.id]!.score, x.indicators[ind.id]!.score, `${x.code} ${ind.id}`, tol);
    expectNear(y.overall.score, x.overall.score, `${x.code} overall`, tol);
    if (x.ranked && !tied.has(x.code)) expect(y.overall.rank).toBe(x.overall.rank);
  });
}

describe('contributions', () => {
  it('sum to the stage and overall scores (mean) or to their logs (geometric)', () => {
    fc.assert(fc.property(scenarioArbitrary({ zeroWeights: true }), (s) => {
      fc.pre(hasData(s));
      const result = computeIndex(s.method, s.areas);
      const f = s.method.aggregation === 'mean' ? (x: number) => x : Math.log;
      for (const area of result.areas.filter((a) => a.ranked)) {
        const all = Object.values(area.indicators).reduce((acc, r) => acc + (r.overallContribution ?? 0), 0);
        expectNear(all, f(area.overall.score as number), `${area.code} overall`);
        for (const st of s.method.stages) {
          const score = area.stages[st.id]!.score;
          if (score === null) continue;
          const inStage = s.method.indicators.filter((ind) => ind.stage === st.id)
            .reduce((acc, ind) => acc + (area.indicators[ind.id]!.stageContribution ?? 0), 0);
          expectNear(inStage, f(score), `${area.code} ${st.id}`);
        }
      }
    }), RUNS);
  });

  it('are null exactly where the score is null', () => {
    fc.assert(fc.property(scenarioArbitrary(), (s) => {
      fc.pre(hasData(s));
      const result = computeIndex(s.method, s.areas);
      for (const area of result.areas) {
        for (const r of Object.values(area.indicators)) {
          if (!result.absentStages.length) expect(r.stageContribution === null).toBe(r.score === null);
          if (r.score === null) expect(r.overallContribution).toBeNull();
          if (!area.ranked) expect(r.score).toBeNull();
        }
      }
    }), RUNS);
  });
});

describe('missing values', () => {
  it('"exclude" ranks exactly the areas with every non-absent indicator; "available" ranks a superset', () => {
    fc.assert(fc.property(scenarioArbitrary({ missingRules: ['available'], missingRate: 0.15 }), (s) => {
      fc.pre(hasData(s));
      const available = computeIndex(s.method, s.areas);
      const exclude = computeIndex({ ...s.method, missing: 'exclude' }, s.areas);
      expect(exclude.absentIndicators).toEqual(available.absentIndicators);
      const live = s.method.indicators.filter((ind) => !available.absentIndicators.includes(ind.id));
      exclude.areas.forEach((x, j) => {
        const complete = live.every((ind) => typeof s.areas[j]!.values[ind.id] === 'number');
        expect(x.ranked).toBe(complete);
        if (x.ranked) expect(available.areas[j]!.ranked).toBe(true);
        if (!x.ranked) expect(x.unrankedReason).toMatch(/^no value for /);
      });
      available.areas.forEach((x, j) => {
        const stagesWithout = s.method.stages.filter((st) => !available.absentStages.includes(st.id) &&
          !live.some((ind) => ind.stage === st.id && ind.weight > 0 && typeof s.areas[j]!.values[ind.id] === 'number'));
        expect(x.ranked).toBe(stagesWithout.length === 0);
        if (!x.ranked) {
          expect(x.unrankedReason).toMatch(/^no value in the .* stages?$/);
          for (const st of stagesWithout) expect(x.unrankedReason).toContain(st.label);
        }
      });
    }), RUNS);
  });

  it('with complete data, "available" and "exclude" agree', () => {
    fc.assert(fc.property(scenarioArbitrary({ missingRate: 0 }), (s) => {
      const a = computeIndex({ ...s.method, missing: 'available' }, s.areas);
      const b = computeIndex({ ...s.method, missing: 'exclude' }, s.areas);
      expect(b.areas).toEqual(a.areas);
      expect(b.rankedCount).toBe(s.areas.length);
    }), RUNS);
  });

  it('an unranked area\'s values enter no statistic', () => {
    fc.assert(fc.property(scenarioArbitrary({ missingRules: ['available'], missingRate: 0 }), fc.array(fc.integer({ min: -9999, max: 9999 }), { minLength: 16, maxLength: 16 }), (s, junk) => {
      // an extra area with no value in its first stage is unranked, whatever its other values are
      const values: Record<string, number | null> = {};
      s.method.indicators.forEach((ind, i) => (values[ind.id] = ind.stage === 's0' ? null : junk[i % junk.length]!));
      const a = computeIndex(s.method, s.areas);
      const b = computeIndex(s.method, [...s.areas, { code: 'ZZZ', name: 'Extra', values }]);
      // "no spread" is judged over every area with a value: junk that gives a flat indicator a spread brings it in
      fc.pre(b.absentIndicators.join() === a.absentIndicators.join());
      expect(b.areas.slice(0, -1)).toEqual(a.areas);
      expect(b.summaries).toEqual(a.summaries);
      expect(b.areas.at(-1)!.unrankedReason).toBe('no value in the Stage 0 stage');
    }), RUNS);
  });
});

describe('absent indicators and stages', () => {
  it('an indicator with no value anywhere is left out, as if it were not in the method', () => {
    const arb = scenarioArbitrary({ missingRate: 0.05 }).chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 1, max: s.method.indicators.length - 1 })));
    fc.assert(fc.property(arb, ([s, i]) => {
      fc.pre(hasData(s));
      const id = s.method.indicators[i]!.id;
      const without = s.areas.map((a) => ({ ...a, values: { ...a.values, [id]: null } }));
      const full = computeIndex(s.method, without);
      const reduced = structuredClone(s.method);
      reduced.indicators.splice(i, 1);
      // the reduced method may leave a stage without indicators or positive weights: only compare when valid
      const stage = s.method.indicators[i]!.stage;
      fc.pre(reduced.indicators.some((ind) => ind.stage === stage && ind.weight > 0));
      const expected = computeIndex(reduced, without);
      expect(full.absentIndicators).toContain(id);
      expect(full.absentIndicators.filter((x) => x !== id)).toEqual(expected.absentIndicators);
      full.areas.forEach((x, j) => {
        const y = expected.areas[j]!;
        expect(x.indicators[id]).toEqual({ value: null, score: null, stageContribution: null, overallContribution: null, rank: null, rankOf: null, tiedWith: null });
        expect(x.ranked).toBe(y.ranked);
        expect(x.overall).toEqual(y.overall);
        expect(x.stages).toEqual(y.stages);
      });
      expect(full.summaries[id]).toEqual({ count: 0, mean: null, sd: null, min: null, max: null, median: null });
    }), RUNS);
  });

  it('a stage whose indicators are all absent is left out of the overall score', () => {
    fc.assert(fc.property(scenarioArbitrary({ missingRate: 0.05 }), (s) => {
      fc.pre(hasData(s));
      const last = s.method.stages.at(-1)!.id;
      const lastIds = s.method.indicators.filter((ind) => ind.stage === last).map((ind) => ind.id);
      const emptied = s.areas.map((a) => ({ ...a, values: { ...a.values, ...Object.fromEntries(lastIds.map((id) => [id, null])) } }));
      const result = computeIndex(s.method, emptied);
      expect(result.absentStages).toContain(last);
      for (const id of lastIds) expect(result.absentIndicators).toContain(id);
      // same as a method without that stage
      const reduced = structuredClone(s.method);
      reduced.stages.pop();
      reduced.indicators = reduced.indicators.filter((ind) => ind.stage !== last);
      const expected = computeIndex(reduced, emptied);
      result.areas.forEach((x, j) => {
        expect(x.stages[last]).toEqual({ score: null, rank: null, decile: null, indicatorsUsed: [] });
        expect(x.overall).toEqual(expected.areas[j]!.overall);
        expect(x.ranked).toBe(expected.areas[j]!.ranked);
      });
    }), RUNS);
  });
});
