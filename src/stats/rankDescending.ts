import { orderDescending } from './orderDescending.js';

/**
 * How equal values are ranked by {@link rankDescending}:
 * - `code`: ties are broken by a key string, ascending (by UTF-16 code units, as JavaScript's
 *   default sort), or by position when no keys are given, so the ranks are a permutation of 1..n;
 * - `shared`: standard competition ranking, equal values share the best rank of their group
 *   ("1, 2, 2, 4").
 */
export type RankTies = 'code' | 'shared';

/**
 * Descending ranks: the largest value has rank 1.
 *
 * Formula: with G = #{j : xⱼ > xᵢ},
 * - `shared`: rᵢ = G + 1;
 * - `code`:   rᵢ = G + 1 + #{j : xⱼ = xᵢ and (keyⱼ, j) < (keyᵢ, i)}.
 *
 * Values must not be NaN; −0 and 0 are equal. Keys, when given, must have the values' length;
 * equal keys fall back to position.
 *
 * @example
 * rankDescending([5, 9, 5, 1], 'shared'); // [2, 1, 2, 4]
 * rankDescending([5, 9, 5, 1], 'code', ['b', 'c', 'a', 'd']); // [3, 1, 2, 4] ("a" before "b")
 * rankDescending([5, 9, 5, 1], 'code'); // [2, 1, 3, 4] (earlier position first)
 */
export function rankDescending(values: ArrayLike<number>, ties: RankTies, keys?: readonly string[]): number[] {
  const n = values.length;
  if (keys !== undefined && keys.length !== n) {
    throw new RangeError(`rankDescending: ${keys.length} keys for ${n} values`);
  }
  const out = new Array<number>(n);
  if (ties === 'code' && keys !== undefined) {
    const order = Array.from({ length: n }, (_, i) => i);
    order.sort((a, b) => {
      const va = values[a] as number;
      const vb = values[b] as number;
      if (va !== vb) return va > vb ? -1 : 1;
      const ka = keys[a] as string;
      const kb = keys[b] as string;
      if (ka !== kb) return ka < kb ? -1 : 1;
      return a - b;
    });
    for (let k = 0; k < n; k++) out[order[k] as number] = k + 1;
    return out;
  }
  // One sort; ties come out in position order, which is the 'code' rule without keys.
  const order = orderDescending(values);
  if (ties === 'code') {
    for (let k = 0; k < n; k++) out[order[k]!] = k + 1;
    return out;
  }
  // 'shared': a value equal to the previous one in the order takes its rank.
  let rank = 0;
  let previous = Number.NaN;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const x = values[i] as number;
    if (k === 0 || x !== previous) rank = k + 1;
    out[i] = rank;
    previous = x;
  }
  return out;
}
