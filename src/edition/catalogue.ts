/**
 * The catalogue of open editions: each edition's id, label, description, geography and the
 * edition on the other geography that it is read against ("counterpart"). The pipeline builds what
 * is listed here, the server serves it and the web app offers it; no other module writes an
 * edition id. Pure and dependency-free, so the web app can import it.
 */

/** A geography the editions are on. */
export interface Geography {
  /** The year its boundaries are of: `2016` districts or `2025` councils. */
  readonly year: '2016' | '2025';
  /** How people name it: "2016 districts". */
  readonly label: string;
  /** How many areas the index ranks on it (City of London and Isles of Scilly are never ranked). */
  readonly areas: number;
}

export const GEOGRAPHIES = {
  districts2016: { year: '2016', label: '2016 districts', areas: 324 },
  councils2025: { year: '2025', label: '2025 councils', areas: 294 },
} as const satisfies Record<string, Geography>;

export interface EditionEntry {
  readonly id: string;
  /** "open-2016 (2016 districts)". */
  readonly label: string;
  readonly description: string;
  readonly geography: Geography;
  /** The year the index is of, as the tidy downloads' `period` column writes it ("2016"); each value has its own year besides. */
  readonly period: string;
  /** The edition of the same index on the other geography (a 2016 district's council, and back). */
  readonly counterpart: string;
}

/** The years of the series `open-series`, each an edition `open-series@<year>` on the 2025 councils. */
export const SERIES_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;
export type SeriesYear = (typeof SERIES_YEARS)[number];

/** The id of the series' year Y: `open-series@2019`. */
export type SeriesEditionId = `open-series@${SeriesYear}`;

export const SERIES_PREFIX = 'open-series@';

export function seriesEditionId(year: SeriesYear): SeriesEditionId {
  return `${SERIES_PREFIX}${year}`;
}

const SINGLE_EDITIONS = [
  {
    id: 'open-2016',
    label: 'open-2016 (2016 districts)',
    description:
      'The Social Mobility Index rebuilt from open statistics for 2015/16 on the 324 English districts of 2016 (City of London and Isles of Scilly excluded). FSM measures are published for upper-tier authorities only, several indicators are proxies and three have no open source; every value carries its level and source.',
    geography: GEOGRAPHIES.districts2016,
    period: '2016',
    counterpart: 'open-latest',
  },
  {
    id: 'open-latest',
    label: 'open-latest (2025 councils)',
    description:
      'The Social Mobility Index rebuilt from the latest open statistics on the 294 English councils of April 2025 (City of London and Isles of Scilly excluded), the year 2025 of the series open-series. FSM measures are published for upper-tier authorities only, several indicators are proxies and two have no open source; every value carries its level, year and source.',
    geography: GEOGRAPHIES.councils2025,
    period: '2025',
    counterpart: 'open-2016',
  },
] as const satisfies readonly EditionEntry[];

const SERIES_EDITIONS: readonly EditionEntry[] = SERIES_YEARS.map((year) => ({
  id: seriesEditionId(year),
  label: `open-series@${year} (2025 councils, ${year})`,
  description: `The Social Mobility Index for ${year}, one year of the series open-series: the same method and indicators every year from 2016 to 2025 on the 294 English councils of April 2025 (City of London and Isles of Scilly excluded). A council that did not exist in ${year} takes its predecessor's values; values carried from another year and series breaks are marked.`,
  geography: GEOGRAPHIES.councils2025,
  period: String(year),
  counterpart: 'open-2016',
}));

/** Every edition: the two single editions, then the ten years of the series. */
export const EDITIONS: readonly EditionEntry[] = [...SINGLE_EDITIONS, ...SERIES_EDITIONS];

export type EditionId = (typeof SINGLE_EDITIONS)[number]['id'] | SeriesEditionId;

/** The year of a series edition id, or undefined for the single editions. */
export function seriesYearOf(id: EditionId): SeriesYear | undefined {
  if (!id.startsWith(SERIES_PREFIX)) return undefined;
  return Number(id.slice(SERIES_PREFIX.length)) as SeriesYear;
}

/**
 * The year of the series an edition on the 2025 councils stands for (`open-latest` is the series'
 * 2025, `open-series@2019` is 2019); undefined for an edition on the 2016 districts.
 */
export function councilYearOf(id: EditionId): SeriesYear | undefined {
  const entry = editionEntry(id);
  if (entry.geography.year !== '2025') return undefined;
  return SERIES_YEARS.find((year) => String(year) === entry.period);
}

/**
 * The years of the series before an edition's own, on the 2025 councils: what its `since` may be
 * (the league table's change column, the map's change measure). None on the 2016 districts or in 2016.
 */
export function yearsBefore(id: EditionId): SeriesYear[] {
  const year = councilYearOf(id);
  return year === undefined ? [] : SERIES_YEARS.filter((each) => each < year);
}

/** Every edition id, in the catalogue's order. */
export const EDITION_IDS: readonly EditionId[] = EDITIONS.map((entry) => entry.id as EditionId);

/** The edition the CLI, the API and the web app use when none is named: the 2016 districts, as the Commission's index. */
export const DEFAULT_EDITION: EditionId = 'open-2016';

export function isEditionId(id: unknown): id is EditionId {
  return typeof id === 'string' && EDITIONS.some((entry) => entry.id === id);
}

/** The catalogue entry of an edition id (checked with {@link isEditionId} first). */
export function editionEntry(id: EditionId): EditionEntry {
  const entry = EDITIONS.find((candidate) => candidate.id === id);
  if (entry === undefined) throw new RangeError(`no edition "${id}" in the catalogue`);
  return entry;
}

/** The (single-year) edition on a geography: `open-2016` on the 2016 districts, `open-latest` on the 2025 councils. */
export function editionOn(year: Geography['year']): EditionEntry {
  const entry = EDITIONS.find((candidate) => candidate.geography.year === year);
  if (entry === undefined) throw new RangeError(`no edition on the ${year} geography`);
  return entry;
}
