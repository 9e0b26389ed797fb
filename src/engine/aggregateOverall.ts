/**
 * Step 5 of the engine: combine stage scores into the overall score.
 */
import { weightedMeansInto } from '../stats/weightedMean.js';
import { floatColumns } from './columns.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';
import { stageScratch, type StageAggregation, type StageScratch } from './aggregateStages.js';

export interface OverallAggregation {
  /** Overall score per area (canonical order); NaN for unranked areas. */
  overallScores: Float64Array;
  /**
   * overallContributions[i][c] = (W_k / ΣW) · stageContributions[i][c], k the stage of indicator i:
   * they sum over all indicators to the overall score (`mean`) or to its log (`geometric`).
   */
  overallContributions: Float64Array[];
  /** Each stage's share of the overall score, W_k / ΣW over non-absent stages (0 for absent stages). */
  stageShares: Float64Array;
}

/** The stage weights with absent stages weighted 0, into `out`: the weights of the overall mean. */
export function liveStageWeights(prepared: PreparedIndex, out: Float64Array = new Float64Array(prepared.stageWeights.length)): Float64Array {
  const { stageWeights, stageAbsent } = prepared;
  for (let k = 0; k < stageWeights.length; k++) out[k] = stageAbsent[k] === 0 ? stageWeights[k]! : 0;
  return out;
}

/**
 * The overall scores into `out`: for each ranked area the weighted mean Σ W_k m_k / Σ W_k of the
 * stage means m_k over the non-absent stages (`weightedMeansInto`, in method order),
 * exponentiated for `geometric` (m_k is then the stage's mean log, so this is
 * exp(Σ W_k ln S_k / Σ W_k), free of an exp/log round trip). Unranked areas are left as they are.
 * `scratch` is work space.
 */
export function overallScoresInto(
  prepared: PreparedIndex,
  selection: RankedSelection,
  stageMeans: readonly Float64Array[],
  out: Float64Array,
  scratch: StageScratch = stageScratch(prepared),
): Float64Array {
  const { rankedAreas } = selection;
  weightedMeansInto(stageMeans, liveStageWeights(prepared, scratch.stageWeights), rankedAreas, out);
  if (prepared.method.aggregation === 'geometric') {
    for (let r = 0; r < rankedAreas.length; r++) {
      const c = rankedAreas[r]!;
      out[c] = Math.exp(out[c]!);
    }
  }
  return out;
}

/**
 * - `mean`: overall = Σ W_k S_k / Σ W_k over the non-absent stages;
 * - `geometric`: overall = exp(Σ W_k ln S_k / Σ W_k), with ln S_k taken as the stage's mean log
 *   (identical in exact arithmetic, and free of an exp/log round trip).
 * Stages are summed in method order.
 */
export function aggregateOverall(prepared: PreparedIndex, selection: RankedSelection, stages: StageAggregation): OverallAggregation {
  const { n, indicatorStage } = prepared;
  const { rankedAreas } = selection;
  const weights = liveStageWeights(prepared);
  // ΣW summed as the overall mean's denominator is (left to right; zeros change nothing)
  let totalWeight = 0;
  for (let k = 0; k < weights.length; k++) totalWeight += weights[k]!;
  const stageShares = weights.map((w) => (w === 0 ? 0 : w / totalWeight));
  const overallScores = overallScoresInto(prepared, selection, stages.stageMeans, new Float64Array(n).fill(NaN));

  const contributionColumns = floatColumns(stages.stageContributions.length, n);
  const overallContributions = stages.stageContributions.map((column, i) => {
    const share = stageShares[indicatorStage[i]!]!;
    const out = contributionColumns[i]!;
    for (let r = 0; r < rankedAreas.length; r++) {
      const c = rankedAreas[r]!;
      const x = column[c]!;
      if (!Number.isNaN(x)) out[c] = share * x;
    }
    return out;
  });
  return { overallScores, overallContributions, stageShares };
}
