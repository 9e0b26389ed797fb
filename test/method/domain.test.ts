/**
 * Domains of indicators and finite arithmetic: every way a value or a weight comes in refuses
 * what cannot be scored, with one sentence naming it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../src/engine/computeIndex.js';
import type { AreaInput } from '../../src/engine/types.js';
import { SmiError, ParameterError } from '../../src/errors.js';
import { applyChoices, parseWeights } from '../../src/method/choices.js';
import { describeDomain, domainOf, domainProblem, inDomain } from '../../src/method/domain.js';
import { SMI_2017 } from '../../src/method/presets.js';
import { parseMethod } from '../../src/method/schema.js';
import { validateMethod } from '../../src/method/validate.js';
import type { MethodDescription } from '../../src/method/types.js';
import { DOMAIN, idsOf } from '../../src/method/vocabulary.js';

/** A method of two stages with one indicator each: a percentage (higher better) and pay (£). */
const TWO: MethodDescription = {
  format: 1,
  id: 'two',
  label: 'two',
  stages: [
    { id: 'a', label: 'A', weight: 1 },
    { id: 'b', label: 'B', weight: 1 },
  ],
  indicators: [
    { id: 'pct', label: 'A share', stage: 'a', direction: 'higher', unit: '%', weight: 1 },
    { id: 'pay', label: 'Pay', stage: 'b', direction: 'higher', unit: '£', weight: 1 },
  ],
  normalisation: 'zscore',
  aggregation: 'mean',
  missing: 'available',
  hotspotShare: 0.2,
  ties: 'code',
};

const area = (code: string, pct: number | null, pay: number | null): AreaInput => ({ code, name: `Area ${code}`, values: { pct, pay } });

describe('domains', () => {
  it('follow the unit when a method does not name one, and the presets name them all', () => {
    expect(domainOf({ unit: '%' })).toBe('percentage');
    expect(domainOf({ unit: '£' })).toBe('positive');
    expect(domainOf({ unit: 'ratio' })).toBe('positive');
    expect(domainOf({ unit: 'points' })).toBe('non-negative');
    expect(domainOf({ unit: 'people' })).toBe('real');
    expect(domainOf({ unit: '%', domain: 'real' })).toBe('real');
    for (const indicator of SMI_2017.indicators) expect(indicator.domain, indicator.id).toBeDefined();
  });

  it('contain exactly the values their rule says (property)', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const finite = Number.isFinite(x);
        expect(inDomain(x, 'percentage')).toBe(finite && x >= 0 && x <= 100);
        expect(inDomain(x, 'positive')).toBe(finite && x > 0);
        expect(inDomain(x, 'non-negative')).toBe(finite && x >= 0);
        expect(inDomain(x, 'real')).toBe(finite);
      }),
    );
    // the edges, by hand
    expect([0, 100, 100.0000001, -0].map((x) => inDomain(x, 'percentage'))).toEqual([true, true, false, true]);
    expect([0, Number.MIN_VALUE].map((x) => inDomain(x, 'positive'))).toEqual([false, true]);
  });

  it('are named in words in one sentence', () => {
    expect(idsOf(DOMAIN).map(describeDomain)).toEqual(['a percentage from 0 to 100', 'a number greater than 0', 'a number of at least 0', 'any finite number']);
    expect(domainProblem(TWO.indicators[0]!, 150)).toBe('pct (A share) must be a percentage from 0 to 100 (got 150)');
    expect(domainProblem(TWO.indicators[0]!, 99.5)).toBeNull();
    expect(domainProblem(TWO.indicators[1]!, 0)).toBe('pay (Pay) must be a number greater than 0 (got 0)');
  });

  it('are checked by the engine on every value it is given', () => {
    const areas = [area('E1', 40, 400), area('E2', 150, 500), area('E3', 60, 600)];
    expect(() => computeIndex(TWO, areas)).toThrow(new SmiError('area E2 (Area E2): pct (A share) must be a percentage from 0 to 100 (got 150)'));
    expect(() => computeIndex(TWO, [area('E1', 40, 400), area('E2', 50, -5)])).toThrow(/area E2 \(Area E2\): pay \(Pay\) must be a number greater than 0 \(got -5\)/);
  });

  it('are checked in method files', () => {
    const json = structuredClone(TWO) as unknown as { indicators: Array<Record<string, unknown>> };
    json.indicators[0]!.domain = 'share';
    expect(() => parseMethod(json, 'm.json')).toThrow(/^m\.json: indicators\[0\]\.domain must be "percentage", "positive", "non-negative" or "real" \(got "share"\)$/);
  });
});

describe('finite arithmetic', () => {
  it('refuses stage weights whose sum is not finite, in a method file and in weights=', () => {
    const huge = { ...structuredClone(TWO), stages: TWO.stages.map((stage) => ({ ...stage, weight: 1e308 })) };
    expect(() => validateMethod(huge, 'm.json')).toThrow(/^m\.json: the stage weights must add up to a finite number/);
    expect(() => applyChoices(SMI_2017, { weights: parseWeights('school=1e308,youth=1e308') })).toThrow(ParameterError);
    expect(() => applyChoices(SMI_2017, { weights: parseWeights('school=1e308,youth=1e308') })).toThrow(/add up to more than 1\.798e\+308/);
    // large but summable weights are fine, and only their ratio matters: 1e300 : 1e300 = 1 : 1
    const big = applyChoices(TWO, { weights: parseWeights('a=1e300,b=1e300') });
    expect(big.stages.map((stage) => stage.weight)).toEqual([0.5, 0.5]);
  });

  it('stops with a clear error when values in their domain are too large to compute with', () => {
    // pay of £1e155: its square, 1e310, is beyond the largest double, so no SD can be computed
    const areas = [area('E1', 40, 400), area('E2', 50, 1e155), area('E3', 60, 600)];
    expect(() => computeIndex(TWO, areas)).toThrow(/the scores of pay \(Pay\) are not finite numbers; its values, from 400 to 1\.000e\+155, are too large/);
  });

  it('never returns a non-finite score for a finite, in-domain dataset (property)', () => {
    const value = fc.oneof(fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true }));
    const pay = fc.oneof(fc.constant(null), fc.double({ min: Number.MIN_VALUE, max: 1e300, noNaN: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(value, pay), { minLength: 1, maxLength: 12 }), (rows) => {
        const areas = rows.map(([p, q], j) => area(`E${String(j).padStart(2, '0')}`, p, q));
        let result;
        try {
          result = computeIndex(TWO, areas);
        } catch (error) {
          expect(error).toBeInstanceOf(SmiError); // a stated reason, never a crash
          return;
        }
        for (const a of result.areas) {
          if (!a.ranked) continue;
          expect(Number.isFinite(a.overall.score)).toBe(true);
          for (const stage of Object.values(a.stages)) if (stage.score !== null) expect(Number.isFinite(stage.score)).toBe(true);
          for (const indicator of Object.values(a.indicators)) if (indicator.score !== null) expect(Number.isFinite(indicator.score)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('serverRunsLimit', () => {
  it('gives 10,000 runs to 324 areas × 16 indicators, and proportionally fewer to more work', async () => {
    const { serverRunsLimit } = await import('../../src/method/vocabulary.js');
    expect(serverRunsLimit(324, 16)).toBe(10_000);
    expect(serverRunsLimit(294, 16)).toBe(10_000); // fewer areas: still the server's ceiling
    expect(serverRunsLimit(648, 16)).toBe(5_000);
    expect(serverRunsLimit(100_000, 200)).toBe(2); // 51,840,000 / 20,000,000 = 2.6
    expect(serverRunsLimit(1e9, 1e9)).toBe(1);
  });
});
