/**
 * Numbers and lists in words, the one wording of the area page's "What drives this result?" and of
 * the PDF briefing: signed contributions with a true minus sign, places won or lost, and plain
 * numbers in British style.
 */

/** A signed number with a true minus sign: "+0.140", "−0.285", "0.000"; "—" without one. */
export function formatSigned(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined) return '—';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** Places won or lost, in words: "costs 46 places", "gains 1 place", "no difference". */
export function placesPhrase(places: number | null | undefined): string {
  if (places === null || places === undefined) return '—';
  if (places === 0) return 'no difference';
  const n = Math.abs(places);
  return `${places < 0 ? 'costs' : 'gains'} ${n} place${n === 1 ? '' : 's'}`;
}

/** A number in British style with at most `digits` decimals: "1.5", "12,345"; "—" without one. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits }).format(value);
}
