/**
 * # The index engine
 *
 * `computeIndex(method, areas)` runs a {@link MethodDescription} on a set of areas and returns an
 * {@link IndexResult}. It is pure (no I/O, no globals, inputs never changed) and deterministic.
 * This comment is the specification of what it computes.
 *
 * ## Steps
 * The engine is a pipeline of named, exported, re-runnable steps working on columns
 * (one Float64Array per indicator or stage, one slot per area, NaN = no value):
 * 1. {@link prepare}: check the input, sort the areas by code ("canonical order"), build the columns;
 * 2. {@link selectRankedAreas}: apply the missing-value rule;
 * 3. {@link normalise}: indicator scores;
 * 4. {@link aggregateStages}: stage scores and stage contributions;
 * 5. {@link aggregateOverall}: overall scores and overall contributions;
 * 6. {@link rankAndClassify} and {@link rankIndicators}: ranks, deciles, hotspot count;
 * 7. `buildResult`: the plain result objects (with `summarise`).
 * Steps never change their inputs, write into buffers a caller may provide, and read the weights
 * from `prepared.indicatorWeights` / `prepared.stageWeights` and the choices from `prepared.method`.
 *
 * ## The runner: computeIndex = runner + buildResult
 * `createRunner(prepared)` (runner.ts) runs steps 2–6 and keeps each step's output for as long as
 * what it depends on is unchanged: the selection per positive-weight pattern and missing-value
 * rule, the normalised scores (and geometric terms, and indicator ranks) per selection and
 * normalisation. computeIndex is one run of it followed by `buildResult`; {@link runIndex} keeps
 * the runner, so that a scored edition can re-run with one change ({@link rerunIndex} for other
 * weights or choices, {@link rerunWithColumns} for replaced value columns) instead of from scratch;
 * and the Monte Carlo calls the runner's `rank`, the same steps on the same kept scores, for its
 * thousands of runs. There is no second implementation of any step to keep in agreement.
 *
 * ## Input
 * - The method is checked with `validateMethod` (SmiError on a problem).
 * - Area codes must be unique non-empty strings; a value must be a finite number, null, or
 *   absent (null and absent both mean "no value"). NaN, ±Infinity or a non-number → SmiError.
 * - Values keyed by ids that are not indicators of the method are ignored (not even checked).
 *
 * ## Absent indicators and stages
 * - An indicator with no value in any area is *absent*: it is left out everywhere
 *   (`absentIndicators`), its results are all null.
 * - A stage with no non-absent indicator of positive weight is *absent*: it is left out of the
 *   overall score (`absentStages`), and its scores and ranks are null for every area.
 * - If no stage of positive weight is left (e.g. no areas at all), SmiError.
 *
 * ## Ranked areas (`method.missing`)
 * - `available`: an area is ranked iff every non-absent stage has at least one indicator with
 *   positive weight and a value for it; otherwise `unrankedReason` names the stages by label,
 *   "no value in the Youth stage" / "no value in the Youth and Adulthood stages".
 * - `exclude`: an area is ranked iff it has a value for every non-absent indicator; otherwise the
 *   reason names the missing indicators by label, "no value for A, B and C".
 * Every statistic (means, SDs, min/max, percentile ranks, the geometric shift), every rank,
 * decile and class is computed over the ranked areas only; N below is their number. Unranked
 * areas keep their raw `value`s, everything else of theirs is null.
 *
 * ## Normalisation (per indicator, over the ranked areas with a value; `method.normalisation`)
 * - `zscore`: s = (x − mean) / SD, SD the sample SD (n − 1); negated when direction is `lower`.
 * - `minmax`: s = 100 (x − min) / (max − min); 100 − s when direction is `lower`.
 * - `rank`: s = 100 (r − 1) / (n − 1), r the average ascending rank (ties share ranks); 100 − s
 *   when direction is `lower`.
 * Degenerate spread (SD = 0 or undefined because n = 1, or max = min, or all tied) gives every
 * area the neutral score: 0 for `zscore`, 50 for `minmax` and `rank`. After orientation a higher
 * score is always better.
 *
 * ## Aggregation (`method.aggregation`); w = indicator weight, W = stage weight
 * - `mean`: stage score S = Σ wᵢ sᵢ / Σ wᵢ over the stage's indicators present for the area (the
 *   weights are renormalised over what is present: `weightedMean`); overall = Σ W_k S_k / Σ W_k
 *   over the non-absent stages. stageContribution = wᵢ sᵢ / Σ wᵢ (they sum to S);
 *   overallContribution = (W_k / Σ W) · stageContribution (over all indicators they sum to the
 *   overall score).
 * - `geometric`: each indicator's scores are first shifted s′ = s − min + 1, min over the ranked
 *   areas, so that s′ ≥ 1; S = exp(Σ wᵢ ln s′ᵢ / Σ wᵢ); overall = exp(Σ W_k ln S_k / Σ W_k)
 *   (S ≥ 1 already). Contributions are on the log scale: stageContribution = wᵢ ln s′ᵢ / Σ wᵢ
 *   (they sum to ln S); overallContribution = (W_k / Σ W) · stageContribution (they sum to ln overall).
 * - An indicator of weight 0 is normalised and ranked but does not enter stage scores: its
 *   contributions are 0 and it is not in `indicatorsUsed`. Only indicators of positive weight
 *   make a stage "present" for the missing-value rule.
 *
 * ## Ranks, deciles, classes (`method.ties`, `method.hotspotShare`)
 * - Rank 1 = best (highest score). Overall rank on the overall score, stage ranks on the stage
 *   scores, all over the N ranked areas, by the tie rule below. An indicator's `rank` is over the
 *   ranked areas with a value for it, on the value oriented by its direction, and equal values
 *   always share the best rank of their group (`tiedWith` others share it); `rankOf` is that
 *   number of areas.
 * - `ties: 'code'`: equal scores are ordered by area code ascending, so ranks are a permutation of
 *   1..N. `ties: 'shared'`: competition ranking ("1, 2, 2, 4"). Scores are compared exactly as
 *   computed (no tolerance).
 * - decile = ⌈10 · rank / N⌉ (1 = best tenth).
 * - hotspotCount = min(round(hotspotShare · N), ⌊N / 2⌋) (Math.round; the cap only matters for a
 *   share near 0.5 and odd N). class = `hotspot` if rank ≤ hotspotCount, `coldspot` if
 *   rank > N − hotspotCount, else `neither`. With N = 324 and share 0.2: 65 hotspots (ranks 1–65)
 *   and 65 coldspots (ranks 260–324). Under `shared` ties a tie at a boundary can make more.
 *
 * ## Summaries
 * Per indicator: count, mean, sample SD, min, max and median of the raw values over the ranked
 * areas with a value (nulls when there are none; SD null when count < 2).
 *
 * ## Determinism
 * Everything is computed in canonical order (areas sorted by code, indicators and stages in
 * method order), with compensated sums for means and SDs (the weighted means of the aggregation,
 * a handful of bounded scores each, are plain sums: `weightedMean`), so the result does not
 * depend on the order of the input areas, not even in the last bit. `areas` in the result are in input order.
 * The result's `method` is the method object passed in (not a copy).
 */
import type { MethodDescription } from '../method/types.js';
import { validateMethod } from '../method/validate.js';
import { buildResult } from './buildResult.js';
import { prepare, sameStructure, withMethod, type PreparedIndex } from './prepare.js';
import { createRunner, type IndexColumns, type IndexRunner, type ReplacedColumns } from './runner.js';
import type { AreaInput, IndexResult } from './types.js';

export type { IndexColumns };

/** Runs steps 2–6 (selection, normalisation, aggregation, ranking) on a prepared input. */
export function computeColumns(prepared: PreparedIndex): IndexColumns {
  return createRunner(prepared).columns();
}

/**
 * Computes the index: validates the method, prepares the areas, runs every step and builds the
 * result. See the module comment for the full specification.
 *
 * @throws SmiError for an invalid method or invalid areas (one sentence saying what is wrong).
 */
export function computeIndex(method: MethodDescription, areas: readonly AreaInput[]): IndexResult {
  return runIndex(method, areas).result;
}

/**
 * The working of a computation of the index, kept so that it can be run again with one change
 * (as COINr's `Regen`): the runner that holds the prepared input and the steps' kept outputs,
 * the prepared input under this run's method and data, and the steps' outputs.
 */
export interface IndexSteps {
  runner: IndexRunner;
  prepared: PreparedIndex;
  columns: IndexColumns;
}

/** A computation of the index with its working kept (see {@link IndexSteps}) and its result. */
export interface IndexRun extends IndexSteps {
  result: IndexResult;
}

/** {@link computeIndex}, keeping its working (see {@link IndexRun}). */
export function runIndex(method: MethodDescription, areas: readonly AreaInput[]): IndexRun {
  validateMethod(method);
  const prepared = prepare(method, areas);
  const runner = createRunner(prepared);
  const columns = runner.columns();
  return { runner, prepared, columns, result: buildResult(prepared, columns) };
}

/**
 * The run again under another method of the same structure (`sameStructure`: only weights,
 * normalisation, aggregation, missing-value rule, tie rule or hotspot share differ), reusing the
 * prepared input and every step output the change leaves valid; null for a method of another
 * structure (compute it afresh). The result is computeIndex(method, the same areas), exactly.
 *
 * @throws SmiError for an invalid method, or one that leaves nothing to score.
 */
export function rerunIndex(run: IndexSteps, method: MethodDescription): IndexRun | null {
  validateMethod(method);
  if (!sameStructure(run.runner.prepared.method, method)) return null;
  const prepared = withMethod(run.runner.prepared, method);
  const columns = run.runner.columns(prepared);
  return { runner: run.runner, prepared, columns, result: buildResult(prepared, columns) };
}

/**
 * The steps again with some value columns replaced, every other input as it is: a what-if on one
 * area normalises only the indicators it changes again. A replaced column must have a value
 * exactly where the prepared one has (else compute afresh: the selection could change). The
 * steps' outputs, and the result `buildResult` makes of them (with the returned `prepared`, which
 * holds the replaced values), are exactly computeIndex's on the changed data.
 *
 * @throws RangeError for a replaced column that does not fit (see `ReplacedColumns`).
 */
export function rerunWithColumns(run: IndexSteps, replaced: ReplacedColumns): IndexSteps {
  const { prepared } = run;
  for (let i = 0; i < prepared.values.length; i++) {
    const column = replaced[i];
    if (column === undefined || column === null) continue;
    const original = prepared.values[i]!;
    const fits = column.length === prepared.n && original.every((x, c) => Number.isNaN(x) === Number.isNaN(column[c]!) && Math.abs(column[c]!) !== Infinity);
    if (!fits) throw new RangeError(`rerunWithColumns: the column of ${prepared.indicatorIds[i]} must be finite exactly where the original has a value`);
  }
  const values = prepared.values.map((column, i) => replaced[i] ?? column);
  return { runner: run.runner, prepared: { ...prepared, values }, columns: run.runner.columns(prepared, replaced) };
}
