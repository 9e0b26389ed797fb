/**
 * # An assumption of the Monte Carlo, as an object
 *
 * Each assumption that `uncertainty` can vary (method/vocabulary.ts, ASSUMPTION) is one
 * {@link AssumptionModel} in a file of its own: how it draws a run's value, what it records per
 * run, and how it estimates its share of each area's rank variance. `uncertainty` only composes
 * them (uncertainty.ts; the registry is ./index.ts), so adding an assumption is one new file and
 * one line of the registry.
 *
 * The share is the first-order index S_X = Var(E[rank | X]) / Var(rank), estimated per area as the
 * R² of a least-squares regression of the area's rank over the runs on what the assumption drew,
 * adjusted for the number of regressors (`adjustedRSquared`: an assumption without effect then
 * averages 0, not p / (runs − 1)). How X enters the regression is each assumption's own: one mean
 * per category (`correlationRatio`), or linear in the drawn numbers (`cholesky`,
 * `quadraticFormInverse`).
 */
import type { PreparedIndex } from '../../engine/prepare.js';
import type { AreaInput } from '../../engine/types.js';
import type { Interval } from '../../edition/types.js';
import type { Aggregation, Normalisation } from '../../method/types.js';
import type { Assumption, Level } from '../../method/vocabulary.js';
import type { Random } from '../../stats/random.js';

export interface UncertaintyAreaInput extends AreaInput {
  /** Published 95% confidence intervals by indicator id (EditionArea.intervals). */
  intervals?: Record<string, Interval>;
  /** The level of each value by indicator id (EditionArea.provenance): which values `data` may leave out. */
  levels?: Record<string, Level>;
  /** The value before the small-area adjustment, for each adjusted value (EditionArea.unadjusted). */
  unadjusted?: Record<string, number>;
}

/** A run's choice as the assumptions draw it: the runner's `RunChoice` with writable buffers. */
export interface RunDraft {
  stageWeights: Float64Array;
  indicatorWeights: Float64Array;
  normalisation: Normalisation;
  aggregation: Aggregation;
  /**
   * Replacement value columns by indicator (canonical order), or undefined for none. Each run
   * starts with every entry null; an assumption sets the entries of the indicators it draws.
   */
  columns?: (Float64Array | null)[];
}

/** What an assumption sees of the analysis when it starts. */
export interface AnalysisContext {
  /** The prepared input under the method in force (its weights and choices are the centre of the draws). */
  prepared: PreparedIndex;
  /** The areas as given, in input order (`prepared.inputIndex[c]` is the input position of canonical c). */
  areas: readonly UncertaintyAreaInput[];
  /** Canonical positions of the ranked areas: slot r of a deviation column is the area at rankedAreas[r]. */
  rankedAreas: Int32Array;
  /** The number of runs (the observations of every regression). */
  runs: number;
  /** The Dirichlet concentration C of the weights. */
  concentration: number;
  /** The probability that `data` leaves out each stand-in indicator. */
  omit: number;
}

/** One assumption varied in one analysis. */
export interface VariedAssumption {
  /**
   * Draws this run's value of the assumption into the draft (each run starts from the method's
   * own choice, with no replaced column), from the analysis's one random stream.
   */
  draw(random: Random, draft: RunDraft): void;
  /** After the run is ranked, with deviation[r] = rank − point rank of ranked area r: records what the estimate needs. */
  record(deviation: Float64Array): void;
  /**
   * The estimated first-order share of ranked area r's rank variance explained by the assumption
   * (an adjusted R², so it can fall a little below 0 by chance), given the area's sum of
   * deviations Σd and centred sum of squares Syy = Σd² − (Σd)² / runs over the runs (Syy > 0);
   * null when the runs are too few to estimate it.
   */
  share(r: number, sumDeviation: number, syy: number): number | null;
  /** The values it perturbs, by indicator id, and how many (sampling's values drawn from their intervals). */
  readonly perturbs?: { readonly indicators: readonly string[]; readonly values: number };
  /** What `data` may leave out (indicator ids) and how many adjusted values it can switch back to their county's. */
  readonly data?: { readonly indicators: readonly string[]; readonly unadjustedValues: number };
}

/** An assumption: its id in the vocabulary and how it starts for one analysis. */
export interface AssumptionModel {
  readonly id: Assumption;
  start(context: AnalysisContext): VariedAssumption;
}

/** R² can pass 1 by rounding when the fit is perfect: the estimates read at most 1. */
export function atMostOne(r2: number): number {
  return r2 > 1 ? 1 : r2;
}
