/**
 * Recomputing the index with one area's values changed and every other area unchanged: the
 * building block of what-if and of the "places" an indicator costs in `explain`.
 *
 * A change to one area moves the means, spreads or extremes that every area is scored against,
 * exactly as it would if the data had said so, so the indicators it changes are normalised again
 * over all ranked areas, and the stage scores, overall scores and ranks computed again. It re-runs
 * only that: the scored edition keeps the engine's working, and `rerunWithColumns` reuses the
 * normalised scores of every indicator the change leaves alone. When a change gives the area a
 * value it had not, or takes one away, which areas are ranked can change, and when it gives an
 * indicator with no spread a spread (or takes it away), which indicators are left out changes: the
 * index is then computed afresh. Either way the numbers are computeIndex's on the changed data, exactly.
 *
 * @example
 * // Carlisle's KS2 value set to 40: every area rescored, Carlisle's new rank read off the result
 * recomputeWith(scored, 'E07000028', { 'fsm-ks2-rwm': 40 }).resultOf('E07000028').overall.rank
 */
import { areaResultBuilder } from '../engine/buildResult.js';
import { computeIndex, rerunWithColumns } from '../engine/computeIndex.js';
import { leftOutReason } from '../engine/prepare.js';
import type { AreaInput, AreaResult } from '../engine/types.js';
import type { ScoredEdition } from '../report/scoredEdition.js';

/** The index recomputed with one area's values changed. */
export interface Recomputed {
  /** The number of ranked areas after the change. */
  rankedCount: number;
  /** The result of area `code` after the change (a bug if there is no such area). */
  resultOf(code: string): AreaResult;
}

/** The engine's input for a scored edition: every area's code, name and raw values. */
export function areaInputs(scored: ScoredEdition): AreaInput[] {
  return scored.areas.map(({ area }) => ({ code: area.code, name: area.name, values: area.values }));
}

/**
 * The index with the values of area `code` replaced by `changes` (indicator id → new value;
 * null removes the value) and every other area as it is. Ids that are not indicators of the
 * method are ignored, as computeIndex ignores them.
 */
export function recomputeWith(scored: ScoredEdition, code: string, changes: Readonly<Record<string, number | null>>): Recomputed {
  const { prepared } = scored.steps;
  const c = prepared.codes.indexOf(code);
  if (c < 0) throw new Error(`no area ${code}`);
  const replaced: (Float64Array | null)[] = prepared.values.map(() => null);
  let samePresence = true;
  for (const [id, value] of Object.entries(changes)) {
    const i = prepared.indicatorIds.indexOf(id);
    if (i < 0) continue;
    const column = replaced[i] ?? Float64Array.from(prepared.values[i]!);
    if (value === null || !Number.isFinite(value) || Number.isNaN(column[c]!)) samePresence = false;
    column[c] = value ?? NaN;
    replaced[i] = column;
  }
  // a change that gives a flat column spread, or takes it away, changes which indicators are left out
  const leftOutChanges = replaced.some((column, i) => column !== null && (leftOutReason(column) !== null) !== (prepared.indicatorAbsent[i] === 1));
  if (!samePresence || leftOutChanges) return afresh(scored, code, changes);
  const steps = rerunWithColumns(scored.steps, replaced);
  const build = areaResultBuilder(steps.prepared, steps.columns);
  return {
    rankedCount: steps.columns.ranking.rankedCount,
    resultOf: (other) => {
      const position = steps.prepared.codes.indexOf(other);
      if (position < 0) throw new Error(`no result for ${other}`);
      return build(position);
    },
  };
}

/** computeIndex on the changed inputs, for a change that gives or takes away a value. */
function afresh(scored: ScoredEdition, code: string, changes: Readonly<Record<string, number | null>>): Recomputed {
  const inputs = areaInputs(scored).map((input) => (input.code === code ? { ...input, values: { ...input.values, ...changes } } : input));
  const result = computeIndex(scored.method, inputs);
  return {
    rankedCount: result.rankedCount,
    resultOf: (other) => {
      const found = result.areas.find((area) => area.code === other);
      if (found === undefined) throw new Error(`no result for ${other}`);
      return found;
    },
  };
}
