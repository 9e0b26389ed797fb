/**
 * The year control of the map and the league table: on an edition of the 2025 councils
 * (open-latest, or a year of the series open-series@<year>), a labelled select of the years
 * 2016–2025 that switches the page to `open-series@<year>`, in the URL as every setting is. Nothing
 * on the 2016 districts, which have one year only. A `since` (the change column or measure) that is
 * no longer before the chosen year is taken out of the URL with what needs it (`sort=change`, and
 * the change measure in 2016, the first year).
 */
import { SERIES_YEARS, councilYearOf, isEditionId, seriesEditionId, type SeriesYear } from '../../../src/edition/catalogue.js';
import { updateQuery } from '../state/url.js';

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

export function YearSelect({ edition }: { edition: string }) {
  const year = isEditionId(edition) ? councilYearOf(edition) : undefined;
  if (year === undefined) return null;
  return (
    <div class="field year-select">
      <label for="year">Year of the index</label>
      <select
        id="year"
        name="year"
        aria-describedby="year-hint"
        value={String(year)}
        onChange={(event) => {
          const chosen = SERIES_YEARS.find((each) => String(each) === event.currentTarget.value);
          if (chosen !== undefined) updateQuery(yearChanges(chosen, new URLSearchParams(location.search)));
        }}
      >
        {SERIES_YEARS.map((each) => (
          <option key={each} value={String(each)}>
            {each}
          </option>
        ))}
      </select>
      <p class="hint" id="year-hint">
        The same 294 councils of 2025 in each year of the series open-series, 2016 to 2025.
      </p>
    </div>
  );
}
