/**
 * What the map can show — the overall index, a life stage or one indicator — and each area's
 * standing on it, all from the export: overall and stage ranks and deciles, and an indicator's
 * one rank (the engine's: among ranked areas with a value, equal values sharing the best rank),
 * with its decile ⌈10 × rank / n⌉ taken as the stats layer's `decile` does. Isomorphic: the
 * server's map route (`…/map`), the map page re-weighting in the browser, and Compare all read
 * standings through these functions.
 *
 * On the 2025 councils the map can also show each council's change in overall rank since an earlier
 * year of the series (the `change` measure): the places gained come from the league table's own
 * `rankChange` (src/report/leagueTable.ts), handed in by the caller, and are classed here into a
 * diverging key in words ("up 5 to 19 places").
 */
import { decile } from '../stats/decile.js';
import type { AreaClass, ExportResponse, MapResponse } from '../contract/responses.js';
import type { Direction } from '../method/vocabulary.js';
import type { RankChange } from '../report/leagueTable.js';
import { ordinal } from '../report/ordinal.js';

export type MeasureKind = 'overall' | 'change' | 'stage' | 'indicator';

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
  /** With `since`: the change in overall rank since that year of the series (null otherwise). */
  change: RankChange | null;
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

/** The measure of places gained or lost in overall rank since `since`, a year of the series. */
export function changeMeasure(since: number): Measure {
  return { id: 'change', kind: 'change', label: `Places gained or lost since ${since}`, unit: null, direction: null, number: null };
}

/** Each area's change in overall rank since a year of the series, by code (from `rankChange`). */
export interface Changes {
  since: number;
  byCode: ReadonlyMap<string, RankChange>;
}

/**
 * The classes of the change measure's diverging key, most places gained first: symmetric about
 * "no change", in whole places (a change is a whole number).
 */
export const CHANGE_BANDS: ReadonlyArray<{ min: number; max: number; label: string }> = [
  { min: 50, max: Infinity, label: 'up 50 places or more' },
  { min: 20, max: 49, label: 'up 20 to 49 places' },
  { min: 5, max: 19, label: 'up 5 to 19 places' },
  { min: 1, max: 4, label: 'up 1 to 4 places' },
  { min: 0, max: 0, label: 'no change' },
  { min: -4, max: -1, label: 'down 1 to 4 places' },
  { min: -19, max: -5, label: 'down 5 to 19 places' },
  { min: -49, max: -20, label: 'down 20 to 49 places' },
  { min: -Infinity, max: -50, label: 'down 50 places or more' },
];

/** The index in CHANGE_BANDS of a number of places gained (null for none). */
export function changeBand(places: number | null): number | null {
  if (places === null || !Number.isFinite(places)) return null;
  const index = CHANGE_BANDS.findIndex((band) => places >= band.min && places <= band.max);
  return index === -1 ? null : index;
}

/** "up 12 places since 2016 (from 140th)", "down 1 place since 2019 (from 20th)", "no change since 2016 (140th)"; "not ranked in both years". */
export function changeWords(change: RankChange | null): string {
  if (change === null || change.places === null || change.rank === null) return 'not ranked in both years';
  if (change.places === 0) return `no change since ${change.since} (${ordinal(change.rank)} then and now)`;
  const n = Math.abs(change.places);
  return `${change.places > 0 ? 'up' : 'down'} ${n} ${n === 1 ? 'place' : 'places'} since ${change.since} (from ${ordinal(change.rank)})`;
}

export function findMeasure(measures: readonly Measure[], id: string | null): Measure {
  return measures.find((measure) => measure.id === id) ?? OVERALL;
}

/** Every area's standing on `measure`, keyed by code. */
export function standings(result: ExportResponse, measure: Measure, changes?: Changes): Map<string, Standing> {
  const out = new Map<string, Standing>();
  const changeOf = (code: string): RankChange | null => changes?.byCode.get(code) ?? null;
  if (measure.kind !== 'indicator') {
    // the change measure stands on the overall rank (its colour is the change: see changeBand)
    const entryOf = (area: ExportResponse['areas'][number]) => (measure.kind === 'stage' ? area.stages[measure.id] : area.overall);
    // a rank two areas hold is shared (the tie rule gives tied scores one rank)
    const holders = new Map<number, number>();
    for (const area of result.areas) {
      const rank = entryOf(area)?.rank ?? null;
      if (rank !== null) holders.set(rank, (holders.get(rank) ?? 0) + 1);
    }
    for (const area of result.areas) {
      const entry = entryOf(area);
      const rank = entry?.rank ?? null;
      out.set(area.code, {
        code: area.code,
        name: area.name,
        rank,
        of: result.rankedCount,
        shared: rank !== null && (holders.get(rank) ?? 0) > 1,
        decile: measure.kind === 'change' ? null : (entry?.decile ?? null),
        value: measure.kind === 'change' ? (changeOf(area.code)?.places ?? null) : null,
        change: changeOf(area.code),
      });
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
      change: changeOf(area.code),
    });
  }
  return out;
}

/** What mapView gives: the map's response less what comes from elsewhere (the coastal flags, from the areas' context, and the attribution). */
export type MapView = Omit<MapResponse, 'attribution' | 'coastal'>;

/**
 * The map's data for one measure (the `…/map` route, without its attribution): what the map and its
 * table draw, and no more. With `changes`, each area carries its change in overall rank and the
 * change measure can be mapped (it comes second, after the overall index).
 */
export function mapView(result: ExportResponse, measureId: string | null, changes?: Changes): MapView {
  const [overall, ...others] = measuresOf(result);
  const measures = changes === undefined ? [overall!, ...others] : [overall!, changeMeasure(changes.since), ...others];
  const measure = findMeasure(measures, measureId);
  const byCode = standings(result, measure, changes);
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
