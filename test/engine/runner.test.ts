/**
 * The runner (src/engine/runner.ts): its Monte Carlo path (`rank`) must give exactly
 * computeIndex's overall ranks and classes for any choice, with or without replaced value
 * columns; its re-runs (`rerunIndex`, `rerunWithColumns`) must give exactly computeIndex's result on
 * the changed method or data, while reusing what the change leaves valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResult } from '../../src/engine/buildResult.js';
import { computeIndex, rerunIndex, rerunWithColumns, runIndex } from '../../src/engine/computeIndex.js';
import { prepare } from '../../src/engine/prepare.js';
import { classify } from '../../src/engine/rankAndClassify.js';
import { createRunner, type RunChoice } from '../../src/engine/runner.js';
import type { AreaInput } from '../../src/engine/types.js';
import type { Aggregation, MethodDescription, Normalisation } from '../../src/method/types.js';
import { scenarioArbitrary, type Scenario } from './arbitraries.js';
import { hasData } from './helpers.js';

const NORMALISATIONS: Normalisation[] = ['zscore', 'minmax', 'rank'];
const AGGREGATIONS: Aggregation[] = ['mean', 'geometric'];

/** A choice for a scenario: random weights (some 0, one positive per stage and one stage positive), normalisation, aggregation, and maybe replaced columns. */
function choiceArbitrary(s: Scenario): fc.Arbitrary<{ choice: RunChoice; replace: (number | null)[] }> {
  const m = s.method.indicators.length;
  const k = s.method.stages.length;
  const weight = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.01, max: 3, noNaN: true }));
  return fc.record({
    stageWeights: fc.array(weight, { minLength: k, maxLength: k }),
    indicatorWeights: fc.array(weight, { minLength: m, maxLength: m }),
    normalisation: fc.constantFrom(...NORMALISATIONS),
    aggregation: fc.constantFrom(...AGGREGATIONS),
    // per indicator: null = keep; else a shift applied to a random subset of the values
    replace: fc.array(fc.option(fc.integer({ min: -3, max: 3 }), { nil: null, freq: 2 }), { minLength: m, maxLength: m }),
  }).map(({ stageWeights, indicatorWeights, normalisation, aggregation, replace }) => {
    // keep the method valid: the first indicator of each stage and the first stage positive
    const firstOfStage = new Set(s.method.stages.map((st) => s.method.indicators.findIndex((ind) => ind.stage === st.id)));
    const iw = indicatorWeights.map((w, i) => (firstOfStage.has(i) && w === 0 ? 1 : w));
    const sw = stageWeights.map((w, j) => (j === 0 && w === 0 ? 1 : w));
    return { choice: { stageWeights: sw, indicatorWeights: iw, normalisation, aggregation }, replace };
  });
}

function methodOf(method: MethodDescription, choice: RunChoice): MethodDescription {
  return {
    ...method,
    stages: method.stages.map((st, k) => ({ ...st, weight: choice.stageWeights[k]! })),
    indicators: method.indicators.map((ind, i) => ({ ...ind, weight: choice.indicatorWeights[i]! })),
    normalisation: choice.normalisation,
    aggregation: choice.aggregation,
  };
}

/** Scenarios with ordinary values, and with values that cancel in a sum (1e16 beside 1 and 3). */
const scenarios = fc.oneof(
  scenarioArbitrary({ zeroWeights: true, missingRate: 0.15 }),
  scenarioArbitrary({ zeroWeights: true, missingRate: 0.1, values: ['cancel'] }),
).filter(hasData);


/** The scenario's areas with the replaced columns' values (canonical order, `codes`) in place of their own. */
function withColumns(s: Scenario, codes: readonly string[], columns: ReadonlyArray<Float64Array | null>): AreaInput[] {
  return s.areas.map((area) => {
    const c = codes.indexOf(area.code);
    const values: Record<string, number | null> = { ...area.values };
    s.method.indicators.forEach((ind, i) => {
      const column = columns[i];
      if (column && !Number.isNaN(column[c]!)) values[ind.id] = column[c]!;
    });
    return { ...area, values };
  });
}

/** The indicators prepare leaves out of a dataset (comma-joined), or null when it refuses the dataset. */
function leftOutOf(method: MethodDescription, areas: readonly AreaInput[]): string | null {
  try {
    return prepare(method, areas).absentIndicators.join();
  } catch {
    return null;
  }
}

describe('the runner\'s rank gives exactly the ranks and classes of computeIndex', () => {
  it('for random methods, datasets (missing values, ties, cancelling values, both missing rules) and choices, with replaced columns', () => {
    fc.assert(fc.property(scenarios.chain((s) => fc.tuple(fc.constant(s), choiceArbitrary(s))), ([s, { choice, replace }]) => {
      const runner = createRunner(prepare(s.method, s.areas));
      // replaced columns: add the shift to every other present value (changing ties and order)
      const columns = replace.map((shift, i) => {
        if (shift === null) return null;
        const column = Float64Array.from(runner.prepared.values[i]!);
        for (let c = 0; c < column.length; c += 2) if (!Number.isNaN(column[c]!)) column[c] = column[c]! + shift;
        return column;
      });
      const areas = withColumns(s, runner.codes, columns);
      // the runner keeps the indicators its input leaves out (no data, no spread); replaced data that leaves out others is another dataset
      fc.pre(leftOutOf(s.method, areas) === runner.prepared.absentIndicators.join());
      let expected;
      try {
        expected = computeIndex(methodOf(s.method, choice), areas);
      } catch {
        // the engine refuses (no stage of positive weight has a value): so must the runner
        expect(() => runner.rank({ ...choice, columns }, new Int32Array(runner.n))).toThrow();
        return;
      }
      const ranks = new Int32Array(runner.n);
      const count = runner.rank({ ...choice, columns }, ranks);
      expect(count).toBe(expected.rankedCount);
      expect(runner.hotspotCount(count)).toBe(expected.hotspotCount);
      for (const area of expected.areas) {
        const rank = ranks[runner.codes.indexOf(area.code)]!;
        expect(rank === 0 ? null : rank, area.code).toBe(area.overall.rank);
        if (rank > 0) expect(classify(rank, count, runner.hotspotCount(count))).toBe(area.overall.class);
      }
      // and again without the replaced columns: the kept normalised scores
      const plain = computeIndex(methodOf(s.method, choice), s.areas);
      runner.rank(choice, ranks);
      for (const area of plain.areas) {
        const rank = ranks[runner.codes.indexOf(area.code)]!;
        expect(rank === 0 ? null : rank, area.code).toBe(area.overall.rank);
      }
    }), { numRuns: 300 });
  });

  it('for one runner given a sequence of choices whose replaced columns are the same arrays, changed in place or not between calls (as the Monte Carlo does)', () => {
    const sequence = (s: Scenario) => fc.array(choiceArbitrary(s), { minLength: 2, maxLength: 6 });
    let compared = 0;
    fc.assert(fc.property(scenarios.chain((s) => fc.tuple(fc.constant(s), sequence(s))), ([s, steps]) => {
      const runner = createRunner(prepare(s.method, s.areas));
      // one array per indicator for the whole sequence, as sampling keeps its columns and data its county values
      const arrays = runner.prepared.values.map((column) => Float64Array.from(column));
      const ranks = new Int32Array(runner.n);
      for (const { choice, replace } of steps) {
        const columns = replace.map((shift, i) => {
          if (shift === null) return null;
          const column = arrays[i]!;
          // a shift of 0 leaves the array as it was (the same values again); otherwise every other present value moves
          for (let c = 0; c < column.length; c += 2) if (!Number.isNaN(column[c]!)) column[c] = runner.prepared.values[i]![c]! + shift;
          return column;
        });
        const areas = withColumns(s, runner.codes, columns);
        if (leftOutOf(s.method, areas) !== runner.prepared.absentIndicators.join()) continue;
        let expected;
        try {
          expected = computeIndex(methodOf(s.method, choice), areas);
        } catch {
          continue;
        }
        runner.rank({ ...choice, columns }, ranks);
        compared += 1;
        for (const area of expected.areas) {
          const rank = ranks[runner.codes.indexOf(area.code)]!;
          expect(rank === 0 ? null : rank, area.code).toBe(area.overall.rank);
        }
      }
    }), { numRuns: 200 });
    expect(compared).toBeGreaterThan(300);
  });

  it('sees a replaced column changed in place since the last run, under each normalisation and aggregation', () => {
    const method: MethodDescription = {
      format: 1, id: 'm', label: 'M', normalisation: 'zscore', aggregation: 'mean', missing: 'available', hotspotShare: 0.25, ties: 'code',
      stages: [{ id: 's', label: 'S', weight: 1 }, { id: 't', label: 'T', weight: 0.001 }],
      indicators: [
        { id: 'a', label: 'A', stage: 's', direction: 'higher', unit: '', weight: 1 },
        { id: 'b', label: 'B', stage: 't', direction: 'higher', unit: '', weight: 1 },
      ],
    };
    // stage t weighs almost nothing, so a decides the order: E1 > E2 > E3 > E4
    const areas: AreaInput[] = [1, 2, 3, 4].map((k) => ({ code: `E${k}`, name: `Area ${k}`, values: { a: 10 - k, b: k === 4 ? 2 : 1 } }));
    const runner = createRunner(prepare(method, areas));
    const column = Float64Array.from(runner.prepared.values[0]!);
    const ranks = new Int32Array(4);
    for (const normalisation of NORMALISATIONS) {
      for (const aggregation of AGGREGATIONS) {
        const choice = { ...runner.defaultChoice, normalisation, aggregation, columns: [column, null] };
        column.set([9, 8, 7, 6]);
        runner.rank(choice, ranks);
        expect(Array.from(ranks)).toEqual([1, 2, 3, 4]);
        column.set([6, 7, 8, 9]); // the same array, the order reversed
        runner.rank(choice, ranks);
        expect(Array.from(ranks)).toEqual([4, 3, 2, 1]);
        runner.rank(choice, ranks); // and again unchanged
        expect(Array.from(ranks)).toEqual([4, 3, 2, 1]);
      }
    }
  });

  it('for the default choice, the method as given', () => {
    fc.assert(fc.property(scenarios, (s) => {
      const expected = computeIndex(s.method, s.areas);
      const runner = createRunner(prepare(s.method, s.areas));
      const ranks = new Int32Array(runner.n);
      runner.rank(runner.defaultChoice, ranks);
      for (const area of expected.areas) expect(ranks[runner.codes.indexOf(area.code)]! || null).toBe(area.overall.rank);
    }), { numRuns: 150 });
  });

  it('refuses weights and replaced columns that do not fit', () => {
    const s: Scenario = {
      method: {
        format: 1, id: 'm', label: 'M', normalisation: 'zscore', aggregation: 'mean', missing: 'available', hotspotShare: 0.2, ties: 'code',
        stages: [{ id: 's', label: 'S', weight: 1 }],
        indicators: [{ id: 'a', label: 'A', stage: 's', direction: 'higher', unit: '', weight: 1 }],
      },
      areas: [{ code: 'E1', name: 'One', values: { a: 1 } }, { code: 'E2', name: 'Two', values: { a: null } }],
    };
    const runner = createRunner(prepare(s.method, s.areas));
    const out = new Int32Array(2);
    expect(() => runner.rank({ ...runner.defaultChoice, indicatorWeights: [-1] }, out)).toThrow(RangeError);
    expect(() => runner.rank({ ...runner.defaultChoice, stageWeights: [1, 1] }, out)).toThrow(RangeError);
    expect(() => runner.rank({ ...runner.defaultChoice, columns: [Float64Array.of(2)] }, out)).toThrow(RangeError);
    expect(() => runner.rank({ ...runner.defaultChoice, columns: [Float64Array.of(Infinity, NaN)] }, out)).toThrow(RangeError);
    expect(() => runner.rank({ ...runner.defaultChoice, stageWeights: [0] }, out)).toThrow(/no stage with a positive weight/);
  });
});

describe('re-running with one change gives exactly computeIndex\'s result', () => {
  it('under another method of the same structure (weights, normalisation, aggregation, missing rule, ties)', () => {
    const change = fc.record({
      normalisation: fc.constantFrom(...NORMALISATIONS),
      aggregation: fc.constantFrom(...AGGREGATIONS),
      missing: fc.constantFrom('available' as const, 'exclude' as const),
      ties: fc.constantFrom('code' as const, 'shared' as const),
      scale: fc.array(fc.constantFrom(0, 0.5, 1, 3), { minLength: 16, maxLength: 16 }),
    });
    fc.assert(fc.property(scenarios, change, (s, c) => {
      const run = runIndex(s.method, s.areas);
      const changed: MethodDescription = {
        ...s.method,
        normalisation: c.normalisation,
        aggregation: c.aggregation,
        missing: c.missing,
        ties: c.ties,
        // some weights to 0 (another positive-weight pattern), the first of each stage kept positive
        indicators: s.method.indicators.map((ind, i) => ({ ...ind, weight: ind.id.endsWith('0') ? ind.weight : ind.weight * c.scale[i % 16]! })),
      };
      let expected;
      try {
        expected = computeIndex(changed, s.areas);
      } catch {
        expect(() => rerunIndex(run, changed)).toThrow();
        return;
      }
      const again = rerunIndex(run, changed)!;
      expect(again.result).toEqual(expected);
      // and back to the method itself: the kept outputs give the first result again
      expect(rerunIndex(again, s.method)!.result).toEqual(run.result);
    }), { numRuns: 150 });
  });

  it('with an area\'s values changed (the same values missing): only the changed indicators are normalised again', () => {
    const arb = scenarios.chain((s) => fc.tuple(fc.constant(s), fc.nat(), fc.array(fc.option(fc.integer({ min: -5000, max: 5000 }), { nil: null }), { minLength: 16, maxLength: 16 })));
    fc.assert(fc.property(arb, ([s, pick, news]) => {
      const run = runIndex(s.method, s.areas);
      const area = s.areas[pick % s.areas.length]!;
      const c = run.prepared.codes.indexOf(area.code);
      const replaced = s.method.indicators.map((ind, i) => {
        const v = news[i % 16];
        if (v === null || v === undefined || Number.isNaN(run.prepared.values[i]![c]!)) return null;
        const column = Float64Array.from(run.prepared.values[i]!);
        column[c] = v / 10;
        return column;
      });
      const changedAreas = s.areas.map((other) => {
        if (other.code !== area.code) return other;
        const values = { ...other.values };
        s.method.indicators.forEach((ind, i) => {
          if (replaced[i]) values[ind.id] = replaced[i]![c]!;
        });
        return { ...other, values };
      });
      fc.pre(leftOutOf(s.method, changedAreas) === run.prepared.absentIndicators.join());
      const again = rerunWithColumns(run, replaced);
      expect(buildResult(again.prepared, again.columns)).toEqual(computeIndex(s.method, changedAreas));
      // a column that gains or loses a value does not fit
      const gains = run.prepared.values.findIndex((column) => column.some(Number.isNaN));
      if (gains >= 0) expect(() => rerunWithColumns(run, run.prepared.values.map((column, i) => (i === gains ? column.map((x) => (Number.isNaN(x) ? 1 : x)) : null)))).toThrow(RangeError);
    }), { numRuns: 150 });
  });

  it('refuses a method of another structure (null: compute it afresh)', () => {
    const s = fc.sample(scenarios, { numRuns: 1, seed: 1 })[0]!;
    const run = runIndex(s.method, s.areas);
    const relabelled = { ...s.method, indicators: s.method.indicators.map((ind, i) => (i === 0 ? { ...ind, direction: ind.direction === 'higher' ? 'lower' as const : 'higher' as const } : ind)) };
    expect(rerunIndex(run, relabelled)).toBeNull();
  });
});
