/** The area an argument names in a scored edition (a UsageError suggesting names when none). */
import { findArea } from '../../report/areaLookup.js';
import type { ScoredArea, ScoredEdition } from '../../report/scoredEdition.js';

export function findScoredArea(scored: ScoredEdition, query: string): ScoredArea {
  return findArea(scored.areas.map((item) => ({ code: item.area.code, name: item.area.name, item })), query, `in ${scored.edition.id}`).item;
}

/** "+0.123" / "−0.045": a signed number for contribution columns. */
export function signed(x: number | null, digits = 3): string {
  if (x === null) return '–';
  const text = Math.abs(x).toFixed(digits);
  if (Number(text) === 0) return text;
  return `${x < 0 ? '−' : '+'}${text}`;
}
