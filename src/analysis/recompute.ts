/**
 * Recomputing the index with one area's values changed and every other area unchanged: the
 * building block of what-if and of the "places" an indicator costs in `explain`.
 *
 * The whole index is recomputed with {@link computeIndex} (normalisation over all ranked areas,
 * aggregation, ranks), so a change to one area moves the means, spreads or extremes that every
 * area is scored against, exactly as it would if the data had said so.
 *
 * @example
 * // Carlisle's KS2 value set to 40: every area rescored, Carlisle's new rank read off the result
 * recomputeWith(scored, 'E07000028', { 'fsm-ks2-rwm': 40 }).areas.find((a) => a.code === 'E07000028')
 */
import { computeIndex } from '../engine/index.js';
import type { AreaInput, AreaResult, IndexResult } from '../engine/types.js';
import type { ScoredEdition } from '../report/scoredEdition.js';

/** The engine's input for a scored edition: every area's code, name and raw values. */
export function areaInputs(scored: ScoredEdition): AreaInput[] {
  return scored.areas.map(({ area }) => ({ code: area.code, name: area.name, values: area.values }));
}

/**
 * The index with the values of area `code` replaced by `changes` (indicator id → new value;
 * null removes the value) and every other area as it is. `inputs` can be passed in when many
 * recomputations share them (it is not changed).
 */
export function recomputeWith(
  scored: ScoredEdition,
  code: string,
  changes: Readonly<Record<string, number | null>>,
  inputs: readonly AreaInput[] = areaInputs(scored),
): IndexResult {
  const changed = inputs.map((input) => (input.code === code ? { ...input, values: { ...input.values, ...changes } } : input));
  return computeIndex(scored.method, changed);
}

/** The result of area `code` in `result` (a bug if it is not there). */
export function resultOf(result: IndexResult, code: string): AreaResult {
  const found = result.areas.find((area) => area.code === code);
  if (found === undefined) throw new Error(`no result for ${code}`);
  return found;
}
