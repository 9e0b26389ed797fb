/**
 * Step 5 of the engine: combine stage scores into the overall score.
 */
import { floatColumns } from './columns.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';
import type { StageAggregation } from './aggregateStages.js';

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

/**
 * - `mean`: overall = Σ W_k S_k / Σ W_k over the non-absent stages;
 * - `geometric`: overall = exp(Σ W_k ln S_k / Σ W_k), with ln S_k taken as the stage's mean log
 *   (identical in exact arithmetic, and free of an exp/log round trip).
 * Stages are summed in method order.
 */
export function aggregateOverall(prepared: PreparedIndex, selection: RankedSelection, stages: StageAggregation): OverallAggregation {
  const { method, n, stageWeights, stageAbsent, indicatorStage } = prepared;
  const { rankedAreas } = selection;
  const geometric = method.aggregation === 'geometric';

  let totalWeight = 0;
  for (let k = 0; k < stageWeights.length; k++) if (stageAbsent[k] === 0) totalWeight += stageWeights[k]!;
  const stageShares = Float64Array.from(stageWeights, (w, k) => (stageAbsent[k] === 0 ? w / totalWeight : 0));

  const live: number[] = [];
  for (let k = 0; k < stageWeights.length; k++) if (stageAbsent[k] === 0) live.push(k);
  const means = live.map((k) => stages.stageMeans[k]!);
  const weights = live.map((k) => stageWeights[k]!);
  const overallScores = new Float64Array(n).fill(NaN);
  for (let r = 0; r < rankedAreas.length; r++) {
    const c = rankedAreas[r]!;
    let total = 0;
    for (let j = 0; j < live.length; j++) total += weights[j]! * means[j]![c]!;
    const mean = total / totalWeight;
    overallScores[c] = geometric ? Math.exp(mean) : mean;
  }

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
