/**
 * Finding an area by what a person types: its GSS code or its name, case-insensitively, with
 * punctuation ignored ("st helens" finds "St. Helens", "bristol" finds "Bristol, City of" when
 * no other name contains it). A miss suggests the closest names.
 */
import { distance } from 'fastest-levenshtein';
import { UsageError } from '../errors.js';

export interface NamedArea {
  code: string;
  name: string;
}

/**
 * Lower-cases, drops diacritics ("é" → "e"), turns "&" into "and", "Saint" into "st" and drops
 * punctuation, so that spellings compare equal ("St. Helens", "saint helens", "St Helens").
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The area a query names, or a UsageError that says so and suggests up to three near names.
 * Order of matching: exact code; exact normalised name; the only name that contains the query.
 * `context` completes the message, e.g. "in open-2016".
 */
export function findArea<T extends NamedArea>(areas: readonly T[], query: string, context: string): T {
  const trimmed = query.trim();
  if (trimmed === '') throw new UsageError('an area name or code is needed.');
  const upper = trimmed.toUpperCase();
  const byCode = areas.find((area) => area.code.toUpperCase() === upper);
  if (byCode) return byCode;
  const wanted = normaliseName(trimmed);
  const exact = areas.filter((area) => normaliseName(area.name) === wanted);
  if (exact.length === 1 && exact[0]) return exact[0];
  const containing = areas.filter((area) => normaliseName(area.name).includes(wanted));
  if (containing.length === 1 && containing[0]) return containing[0];
  if (containing.length > 1) {
    const names = containing.slice(0, 6).map((area) => area.name);
    throw new UsageError(
      `"${trimmed}" matches ${containing.length} areas ${context} (${names.join(', ')}${containing.length > 6 ? ', …' : ''}); give the full name or the code.`,
    );
  }
  const suggestions = closestNames(areas, wanted, 3);
  const hint = suggestions.length > 0 ? `; did you mean ${joinOr(suggestions)}?` : '.';
  throw new UsageError(/^E\d{8}$/i.test(trimmed) ? `no area has the code ${upper} ${context}.` : `no area called "${trimmed}" ${context}${hint}`);
}

/** The largest edit distance a normalised text of this length may be from a name and still be a typo of it. */
export function typoLimit(length: number): number {
  return length < 3 ? 0 : length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

/**
 * How far a normalised query is from a normalised name, as a typo: the edit distance to the whole
 * name, to any of its words, or (held to one edit more, as text is typed) to its start.
 */
export function typoDistance(name: string, query: string): number {
  return Math.min(distance(name, query), distance(name.slice(0, query.length), query) + 1, ...name.split(' ').map((word) => distance(word, query)));
}

/** The names within a typo of a normalised query ({@link typoLimit}), closest first (ties by name). */
export function closestNames(areas: readonly NamedArea[], normalisedQuery: string, count: number): string[] {
  const limit = typoLimit(normalisedQuery.length);
  return areas
    .map((area) => ({ name: area.name, d: typoDistance(normaliseName(area.name), normalisedQuery) }))
    .filter((entry) => entry.d <= limit)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((entry) => entry.name);
}

function joinOr(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}
