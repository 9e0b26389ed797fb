/**
 * What switching a page to another year of the series changes in its URL (the year control,
 * components/YearSelect.tsx): the edition, and a `since` that is no longer before the year, with
 * what needs it (`sort=change`; the change measure in 2016, the first year, which has none before it).
 */
import { SERIES_YEARS, seriesEditionId, type SeriesYear } from '../../../src/edition/catalogue.js';

/** The URL changes that switch a page to `year` of the series, given its current query. */
export function yearChanges(year: SeriesYear, params: URLSearchParams): Record<string, string | null> {
  const changes: Record<string, string | null> = { edition: seriesEditionId(year) };
  const since = params.get('since');
  if (since !== null && !(Number(since) < year)) {
    changes.since = null;
    if (params.get('sort') === 'change') changes.sort = null;
  }
  if (year === SERIES_YEARS[0] && params.get('measure') === 'change') changes.measure = null;
  return changes;
}
