import { quantileSorted } from './quantile.js';
import { sortedAscending } from './sorted.js';

/**
 * Median: the middle value of the sorted values, or the mean of the two middle values when n is
 * even (the type-7 {@link quantile} at p = 0.5).
 *
 * Returns null for an empty input.
 *
 * @example
 * median([5, 1, 3]); // 3
 * median([4, 1, 3, 10]); // (3 + 4) / 2 = 3.5
 */
export function median(values: ArrayLike<number>): number | null {
  if (values.length === 0) return null;
  return quantileSorted(sortedAscending(values), 0.5);
}
