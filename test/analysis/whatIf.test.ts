/**
 * What-if. Monotonicity: under min–max or percentile-rank normalisation (complete data) a better
 * value never worsens the area's rank, and that is asserted; under z-scores it can (the new SD can
 * lift a close rival more than the area: test/engine/monotonicity.test.ts has the proof and a
 * four-area counterexample, replayed here through whatIf).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSetting, resolveSettings, whatIf, type Change } from '../../src/analysis/whatIf.js';
import { UsageError } from '../../src/errors.js';
import type { MethodDescription } from '../../src/method/types.js';
import { scenarioArbitrary } from '../engine/arbitraries.js';
import { hasData } from '../engine/helpers.js';
import { referenceIndex } from '../engine/reference.js';
import { FIVE_AREAS, TWO_STAGE, scored, scoredFromInputs } from './fixtures.js';

const set = (to: number, from: number | null = null): Change => ({ from, to, how: 'value' });

describe('parseSetting', () => {
  it('reads numbers and keywords', () => {
    expect(parseSetting('fsm-ks2-rwm=40')).toEqual({ indicator: 'fsm-ks2-rwm', target: 40 });
    expect(parseSetting('median-pay = -1.5e2')).toEqual({ indicator: 'median-pay', target: -150 });
    expect(parseSetting('x=MEDIAN')).toEqual({ indicator: 'x', target: 'median' });
    expect(parseSetting('x=best-in-county')).toEqual({ indicator: 'x', target: 'best-in-county' });
    expect(parseSetting('x=best-in-region')).toEqual({ indicator: 'x', target: 'best-in-region' });
  });

  it('rejects anything else with a UsageError', () => {
    for (const bad of ['x', 'x=', '=3', 'x=abc', 'x=1,2', 'x=NaN', 'x=Infinity', 'x=best']) expect(() => parseSetting(bad), bad).toThrow(UsageError);
  });
});

describe('whatIf on the five-area example', () => {
  const s = scored(TWO_STAGE, FIVE_AREAS);
  const p = s.byCode.get('E1')!;

  it('recomputes with every other area unchanged', () => {
    // P's b1 from 5 to 3: P ties S at 41.67 and comes first by code (fixtures.ts, explain.test.ts)
    const r = whatIf(s, p, { b1: set(3, 5) });
    expect(r.before.overall).toEqual({ score: 25, rank: 5, class: 'coldspot' });
    expect(r.after.overall.rank).toBe(3);
    expect(r.after.overall.score).toBeCloseTo(125 / 3, 10);
    expect(r.after.overall.class).toBe('neither');
    // stage B is b1 alone: P's b1 score 100 − 100·2/3 = 33.3, third after Q (100) and R (66.7), tied with S
    expect(r.after.stages.B!.rank).toBe(3);
    expect(r.after.stages.A!.rank).toBe(r.before.stages.A!.rank);
  });

  it('resolves median, best-in-county and best-in-region', () => {
    // b1 (lower is better): England median of 5 1 2 3 4 = 3; best in Shire (P 5, Q 1) = 1;
    // best in region "Region" (P, Q, R, S: 5 1 2 3) = 1; a1 best in Shire (0, 10) = 10
    const changes = resolveSettings(s, p, [
      { indicator: 'b1', target: 'median' },
      { indicator: 'a1', target: 'best-in-county' },
    ]);
    expect(changes).toEqual({ b1: { from: 5, to: 3, how: 'median' }, a1: { from: 0, to: 10, how: 'best-in-county' } });
    expect(resolveSettings(s, p, [{ indicator: 'b1', target: 'best-in-region' }]).b1!.to).toBe(1);
    const t = s.byCode.get('E5')!; // T is alone in region "Other"
    expect(resolveSettings(s, t, [{ indicator: 'a2', target: 'best-in-region' }]).a2!.to).toBe(0);
  });

  it('rejects unknown indicators, repeats, no county and no changes', () => {
    expect(() => resolveSettings(s, p, [{ indicator: 'zz', target: 1 }])).toThrow(/unknown indicator "zz"/);
    expect(() => resolveSettings(s, p, [{ indicator: 'a1', target: 1 }, { indicator: 'a1', target: 2 }])).toThrow(/given twice/);
    expect(() => resolveSettings(s, s.byCode.get('E3')!, [{ indicator: 'a1', target: 'best-in-county' }])).toThrow(/R is not in a county/);
    expect(() => resolveSettings(s, p, [])).toThrow(UsageError);
  });

  it('refuses a change that would leave nothing to rank by, with one message', () => {
    // only a1 differs between areas (0 and 10); setting P's 0 to 10 would make every indicator flat
    const two = scored(TWO_STAGE, [
      { code: 'E1', name: 'P', values: { a1: 0, a2: 5, b1: 3 } },
      { code: 'E2', name: 'Q', values: { a1: 10, a2: 5, b1: 3 } },
    ]);
    const p = two.byCode.get('E1')!;
    expect(() => whatIf(two, p, resolveSettings(two, p, [{ indicator: 'a1', target: 10 }]))).toThrow(
      /^set: with these values every indicator with values has the same value in every area \(a1 10, a2 5, b1 3\), so there is nothing to rank the areas by\.$/,
    );
  });

  it('refuses a value too large to compute with as a bad setting, not as a failure of the data', () => {
    // a1 in points (no upper bound), z-scored: 1e308 is in its domain, but its variance overflows (the API answered 500)
    const method: MethodDescription = { ...TWO_STAGE, normalisation: 'zscore', indicators: TWO_STAGE.indicators.map((indicator) => (indicator.id === 'a1' ? { ...indicator, unit: 'points' } : indicator)) };
    const points = scored(method, FIVE_AREAS);
    const p = points.byCode.get('E1')!;
    expect(() => whatIf(points, p, resolveSettings(points, p, [{ indicator: 'a1', target: 1e308 }]))).toThrow(/^set: with these values the index cannot be computed: the scores of a1 .* are not finite numbers/);
  });

  it('refuses a change to an indicator left out for having no spread, saying why', () => {
    const flat = scored(TWO_STAGE, FIVE_AREAS.map((area) => ({ ...area, values: { ...area.values, a2: 7 } })));
    expect(() => resolveSettings(flat, flat.byCode.get('E1')!, [{ indicator: 'a2', target: 9 }])).toThrow(
      /^set: a2 \(.*\) is left out of test \(no spread: every area with a value has 7\), so a value for one area cannot be scored\.$/,
    );
  });
});

describe('whatIf: properties on random data', () => {
  it('setting the area\'s own values changes nothing', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxAreas: 20 }).filter(hasData), fc.nat(), (scenario, pick) => {
        const s = scoredFromInputs(scenario.method, scenario.areas);
        const entry = s.areas[pick % s.areas.length]!;
        const changes: Record<string, Change> = {};
        for (const [id, value] of Object.entries(entry.area.values)) if (typeof value === 'number') changes[id] = set(value, value);
        const r = whatIf(s, entry, changes);
        expect(r.after).toEqual(r.before);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the reference implementation on the new ranks', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxAreas: 20, values: ['double'], ties: ['code'] }).filter(hasData), fc.nat(), fc.nat(), fc.integer({ min: -1e6, max: 1e6 }), (scenario, pick, which, k) => {
        const s = scoredFromInputs(scenario.method, scenario.areas);
        const entry = s.areas[pick % s.areas.length]!;
        const indicator = scenario.method.indicators[which % scenario.method.indicators.length]!;
        if (s.result.absentIndicators.includes(indicator.id)) return;
        const value = k / 1000;
        const r = whatIf(s, entry, { [indicator.id]: set(value) });
        const changed = scenario.areas.map((area) => (area.code === entry.area.code ? { ...area, values: { ...area.values, [indicator.id]: value } } : area));
        const reference = referenceIndex(scenario.method, changed).areas.get(entry.area.code)!;
        // near-ties can order differently in the last bit: compare ranks only when the reference's score is clear of others
        const others = [...referenceIndex(scenario.method, changed).areas.values()].filter((a) => a.code !== entry.area.code && a.overall !== null);
        if (reference.overall !== null && others.some((a) => Math.abs(a.overall! - reference.overall!) < 1e-7 * (1 + Math.abs(reference.overall!)))) return;
        expect(r.after.overall.rank).toBe(reference.overallRank);
        if (reference.overall === null) expect(r.after.overall.score).toBeNull();
        else expect(r.after.overall.score!).toBeCloseTo(reference.overall, 6);
      }),
      { numRuns: 150 },
    );
  });

  it('a better value never worsens the rank under min–max or rank normalisation (complete data)', () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ maxAreas: 20, missingRate: 0, normalisations: ['minmax', 'rank'], ties: ['code'] }).filter(hasData),
        fc.nat(),
        fc.nat(),
        fc.double({ min: 0.001, max: 5000, noNaN: true }),
        (scenario, pick, which, step) => {
          const s = scoredFromInputs(scenario.method, scenario.areas);
          const entry = s.areas[pick % s.areas.length]!;
          const indicator = scenario.method.indicators[which % scenario.method.indicators.length]!;
          const from = entry.area.values[indicator.id] as number;
          const to = indicator.direction === 'higher' ? from + step : from - step;
          const r = whatIf(s, entry, { [indicator.id]: set(to, from) });
          expect(r.after.overall.rank!).toBeLessThanOrEqual(r.before.overall.rank!);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('under z-scores a better value can worsen the rank (the counterexample of monotonicity.test.ts)', () => {
    const method: MethodDescription = {
      ...TWO_STAGE,
      normalisation: 'zscore',
      stages: [{ id: 's1', label: 'One', weight: 1 }, { id: 's2', label: 'Two', weight: 1 }],
      indicators: [
        { id: 'x', label: 'X', stage: 's1', direction: 'higher', unit: '', weight: 1 },
        { id: 'y', label: 'Y', stage: 's2', direction: 'higher', unit: '', weight: 1 },
      ],
    };
    const s = scored(method, [
      { code: 'A', values: { x: 9, y: 3 } },
      { code: 'B', values: { x: 4, y: 5 } },
      { code: 'C', values: { x: 1, y: 9 } },
      { code: 'D', values: { x: 5, y: 4 } },
    ]);
    // A rank 1 (0.215 against C's 0.145); x 9 → 29 lifts C's z_x more than A's: C 0.375 > A 0.316
    const r = whatIf(s, s.byCode.get('A')!, { x: set(29, 9) });
    expect([r.before.overall.rank, r.after.overall.rank]).toEqual([1, 2]);
  });
});
