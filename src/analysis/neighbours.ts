/**
 * # Statistical neighbours (`smi neighbours`)
 *
 * The areas most like a given one, by Euclidean distance between profiles.
 *
 * ## Profiles
 * - `indicators`: the area's raw value on every indicator the edition has, each dimension
 *   standardised over the ranked areas: z = (x − mean) / SD (sample SD). Direction does not
 *   matter for a distance, so values are not oriented.
 * - `context`: IMD 2015 mean score and share of LSOAs in England's most deprived 10% (both
 *   standardised as above), the 2011 rural-urban class as an ordinal 1–6 (standardised too), and
 *   two 0/1 dimensions left unstandardised: "same region" (the term is 0 for areas in the same
 *   region, 1 otherwise) and the coastal flag (areaContext.ts). A difference of 1 on those is about
 *   one standard deviation on the others. Population density is not in the data directory (no
 *   area sizes), so it is not used.
 * A dimension whose SD is 0 or undefined (fewer than two values) is dropped.
 *
 * ## Distance
 * d(a, b) = √( Σ_{j ∈ U} (a_j − b_j)² · D / |U| ), U the dimensions where both areas have a value,
 * D the number of dimensions. Rescaling by D / |U| puts areas with missing values on the same
 * footing as complete ones (the mean squared difference per dimension, times D). No shared
 * dimension: no distance, and the pair is never neighbours. d is symmetric and d(a, a) = 0; the
 * area itself is never its own neighbour. Ties in distance are ordered by code.
 *
 * @example
 * // D = 3; a = (0, 1, null), b = (1, 1, 2): U = {1, 2}, Σ = 1² + 0² = 1, d = √(1 · 3/2) = 1.2247
 */
import { ParameterError, UsageError } from '../errors.js';
import { NEIGHBOUR_BASIS, isChoice, type NeighbourBasis } from '../method/vocabulary.js';
import type { NeighboursResponse } from '../contract/responses.js';
import type { ScoredArea, ScoredEdition } from '../report/scoredEdition.js';
import { mean, sampleStandardDeviation } from '../stats/index.js';
import type { AreaContext } from './areaContext.js';

export type { NeighbourBasis };

/** One dimension of a profile: a number, a category (compared for equality), or null = missing. */
export type Coordinate = number | string | null;

export interface Profile {
  code: string;
  name: string;
  coordinates: Coordinate[];
}

/** One neighbour and its distance. */
export type Neighbour = NeighboursResponse['neighbours'][number];

/** The neighbours of an area (the API's response less its attribution). */
export type NeighbourReport = Omit<NeighboursResponse, 'attribution'>;

/**
 * Standardises the numeric columns of `rows` (number | null per dimension) over the rows whose
 * codes are in `reference`; `standardise[j] = false` leaves column j as it is. Columns with zero
 * or undefined SD over the reference are dropped. Returns the kept column indices too.
 */
export function standardiseColumns(
  rows: readonly { code: string; name: string; values: readonly (number | null)[] }[],
  reference: ReadonlySet<string>,
  standardise: readonly boolean[],
): { profiles: Profile[]; kept: number[] } {
  const d = standardise.length;
  const kept: number[] = [];
  const centre: number[] = [];
  const scale: number[] = [];
  for (let j = 0; j < d; j++) {
    const xs = rows.filter((row) => reference.has(row.code)).flatMap((row) => (row.values[j] === null || row.values[j] === undefined ? [] : [row.values[j] as number]));
    if (standardise[j] === false) {
      if (xs.length > 0) {
        kept.push(j);
        centre.push(0);
        scale.push(1);
      }
      continue;
    }
    const sd = sampleStandardDeviation(xs);
    if (sd === null || !(sd > 0)) continue;
    kept.push(j);
    centre.push(mean(xs) as number);
    scale.push(sd);
  }
  const profiles = rows.map((row) => ({
    code: row.code,
    name: row.name,
    coordinates: kept.map((j, k) => {
      const x = row.values[j];
      return x === null || x === undefined ? null : (x - centre[k]!) / scale[k]!;
    }),
  }));
  return { profiles, kept };
}

/** The rescaled Euclidean distance of the module comment; null when no dimension is shared. */
export function profileDistance(a: readonly Coordinate[], b: readonly Coordinate[]): number | null {
  const d = Math.max(a.length, b.length);
  let used = 0;
  let sum = 0;
  for (let j = 0; j < d; j++) {
    const x = a[j] ?? null;
    const y = b[j] ?? null;
    if (x === null || y === null) continue;
    used++;
    if (typeof x === 'string' || typeof y === 'string') sum += x === y ? 0 : 1;
    else sum += (x - y) ** 2;
  }
  return used === 0 ? null : Math.sqrt((sum * d) / used);
}

/** The k profiles nearest to the one with code `code` (excluding it), nearest first. */
export function nearest(profiles: readonly Profile[], code: string, k: number): Neighbour[] {
  const self = profiles.find((profile) => profile.code === code);
  if (self === undefined) throw new Error(`no profile for ${code}`);
  const out: Neighbour[] = [];
  for (const other of profiles) {
    if (other.code === code) continue;
    const distance = profileDistance(self.coordinates, other.coordinates);
    if (distance !== null) out.push({ code: other.code, name: other.name, distance });
  }
  out.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
  return out.slice(0, k);
}

/** Indicator profiles of every area, standardised over the ranked areas (see the module comment). */
export function indicatorProfiles(scored: ScoredEdition): { profiles: Profile[]; dimensions: string[] } {
  const ids = scored.method.indicators.map((indicator) => indicator.id).filter((id) => !scored.result.absentIndicators.includes(id));
  const rows = scored.areas.map(({ area }) => ({ code: area.code, name: area.name, values: ids.map((id) => area.values[id] ?? null) }));
  const reference = new Set(scored.areas.filter((entry) => entry.result.ranked).map((entry) => entry.area.code));
  const { profiles, kept } = standardiseColumns(rows, reference, ids.map(() => true));
  return { profiles, dimensions: kept.map((j) => ids[j]!) };
}

const CONTEXT_DIMENSIONS = ['imd2015Score', 'imd2015MostDeprived10', 'ruralUrbanClass', 'coastal', 'region'];

/** Context profiles of every area (see the module comment); areas without a context have nulls. */
export function contextProfiles(scored: ScoredEdition, contexts: ReadonlyMap<string, AreaContext>): { profiles: Profile[]; dimensions: string[] } {
  const rows = scored.areas.map(({ area }) => {
    const c = contexts.get(area.code);
    return {
      code: area.code,
      name: area.name,
      values: [c?.imd2015Score ?? null, c?.imd2015MostDeprived10 ?? null, c?.ruralUrbanCode ?? null, c === undefined ? null : c.coastal ? 1 : 0],
    };
  });
  const reference = new Set(scored.areas.filter((entry) => entry.result.ranked).map((entry) => entry.area.code));
  const { profiles, kept } = standardiseColumns(rows, reference, [true, true, true, false]);
  const regions = new Map(scored.areas.map(({ area }) => [area.code, area.region === '' ? null : area.region]));
  for (const profile of profiles) profile.coordinates.push(regions.get(profile.code) ?? null);
  return { profiles, dimensions: [...kept.map((j) => CONTEXT_DIMENSIONS[j]!), 'region'] };
}

/**
 * The k nearest neighbours of an area on its indicators or its context.
 *
 * @throws UsageError for k not a whole number ≥ 1, or an area with no value on any dimension.
 */
export function neighbours(
  scored: ScoredEdition,
  entry: ScoredArea,
  options: { k: number; on: NeighbourBasis; contexts?: ReadonlyMap<string, AreaContext> },
): NeighbourReport {
  const { k, on } = options;
  if (!Number.isInteger(k) || k < 1) throw new ParameterError('k', `must be a whole number of at least 1 (got ${k}).`);
  if (!isChoice(NEIGHBOUR_BASIS, on)) throw new RangeError(`neighbours: unknown basis "${String(on)}"`);
  const { profiles, dimensions } = on === 'context' ? contextProfiles(scored, options.contexts ?? new Map()) : indicatorProfiles(scored);
  const self = profiles.find((profile) => profile.code === entry.area.code);
  if (self === undefined || self.coordinates.every((x) => x === null)) {
    throw new UsageError(`${entry.area.name} has no ${on === 'context' ? 'context' : 'indicator'} values to compare.`);
  }
  return { code: entry.area.code, name: entry.area.name, on, dimensions, neighbours: nearest(profiles, entry.area.code, k) };
}
