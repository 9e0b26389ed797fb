/**
 * The edition selector in the header: the two editions, named with their geography
 * ("open-latest (2025 councils)"), then the years of the series ("2019 (open-series@2019)") in a
 * group of their own; choosing one keeps the page and its other settings. On a page of your own
 * data (edition `yours`, the "Your own data" page) that edition comes first.
 */
import { EDITIONS, isEditionId, seriesYearOf } from '../../../src/edition/catalogue.js';
import { updateQuery } from '../state/url.js';
import { YOURS } from '../yours/edition.js';

/** The editions of the catalogue: the selector needs no request before it can be drawn. */
export function EditionSelect({ edition }: { edition: string }) {
  const single = EDITIONS.filter((entry) => isEditionId(entry.id) && seriesYearOf(entry.id) === undefined);
  const series = EDITIONS.filter((entry) => isEditionId(entry.id) && seriesYearOf(entry.id) !== undefined);
  return (
    <div class="edition-select">
      <label for="edition">Edition</label>
      <select id="edition" name="edition" value={edition} onChange={(event) => updateQuery({ edition: event.currentTarget.value })}>
        {edition === YOURS && <option value={YOURS}>Your own data ({YOURS})</option>}
        {single.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.id} ({entry.geography.label})
          </option>
        ))}
        <optgroup label="The index each year, on the 2025 councils">
          {series.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {isEditionId(entry.id) ? seriesYearOf(entry.id) : ''} ({entry.id})
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
