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

export const EDITIONS = [
  {
    id: 'open-2016',
    label: 'open-2016 (2016 districts)',
    description:
      'The Social Mobility Index rebuilt from open statistics for 2015/16 on the 324 English districts of 2016 (City of London and Isles of Scilly excluded). FSM measures are published for upper-tier authorities only, several indicators are proxies and four have no open source; every value carries its level and source.',
    geography: GEOGRAPHIES.districts2016,
    period: '2016',
    counterpart: 'open-latest',
  },
  {
    id: 'open-latest',
    label: 'open-latest (2025 councils)',
    description:
      'The Social Mobility Index rebuilt from the latest open statistics on the 294 English councils of April 2025 (City of London and Isles of Scilly excluded). FSM measures are published for upper-tier authorities only, several indicators are proxies and four have no open source; every value carries its level, year and source.',
    geography: GEOGRAPHIES.councils2025,
    period: '2025',
    counterpart: 'open-2016',
  },
] as const satisfies readonly EditionEntry[];

export type EditionId = (typeof EDITIONS)[number]['id'];

/** Every edition id, in the catalogue's order. */
export const EDITION_IDS: readonly EditionId[] = EDITIONS.map((entry) => entry.id);

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
