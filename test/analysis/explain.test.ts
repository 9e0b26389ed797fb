import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driverSentence, explain } from '../../src/analysis/explain.js';
import { UsageError } from '../../src/errors.js';
import { median } from '../../src/stats/median.js';
import { scenarioArbitrary } from '../engine/arbitraries.js';
import { hasData } from '../engine/helpers.js';
import { FIVE_AREAS, TWO_STAGE, scored, scoredFromInputs } from './fixtures.js';

describe('explain, on the five-area example of fixtures.ts', () => {
  const s = scored(TWO_STAGE, FIVE_AREAS);
  const p = explain(s, s.byCode.get('E1')!);

  it('gives the score, rank and median', () => {
    // P = (50 + 0)/2 = 25, last of five; the median of 25, 75, 62.5, 50, 37.5 is S's 50
    expect(p.overall).toEqual({ score: 25, rank: 5, class: 'coldspot' });
    expect(p.medianScore).toBe(50);
    expect(p.medianAreas.map((area) => area.name)).toEqual(['S']);
  });

  it('splits the score into contributions', () => {
    // stage shares ½ each, indicator shares ½ in A and 1 in B:
    // a1 = ½·½·0 = 0, a2 = ½·½·100 = 25, b1 = ½·1·0 = 0 → sum 25
    expect(p.contributions.a1).toBeCloseTo(0, 12);
    expect(p.contributions.a2).toBeCloseTo(25, 12);
    expect(p.contributions.b1).toBeCloseTo(0, 12);
    expect(p.unused).toEqual([]);
  });

  it('splits the gap to the median area exactly', () => {
    // S's contributions: a1 = ¼·75 = 18.75, a2 = ¼·25 = 6.25, b1 = ½·50 = 25 (sum 50)
    // gaps: 0 − 18.75, 25 − 6.25, 0 − 25 → −18.75, 18.75, −25; sum −25 = 25 − 50
    expect(p.gapContributions.a1).toBeCloseTo(-18.75, 12);
    expect(p.gapContributions.a2).toBeCloseTo(18.75, 12);
    expect(p.gapContributions.b1).toBeCloseTo(-25, 12);
    expect(p.gap).toBeCloseTo(-25, 12);
    expect(p.stages.map((stage) => [stage.id, stage.contribution, stage.gap])).toEqual([
      ['A', 25, 0],
      ['B', 0, -25],
    ]);
  });

  it('counts the places each indicator costs', () => {
    // b1 at the median 3: values 3 1 2 3 4, 100(x − 1)/3 reversed → P 33.3, Q 100, R 66.7, S 33.3,
    // T 0; overall P 41.67, Q 75, R 58.33, S 41.67, T 25: P ties S and comes first by code → 3rd.
    // a1 at 20 (or a2 at 20) leaves P last (overall 33.3 and 16.7, next lowest 37.5).
    const byId = new Map(p.drivers.map((driver) => [driver.indicator, driver]));
    expect(byId.get('b1')).toMatchObject({ rankAtMedian: 3, places: -2, position: 'worst' });
    expect(byId.get('a1')).toMatchObject({ rankAtMedian: 5, places: 0 });
    expect(byId.get('a2')).toMatchObject({ rankAtMedian: 5, places: 0 });
    expect(p.drivers[0]!.indicator).toBe('b1');
    expect(p.drivers[0]!.sentence).toBe('Stage B: indicator b1 is the worst in England and costs 2 places.');
  });

  it('uses the two middle areas when N is even', () => {
    const six = scored(TWO_STAGE, [...FIVE_AREAS, { code: 'E6', name: 'U', values: { a1: 25, a2: 15, b1: 2.5 } }]);
    const e = explain(six, six.byCode.get('E2')!);
    expect(e.medianAreas).toHaveLength(2);
    const [m1, m2] = e.medianAreas;
    expect(e.medianScore).toBeCloseTo((m1!.score + m2!.score) / 2, 12);
    expect(m2!.rank).toBe(m1!.rank + 1);
    expect(m1!.rank).toBe(3);
  });

  it('refuses an unranked area', () => {
    const s2 = scored(TWO_STAGE, [...FIVE_AREAS, { code: 'E9', name: 'Nowhere', values: { a1: 1 } }]);
    expect(() => explain(s2, s2.byCode.get('E9')!)).toThrow(UsageError);
  });
});

describe('driverSentence', () => {
  it('reads as plain English', () => {
    expect(driverSentence('Youth', 'FSM young people not in a sustained destination after KS4', '12th worst', -40)).toBe(
      'Youth: FSM young people not in a sustained destination after KS4 is the 12th worst in England and costs 40 places.',
    );
    expect(driverSentence('Adulthood', 'Median pay of residents', 'joint 3rd best', 1)).toBe('Adulthood: median pay of residents is the joint 3rd best in England and gains 1 place.');
    expect(driverSentence('Adulthood', 'Median pay of residents', '100th best', 0)).toMatch(/makes no difference to the rank\.$/);
    expect(driverSentence('Youth', 'A-level point score per entry of FSM students', 'best', -3)).toBe('Youth: A-level point score per entry of FSM students is the best in England and costs 3 places.');
  });
});

describe('explain: properties on random data', () => {
  it('contributions sum to the score (its log when geometric) and gaps to the gap to the median', () => {
    fc.assert(
      fc.property(scenarioArbitrary({ maxAreas: 15 }).filter(hasData), fc.nat(), (scenario, pick) => {
        const s = scoredFromInputs(scenario.method, scenario.areas);
        const ranked = s.areas.filter((entry) => entry.result.ranked);
        if (ranked.length === 0) return;
        const entry = ranked[pick % ranked.length]!;
        const e = explain(s, entry);
        const geometric = scenario.method.aggregation === 'geometric';
        const target = geometric ? Math.log(e.overall.score) : e.overall.score;
        const total = Object.values(e.contributions).reduce((t, c) => t + c, 0);
        expect(Math.abs(total - target)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(target)));
        const gapTotal = Object.values(e.gapContributions).reduce((t, c) => t + c, 0);
        expect(Math.abs(gapTotal - e.gap)).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(e.gap)));
        // the median score is the median of the ranked scores
        expect(e.medianScore).toBe(median(ranked.map((other) => other.result.overall.score as number)));
        if (!geometric) expect(Math.abs(e.gap - (e.overall.score - e.medianScore))).toBeLessThanOrEqual(1e-9 * (1 + Math.abs(e.gap)));
        // places are consistent with rankAtMedian
        for (const driver of e.drivers) if (driver.places !== null) expect(driver.places).toBe(driver.rankAtMedian! - e.overall.rank);
      }),
      { numRuns: 150 },
    );
  });
});
