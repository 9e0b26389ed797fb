/**
 * Which column of an uploaded sheet holds what: each indicator of the method matched to a header
 * by its id, else its number (1–16: "7", "Indicator 7", "7. FSM young people …"), else its label
 * (normalised text: case, accents, punctuation and "&" do not count); and the column of the area
 * codes or names, from the values below the header. Pure, so it is tested on its own; the page
 * shows the result as selects the user can change.
 */
import { normaliseName } from '../../../../src/report/areaLookup.js';

/** What an indicator is matched by. */
export interface IndicatorKey {
  readonly id: string;
  readonly number?: number | null;
  readonly label: string;
}

/** How a column was matched to an indicator (strongest first). */
export type MatchedBy = 'id' | 'number' | 'label';

export interface IndicatorMatch {
  /** The column's index in the header row, or null when no column matches. */
  column: number | null;
  by: MatchedBy | null;
}

/** The indicator number a header starts with ("7", "Indicator 7", "(7) …", "7. …"), or null. */
export function headerNumber(header: string): number | null {
  const found = /^\s*(?:indicator\s*|ind\.?\s*|no\.?\s*)?\(?0*(\d{1,2})\)?(?=$|[\s.:)\-–—])/i.exec(header);
  return found === null ? null : Number(found[1]);
}

/** The header without a leading indicator number: the words of "7. FSM young people …". */
function headerWords(header: string): string {
  return normaliseName(header.replace(/^\s*(?:indicator\s*|ind\.?\s*|no\.?\s*)?\(?0*\d{1,2}\)?(?=$|[\s.:)\-–—])/i, ''));
}

/** Labels shorter than this (normalised) are matched only whole, never as part of a longer header. */
const SHORTEST_CONTAINED = 12;

/** How strongly header text `header` names the indicator: 3 by id, 2 by number, 1 by label, 0 not at all. */
function strength(header: string, indicator: IndicatorKey): number {
  const text = normaliseName(header);
  if (text === '') return 0;
  if (text === normaliseName(indicator.id) || header.trim().toLowerCase() === indicator.id.toLowerCase()) return 3;
  if (indicator.number !== null && indicator.number !== undefined && headerNumber(header) === indicator.number) return 2;
  const label = normaliseName(indicator.label);
  const words = headerWords(header);
  if (words === label) return 1;
  if (label.length >= SHORTEST_CONTAINED && words.includes(label)) return 1;
  return 0;
}

const BY: Record<number, MatchedBy> = { 3: 'id', 2: 'number', 1: 'label' };

/**
 * Each indicator's column. The strongest matches are taken first (every id, then every number,
 * then every label), a column at most once; among equally strong columns the one whose header
 * sorts first wins, so the result depends on the headers, not on the order of the columns.
 */
export function matchIndicators(headers: readonly string[], indicators: readonly IndicatorKey[]): Record<string, IndicatorMatch> {
  const result: Record<string, IndicatorMatch> = Object.fromEntries(indicators.map((indicator) => [indicator.id, { column: null, by: null }]));
  const used = new Set<number>();
  for (const level of [3, 2, 1]) {
    for (const indicator of indicators) {
      if (result[indicator.id]!.column !== null) continue;
      const candidates = headers
        .map((header, column) => ({ header, column }))
        .filter(({ header, column }) => !used.has(column) && strength(header, indicator) === level)
        .sort((a, b) => (a.header < b.header ? -1 : a.header > b.header ? 1 : 0));
      const chosen = candidates[0];
      if (chosen === undefined) continue;
      used.add(chosen.column);
      result[indicator.id] = { column: chosen.column, by: BY[level]! };
    }
  }
  return result;
}

/** How many indicators a row of cells names: what makes a row look like the header. */
export function indicatorsNamed(row: readonly string[], indicators: readonly IndicatorKey[]): number {
  return Object.values(matchIndicators(row, indicators)).filter((match) => match.column !== null).length;
}

/** A header row names at least this many indicators. */
export const HEADER_MATCHES = 3;
/** Rows looked at for the header. */
const HEADER_SEARCH_ROWS = 50;

/** The index of the first row (of the first 50) that names at least three indicators; 0 when none does. */
export function guessHeaderIndex(rows: ReadonlyArray<readonly string[]>, indicators: readonly IndicatorKey[]): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) if (indicatorsNamed(rows[index]!, indicators) >= HEADER_MATCHES) return index;
  return 0;
}

export type AreaKind = 'code' | 'name';

export interface AreaColumn {
  column: number;
  kind: AreaKind;
}

/**
 * The column of the areas: the first whose values are mostly known area codes, else the first
 * whose values are mostly known area names (normalised), else null. `body` is the rows below
 * the header.
 */
export function guessAreaColumn(headers: readonly string[], body: ReadonlyArray<readonly string[]>, areas: ReadonlyArray<{ code: string; name: string }>): AreaColumn | null {
  const codes = new Set(areas.map((area) => area.code.toUpperCase()));
  const names = new Set(areas.map((area) => normaliseName(area.name)));
  const share = (column: number, known: (text: string) => boolean): number => {
    const values = body.map((row) => (row[column] ?? '').trim()).filter((text) => text !== '');
    return values.length === 0 ? 0 : values.filter(known).length / values.length;
  };
  for (const kind of ['code', 'name'] as const) {
    const known = kind === 'code' ? (text: string) => codes.has(text.toUpperCase()) : (text: string) => names.has(normaliseName(text));
    for (let column = 0; column < headers.length; column += 1) if (share(column, known) >= 0.5) return { column, kind };
  }
  return null;
}

/**
 * Which geography the area column's values are of: the one that knows more of them (codes or
 * names, as `kind` says), the 2016 districts when both know as many.
 */
export function guessGeography<G extends string>(values: readonly string[], geographies: ReadonlyArray<{ id: G; areas: ReadonlyArray<{ code: string; name: string }> }>, kind: AreaKind): G | null {
  let best: { id: G; known: number } | null = null;
  for (const { id, areas } of geographies) {
    const keys = new Set(areas.map((area) => (kind === 'code' ? area.code.toUpperCase() : normaliseName(area.name))));
    const known = values.filter((text) => keys.has(kind === 'code' ? text.trim().toUpperCase() : normaliseName(text))).length;
    if (best === null || known > best.known) best = { id, known };
  }
  return best?.id ?? null;
}
