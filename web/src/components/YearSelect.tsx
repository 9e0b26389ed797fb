/**
 * The year control of the map and the league table: on an edition of the 2025 councils
 * (open-latest, or a year of the series open-series@<year>), a labelled select of the years
 * 2016–2025 that switches the page to `open-series@<year>`, in the URL as every setting is. Nothing
 * on the 2016 districts, which have one year only. A `since` (the change column or measure) that is
 * no longer before the chosen year is taken out of the URL with what needs it (`sort=change`, and
 * the change measure in 2016, the first year).
 */
import { SERIES_YEARS, councilYearOf, isEditionId } from '../../../src/edition/catalogue.js';
import { yearChanges } from '../state/seriesYear.js';
import { updateQuery } from '../state/url.js';

/** One option per year of the series given (its value the year): the choices of every year control (this, Change since, Who moved?). */
export function YearOptions({ years }: { years: readonly number[] }) {
  return (
    <>
      {years.map((year) => (
        <option key={year} value={String(year)}>
          {year}
        </option>
      ))}
    </>
  );
}

/** The control; `hint` adds a line saying what the years are (the map's side panel has room for it, the table's row of filters has not). */
export function YearSelect({ edition, hint = true }: { edition: string; hint?: boolean }) {
  const year = isEditionId(edition) ? councilYearOf(edition) : undefined;
  if (year === undefined) return null;
  return (
    <div class="field year-select">
      <label for="year">Year of the index</label>
      <select
        id="year"
        name="year"
        aria-describedby={hint ? 'year-hint' : undefined}
        value={String(year)}
        onChange={(event) => {
          const chosen = SERIES_YEARS.find((each) => String(each) === event.currentTarget.value);
          if (chosen !== undefined) updateQuery(yearChanges(chosen, new URLSearchParams(location.search)));
        }}
      >
        <YearOptions years={SERIES_YEARS} />
      </select>
      {hint && (
        <p class="hint" id="year-hint">
          The same 294 councils of 2025 in each year of the series open-series, 2016 to 2025.
        </p>
      )}
    </div>
  );
}
