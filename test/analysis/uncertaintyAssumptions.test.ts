/**
 * The estimates of the Monte Carlo's sensitivity (src/analysis/uncertainty/*), on synthetic
 * editions whose answer is known from their construction: one where a single weight drives the
 * ranks, one where nothing but sampling can move them, one with a lower-is-better indicator drawn
 * within its interval. Expected values come from the construction or from theory, never from the
 * code's own output.
 */
import { describe, expect, it } from 'vitest';
import { ASSUMPTION_MODELS } from '../../src/analysis/uncertainty/index.js';
import { uncertainty, type UncertaintyAreaInput } from '../../src/analysis/uncertainty.js';
import { prepare } from '../../src/engine/prepare.js';
import type { MethodDescription } from '../../src/method/types.js';
import { ASSUMPTION, ASSUMPTION_CATEGORIES, idsOf } from '../../src/method/vocabulary.js';
import { createRandom } from '../../src/stats/random.js';

const CHOICES = { format: 1, id: 't', label: 'test', normalisation: 'zscore', aggregation: 'mean', missing: 'available', hotspotShare: 0.2, ties: 'code' } as const;
const indicator = (id: string, stage: string, direction: 'higher' | 'lower' = 'higher') => ({ id, label: id, stage, direction, unit: '', weight: 1 });
const code = (prefix: string, i: number) => `${prefix}${String(i).padStart(3, '0')}`;

describe('weights: an edition whose ranks are driven by one weight', () => {
  // Two stages of one indicator each, so the weights are one number, the first stage's share W.
  // A crowd of 100 areas with x = y = i scores i whatever W is (x and y have the same mean and
  // SD, as the two movers mirror each other); mover M1 (x best, y worst) scores W·a + (1 − W)·b,
  // rising through the crowd as W grows, M2 the mirror image falling. So the movers' ranks move
  // a place per crowd member passed, almost linearly in W, and their share is near 1; a crowd
  // member's rank only steps by one when a mover passes it, which a line in W follows badly.
  const method: MethodDescription = { ...CHOICES, stages: [{ id: 'a', label: 'A', weight: 1 }, { id: 'b', label: 'B', weight: 1 }], indicators: [indicator('x', 'a'), indicator('y', 'b')] };
  const areas: UncertaintyAreaInput[] = [
    ...Array.from({ length: 100 }, (_, i) => ({ code: code('C', i), name: `crowd ${i}`, values: { x: i, y: i } })),
    { code: 'M1', name: 'mover 1', values: { x: 99, y: 0 } },
    { code: 'M2', name: 'mover 2', values: { x: 0, y: 99 } },
  ];
  const result = uncertainty(method, areas, { runs: 2000, seed: 1, concentration: 50, vary: ['weights'] });

  it('moves the movers tens of places and the crowd a place or two', () => {
    for (const mover of result.areas.slice(-2)) expect(mover.p95! - mover.p05!).toBeGreaterThan(15);
    for (const member of result.areas.slice(0, -2)) expect(member.p95! - member.p05!).toBeLessThanOrEqual(2);
  });

  it('explains nearly all of the rank movement by the weight (the pooled share, where the movers weigh most)', () => {
    expect(result.sensitivityPooled.weights!).toBeGreaterThan(0.9);
  });

  it('pools by variance: the mean over areas, where each crowd member counts as much as a mover, is far lower', () => {
    // the crowd members that move at all (about 46 of them, each by one or two places) outnumber
    // the two movers, and a line in W explains little of a one-place step
    expect(result.areasWithVariation).toBeGreaterThan(20);
    expect(result.sensitivity.weights!).toBeLessThan(0.2);
    expect(result.sensitivityPooled.weights! - result.sensitivity.weights!).toBeGreaterThan(0.7);
  });
});

describe('an edition where only sampling can move the ranks', () => {
  // Stage A holds x, published with a 95% interval of ±9.8 (SD 5) around values 0, 1, …, 199;
  // stages B (y1, y2) and C (z) are the same for every area. Every normalisation, aggregation and
  // weighting then orders the areas by their drawn x (a constant indicator scores the same for
  // everyone, and each step is increasing in x): the weights, the normalisation and the
  // aggregation cannot matter, though each is drawn and the ranks vary. Each of their shares is
  // then an estimate of 0, while an R² left unadjusted averages its chance level p / (runs − 1):
  // p = 3 for the weights (3 stages → 2, the 2 indicators of B → 1), and one less than the number
  // of choices for normalisation (3) and aggregation (2).
  const method: MethodDescription = {
    ...CHOICES,
    stages: [{ id: 'a', label: 'A', weight: 1 }, { id: 'b', label: 'B', weight: 1 }, { id: 'c', label: 'C', weight: 1 }],
    indicators: [indicator('x', 'a'), indicator('y1', 'b'), indicator('y2', 'b', 'lower'), indicator('z', 'c')],
  };
  const areas: UncertaintyAreaInput[] = Array.from({ length: 200 }, (_, i) => ({
    code: code('E', i), name: `area ${i}`, values: { x: i, y1: 5, y2: 7, z: 3 }, intervals: { x: { lower: i - 9.8, upper: i + 9.8 } },
  }));
  const runs = 1000;
  const result = uncertainty(method, areas, { runs, seed: 2, concentration: 50, vary: idsOf(ASSUMPTION) });
  const chance = (regressors: number) => regressors / (runs - 1);

  it('varies every area\'s rank', () => {
    expect(result.areasWithVariation).toBe(200);
  });

  it('gives the weights a share near 0: below half the chance level of 3 regressors', () => {
    expect(result.sensitivity.weights!).toBeLessThan(chance(3) / 2);
  });

  it('gives the normalisation and the aggregation shares near 0: below half the chance level of their categories', () => {
    const levels = (id: 'normalisation' | 'aggregation') => ASSUMPTION_CATEGORIES[id].choices.length - 1;
    expect(result.sensitivity.normalisation!).toBeLessThan(chance(levels('normalisation')) / 2);
    expect(result.sensitivity.aggregation!).toBeLessThan(chance(levels('aggregation')) / 2);
  });

  it('gives sampling most of the variance: an area\'s own draw moves it most', () => {
    // the rest is the other areas' draws (an area 1 place away has a draw of SD 5 too)
    expect(result.sensitivity.sampling!).toBeGreaterThan(0.8);
    expect(result.sampledValues).toBe(200);
    expect(result.sampledIndicators).toEqual(['x']);
  });
});

describe('sampling an indicator where lower is better', () => {
  // Pay (higher is better) and the house-price ratio (lower is better), one stage each, both
  // drawn within intervals of the same width; the values rise and fall together across areas
  // (pay i, price 30 − i), so each area's two draws move its score by equal amounts. A higher
  // pay draw lifts the area, a higher price draw sinks it: oriented so that higher is better,
  // u = z_pay − z_price is what moves its rank, and z_pay + z_price (the direction ignored)
  // is unrelated to it.
  const method: MethodDescription = {
    ...CHOICES,
    stages: [{ id: 'a', label: 'A', weight: 1 }, { id: 'b', label: 'B', weight: 1 }],
    indicators: [indicator('pay', 'a'), indicator('price', 'b', 'lower')],
  };
  const areas: UncertaintyAreaInput[] = Array.from({ length: 30 }, (_, i) => ({
    code: code('E', i),
    name: `area ${i}`,
    values: { pay: i, price: 30 - i },
    intervals: { pay: { lower: i - 3.92, upper: i + 3.92 }, price: { lower: 30 - i - 3.92, upper: 30 - i + 3.92 } },
  }));

  it('finds the area\'s own draws explain much of its rank', () => {
    const result = uncertainty(method, areas, { runs: 1000, seed: 3, concentration: 50, vary: ['sampling'] });
    expect(result.sampledValues).toBe(60);
    expect(result.sensitivity.sampling!).toBeGreaterThan(0.5);
  });
});

describe('the assumptions', () => {
  it('are one model per entry of the vocabulary, in its order', () => {
    expect(Object.keys(ASSUMPTION_MODELS)).toEqual(idsOf(ASSUMPTION));
    for (const id of idsOf(ASSUMPTION)) expect(ASSUMPTION_MODELS[id].id).toBe(id);
  });

  it('draw the categorical ones among the vocabulary\'s choices, each about equally often', () => {
    const method: MethodDescription = { ...CHOICES, stages: [{ id: 'a', label: 'A', weight: 1 }], indicators: [indicator('x', 'a')] };
    const prepared = prepare(method, [{ code: 'E1', name: 'one', values: { x: 1 } }, { code: 'E2', name: 'two', values: { x: 2 } }]);
    const context = { prepared, areas: [], rankedAreas: Int32Array.of(0, 1), runs: 3000, concentration: 50, omit: 0.25 };
    for (const id of ['normalisation', 'aggregation'] as const) {
      const varied = ASSUMPTION_MODELS[id].start(context);
      const random = createRandom(9);
      const seen = new Map<string, number>();
      const draft = { stageWeights: Float64Array.of(1), indicatorWeights: Float64Array.of(1), normalisation: 'zscore' as const, aggregation: 'mean' as const };
      for (let run = 0; run < 3000; run++) {
        varied.draw(random, draft);
        const drawn = id === 'normalisation' ? draft.normalisation : draft.aggregation;
        seen.set(drawn, (seen.get(drawn) ?? 0) + 1);
      }
      const choices = idsOf(ASSUMPTION_CATEGORIES[id]);
      expect([...seen.keys()].sort()).toEqual([...choices].sort());
      // each share 1/k with SD √((1/k)(1 − 1/k)/3000) ≤ 0.0092; 0.04 is over 4 SDs
      for (const count of seen.values()) expect(Math.abs(count / 3000 - 1 / choices.length)).toBeLessThan(0.04);
    }
  });
});
