/**
 * The engine's fast path (src/analysis/fastIndex.ts) must give exactly computeIndex's overall
 * ranks and classes for any method choice, with or without replaced value columns; and its
 * allocation-free sort and normalisation must equal the stats functions they stand in for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFastIndex, type FastChoice } from '../../src/analysis/fastIndex.js';
import { normaliseInto } from '../../src/analysis/fastNormalise.js';
import { orderScratch, rankDescendingInto } from '../../src/analysis/fastOrder.js';
import { computeIndex } from '../../src/engine/computeIndex.js';
import { normaliseColumn } from '../../src/engine/normalise.js';
import { classify } from '../../src/engine/rankAndClassify.js';
import type { AreaInput } from '../../src/engine/types.js';
import type { Aggregation, MethodDescription, Normalisation } from '../../src/method/types.js';
import { rankDescending } from '../../src/stats/rankDescending.js';
import { scenarioArbitrary, type Scenario } from '../engine/arbitraries.js';
import { hasData } from '../engine/helpers.js';

const NORMALISATIONS: Normalisation[] = ['zscore', 'minmax', 'rank'];
const AGGREGATIONS: Aggregation[] = ['mean', 'geometric'];

/** A choice for a scenario: random weights (some 0, one positive per stage and one stage positive), normalisation, aggregation, and maybe replaced columns. */
function choiceArbitrary(s: Scenario): fc.Arbitrary<{ choice: FastChoice; replace: (number | null)[] }> {
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

function methodOf(method: MethodDescription, choice: FastChoice): MethodDescription {
  return {
    ...method,
    stages: method.stages.map((st, k) => ({ ...st, weight: choice.stageWeights[k]! })),
    indicators: method.indicators.map((ind, i) => ({ ...ind, weight: choice.indicatorWeights[i]! })),
    normalisation: choice.normalisation,
    aggregation: choice.aggregation,
  };
}

describe('the fast path gives exactly the ranks and classes of computeIndex', () => {
  it('for random methods, datasets (missing values, ties, both missing rules) and choices, with replaced columns', () => {
    const scenario = scenarioArbitrary({ zeroWeights: true, missingRate: 0.15 }).filter(hasData);
    fc.assert(fc.property(scenario.chain((s) => fc.tuple(fc.constant(s), choiceArbitrary(s))), ([s, { choice, replace }]) => {
      const fast = createFastIndex(s.method, s.areas);
      // replaced columns: add the shift to every other present value (changing ties and order)
      const columns = replace.map((shift, i) => {
        if (shift === null) return null;
        const column = Float64Array.from(fast.prepared.values[i]!);
        for (let c = 0; c < column.length; c += 2) if (!Number.isNaN(column[c]!)) column[c] = column[c]! + shift;
        return column;
      });
      const areas: AreaInput[] = s.areas.map((area) => {
        const c = fast.codes.indexOf(area.code);
        const values: Record<string, number | null> = { ...area.values };
        s.method.indicators.forEach((ind, i) => {
          const column = columns[i];
          if (column && !Number.isNaN(column[c]!)) values[ind.id] = column[c]!;
        });
        return { ...area, values };
      });
      let expected;
      try {
        expected = computeIndex(methodOf(s.method, choice), areas);
      } catch {
        // the engine refuses (no stage of positive weight has a value): so must the fast path
        expect(() => fast.rank({ ...choice, columns }, new Int32Array(fast.n))).toThrow();
        return;
      }
      const ranks = new Int32Array(fast.n);
      const count = fast.rank({ ...choice, columns }, ranks);
      expect(count).toBe(expected.rankedCount);
      expect(fast.hotspotCount(count)).toBe(expected.hotspotCount);
      for (const area of expected.areas) {
        const rank = ranks[fast.codes.indexOf(area.code)]!;
        expect(rank === 0 ? null : rank, area.code).toBe(area.overall.rank);
        if (rank > 0) expect(classify(rank, count, fast.hotspotCount(count))).toBe(area.overall.class);
      }
      // and again without the replaced columns: the cached normalised scores
      const plain = computeIndex(methodOf(s.method, choice), s.areas);
      fast.rank(choice, ranks);
      for (const area of plain.areas) {
        const rank = ranks[fast.codes.indexOf(area.code)]!;
        expect(rank === 0 ? null : rank, area.code).toBe(area.overall.rank);
      }
    }), { numRuns: 300 });
  });

  it('for the default choice, the method as given', () => {
    fc.assert(fc.property(scenarioArbitrary({ zeroWeights: true }).filter(hasData), (s) => {
      const expected = computeIndex(s.method, s.areas);
      const fast = createFastIndex(s.method, s.areas);
      const ranks = new Int32Array(fast.n);
      fast.rank(fast.defaultChoice, ranks);
      for (const area of expected.areas) expect(ranks[fast.codes.indexOf(area.code)]! || null).toBe(area.overall.rank);
    }), { numRuns: 150 });
  });
});

describe('allocation-free helpers equal the functions they replace', () => {
  // values: spread doubles, heavy ties, ±0, and a far outlier (uneven buckets)
  const values = fc.oneof(
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { maxLength: 300 }),
    fc.array(fc.integer({ min: -2, max: 2 }), { maxLength: 300 }),
    fc.array(fc.constantFrom(0, -0, 1), { maxLength: 60 }),
    fc.array(fc.double({ min: 0, max: 1e-9, noNaN: true }), { minLength: 1, maxLength: 200 }).map((xs) => [...xs, 1e9]),
  );

  it('rankDescendingInto ≡ rankDescending on subnormal spreads (where (n − 1) / width overflows)', () => {
    for (const xs of [[5e-324, 0], [0, -5e-324], [5e-324, 0, -5e-324, 0]]) {
      for (const ties of ['code', 'shared'] as const) {
        const out = new Int32Array(xs.length);
        rankDescendingInto(xs, xs.length, ties, out, new Int32Array(xs.length), orderScratch(xs.length));
        expect(Array.from(out)).toEqual(rankDescending(xs, ties));
      }
    }
  });

  it('rankDescendingInto ≡ rankDescending (both tie rules)', () => {
    fc.assert(fc.property(values, fc.constantFrom('code' as const, 'shared' as const), (xs, ties) => {
      const n = xs.length;
      const out = new Int32Array(n);
      rankDescendingInto(xs, n, ties, out, new Int32Array(n), orderScratch(n));
      expect(Array.from(out)).toEqual(rankDescending(xs, ties));
    }), { numRuns: 500 });
  });

  it('normaliseInto ≡ normaliseColumn, to the last bit', () => {
    fc.assert(fc.property(values, fc.constantFrom(...NORMALISATIONS), fc.constantFrom('higher' as const, 'lower' as const), (xs, how, direction) => {
      const n = xs.length;
      const out = new Float64Array(n);
      normaliseInto(xs, n, how, direction, out, new Int32Array(n), orderScratch(n));
      const expected = normaliseColumn(xs, how, direction);
      for (let i = 0; i < n; i++) expect(Object.is(out[i], expected[i]), `${i}: ${out[i]} vs ${expected[i]}`).toBe(true);
    }), { numRuns: 500 });
  });
});
