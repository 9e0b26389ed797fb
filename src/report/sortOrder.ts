/**
 * A list sorted in either order with the rows that cannot be ordered kept last: the one rule of
 * the league table (server, CLI) and of the map's table (browser). Descending reverses the rows that
 * have something to sort on (the worst ranked area first); rows without it stay last, in the
 * `tieBreak` order, either way, since "not ranked" is not a rank below the last.
 */
import type { SortOrder } from '../method/vocabulary.js';

export function inOrder<Row>(
  compare: (a: Row, b: Row) => number,
  order: SortOrder,
  unsortable: (row: Row) => boolean,
  tieBreak: (a: Row, b: Row) => number,
): (a: Row, b: Row) => number {
  if (order === 'ascending') return compare;
  return (a, b) => {
    const ua = unsortable(a);
    const ub = unsortable(b);
    if (ua || ub) return ua === ub ? tieBreak(a, b) : ua ? 1 : -1;
    return compare(b, a);
  };
}
