/**
 * # The runner: the engine's steps, memoised, for one prepared dataset
 *
 * `createRunner(prepared)` holds a prepared input and runs the engine's own steps on it, keeping
 * each step's output for as long as what it depends on is unchanged:
 *
 * | step                                   | depends on                                                  | kept per                        |
 * | -------------------------------------- | ----------------------------------------------------------- | ------------------------------- |
 * | selectRankedAreas, absent stages       | which indicator weights are positive, the missing-value rule | positive-weight pattern + rule  |
 * | normalise                              | the selection, the normalisation, the value columns         | selection + normalisation       |
 * | geometric terms ln(s − min + 1)        | the scores                                                  | selection + normalisation       |
 * | rankIndicators                         | the values                                                  | selection                        |
 * | stage means, overall score, ranks      | the weights and the aggregation                             | (computed every run)            |
 *
 * At most 1,024 patterns (a few kilobytes each) and 16 ranked sets (their normalised scores) are
 * kept, the least recently used going first; patterns that rank the same areas share one ranked
 * set's scores, so a long-lived runner — a server's, re-weighted by every request — stays small.
 * A replaced value column (a what-if, a Monte Carlo draw within a confidence interval) is
 * normalised afresh and stands in for the kept one in that run only; `rank` keeps the last one per
 * indicator and normalisation, used again while the values are the same (the data assumption
 * switches the same county values in and out). The indicators the prepared
 * input leaves out (no data, or no spread) stay out: a replaced column of one is not scored.
 *
 * Two ways in, one set of steps:
 * - {@link IndexRunner.columns} gives everything computeIndex reports (steps 2–6) for the method
 *   or another of the same structure (`withMethod`), optionally with replaced columns: computeIndex
 *   is this plus `buildResult`, and a scored edition re-runs through it with one change;
 * - {@link IndexRunner.rank} gives only the overall ranks for a {@link RunChoice} (weights,
 *   normalisation, aggregation, replaced columns) into a caller's buffer, allocating nothing once
 *   the pattern and normalisation have been seen: the Monte Carlo loop. It calls the same steps
 *   (stageMeansInto, overallScoresInto, rankColumn) on the same kept scores, so its ranks are
 *   computeIndex's by construction (test/engine/runner.test.ts checks it).
 *
 * Pure and isomorphic (no Node built-ins): it runs in a Web Worker.
 */
import { checkComputed } from './checkComputed.js';
import type { Aggregation, MethodDescription, Normalisation } from '../method/types.js';
import { floatColumns } from './columns.js';
import { aggregateOverall, overallScoresInto, type OverallAggregation } from './aggregateOverall.js';
import { geometricTermsInto, stageAggregation, stageMeansInto, stageScratch, type AggregationTerms, type StageAggregation } from './aggregateStages.js';
import { normalise, normaliseIndicatorInto, normaliseScratch } from './normalise.js';
import { absentStages, nothingToScore, type PreparedIndex } from './prepare.js';
import { hotspotCountFor, rankAndClassify, rankColumn, rankIndicatorInto, rankIndicators, rankScratch, type IndicatorRanking, type Ranking } from './rankAndClassify.js';
import { selectRankedAreas, type RankedSelection } from './selectRankedAreas.js';

/** Everything steps 2–6 compute, in columns (canonical area order). */
export interface IndexColumns {
  selection: RankedSelection;
  /** Oriented indicator scores per indicator. */
  scores: Float64Array[];
  stages: StageAggregation;
  overall: OverallAggregation;
  ranking: Ranking;
  indicatorRanking: IndicatorRanking;
}

/**
 * Replacement value columns by indicator (method order): `columns[i]`, when present, is the column
 * of indicator i in canonical order (length n, see `codes`), finite exactly where the prepared
 * column has a value (NaN elsewhere). Absent or null entries keep the prepared values.
 */
export type ReplacedColumns = ReadonlyArray<Float64Array | null | undefined>;

/** One run's choices for {@link IndexRunner.rank}. Weights are in method order, finite and ≥ 0, as a method's. */
export interface RunChoice {
  stageWeights: ArrayLike<number>;
  indicatorWeights: ArrayLike<number>;
  normalisation: Normalisation;
  aggregation: Aggregation;
  columns?: ReplacedColumns;
}

export interface IndexRunner {
  /** The prepared input (canonical order, columns) under the runner's method: read it, do not change it. */
  readonly prepared: PreparedIndex;
  /** Area codes in canonical order: slot c of every column and of `rank`'s output. */
  readonly codes: readonly string[];
  readonly n: number;
  /** The method's own choice (its weights, normalisation and aggregation). */
  readonly defaultChoice: RunChoice;
  /**
   * Steps 2–6 under `prepared` — the runner's own, or `withMethod(runner.prepared, method)` for a
   * method of the same structure — with value columns replaced. The result shares the kept
   * columns: read it, do not change it.
   * @throws RangeError for a replaced column that does not fit (see {@link ReplacedColumns}).
   */
  columns(prepared?: PreparedIndex, replaced?: ReplacedColumns): IndexColumns;
  /**
   * Overall ranks for the choice into `out` (length ≥ n, canonical order; 0 for unranked areas),
   * by the method's tie rule and missing-value rule. Returns N, the number of ranked areas.
   * @throws SmiError when no stage of positive weight has a value (as computeIndex); RangeError
   *   for weights or replaced columns that do not fit.
   */
  rank(choice: RunChoice, out: Int32Array): number;
  /** The ranked areas (canonical positions, ascending) under the choice's weights. */
  rankedAreas(choice: RunChoice): Int32Array;
  /** The number of hotspots (and of coldspots) among N ranked areas: the method's rule. */
  hotspotCount(rankedCount: number): number;
}

/** What depends on the positive-weight pattern and the missing-value rule. */
interface SelectionEntry {
  selection: RankedSelection;
  stageAbsent: Uint8Array;
  /** Shared by every pattern that ranks the same areas. */
  scores: RankedSetEntry;
}

/**
 * What depends only on which areas are ranked (the normalised scores and the indicator ranks do
 * not depend on the weights): shared by the patterns that rank the same areas, so that a Monte
 * Carlo leaving out indicators (the data assumption) normalises once, not once per pattern.
 */
interface RankedSetEntry {
  normalised: Map<Normalisation, NormalisedEntry>;
  /** The indicator ranks: they depend on the values and the selection only (not the normalisation or the tie rule). */
  indicatorRanking: IndicatorRanking | null;
}

/** A replaced column as last normalised: its values, the ranked set, its scores and (once asked for) their geometric terms. */
interface ReplacedEntry {
  rankedSet: RankedSetEntry;
  values: Float64Array;
  scores: Float64Array;
  terms: Float64Array;
  /** Whether `terms` are those of `scores`. */
  termsKept: boolean;
}

/** The same n values (NaN equal to NaN; −0 equal to 0, which no normalisation tells apart). */
function sameValues(a: Float64Array, b: ArrayLike<number>, n: number): boolean {
  for (let c = 0; c < n; c++) {
    const x = a[c]!;
    const y = b[c] as number;
    if (x !== y && !(x !== x && y !== y)) return false;
  }
  return true;
}

/** What depends on the selection and the normalisation. */
interface NormalisedEntry {
  scores: Float64Array[];
  geometric: AggregationTerms | null;
}

export function createRunner(prepared: PreparedIndex): IndexRunner {
  const { method, n, values, stageIndicators } = prepared;
  const m = values.length;
  const stageCount = stageIndicators.length;
  const selections = new Map<string, SelectionEntry>();
  const rankedSets = new Map<string, RankedSetEntry>();

  /** The kept scores of a ranked set, the most recently used last; at most MAX_PATTERNS are kept. */
  function rankedSetFor(selection: RankedSelection): RankedSetEntry {
    const key = rankedSetKey(selection.rankedAreas);
    let entry = rankedSets.get(key);
    if (entry === undefined) {
      entry = { normalised: new Map(), indicatorRanking: null };
      if (rankedSets.size >= MAX_PATTERNS) rankedSets.delete(rankedSets.keys().next().value!);
    } else {
      rankedSets.delete(key);
    }
    rankedSets.set(key, entry);
    return entry;
  }

  /** The kept entry of the view's pattern and rule, the most recently used last; at most MAX_PATTERNS are kept. */
  function selectionFor(view: PreparedIndex): SelectionEntry {
    const key = `${view.method.missing}:${maskOf(view.indicatorWeights, m)}`;
    let entry = selections.get(key);
    if (entry === undefined) {
      const stageAbsent = absentStages(stageIndicators, view.indicatorWeights);
      const selection = selectRankedAreas({ ...view, stageAbsent });
      entry = { selection, stageAbsent, scores: rankedSetFor(selection) };
      if (selections.size >= MAX_SELECTIONS) selections.delete(selections.keys().next().value!);
    } else {
      selections.delete(key);
    }
    selections.set(key, entry);
    return entry;
  }

  function normalisedFor(entry: SelectionEntry, view: PreparedIndex): NormalisedEntry {
    const normalisation = view.method.normalisation;
    let kept = entry.scores.normalised.get(normalisation);
    if (kept === undefined) {
      kept = { scores: normalise(view, entry.selection), geometric: null };
      entry.scores.normalised.set(normalisation, kept);
    }
    return kept;
  }

  function geometricFor(kept: NormalisedEntry, entry: SelectionEntry): AggregationTerms {
    if (kept.geometric === null) {
      const terms = floatColumns(m, n);
      const minima = Float64Array.from(kept.scores, (scores, i) => geometricTermsInto(scores, entry.selection.rankedAreas, terms[i]!));
      kept.geometric = { terms, minima };
    }
    return kept.geometric;
  }

  function indicatorRankingFor(entry: SelectionEntry, view: PreparedIndex): IndicatorRanking {
    entry.scores.indicatorRanking ??= rankIndicators(view, entry.selection);
    return entry.scores.indicatorRanking;
  }

  function columns(view: PreparedIndex = prepared, replaced?: ReplacedColumns): IndexColumns {
    const entry = selectionFor(view);
    const { selection } = entry;
    const kept = normalisedFor(entry, view);
    const geometric = view.method.aggregation === 'geometric';
    const changed = replacedIndicators(replaced, m);
    const scratch = normaliseScratch(selection.rankedAreas.length);
    const scores = kept.scores.slice();
    for (const i of changed) {
      checkReplacement(prepared, selection, i, replaced![i]!);
      scores[i] = normaliseIndicatorInto(view, selection, i, replaced![i]!, new Float64Array(n), scratch);
    }
    let terms: AggregationTerms = { terms: scores, minima: new Float64Array(m).fill(NaN) };
    if (geometric) {
      const base = geometricFor(kept, entry);
      terms = { terms: base.terms.slice(), minima: Float64Array.from(base.minima) };
      for (const i of changed) {
        const column = new Float64Array(n).fill(NaN);
        terms.minima[i] = geometricTermsInto(scores[i]!, selection.rankedAreas, column);
        terms.terms[i] = column;
      }
    }
    const stages = stageAggregation(view, selection, terms);
    const overall = aggregateOverall(view, selection, stages);
    checkComputed(view, selection, scores, stages, overall);
    const ranking = rankAndClassify(view, selection, stages, overall);
    const base = indicatorRankingFor(entry, view);
    let indicatorRanking = base;
    if (changed.length > 0) {
      indicatorRanking = { ranks: base.ranks.slice(), tiedWith: base.tiedWith.slice(), rankOf: Int32Array.from(base.rankOf) };
      const positions = new Int32Array(selection.rankedAreas.length);
      const oriented = new Float64Array(n);
      const rankWork = rankScratch(selection.rankedAreas.length);
      for (const i of changed) {
        const ranks = new Int32Array(n);
        const tiedWith = new Int32Array(n);
        indicatorRanking.rankOf[i] = rankIndicatorInto(view, selection, i, replaced![i]!, ranks, tiedWith, positions, oriented, rankWork);
        indicatorRanking.ranks[i] = ranks;
        indicatorRanking.tiedWith[i] = tiedWith;
      }
    }
    return { selection, scores, stages, overall, ranking, indicatorRanking };
  }

  // ## The Monte Carlo path: one view and one set of buffers, refilled run by run
  const hot: PreparedIndex = {
    ...prepared,
    indicatorWeights: new Float64Array(m),
    stageWeights: new Float64Array(stageCount),
    stageAbsent: new Uint8Array(stageCount),
  };
  // by normalisation, then aggregation: no key to build (and no string to collect) every run
  const methods = new Map<Normalisation, Map<Aggregation, MethodDescription>>();
  const methodFor = (normalisation: Normalisation, aggregation: Aggregation): MethodDescription => {
    let byAggregation = methods.get(normalisation);
    if (byAggregation === undefined) methods.set(normalisation, (byAggregation = new Map()));
    let found = byAggregation.get(aggregation);
    if (found === undefined) {
      found = { ...method, normalisation, aggregation };
      byAggregation.set(aggregation, found);
    }
    return found;
  };
  const hotTerms: Float64Array[] = prepared.values.slice();
  const hotStageMeans = floatColumns(stageCount, n);
  const hotOverall = new Float64Array(n).fill(NaN);
  const hotStageScratch = stageScratch(prepared);
  const hotRankScratch = rankScratch(n);
  const hotNormaliseScratch = normaliseScratch(n);
  // per indicator and normalisation, the last replaced column normalised (and its geometric terms)
  const replacedKept = Array.from({ length: m }, () => new Map<Normalisation, ReplacedEntry>());
  const lastMask = new Uint8Array(m);
  let lastEntry: SelectionEntry | null = null;

  /** The selection of the weights' pattern under the runner's missing-value rule, checking the last one first. */
  function hotSelection(indicatorWeights: ArrayLike<number>): SelectionEntry {
    if (lastEntry !== null && samePattern(indicatorWeights, lastMask)) return lastEntry;
    hot.indicatorWeights.set(indicatorWeights);
    hot.method = method;
    lastEntry = selectionFor(hot);
    for (let i = 0; i < m; i++) lastMask[i] = (indicatorWeights[i] as number) > 0 ? 1 : 0;
    return lastEntry;
  }

  function checkWeights(choice: RunChoice): void {
    const { stageWeights, indicatorWeights } = choice;
    if (stageWeights.length !== stageCount || indicatorWeights.length !== m) {
      throw new RangeError(`runner: expected ${stageCount} stage and ${m} indicator weights (got ${stageWeights.length} and ${indicatorWeights.length})`);
    }
    for (let k = 0; k < stageCount; k++) {
      const w = stageWeights[k] as number;
      if (!(w >= 0 && w < Infinity)) throw new RangeError(`runner: stage weight ${k} must be finite and ≥ 0 (got ${w})`);
    }
    for (let i = 0; i < m; i++) {
      const w = indicatorWeights[i] as number;
      if (!(w >= 0 && w < Infinity)) throw new RangeError(`runner: indicator weight ${i} must be finite and ≥ 0 (got ${w})`);
    }
  }

  function rank(choice: RunChoice, out: Int32Array): number {
    checkWeights(choice);
    const entry = hotSelection(choice.indicatorWeights);
    const problem = nothingToScore(n, entry.stageAbsent, choice.stageWeights);
    if (problem !== null) throw problem;
    const { selection } = entry;
    const { rankedAreas } = selection;
    hot.method = methodFor(choice.normalisation, choice.aggregation);
    hot.indicatorWeights.set(choice.indicatorWeights);
    hot.stageWeights.set(choice.stageWeights);
    hot.stageAbsent = entry.stageAbsent;
    const kept = normalisedFor(entry, hot);
    const geometric = choice.aggregation === 'geometric';
    const base = geometric ? geometricFor(kept, entry).terms : kept.scores;
    for (let i = 0; i < m; i++) hotTerms[i] = base[i]!;
    const replaced = choice.columns;
    if (replaced !== undefined) {
      for (let i = 0; i < m; i++) {
        const column = replaced[i];
        if (column === undefined || column === null) continue;
        // a column with the values of the last one replaced (the data assumption's county values, every
        // other run) is not normalised again: comparing 324 values costs far less than normalising them
        let kept = replacedKept[i]!.get(choice.normalisation);
        if (kept === undefined || kept.rankedSet !== entry.scores || column.length !== n || !sameValues(kept.values, column, n)) {
          checkReplacement(prepared, selection, i, column);
          if (kept === undefined) {
            kept = { rankedSet: entry.scores, values: new Float64Array(n), scores: new Float64Array(n), terms: new Float64Array(n), termsKept: false };
            replacedKept[i]!.set(choice.normalisation, kept);
          }
          kept.rankedSet = entry.scores;
          kept.values.set(column);
          normaliseIndicatorInto(hot, selection, i, column, kept.scores, hotNormaliseScratch);
          kept.termsKept = false;
        }
        if (geometric) {
          if (!kept.termsKept) {
            kept.terms.fill(NaN);
            geometricTermsInto(kept.scores, rankedAreas, kept.terms);
            kept.termsKept = true;
          }
          hotTerms[i] = kept.terms;
        } else {
          hotTerms[i] = kept.scores;
        }
      }
    }
    stageMeansInto(hot, selection, hotTerms, hotStageMeans, hotStageScratch);
    overallScoresInto(hot, selection, hotStageMeans, hotOverall, hotStageScratch);
    if (rankedAreas.length < n) out.fill(0, 0, n); // else every slot gets a rank
    rankColumn(hotOverall, rankedAreas, method.ties, n, out, hotRankScratch);
    return rankedAreas.length;
  }

  return {
    prepared,
    codes: prepared.codes,
    n,
    defaultChoice: {
      stageWeights: Float64Array.from(prepared.stageWeights),
      indicatorWeights: Float64Array.from(prepared.indicatorWeights),
      normalisation: method.normalisation,
      aggregation: method.aggregation,
    },
    columns,
    rank,
    rankedAreas: (choice) => hotSelection(choice.indicatorWeights).selection.rankedAreas,
    hotspotCount: (rankedCount) => hotspotCountFor(method.hotspotShare, rankedCount),
  };
}

/**
 * How many ranked sets (with their normalised scores, the large part) a runner keeps: a server's
 * runner serves every request's re-weighting, and 2¹⁶ patterns of 16 indicators must not pile up.
 * The least recently used goes first.
 */
const MAX_PATTERNS = 16;

/**
 * How many positive-weight patterns a runner keeps (each a selection of a few kilobytes, sharing
 * its ranked set's scores): the data assumption of a Monte Carlo draws hundreds of patterns that
 * rank the same areas, and selecting them afresh every run cost more than the run itself.
 */
const MAX_SELECTIONS = 1024;

/** The key of a ranked set: every position as two UTF-16 code units (a set of 324 areas is 648 of them). */
function rankedSetKey(rankedAreas: Int32Array): string {
  const units = new Uint16Array(rankedAreas.buffer, rankedAreas.byteOffset, rankedAreas.length * 2);
  let key = '';
  for (let start = 0; start < units.length; start += 8192) key += String.fromCharCode(...units.subarray(start, start + 8192));
  return key;
}

/** "1010…": which of the m weights are positive. */
function maskOf(weights: ArrayLike<number>, m: number): string {
  let key = '';
  for (let i = 0; i < m; i++) key += (weights[i] as number) > 0 ? '1' : '0';
  return key;
}

function samePattern(weights: ArrayLike<number>, mask: Uint8Array): boolean {
  for (let i = 0; i < mask.length; i++) if (((weights[i] as number) > 0 ? 1 : 0) !== mask[i]) return false;
  return true;
}

function replacedIndicators(replaced: ReplacedColumns | undefined, m: number): number[] {
  const out: number[] = [];
  if (replaced === undefined) return out;
  for (let i = 0; i < m; i++) if (replaced[i] !== undefined && replaced[i] !== null) out.push(i);
  return out;
}

/** A replaced column must have the prepared column's length and be finite exactly where it has a value, over the ranked areas. */
function checkReplacement(prepared: PreparedIndex, selection: RankedSelection, i: number, column: Float64Array): void {
  const original = prepared.values[i]!;
  if (column.length !== prepared.n) throw new RangeError(`runner: replacement column ${i} has length ${column.length}, expected ${prepared.n}`);
  const { rankedAreas } = selection;
  for (let r = 0; r < rankedAreas.length; r++) {
    const c = rankedAreas[r]!;
    const x = column[c]!;
    if (Number.isNaN(x) !== Number.isNaN(original[c]!) || x === Infinity || x === -Infinity) {
      throw new RangeError(`runner: replacement column ${i} must be finite exactly where the original has a value (area ${prepared.codes[c]})`);
    }
  }
}
