/**
 * Re-running a scored edition with one change (src/analysis/recompute.ts, rescoreEdition) gives
 * exactly what computing from scratch gives, whichever way the change is re-run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recomputeWith } from '../../src/analysis/recompute.js';
import { computeIndex } from '../../src/engine/computeIndex.js';
import { applyChoices, type MethodChoices } from '../../src/method/choices.js';
import { rescoreEdition, scoreEdition } from '../../src/report/scoredEdition.js';
import { scenarioArbitrary } from '../engine/arbitraries.js';
import { hasData } from '../engine/helpers.js';
import { editionOf, FIVE_AREAS, TWO_STAGE } from './fixtures.js';

describe('recomputeWith', () => {
  it('gives the changed area exactly the result computeIndex gives on the changed data', () => {
    // a change keeps an indicator's value present (re-run from the kept working), gives a value
    // where there was none or takes one away (computed afresh): both must agree with computeIndex
    const change = fc.option(fc.integer({ min: -5000, max: 5000 }).map((k) => k / 10), { nil: null, freq: 4 });
    const arb = scenarioArbitrary({ maxAreas: 15, missingRate: 0.2 }).filter(hasData).chain((s) => fc.tuple(
      fc.constant(s),
      fc.nat(),
      fc.array(fc.tuple(fc.nat(), change), { minLength: 1, maxLength: 3 }),
    ));
    fc.assert(fc.property(arb, ([s, pick, picks]) => {
      const scored = scoreEdition(editionOf(s.method, s.areas), s.method);
      const area = s.areas[pick % s.areas.length]!;
      const changes: Record<string, number | null> = {};
      for (const [which, value] of picks) changes[s.method.indicators[which % s.method.indicators.length]!.id] = value;
      const changed = s.areas.map((other) => (other.code === area.code ? { ...other, values: { ...other.values, ...changes } } : other));
      let expected;
      try {
        expected = computeIndex(s.method, changed);
      } catch {
        expect(() => recomputeWith(scored, area.code, changes)).toThrow();
        return;
      }
      const got = recomputeWith(scored, area.code, changes);
      expect(got.rankedCount).toBe(expected.rankedCount);
      for (const other of expected.areas) expect(got.resultOf(other.code), other.code).toEqual(other);
    }), { numRuns: 200 });
  });

  it('leaves the scored edition as it was', () => {
    const scored = scoreEdition(editionOf(TWO_STAGE, FIVE_AREAS), TWO_STAGE);
    const before = structuredClone(scored.result);
    recomputeWith(scored, 'E1', { b1: 3, a1: 40 });
    expect(scored.result).toEqual(before);
    expect(recomputeWith(scored, 'E1', {}).resultOf('E1')).toEqual(scored.byCode.get('E1')!.result);
  });
});

describe('rescoreEdition', () => {
  it('is scoreEdition under the changed method, exactly', () => {
    const edition = editionOf(TWO_STAGE, FIVE_AREAS);
    const base = scoreEdition(edition, TWO_STAGE);
    const changes: MethodChoices[] = [{ weights: { B: 0 } }, { normalisation: 'rank' }, { aggregation: 'geometric', weights: { a1: 3 } }, { missing: 'exclude' }];
    for (const choices of changes) {
      const method = applyChoices(TWO_STAGE, choices);
      const again = rescoreEdition(base, method);
      const fresh = scoreEdition(edition, method);
      expect(again.result).toEqual(fresh.result);
      expect(again.areas).toEqual(fresh.areas);
    }
    // a method of another structure (an indicator's direction flipped) is scored afresh
    const flipped = { ...TWO_STAGE, indicators: TWO_STAGE.indicators.map((ind) => (ind.id === 'b1' ? { ...ind, direction: 'higher' as const } : ind)) };
    expect(rescoreEdition(base, flipped).result).toEqual(scoreEdition(edition, flipped).result);
  });
});
