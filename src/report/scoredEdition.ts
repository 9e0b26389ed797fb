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
    return scored(edition, method, runIndex(method, engineInputs(edition)));
  } catch (error) {
    if (error instanceof NothingToRankError) throw new SmiError(`${edition.id} cannot be ranked: ${error.message}`);
    throw error;
  }
}

/**
 * The edition scored with a result computed before (`result`, as {@link scoreEdition} gave it for
 * this edition and method, kept by the caller): the same object, except that the engine's working,
 * which only a re-run reads, is computed when first asked for.
 */
export function scoredFromResult(edition: Edition, method: MethodDescription, result: IndexResult): ScoredEdition {
  const areas = pairAreas(edition, result);
  let steps: IndexSteps | undefined;
  const scoredEdition = { edition, method, result, areas, byCode: new Map(areas.map((entry) => [entry.area.code, entry])) } as ScoredEdition;
  Object.defineProperty(scoredEdition, 'steps', {
    enumerable: true,
    get: () => (steps ??= scoreEdition(edition, method).steps),
  });
  return scoredEdition;
}

/** The inputs the engine reads of an edition's areas (what a kept result is keyed on). */
export function engineInputs(edition: Pick<Edition, 'areas'>): Array<{ code: string; name: string; values: EditionArea['values'] }> {
  return edition.areas.map((area) => ({ code: area.code, name: area.name, values: area.values }));
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

/** Each area of the edition with its result, in order (a result out of order is a fault). */
function pairAreas(edition: Edition, result: IndexResult): ScoredArea[] {
  if (result.areas.length !== edition.areas.length) throw new Error(`engine returned ${result.areas.length} areas for ${edition.areas.length}`);
  return edition.areas.map((area, index) => {
    const areaResult = result.areas[index];
    if (areaResult === undefined || areaResult.code !== area.code) throw new Error(`engine returned areas out of order at ${area.code}`);
    return { area, result: areaResult };
  });
}

function scored(edition: Edition, method: MethodDescription, run: IndexRun): ScoredEdition {
  const { result } = run;
  const areas = pairAreas(edition, result);
  return {
    edition,
    method,
    result,
    areas,
    byCode: new Map(areas.map((entry) => [entry.area.code, entry])),
    steps: { runner: run.runner, prepared: run.prepared, columns: run.columns },
  };
}
