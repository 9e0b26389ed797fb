/**
 * Sort order, largest first: the indices of the values arranged so that
 * values[order[0]] ≥ values[order[1]] ≥ …, with equal values in ascending index order (so the
 * order is unique, as if sorted stably).
 *
 * Formula: order is the permutation that sorts the pairs (−xᵢ, i) ascending.
 *
 * Implemented as an iterative quicksort of an index array (median-of-three pivot, insertion sort
 * below 17 elements) on the strict total order "(xᵢ > xⱼ) or (xᵢ = xⱼ and i < j)"; for the few
 * hundred values of an index this is faster than the built-in sorts, which need a comparator
 * call per comparison or a copy and a search per value. Values must not be NaN; −0 and 0 are equal.
 *
 * @example
 * // 9 first (index 1); the two 5s in index order (0, then 2); 1 last
 * orderDescending([5, 9, 5, 1]); // Int32Array [1, 0, 2, 3]
 */
export function orderDescending(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const v = values;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    let hi = stack.pop()!;
    let lo = stack.pop()!;
    while (hi - lo > 16) {
      const mid = (lo + hi) >>> 1;
      const a = idx[lo]!;
      const b = idx[mid]!;
      const c = idx[hi]!;
      const va = v[a]!;
      const vb = v[b]!;
      const vc = v[c]!;
      // median of three by the same order
      const ab = va > vb || (va === vb && a < b);
      const bc = vb > vc || (vb === vc && b < c);
      const ac = va > vc || (va === vc && a < c);
      let p: number;
      if (ab === bc) p = b;
      else if (ab === ac) p = c;
      else p = a;
      const pv = v[p]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        let x = idx[i]!;
        while (v[x]! > pv || (v[x] === pv && x < p)) x = idx[++i]!;
        let y = idx[j]!;
        while (pv > v[y]! || (pv === v[y] && p < y)) y = idx[--j]!;
        if (i <= j) {
          idx[i++] = y;
          idx[j--] = x;
        }
      }
      // recurse into the smaller part first (kept on the stack), loop on the larger
      if (j - lo < hi - i) {
        stack.push(i, hi);
        hi = j;
      } else {
        stack.push(lo, j);
        lo = i;
      }
    }
    for (let i = lo + 1; i <= hi; i++) {
      const x = idx[i]!;
      const xv = v[x]!;
      let j = i - 1;
      while (j >= lo) {
        const y = idx[j]!;
        const yv = v[y]!;
        if (yv > xv || (yv === xv && y < x)) break;
        idx[j + 1] = y;
        j--;
      }
      idx[j + 1] = x;
    }
  }
  return idx;
}
