/**
 * fast-check generators of small random methods and datasets for the engine's property tests:
 * 5–40 areas, 2–4 stages, 1–4 indicators per stage; values either "doubles" (k/1000 for integer
 * k in ±10⁶, so no two distinct values are closer than 0.001), small integers 0–4 (to force
 * ties), or "cancel": ±1e16 beside small numbers such as 1 and 3, so that a sum that is not
 * compensated loses the small ones ([1e16, 1, −1e16, 3] sums to 3 naively, 4 exactly); optionally
 * some missing values (null or an absent key).
 */
import fc from 'fast-check';
import type { AreaInput } from '../../src/engine/types.js';
import type { Aggregation, IndicatorDefinition, MethodDescription, MissingRule, Normalisation, TieRule } from '../../src/method/types.js';

export interface Scenario {
  method: MethodDescription;
  areas: AreaInput[];
}

export interface ScenarioOptions {
  normalisations?: Normalisation[];
  aggregations?: Aggregation[];
  missingRules?: MissingRule[];
  ties?: TieRule[];
  /** Probability that a value is missing (0 = complete data). Default 0.1. */
  missingRate?: number;
  /** Allow indicator weights of 0 (one indicator per stage keeps a positive weight) and stage weights of 0. */
  zeroWeights?: boolean;
  /** Value kinds to draw from. Default 'double' and 'int'. */
  values?: ('double' | 'int' | 'cancel')[];
  minAreas?: number;
  maxAreas?: number;
}

export function methodArbitrary(options: ScenarioOptions = {}): fc.Arbitrary<MethodDescription> {
  const weight = options.zeroWeights === true ? fc.integer({ min: 0, max: 3 }) : fc.integer({ min: 1, max: 3 });
  const stage = fc.record({
    weight,
    indicators: fc.array(fc.record({ direction: fc.constantFrom('higher' as const, 'lower' as const), weight }), { minLength: 1, maxLength: 4 }),
  });
  return fc.record({
    stages: fc.array(stage, { minLength: 2, maxLength: 4 }),
    normalisation: fc.constantFrom(...(options.normalisations ?? ['zscore', 'minmax', 'rank'] as Normalisation[])),
    aggregation: fc.constantFrom(...(options.aggregations ?? ['mean', 'geometric'] as Aggregation[])),
    missing: fc.constantFrom(...(options.missingRules ?? ['available', 'exclude'] as MissingRule[])),
    ties: fc.constantFrom(...(options.ties ?? ['code', 'shared'] as TieRule[])),
    hotspotShare: fc.constantFrom(0.1, 0.2, 0.25, 0.5),
  }).map((spec) => {
    const indicators: IndicatorDefinition[] = [];
    spec.stages.forEach((st, k) => {
      st.indicators.forEach((ind, j) => {
        indicators.push({
          id: `i${k}${j}`,
          label: `Indicator ${k}.${j}`,
          stage: `s${k}`,
          direction: ind.direction,
          unit: 'x',
          // keep one positive weight per stage
          weight: j === 0 ? Math.max(1, ind.weight) : ind.weight,
        });
      });
    });
    return {
      format: 1 as const,
      id: 'random',
      label: 'Random method',
      // keep the first stage's weight positive
      stages: spec.stages.map((st, k) => ({ id: `s${k}`, label: `Stage ${k}`, weight: k === 0 ? Math.max(1, st.weight) : st.weight })),
      indicators,
      normalisation: spec.normalisation,
      aggregation: spec.aggregation,
      missing: spec.missing,
      hotspotShare: spec.hotspotShare,
      ties: spec.ties,
    };
  });
}

/** Unique area codes such as "E7" and "E12" (so that code order is not numeric order). */
export function codesArbitrary(minLength: number, maxLength: number): fc.Arbitrary<string[]> {
  return fc.uniqueArray(fc.integer({ min: 0, max: 9999 }), { minLength, maxLength }).map((ks) => ks.map((k) => `E${k}`));
}

export function scenarioArbitrary(options: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const missingRate = options.missingRate ?? 0.1;
  const kinds = options.values ?? (['double', 'int'] as const);
  return fc.tuple(
    methodArbitrary(options),
    codesArbitrary(options.minAreas ?? 5, options.maxAreas ?? 40),
    fc.constantFrom(...kinds),
  ).chain(([method, codes, kind]) => {
    const value = kind === 'int'
      ? fc.integer({ min: 0, max: 4 })
      : kind === 'cancel'
        ? fc.constantFrom(1e16, -1e16, 1, 3, -1, 0.5, 2)
        : fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => k / 1000);
    // a missing value is either null or an absent key
    const cell = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), value, fc.boolean())
      .map(([u, v, asNull]): number | null | undefined => (u < missingRate ? (asNull ? null : undefined) : v));
    const row = fc.array(cell, { minLength: method.indicators.length, maxLength: method.indicators.length });
    return fc.array(row, { minLength: codes.length, maxLength: codes.length }).map((rows) => ({
      method,
      areas: codes.map((code, a) => {
        const values: Record<string, number | null> = {};
        method.indicators.forEach((ind, i) => {
          const v = rows[a]![i];
          if (v !== undefined) values[ind.id] = v;
        });
        return { code, name: `Area ${code}`, values };
      }),
    }));
  });
}

/** A deterministic shuffle driven by fast-check. */
export function permutationArbitrary(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n })
    .map((keys) => keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i));
}
