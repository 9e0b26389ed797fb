/**
 * The edition selector in the header: options name each edition and its geography
 * ("open-latest (2025 councils)"); choosing one keeps the page and its other settings.
 */
import { EDITIONS } from '../../../src/edition/catalogue.js';
import { updateQuery } from '../state/url.js';

/** The editions of the catalogue: the selector needs no request before it can be drawn. */
export function EditionSelect({ edition }: { edition: string }) {
  const options = EDITIONS.map((entry) => ({ id: entry.id, geography: entry.geography.label }));
  return (
    <div class="edition-select">
      <label for="edition">Edition</label>
      <select id="edition" name="edition" value={edition} onChange={(event) => updateQuery({ edition: event.currentTarget.value })}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.id} ({option.geography})
          </option>
        ))}
      </select>
    </div>
  );
}
