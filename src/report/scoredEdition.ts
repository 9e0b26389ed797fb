/**
 * An edition with the index computed on it: the unit every report, command and API route works
 * from. Pure: give it an Edition and a method; it runs the engine once, and keeps the engine's
 * working (the runner and the steps' outputs) so that an analysis can re-run it with one change —
 * another method ({@link rescoreEdition}, for `shift` and the method-choice parameters), or one
 * area's values (src/analysis/recompute.ts, for what-if and explain) — instead of from scratch.
 */
import { NothingToRankError, SmiError } from '../errors.js';
import { rerunIndex, runIndex, type IndexRun, type IndexSteps } from '../engine/computeIndex.js';
import type { AreaResult, IndexResult } from '../engine/types.js';
import type { Edition, EditionArea } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';

export interface ScoredArea {
  area: EditionArea;
  result: AreaResult;
}

export interface ScoredEdition {
  edition: Edition;
  method: MethodDescription;
  result: IndexResult;
  /** Areas with their results, in the edition's order. */
  areas: ScoredArea[];
  byCode: Map<string, ScoredArea>;
  /** The engine's working: what a re-run with one change starts from (read it, do not change it). */
  steps: IndexSteps;
}

export function scoreEdition(edition: Edition, method: MethodDescription = edition.method): ScoredEdition {
  try {
    return scored(edition, method, runIndex(method, edition.areas.map((area) => ({ code: area.code, name: area.name, values: area.values }))));
  } catch (error) {
    if (error instanceof NothingToRankError) throw new SmiError(`${edition.id} cannot be ranked: ${error.message}`);
    throw error;
  }
}

/**
 * An edition in which every ranked area has the same overall score (a dataset of identical
 * values, say) cannot be ranked: the tie rule would order it by area code and call the first
 * fifth "hotspots". Refused with the reason instead.
 *
 * @throws SmiError "… cannot be ranked: all 5 ranked areas have the same overall score …".
 */
export function checkRankable(edition: Pick<Edition, 'id'>, result: IndexResult): void {
  const scores = result.areas.flatMap((area) => (area.ranked && area.overall.score !== null ? [area.overall.score] : []));
  if (scores.length < 2 || scores.some((score) => score !== scores[0])) return;
  throw new SmiError(
    `${edition.id} cannot be ranked: all ${scores.length} ranked areas have the same overall score, so any order (by area code, say) would be arbitrary and no area is a hotspot or a coldspot; check that the values differ between areas`,
  );
}

/**
 * The edition scored under another method: re-run from the kept working when the method has the
 * same structure (other weights, normalisation, aggregation, missing-value rule…), so that only
 * what the change invalidates is computed again; scored afresh otherwise. Either way the result
 * is exactly `scoreEdition(scored.edition, method)`'s.
 */
export function rescoreEdition(base: ScoredEdition, method: MethodDescription): ScoredEdition {
  const run = rerunIndex(base.steps, method);
  return run === null ? scoreEdition(base.edition, method) : scored(base.edition, method, run);
}

function scored(edition: Edition, method: MethodDescription, run: IndexRun): ScoredEdition {
  const { result } = run;
  const areas = edition.areas.map((area, index) => {
    const areaResult = result.areas[index];
    if (areaResult === undefined || areaResult.code !== area.code) throw new Error(`engine returned areas out of order at ${area.code}`);
    return { area, result: areaResult };
  });
  return {
    edition,
    method,
    result,
    areas,
    byCode: new Map(areas.map((entry) => [entry.area.code, entry])),
    steps: { runner: run.runner, prepared: run.prepared, columns: run.columns },
  };
}
