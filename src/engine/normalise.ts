/**
 * Step 3 of the engine: put each indicator on a common scale, oriented so that higher is better.
 */
import type { Direction, Normalisation } from '../method/types.js';
import { minMaxScores } from '../stats/minMaxScores.js';
import { percentileRankScores } from '../stats/percentileRankScores.js';
import { zScores } from '../stats/zScores.js';
import { floatColumns } from './columns.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';

/**
 * Normalised, oriented scores of one column of values (no missing values):
 * - `zscore`: (x − mean) / sample SD, negated when lower is better; all 0 when the SD is 0 or undefined (n = 1);
 * - `minmax`: 100 (x − min) / (max − min), or 100 minus that when lower is better; all 50 when max = min;
 * - `rank`: 100 (r − 1) / (n − 1) with r the average ascending rank, or 100 minus that when lower is
 *   better; all 50 when n = 1 or all values tie.
 * Never returns −0.
 */
export function normaliseColumn(values: ArrayLike<number>, normalisation: Normalisation, direction: Direction): number[] {
  let scores: number[];
  switch (normalisation) {
    case 'zscore':
      scores = zScores(values);
      // 0 − z rather than −z, so that a score of 0 stays +0.
      if (direction === 'lower') for (let j = 0; j < scores.length; j++) scores[j] = 0 - scores[j]!;
      return scores;
    case 'minmax':
      scores = minMaxScores(values);
      break;
    case 'rank':
      scores = percentileRankScores(values);
      break;
    default:
      throw new Error(`unknown normalisation ${String(normalisation)}`);
  }
  if (direction === 'lower') for (let j = 0; j < scores.length; j++) scores[j] = 100 - scores[j]!;
  return scores;
}

/**
 * Scores per indicator (method order), each a column in canonical area order: computed over the
 * ranked areas that have a value, NaN for every other area and for absent indicators.
 */
export function normalise(prepared: PreparedIndex, selection: RankedSelection): Float64Array[] {
  const { method, n, values, indicatorAbsent } = prepared;
  const { rankedAreas } = selection;
  const buffer = new Float64Array(rankedAreas.length);
  const positions = new Int32Array(rankedAreas.length);
  const out = floatColumns(values.length, n);
  return values.map((column, i) => {
    const scores = out[i]!;
    if (indicatorAbsent[i] === 1) return scores;
    let count = 0;
    for (const c of rankedAreas) {
      const x = column[c]!;
      if (Number.isNaN(x)) continue;
      buffer[count] = x;
      positions[count] = c;
      count++;
    }
    const indicator = method.indicators[i]!;
    const normalised = normaliseColumn(buffer.subarray(0, count), method.normalisation, indicator.direction);
    for (let j = 0; j < count; j++) scores[positions[j]!] = normalised[j]!;
    return scores;
  });
}
