import { describe, expect, it } from 'vitest';
import { SmiError } from '../../src/errors.js';
import { PRESETS, SMI_2016, SMI_2017 } from '../../src/method/presets.js';
import { formatPath, parseMethod } from '../../src/method/schema.js';
import { validateMethod } from '../../src/method/validate.js';
import type { MethodDescription } from '../../src/method/types.js';

/** A small valid method as plain JSON. */
function base(): Record<string, unknown> & { stages: Record<string, unknown>[]; indicators: Record<string, unknown>[] } {
  return {
    format: 1,
    id: 'test',
    label: 'Test method',
    stages: [
      { id: 's1', label: 'Stage one', weight: 1 },
      { id: 's2', label: 'Stage two', weight: 1 },
    ],
    indicators: [
      { id: 'a', label: 'A', stage: 's1', direction: 'higher', unit: '%', weight: 1 },
      { id: 'b', label: 'B', stage: 's1', direction: 'lower', unit: '%', weight: 1 },
      { id: 'c', label: 'C', stage: 's2', direction: 'higher', unit: '%', weight: 1 },
      { id: 'd', label: 'D', stage: 's2', direction: 'higher', unit: '%', weight: 1, number: 4, description: 'Dee' },
    ],
    normalisation: 'zscore',
    aggregation: 'mean',
    missing: 'available',
    hotspotShare: 0.2,
    ties: 'code',
  };
}

function messageOf(json: unknown, source = 'method.json'): string {
  try {
    parseMethod(json, source);
  } catch (error) {
    expect(error).toBeInstanceOf(SmiError);
    return (error as SmiError).message;
  }
  throw new Error('expected parseMethod to throw');
}

describe('parseMethod', () => {
  it('accepts both presets and a copy of them through JSON', () => {
    for (const preset of Object.values(PRESETS)) {
      const parsed = parseMethod(JSON.parse(JSON.stringify(preset)) as unknown, 'preset');
      expect(parsed).toEqual(preset);
      expect(() => validateMethod(preset)).not.toThrow();
    }
    expect(() => validateMethod(SMI_2016)).not.toThrow();
    expect(() => validateMethod(SMI_2017)).not.toThrow();
  });

  it('accepts a small method and returns a copy', () => {
    const json = base();
    const parsed = parseMethod(json);
    expect(parsed).toEqual(json);
    expect(parsed).not.toBe(json);
  });

  it('names the path and the allowed values of a bad enum, as in the brief', () => {
    const json = base();
    json.indicators[3]!.direction = 'up';
    expect(messageOf(json)).toBe('method.json: indicators[3].direction must be "higher" or "lower" (got "up")');
  });

  it('uses the source name, "method" by default', () => {
    const json = base();
    json.normalisation = 'robust';
    expect(() => parseMethod(json)).toThrow('method: normalisation must be "zscore", "minmax" or "rank" (got "robust")');
  });

  it.each([
    ['aggregation', 'median', 'method.json: aggregation must be "mean" or "geometric" (got "median")'],
    ['missing', 'drop', 'method.json: missing must be "available" or "exclude" (got "drop")'],
    ['ties', 'random', 'method.json: ties must be "code" or "shared" (got "random")'],
    ['format', 2, 'method.json: format must be 1 (got 2)'],
    ['id', 7, 'method.json: id must be a string (got 7)'],
    ['stages', {}, 'method.json: stages must be a list (got an object)'],
    ['hotspotShare', '0.2', 'method.json: hotspotShare must be a finite number (got "0.2")'],
  ])('reports a bad %s', (key, value, message) => {
    const json = base();
    json[key] = value;
    expect(messageOf(json)).toBe(message);
  });

  it('reports a non-object', () => {
    expect(messageOf([])).toBe('method.json: the method must be an object (got a list)');
    expect(messageOf(null)).toBe('method.json: the method must be an object (got null)');
  });

  it('reports missing and unknown keys', () => {
    const json = base();
    delete json.indicators[1]!.unit;
    expect(messageOf(json)).toBe('method.json: indicators[1].unit is missing (expected a string)');
    const typo = base();
    typo.stages[0]!.weigth = 1;
    expect(messageOf(typo)).toBe('method.json: stages[0] has an unknown key "weigth"');
    const top = base();
    top.comment = 'x';
    expect(messageOf(top)).toBe('method.json: the method has an unknown key "comment"');
  });

  it('reports a non-finite number', () => {
    const json = base();
    json.indicators[2]!.weight = Number.NaN;
    expect(messageOf(json)).toBe('method.json: indicators[2].weight must be a finite number (got NaN)');
    const inf = base();
    inf.stages[1]!.weight = Number.POSITIVE_INFINITY;
    expect(messageOf(inf)).toBe('method.json: stages[1].weight must be a finite number (got Infinity)');
  });

  it('reports empty lists', () => {
    const json = base();
    json.stages = [];
    json.indicators = [];
    expect(messageOf(json)).toBe('method.json: stages must list at least one stage');
    const noIndicators = base();
    noIndicators.indicators = [];
    expect(messageOf(noIndicators)).toBe('method.json: indicators must list at least one indicator');
  });

  it('reports negative weights', () => {
    const json = base();
    json.indicators[0]!.weight = -1;
    expect(messageOf(json)).toBe('method.json: indicators[0].weight must be a finite number ≥ 0 (got -1)');
    const stage = base();
    stage.stages[1]!.weight = -0.5;
    expect(messageOf(stage)).toBe('method.json: stages[1].weight must be a finite number ≥ 0 (got -0.5)');
  });

  it('refuses a method larger than its bounds, and accepts one at them', () => {
    const many = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `i${i}`, label: `I${i}`, stage: 's1', direction: 'higher', unit: '%', weight: 1 }));
    const atBound = base();
    atBound.indicators = many(200);
    atBound.stages = [...Array.from({ length: 19 }, (_, i) => ({ id: `x${i}`, label: `X${i}`, weight: 1 })), { id: 's1', label: 'Stage one', weight: 1 }];
    expect(() => parseMethod(atBound)).not.toThrow();
    const indicators = base();
    indicators.indicators = many(20_000);
    expect(messageOf(indicators)).toBe('method.json: indicators must have at most 200 entries (got 20,000)');
    const stages = base();
    stages.stages = Array.from({ length: 21 }, (_, i) => ({ id: `x${i}`, label: `X${i}`, weight: 1 }));
    expect(messageOf(stages)).toBe('method.json: stages must have at most 20 entries (got 21)');
  });

  it('reports duplicate ids', () => {
    const json = base();
    json.stages[1]!.id = 's1';
    expect(messageOf(json)).toBe('method.json: stages[1].id must be unique ("s1" is also stages[0].id)');
    const indicators = base();
    indicators.indicators[3]!.id = 'b';
    expect(messageOf(indicators)).toBe('method.json: indicators[3].id must be unique ("b" is also indicators[1].id)');
  });

  it('reports empty ids', () => {
    const json = base();
    json.indicators[0]!.id = '';
    expect(messageOf(json)).toBe('method.json: indicators[0].id must be a non-empty string (got "")');
  });

  it('reports an unknown stage', () => {
    const json = base();
    json.indicators[2]!.stage = 's3';
    expect(messageOf(json)).toBe('method.json: indicators[2].stage must be one of the stage ids "s1" or "s2" (got "s3")');
  });

  it('reports a bad indicator number', () => {
    const json = base();
    json.indicators[0]!.number = 1.5;
    expect(messageOf(json)).toBe('method.json: indicators[0].number must be a whole number ≥ 1 (got 1.5)');
  });

  it('requires a positive weight in every stage that has indicators', () => {
    const json = base();
    json.indicators[2]!.weight = 0;
    json.indicators[3]!.weight = 0;
    expect(messageOf(json)).toBe('method.json: stages[1] ("s2") has indicators but none of them has a positive weight');
    // one positive weight is enough
    json.indicators[3]!.weight = 0.5;
    expect(() => parseMethod(json)).not.toThrow();
  });

  it('requires a positive weight among the stages that have indicators', () => {
    const json = base();
    json.stages[0]!.weight = 0;
    json.stages[1]!.weight = 0;
    expect(messageOf(json)).toBe('method.json: stages must include at least one stage with a positive weight and at least one indicator');
    // a weighted stage without indicators does not count
    json.stages.push({ id: 's3', label: 'Empty', weight: 1 });
    expect(messageOf(json)).toBe('method.json: stages must include at least one stage with a positive weight and at least one indicator');
    // zero-weight stages are fine when another stage carries weight
    json.stages[0]!.weight = 2;
    expect(() => parseMethod(json)).not.toThrow();
  });

  it.each([[0], [-0.1], [0.51], [1]])('rejects hotspotShare %s', (share) => {
    const json = base();
    json.hotspotShare = share;
    expect(messageOf(json)).toBe(`method.json: hotspotShare must be a number greater than 0 and at most 0.5 (got ${share})`);
  });

  it.each([[0.5], [0.2], [0.001]])('accepts hotspotShare %s', (share) => {
    const json = base();
    json.hotspotShare = share;
    expect(parseMethod(json).hotspotShare).toBe(share);
  });

  it('reports only the first problem, in one sentence', () => {
    const json = base();
    json.indicators[0]!.direction = 'up';
    json.indicators[1]!.direction = 'down';
    const message = messageOf(json);
    expect(message).toContain('indicators[0].direction');
    expect(message).not.toContain('indicators[1]');
    expect(message.split('\n')).toHaveLength(1);
  });
});

describe('validateMethod', () => {
  it('checks typed objects built in code, including enums a JavaScript caller may get wrong', () => {
    const method = structuredClone(SMI_2017);
    expect(() => validateMethod(method)).not.toThrow();
    const bad = { ...method, ties: 'alphabetical' } as unknown as MethodDescription;
    expect(() => validateMethod(bad)).toThrow(new SmiError('method: ties must be "code" or "shared" (got "alphabetical")'));
    const dup = structuredClone(SMI_2017);
    dup.indicators[5]!.id = dup.indicators[0]!.id;
    expect(() => validateMethod(dup, 'my method')).toThrow(
      'my method: indicators[5].id must be unique ("ey-providers-good" is also indicators[0].id)',
    );
    const share = { ...method, hotspotShare: 0.6 };
    expect(() => validateMethod(share)).toThrow('hotspotShare must be a number greater than 0 and at most 0.5 (got 0.6)');
  });
});

describe('formatPath', () => {
  it('formats zod paths like JavaScript accessors', () => {
    expect(formatPath(['indicators', 3, 'direction'])).toBe('indicators[3].direction');
    expect(formatPath(['stages', 'my key'])).toBe('stages["my key"]');
    expect(formatPath([])).toBe('');
  });
});
