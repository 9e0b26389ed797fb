/**
 * The edition selector in the header: options name each edition and its geography
 * ("open-latest (2025 councils)"); choosing one keeps the page and its other settings.
 */
import { updateQuery } from '../state/url.js';
import type { EditionsResponse } from '../types.js';

export const FALLBACK_EDITIONS = [
  { id: 'open-2016', geography: '2016 districts' },
  { id: 'open-latest', geography: '2025 councils' },
];

export function EditionSelect({ edition, editions }: { edition: string; editions: EditionsResponse | null }) {
  const options = editions?.editions.map((entry) => ({ id: entry.id, geography: entry.geography })) ?? FALLBACK_EDITIONS;
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
