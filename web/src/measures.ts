/**
 * What the map can show — the overall index, a life stage or one indicator — and each area's
 * standing on it. Overall and stage ranks and deciles come from the export; for an indicator the
 * app ranks the areas that have a value (1 = best, honouring the indicator's direction, equal
 * values sharing the best rank) and takes deciles as ⌈10 × rank / n⌉, as the engine does.
 */
import type { ExportResponse } from './types.js';
import type { Direction } from '../../src/method/vocabulary.js';

export type MeasureKind = 'overall' | 'stage' | 'indicator';

export interface Measure {
  /** 'overall', a stage id or an indicator id: the `measure` URL parameter. */
  id: string;
  kind: MeasureKind;
  label: string;
  unit: string | null;
  direction: Direction | null;
  number: number | null;
}

export interface Standing {
  code: string;
  name: string;
  rank: number | null;
  /** The number of areas ranked on the measure. */
  of: number;
  decile: number | null;
  /** The raw value, for an indicator. */
  value: number | null;
}

export const OVERALL: Measure = { id: 'overall', kind: 'overall', label: 'Overall index', unit: null, direction: null, number: null };

/** Overall, each stage, then each indicator that has a value somewhere (in the method's order). */
export function measuresOf(result: ExportResponse): Measure[] {
  const stages = result.method.stages.map((stage): Measure => ({ id: stage.id, kind: 'stage', label: stage.label, unit: null, direction: null, number: null }));
  const indicators = result.method.indicators
    .filter((indicator) => result.areas.some((area) => area.values[indicator.id] !== null && area.values[indicator.id] !== undefined))
    .map((indicator): Measure => ({
      id: indicator.id,
      kind: 'indicator',
      label: indicator.label,
      unit: indicator.unit,
      direction: indicator.direction,
      number: indicator.number ?? null,
    }));
  return [OVERALL, ...stages, ...indicators];
}

export function findMeasure(measures: readonly Measure[], id: string | null): Measure {
  return measures.find((measure) => measure.id === id) ?? OVERALL;
}

/** Every area's standing on `measure`, keyed by code. */
export function standings(result: ExportResponse, measure: Measure): Map<string, Standing> {
  const out = new Map<string, Standing>();
  if (measure.kind !== 'indicator') {
    for (const area of result.areas) {
      const entry = measure.kind === 'overall' ? area.overall : area.stages[measure.id];
      out.set(area.code, { code: area.code, name: area.name, rank: entry?.rank ?? null, of: result.rankedCount, decile: entry?.decile ?? null, value: null });
    }
    return out;
  }
  const ranks = indicatorRanks(
    result.areas.map((area) => area.values[measure.id] ?? null),
    measure.direction ?? 'higher',
  );
  const n = ranks.filter((rank) => rank !== null).length;
  result.areas.forEach((area, i) => {
    const rank = ranks[i] ?? null;
    out.set(area.code, {
      code: area.code,
      name: area.name,
      rank,
      of: n,
      decile: rank === null ? null : Math.min(10, Math.max(1, Math.ceil((10 * rank) / n))),
      value: area.values[measure.id] ?? null,
    });
  });
  return out;
}

/**
 * Ranks of `values` (null = no value, no rank): 1 for the best, where best is the highest value
 * when `direction` is 'higher' and the lowest when 'lower'; equal values share the best rank.
 */
export function indicatorRanks(values: readonly (number | null)[], direction: Direction): (number | null)[] {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const sorted = [...present].sort((a, b) => (direction === 'higher' ? b - a : a - b));
  const firstIndex = new Map<number, number>();
  sorted.forEach((value, i) => {
    if (!firstIndex.has(value)) firstIndex.set(value, i);
  });
  return values.map((value) => (value === null || !Number.isFinite(value) ? null : (firstIndex.get(value) ?? 0) + 1));
}
