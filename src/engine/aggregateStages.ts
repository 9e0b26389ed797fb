/**
 * Step 4 of the engine: combine indicator scores into stage scores.
 */
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

/**
 * - `mean`: S = Σ wᵢ sᵢ / Σ wᵢ over the stage's indicators with a score (weights renormalised over
 *   what is present);
 * - `geometric`: each indicator's scores are shifted s′ = s − min(s) + 1 (min over the ranked
 *   areas, so s′ ≥ 1), and S = exp(Σ wᵢ ln s′ᵢ / Σ wᵢ).
 * Indicators are summed in method order; only ranked areas get scores.
 */
export function aggregateStages(prepared: PreparedIndex, selection: RankedSelection, scores: Float64Array[]): StageAggregation {
  const { method, n, indicatorWeights, stageIndicators, stageAbsent } = prepared;
  const { rankedAreas } = selection;
  const geometric = method.aggregation === 'geometric';

  const minima = new Float64Array(scores.length).fill(NaN);
  if (geometric) {
    scores.forEach((column, i) => {
      let lo = Infinity;
      for (const c of rankedAreas) {
        const s = column[c]!;
        if (s < lo) lo = s; // NaN never compares less
      }
      if (lo !== Infinity) minima[i] = lo;
    });
  }

  const stageContributions = floatColumns(scores.length, n);
  const stageScores = floatColumns(stageIndicators.length, n);
  const stageMeans = geometric ? floatColumns(stageIndicators.length, n) : stageScores;
  const terms = new Float64Array(scores.length);
  for (let k = 0; k < stageIndicators.length; k++) {
    const stageScore = stageScores[k]!;
    const stageMean = stageMeans[k]!;
    if (stageAbsent[k] === 1) continue;
    const members = Array.from(stageIndicators[k] as Int32Array);
    const columns = members.map((i) => scores[i]!);
    const contributions = members.map((i) => stageContributions[i]!);
    const weights = members.map((i) => indicatorWeights[i]!);
    const lows = members.map((i) => minima[i]!);
    const m = members.length;
    for (let r = 0; r < rankedAreas.length; r++) {
      const c = rankedAreas[r]!;
      let total = 0;
      let weight = 0;
      for (let j = 0; j < m; j++) {
        const s = columns[j]![c]!;
        const w = weights[j]!;
        // term: w·s (mean) or w·ln s′ (geometric); NaN when the area has no score
        const t = Number.isNaN(s) || w === 0 ? 0 : w * (geometric ? Math.log(s - lows[j]! + 1) : s);
        terms[j] = t;
        if (w > 0 && !Number.isNaN(s)) {
          total += t;
          weight += w;
        }
      }
      // selectRankedAreas guarantees weight > 0 for every ranked area.
      for (let j = 0; j < m; j++) {
        if (!Number.isNaN(columns[j]![c]!)) contributions[j]![c] = terms[j]! / weight;
      }
      const mean = total / weight;
      stageMean[c] = mean;
      if (geometric) stageScore[c] = Math.exp(mean);
    }
  }
  return { stageScores, stageMeans, stageContributions, minima };
}
