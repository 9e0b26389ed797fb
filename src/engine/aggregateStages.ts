/**
 * Step 4 of the engine: combine indicator scores into stage scores.
 *
 * Split into the pieces a re-run can reuse: the terms the means average ({@link aggregationTerms},
 * which depend on the scores and the aggregation, not the weights), the weighted means
 * ({@link stageMeansInto}), the stage scores and the contributions.
 */
import { weightedMeansInto, weightSumsInto } from '../stats/weightedMean.js';
import { floatColumns } from './columns.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';

export interface StageAggregation {
  /** stageScores[k][c]: score of stage k for the area at canonical position c; NaN for unranked areas and absent stages. */
  stageScores: Float64Array[];
  /**
   * The weighted mean that defines each stage score, which the overall score averages in turn:
   * the stage score itself for `mean` (the same array as stageScores), its natural log (the
   * weighted mean of ln s′) for `geometric`.
   */
  stageMeans: Float64Array[];
  /**
   * stageContributions[i][c]: indicator i's part of its stage score, w·s / Σw over the indicators
   * present (`geometric`: w·ln s′ / Σw, on the log scale); 0 for a present indicator of weight 0;
   * NaN when the area has no score for the indicator.
   */
  stageContributions: Float64Array[];
  /** Geometric only: per indicator, the minimum score over the ranked areas, so s′ = s − min + 1 (NaN when none; all NaN for `mean`). */
  minima: Float64Array;
}

/** The columns the stage means average, per indicator, and (geometric) the minima of the scores. */
export interface AggregationTerms {
  /** `mean`: the scores themselves (the same arrays); `geometric`: ln(s − min + 1), NaN where s is. */
  terms: Float64Array[];
  minima: Float64Array;
}

/**
 * Geometric aggregation's terms of one indicator: out[c] = ln(s − min + 1) at the given canonical
 * positions, min over the scores there (NaN skipped), so every term is ≥ 0 (s′ = s − min + 1 ≥ 1);
 * NaN where the score is NaN; other slots untouched. Returns the minimum (NaN when no score).
 */
export function geometricTermsInto(scores: ArrayLike<number>, positions: ArrayLike<number>, out: Float64Array): number {
  let lo = Infinity;
  for (let r = 0; r < positions.length; r++) {
    const s = scores[positions[r] as number] as number;
    if (s < lo) lo = s; // NaN never compares less
  }
  for (let r = 0; r < positions.length; r++) {
    const c = positions[r] as number;
    const s = scores[c] as number;
    out[c] = Number.isNaN(s) ? NaN : Math.log(s - lo + 1);
  }
  return lo === Infinity ? NaN : lo;
}

/**
 * The terms of every indicator under the method's aggregation: the scores (`mean`) or their
 * geometric terms over the ranked areas (`geometric`).
 */
export function aggregationTerms(prepared: PreparedIndex, selection: RankedSelection, scores: Float64Array[], out?: Float64Array[]): AggregationTerms {
  const minima = new Float64Array(scores.length).fill(NaN);
  if (prepared.method.aggregation !== 'geometric') return { terms: scores, minima };
  const terms = out ?? floatColumns(scores.length, prepared.n);
  for (let i = 0; i < scores.length; i++) minima[i] = geometricTermsInto(scores[i]!, selection.rankedAreas, terms[i]!);
  return { terms, minima };
}

/**
 * Work space of the aggregation, so that a re-run allocates nothing: per stage, the columns and
 * weights of its indicators (refilled by {@link stageMeansInto}); the stage weights of the
 * overall mean; a column for the contributions' weight sums.
 */
export interface StageScratch {
  columns: Float64Array[][];
  weights: Float64Array[];
  stageWeights: Float64Array;
  weightSums: Float64Array;
}

/** A placeholder for a scratch slot before it is filled (the lists are built whole, without holes). */
const EMPTY_COLUMN = new Float64Array(0);

export function stageScratch(prepared: PreparedIndex): StageScratch {
  return {
    columns: prepared.stageIndicators.map((members) => Array.from(members, () => EMPTY_COLUMN)),
    weights: prepared.stageIndicators.map((members) => new Float64Array(members.length)),
    stageWeights: new Float64Array(prepared.stageWeights.length),
    weightSums: new Float64Array(prepared.n),
  };
}

/** Fills the scratch with stage k's indicator columns and weights. */
function membersOf(prepared: PreparedIndex, terms: readonly Float64Array[], k: number, scratch: StageScratch): void {
  const members = prepared.stageIndicators[k]!;
  const columns = scratch.columns[k]!;
  const weights = scratch.weights[k]!;
  for (let j = 0; j < members.length; j++) {
    columns[j] = terms[members[j]!]!;
    weights[j] = prepared.indicatorWeights[members[j]!]!;
  }
}

/**
 * The stage means: for each non-absent stage k and each ranked area, the weighted mean of its
 * indicators' terms, Σ wᵢ tᵢ / Σ wᵢ over the indicators of positive weight with a term
 * (`weightedMeansInto`: sums in method order, weights renormalised over what is present) — the stage score (`mean`) or its log (`geometric`). Writes into out[k]; absent stages
 * and unranked areas are left as they are. Returns `out`.
 */
export function stageMeansInto(
  prepared: PreparedIndex,
  selection: RankedSelection,
  terms: readonly Float64Array[],
  out: Float64Array[],
  scratch: StageScratch = stageScratch(prepared),
): Float64Array[] {
  for (let k = 0; k < prepared.stageIndicators.length; k++) {
    if (prepared.stageAbsent[k] === 1) continue;
    membersOf(prepared, terms, k, scratch);
    // selectRankedAreas guarantees a present indicator of positive weight in every stage of a ranked area.
    weightedMeansInto(scratch.columns[k]!, scratch.weights[k]!, selection.rankedAreas, out[k]!);
  }
  return out;
}

/**
 * - `mean`: S = Σ wᵢ sᵢ / Σ wᵢ over the stage's indicators with a score (weights renormalised over
 *   what is present);
 * - `geometric`: each indicator's scores are shifted s′ = s − min(s) + 1 (min over the ranked
 *   areas, so s′ ≥ 1), and S = exp(Σ wᵢ ln s′ᵢ / Σ wᵢ), the weighted geometric mean, computed as exp of
 *   the `weightedMean` of the logs (kept: the overall score averages them in turn).
 * Indicators are summed in method order; only ranked areas get scores.
 */
export function aggregateStages(prepared: PreparedIndex, selection: RankedSelection, scores: Float64Array[]): StageAggregation {
  return stageAggregation(prepared, selection, aggregationTerms(prepared, selection, scores));
}

/** {@link aggregateStages} from the terms already computed (the runner keeps them from run to run). */
export function stageAggregation(prepared: PreparedIndex, selection: RankedSelection, { terms, minima }: AggregationTerms, scratch?: StageScratch): StageAggregation {
  const { n, stageIndicators, stageAbsent, indicatorWeights } = prepared;
  const { rankedAreas } = selection;
  const geometric = prepared.method.aggregation === 'geometric';
  const work = scratch ?? stageScratch(prepared);
  const stageMeans = stageMeansInto(prepared, selection, terms, floatColumns(stageIndicators.length, n), work);
  let stageScores = stageMeans;
  if (geometric) {
    stageScores = floatColumns(stageIndicators.length, n);
    for (let k = 0; k < stageIndicators.length; k++) {
      if (stageAbsent[k] === 1) continue;
      for (let r = 0; r < rankedAreas.length; r++) {
        const c = rankedAreas[r]!;
        stageScores[k]![c] = Math.exp(stageMeans[k]![c]!);
      }
    }
  }
  // contributions: wᵢ tᵢ / Σw over the present indicators, the stage mean's terms
  const stageContributions = floatColumns(terms.length, n);
  for (let k = 0; k < stageIndicators.length; k++) {
    if (stageAbsent[k] === 1) continue;
    membersOf(prepared, terms, k, work);
    const weightSums = weightSumsInto(work.columns[k]!, work.weights[k]!, rankedAreas, work.weightSums);
    const members = stageIndicators[k]!;
    for (let j = 0; j < members.length; j++) {
      const i = members[j]!;
      const w = indicatorWeights[i]!;
      const column = terms[i]!;
      const out = stageContributions[i]!;
      for (let r = 0; r < rankedAreas.length; r++) {
        const c = rankedAreas[r]!;
        const t = column[c]!;
        if (!Number.isNaN(t)) out[c] = w === 0 ? 0 : (w * t) / weightSums[c]!;
      }
    }
  }
  return { stageScores, stageMeans, stageContributions, minima };
}
