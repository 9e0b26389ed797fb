import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndex } from '../../src/engine/computeIndex.js';
import { UsageError } from '../../src/errors.js';
import { applyChoices, describeChoices, parseWeights } from '../../src/method/choices.js';
import { SMI_2017 } from '../../src/method/presets.js';
import { validateMethod } from '../../src/method/validate.js';
import { scenarioArbitrary } from '../engine/arbitraries.js';
import { hasData } from '../engine/helpers.js';

describe('parseWeights', () => {
  it('reads a comma list of id=number', () => {
    expect(parseWeights('school=2,fsm-ks2-rwm=0')).toEqual({ school: 2, 'fsm-ks2-rwm': 0 });
    expect(parseWeights(' school = 1.5 , youth=.5,adulthood=1e1 ')).toEqual({ school: 1.5, youth: 0.5, adulthood: 10 });
  });

  it('rejects bad lists with a UsageError naming the id', () => {
    expect(() => parseWeights('')).toThrow(UsageError);
    expect(() => parseWeights('school')).toThrow(/"school" is not of the form/);
    expect(() => parseWeights('=2')).toThrow(/is not of the form/);
    expect(() => parseWeights('school=two')).toThrow(/weight of "school" must be a number \(got "two"\)/);
    expect(() => parseWeights('school=-1')).toThrow(/weight of "school" must not be negative/);
    expect(() => parseWeights('school=Infinity')).toThrow(/must be a number/);
    expect(() => parseWeights('school=1,school=2')).toThrow(/"school" is given twice/);
    expect(() => parseWeights('school=1,,youth=2')).toThrow(UsageError);
  });
});

describe('applyChoices', () => {
  it('returns the method itself when nothing is chosen', () => {
    expect(applyChoices(SMI_2017, {})).toBe(SMI_2017);
  });

  it('normalises every group of weights to sum to 1', () => {
    // stages 1, 2, 1, 1 → /5; the school stage has four indicators, fsm-ks2-rwm = 3, others 1 → /6
    const method = applyChoices(SMI_2017, { weights: { school: 2, 'fsm-ks2-rwm': 3 } });
    expect(method.stages.map((stage) => stage.weight)).toEqual([0.2, 0.4, 0.2, 0.2]);
    const school = method.indicators.filter((indicator) => indicator.stage === 'school');
    expect(school.map((indicator) => indicator.weight)).toEqual([1 / 6, 3 / 6, 1 / 6, 1 / 6]);
    expect(method.indicators.filter((indicator) => indicator.stage === 'youth').map((indicator) => indicator.weight)).toEqual([0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(SMI_2017.stages[1]!.weight).toBe(1); // input untouched
    expect(method.id).toBe('smi-2017-modified');
    validateMethod(method);
  });

  it('sets the other choices', () => {
    const method = applyChoices(SMI_2017, { normalisation: 'rank', aggregation: 'geometric', missing: 'exclude' });
    expect([method.normalisation, method.aggregation, method.missing]).toEqual(['rank', 'geometric', 'exclude']);
    expect(describeChoices({ normalisation: 'rank', weights: { youth: 1, early: 2 } })).toBe('weights early=2,youth=1, normalise rank');
  });

  it('rejects unknown ids and groups with no positive weight, naming them', () => {
    expect(() => applyChoices(SMI_2017, { weights: { teens: 1 } })).toThrow(/"teens" is not a stage or indicator/);
    expect(() => applyChoices(SMI_2017, { weights: { 'early-years': 0, school: 0, youth: 0, adulthood: 0 } })).toThrow(/every stage weight is 0/);
    const present = new Set(SMI_2017.indicators.map((i) => i.id).filter((id) => !['fsm-primary-good', 'fsm-secondary-good'].includes(id)));
    expect(() => applyChoices(SMI_2017, { weights: { 'fsm-ks2-rwm': 0, 'fsm-attainment8': 0 } }, { presentIndicators: present })).toThrow(
      /every indicator of the School stage with data has weight 0 \(fsm-ks2-rwm and fsm-attainment8\)/,
    );
    expect(() => applyChoices(SMI_2017, { weights: { 'fsm-ks2-rwm': -1 } })).toThrow(/must be a finite number ≥ 0/);
  });

  it('does not depend on the order of the weights', () => {
    const a = applyChoices(SMI_2017, { weights: parseWeights('school=2,youth=0.5,fsm-he-19=4') });
    const b = applyChoices(SMI_2017, { weights: parseWeights('fsm-he-19=4,youth=0.5,school=2') });
    expect(a).toEqual(b);
  });

  it('leaves results unchanged when the weights given are the defaults, and when all weights are scaled', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ missingRate: 0.1 }).filter(hasData), fc.integer({ min: 1, max: 7 }), (s, factor) => {
        const weights: Record<string, number> = {};
        for (const stage of s.method.stages) weights[stage.id] = stage.weight * factor;
        for (const indicator of s.method.indicators) weights[indicator.id] = indicator.weight * factor;
        let method;
        try {
          method = applyChoices(s.method, { weights });
        } catch (error) {
          // a random method may have only zero-weight stages among those with data: rejected, fine
          expect(error).toBeInstanceOf(UsageError);
          return;
        }
        // every group sums to 1
        const stageSum = method.stages.reduce((t, st) => t + st.weight, 0);
        expect(stageSum).toBeCloseTo(1, 12);
        for (const stage of method.stages) {
          const members = method.indicators.filter((i) => i.stage === stage.id);
          if (members.length > 0) expect(members.reduce((t, i) => t + i.weight, 0)).toBeCloseTo(1, 12);
        }
        const before = computeIndex(s.method, s.areas);
        const after = computeIndex(method, s.areas);
        for (let i = 0; i < before.areas.length; i++) {
          const x = before.areas[i]!.overall.score;
          const y = after.areas[i]!.overall.score;
          if (x === null || y === null) expect(x).toBe(y);
          else expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(x)));
        }
      }),
      { numRuns: 150 },
    );
  });
});
