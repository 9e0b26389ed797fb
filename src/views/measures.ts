/**
 * What the map can show — the overall index, a life stage or one indicator — and each area's
 * standing on it, all from the export: overall and stage ranks and deciles, and an indicator's
 * one rank (the engine's: among ranked areas with a value, equal values sharing the best rank),
 * with its decile ⌈10 × rank / n⌉ taken as the stats layer's `decile` does. Isomorphic: the
 * server's map route (`…/map`), the map page re-weighting in the browser, and Compare all read
 * standings through these functions.
 */
import { decile } from '../stats/decile.js';
import type { AreaClass, ExportResponse, MapResponse } from '../contract/responses.js';
import type { Direction } from '../method/vocabulary.js';

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
  /** True when other areas share the rank (equal indicator values). */
  shared: boolean;
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
      label: result.labels[indicator.id] ?? indicator.label,
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
    const entryOf = (area: ExportResponse['areas'][number]) => (measure.kind === 'overall' ? area.overall : area.stages[measure.id]);
    // a rank two areas hold is shared (the tie rule gives tied scores one rank)
    const holders = new Map<number, number>();
    for (const area of result.areas) {
      const rank = entryOf(area)?.rank ?? null;
      if (rank !== null) holders.set(rank, (holders.get(rank) ?? 0) + 1);
    }
    for (const area of result.areas) {
      const entry = entryOf(area);
      const rank = entry?.rank ?? null;
      out.set(area.code, { code: area.code, name: area.name, rank, of: result.rankedCount, shared: rank !== null && (holders.get(rank) ?? 0) > 1, decile: entry?.decile ?? null, value: null });
    }
    return out;
  }
  const n = result.areas.filter((area) => (area.ranks[measure.id] ?? null) !== null).length;
  for (const area of result.areas) {
    const rank = area.ranks[measure.id] ?? null;
    out.set(area.code, {
      code: area.code,
      name: area.name,
      rank,
      of: n,
      shared: (area.tiedWith[measure.id] ?? 0) > 0,
      decile: rank === null ? null : decile(rank, n),
      value: area.values[measure.id] ?? null,
    });
  }
  return out;
}

/** What mapView gives: the map's response less what comes from elsewhere (the coastal flags, from the areas' context, and the attribution). */
export type MapView = Omit<MapResponse, 'attribution' | 'coastal'>;

/** The map's data for one measure (the `…/map` route, without its attribution): what the map and its table draw, and no more. */
export function mapView(result: ExportResponse, measureId: string | null): MapView {
  const measures = measuresOf(result);
  const measure = findMeasure(measures, measureId);
  const byCode = standings(result, measure);
  return {
    edition: result.edition,
    method: {
      id: result.method.id,
      stages: result.method.stages.map(({ id, label }) => ({ id, label })),
      indicators: result.method.indicators.map(({ id, label }) => ({ id, label })),
    },
    measures,
    measure: measure.id,
    rankedCount: result.rankedCount,
    areas: result.areas.map((area) => ({ ...byCode.get(area.code)!, class: area.overall.class as AreaClass | null })),
  };
}
