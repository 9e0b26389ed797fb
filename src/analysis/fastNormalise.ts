/**
 * Normalisation for the engine's fast path without allocation: exactly the arithmetic of
 * `normaliseColumn` (src/engine/normalise.ts) and the stats functions it calls (`mean` with its
 * compensated `sum` and clamping, `sumOfSquaredDeviations`, `extent`, `averageRanks`), in the same
 * order, so the scores are identical to the last bit — the fast path's ranks depend on it, and
 * test/analysis/uncertaintyFast.test.ts checks it against the engine.
 */
import type { Direction, Normalisation } from '../method/types.js';
import { orderDescendingInto, type OrderScratch } from './fastOrder.js';

/**
 * Writes the oriented normalised scores of `values[0..n)` (no NaN) into `out[0..n)`:
 * - `zscore`: (x − mean) / sample SD, `0 − z` when lower is better; all 0 when n < 2 or SD = 0;
 * - `minmax`: 100 · ((x − min) / (max − min)); all 50 when max = min; 100 − s when lower is better;
 * - `rank`: 100 (r − 1) / (n − 1), r the average ascending rank; 50 when n = 1; 100 − s when lower is better.
 * `order` (length ≥ n) and `scratch` are work space for the rank sort.
 */
export function normaliseInto(
  values: ArrayLike<number>,
  n: number,
  normalisation: Normalisation,
  direction: Direction,
  out: Float64Array,
  order: Int32Array,
  scratch: OrderScratch,
): Float64Array {
  if (n === 0) return out;
  if (normalisation === 'zscore') {
    if (n < 2) {
      out.fill(0, 0, n);
      return out;
    }
    // mean(): extent, compensated sum, clamp into [min, max]
    let lo = values[0] as number;
    let hi = lo;
    let s = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const x = values[i] as number;
      if (i > 0) {
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
      const t = s + x;
      if (Math.abs(s) >= Math.abs(x)) c += (s - t) + x;
      else c += (x - t) + s;
      s = t;
    }
    let m = (s + c) / n;
    m = m < lo ? lo : m > hi ? hi : m;
    // sumOfSquaredDeviations(), compensated
    s = 0;
    c = 0;
    for (let i = 0; i < n; i++) {
      const d = (values[i] as number) - m;
      const x = d * d;
      const t = s + x;
      if (Math.abs(s) >= Math.abs(x)) c += (s - t) + x;
      else c += (x - t) + s;
      s = t;
    }
    const sd = Math.sqrt((s + c) / (n - 1));
    if (sd === 0) {
      out.fill(0, 0, n);
      return out;
    }
    if (direction === 'lower') for (let i = 0; i < n; i++) out[i] = 0 - ((values[i] as number) - m) / sd;
    else for (let i = 0; i < n; i++) out[i] = ((values[i] as number) - m) / sd + 0; // as zScores: never −0
    return out;
  }
  if (normalisation === 'minmax') {
    let lo = values[0] as number;
    let hi = lo;
    for (let i = 1; i < n; i++) {
      const x = values[i] as number;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const width = hi - lo;
    if (!(width > 0)) out.fill(50, 0, n);
    else for (let i = 0; i < n; i++) out[i] = 100 * (((values[i] as number) - lo) / width) + 0; // as minMaxScores: never −0
  } else if (normalisation === 'rank') {
    if (n === 1) {
      out[0] = 50;
    } else {
      orderDescendingInto(values, n, order, scratch);
      let start = 0;
      while (start < n) {
        const x = values[order[start]!] as number;
        let end = start + 1;
        while (end < n && values[order[end]!] === x) end++;
        const rank = n - (start + end - 1) / 2;
        const score = (100 * (rank - 1)) / (n - 1);
        for (let k = start; k < end; k++) out[order[k]!] = score;
        start = end;
      }
    }
  } else {
    throw new Error(`unknown normalisation ${String(normalisation)}`);
  }
  if (direction === 'lower') for (let i = 0; i < n; i++) out[i] = 100 - out[i]!;
  return out;
}
