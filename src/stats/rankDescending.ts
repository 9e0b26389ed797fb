import type { TieRule } from '../method/vocabulary.js';
import { orderDescendingInto, orderScratch, type OrderScratch } from './orderDescending.js';

/**
 * Descending ranks: the largest value has rank 1. Equal values are ranked by the tie rule
 * (`TieRule` of the method's vocabulary):
 * - `code`: ties are broken by position, earlier first, so the ranks are a permutation of 1..n
 *   (the engine lists areas in code order, so position order is code order);
 * - `shared`: standard competition ranking, equal values share the best rank of their group
 *   ("1, 2, 2, 4").
 *
 * Formula: with G = #{j : xⱼ > xᵢ},
 * - `shared`: rᵢ = G + 1;
 * - `code`:   rᵢ = G + 1 + #{j < i : xⱼ = xᵢ}.
 *
 * Values must not be NaN; −0 and 0 are equal.
 *
 * @example
 * rankDescending([5, 9, 5, 1], 'shared'); // [2, 1, 2, 4]
 * rankDescending([5, 9, 5, 1], 'code'); // [2, 1, 3, 4] (earlier position first)
 */
export function rankDescending(values: ArrayLike<number>, ties: TieRule): number[] {
  const n = values.length;
  return Array.from(rankDescendingInto(values, n, ties, new Int32Array(n), orderScratch(n)));
}

/**
 * The kernel of {@link rankDescending}: the ranks of values[0..n) into out[0..n); returns `out`.
 * Leaves the order of the values (largest first) in `scratch.order`.
 *
 * @example
 * rankDescendingInto([5, 9, 5, 1], 4, 'shared', new Int32Array(4), orderScratch(4)); // [2, 1, 2, 4]
 */
export function rankDescendingInto(values: ArrayLike<number>, n: number, ties: TieRule, out: Int32Array, scratch: OrderScratch): Int32Array {
  const order = orderDescendingInto(values, n, scratch.order, scratch);
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
