/**
 * Step 3 of the engine: put each indicator on a common scale, oriented so that higher is better.
 */
import type { Direction, Normalisation } from '../method/types.js';
import { minMaxScoresInto } from '../stats/minMaxScores.js';
import { orderScratch, type OrderScratch } from '../stats/orderDescending.js';
import { percentileRankScoresInto } from '../stats/percentileRankScores.js';
import { zScoresInto } from '../stats/zScores.js';
import { floatColumns } from './columns.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';

/**
 * Normalised, oriented scores of values[0..n) (no missing values) into out[0..n) (which may be
 * `values` itself), one case per named normalisation (method/vocabulary.ts, NORMALISATION):
 * - `zscore`: (x − mean) / sample SD (`zScoresInto`), negated when lower is better; all 0 when the
 *   SD is 0 or undefined (n = 1);
 * - `minmax`: 100 (x − min) / (max − min) (`minMaxScoresInto`), or 100 minus that when lower is
 *   better; all 50 when max = min;
 * - `rank`: 100 (r − 1) / (n − 1) with r the average ascending rank (`percentileRankScoresInto`),
 *   or 100 minus that when lower is better; all 50 when n = 1 or all values tie.
 * Never −0. `scratch` (for at least n values) is the rank sort's work space.
 *
 * @throws Error for a normalisation that is not in the vocabulary (methods are validated first).
 */
export function normaliseInto(
  values: ArrayLike<number>,
  n: number,
  normalisation: Normalisation,
  direction: Direction,
  out: Float64Array,
  scratch: OrderScratch,
): Float64Array {
  switch (normalisation) {
    case 'zscore':
      zScoresInto(values, n, out);
      // 0 − z rather than −z, so that a score of 0 stays +0.
      if (direction === 'lower') for (let j = 0; j < n; j++) out[j] = 0 - out[j]!;
      return out;
    case 'minmax':
      minMaxScoresInto(values, n, out);
      break;
    case 'rank':
      percentileRankScoresInto(values, n, out, scratch);
      break;
    default:
      throw new Error(`unknown normalisation ${String(normalisation)}`);
  }
  if (direction === 'lower') for (let j = 0; j < n; j++) out[j] = 100 - out[j]!;
  return out;
}

/** {@link normaliseInto} of a whole column, allocating its result. */
export function normaliseColumn(values: ArrayLike<number>, normalisation: Normalisation, direction: Direction): number[] {
  const n = values.length;
  return Array.from(normaliseInto(values, n, normalisation, direction, new Float64Array(n), orderScratch(n)));
}

/** Work space of {@link normaliseIndicatorInto} for n areas. */
export interface NormaliseScratch {
  values: Float64Array;
  positions: Int32Array;
  order: OrderScratch;
}

export function normaliseScratch(n: number): NormaliseScratch {
  return { values: new Float64Array(n), positions: new Int32Array(n), order: orderScratch(n) };
}

/**
 * The scores of indicator i (by the method's normalisation and the indicator's direction) of a
 * value column in canonical order — the prepared one, or a replacement — into `out`: computed
 * over the ranked areas that have a value, NaN for every other area (and everywhere for an absent
 * indicator). Returns `out`.
 */
export function normaliseIndicatorInto(
  prepared: PreparedIndex,
  selection: RankedSelection,
  i: number,
  column: ArrayLike<number>,
  out: Float64Array,
  scratch: NormaliseScratch,
): Float64Array {
  out.fill(NaN);
  if (prepared.indicatorAbsent[i] === 1) return out;
  const { rankedAreas } = selection;
  const { values, positions } = scratch;
  let count = 0;
  for (let r = 0; r < rankedAreas.length; r++) {
    const c = rankedAreas[r]!;
    const x = column[c] as number;
    if (Number.isNaN(x)) continue;
    values[count] = x;
    positions[count] = c;
    count++;
  }
  const direction = prepared.method.indicators[i]!.direction;
  normaliseInto(values, count, prepared.method.normalisation, direction, values, scratch.order);
  for (let j = 0; j < count; j++) out[positions[j]!] = values[j]!;
  return out;
}

/**
 * Scores per indicator (method order), each a column in canonical area order: computed over the
 * ranked areas that have a value, NaN for every other area and for absent indicators.
 */
export function normalise(prepared: PreparedIndex, selection: RankedSelection, out: Float64Array[] = floatColumns(prepared.values.length, prepared.n)): Float64Array[] {
  const scratch = normaliseScratch(selection.rankedAreas.length);
  for (let i = 0; i < prepared.values.length; i++) normaliseIndicatorInto(prepared, selection, i, prepared.values[i]!, out[i]!, scratch);
  return out;
}
