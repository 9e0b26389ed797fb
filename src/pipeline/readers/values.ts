/**
 * Statistical cells: a number, a suppression marker (→ null) or a mistake (→ SmiError). Shared
 * by the CSV, parquet and spreadsheet readers so that every source is held to the same rule.
 */
import { SmiError } from '../../errors.js';
import { DECIMAL_NUMBER } from '../../method/vocabulary.js';

/**
 * Markers publishers use for suppressed, unreliable, not-applicable or unavailable values:
 * ONS (`x`, `:`, `..`, `z`, `u`, `c`), DfE (`c`, `x`, `z`, `low`, `ne`, `~`, `!`, `-`), Nomis
 * (`!`, `~`, `-`, `*`) and empty cells. Compared case-insensitively after trimming.
 */
export const SUPPRESSION_MARKERS: ReadonlySet<string> = new Set([
  '', 'x', ':', 'c', '..', '.', '-', '–', '—', 'z', 'u', '~', '!', '*', 'n/a', 'na', 'low', 'ne', 'np', 'supp', 'dns',
]);

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Whether a cell's text is a suppression marker. */
export function isSuppressionMarker(text: string): boolean {
  return SUPPRESSION_MARKERS.has(text.trim().toLowerCase());
}

/**
 * A cell as a number, or null when it is empty or a suppression marker. Anything else is an
 * SmiError that starts with `where()` (file, sheet, row, column), computed only on failure.
 */
export function parseStatValue(raw: unknown, where: () => string): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (Number.isFinite(raw)) return raw;
    throw unexpected(String(raw), where);
  }
  if (typeof raw === 'bigint') return Number(raw);
  if (typeof raw !== 'string') throw unexpected(String(raw), where);
  const text = raw.trim();
  if (DECIMAL_NUMBER.test(text)) return Number(text);
  if (THOUSANDS.test(text)) return Number(text.replace(/,/g, ''));
  if (isSuppressionMarker(text)) return null;
  throw unexpected(text, where);
}

function unexpected(text: string, where: () => string): SmiError {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return new SmiError(
    `${where()}: "${shown}" is neither a number nor a known suppression marker (x, :, c, .., -, blank); check that the file is the publisher's original.`,
  );
}
