/**
 * Last step of the engine: turn the columns into the plain, serialisable {@link IndexResult}.
 */
import type { AreaResult, IndexResult, IndicatorResult, StageResult } from './types.js';
import type { IndexColumns } from './computeIndex.js';
import type { PreparedIndex } from './prepare.js';
import { classify } from './rankAndClassify.js';
import { summarise } from './summarise.js';

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
const rankOrNull = (r: number): number | null => (r === 0 ? null : r);

/** Builds the result objects; `areas` come out in the input order. */
export function buildResult(prepared: PreparedIndex, columns: IndexColumns): IndexResult {
  const { method, n, values, indicatorIds, indicatorWeights, stageIndicators, stageAbsent } = prepared;
  const { selection, scores, stages, overall, ranking, indicatorRanking } = columns;
  const count = ranking.rankedCount;
  const areas = new Array<AreaResult>(n);
  for (let c = 0; c < n; c++) {
    const isRanked = selection.ranked[c] === 1;
    const indicators: Record<string, IndicatorResult> = {};
    for (let i = 0; i < indicatorIds.length; i++) {
      const rank = isRanked ? indicatorRanking.ranks[i]![c]! : 0;
      indicators[indicatorIds[i]!] = {
        value: orNull(values[i]![c]!),
        score: orNull(scores[i]![c]!),
        stageContribution: orNull(stages.stageContributions[i]![c]!),
        overallContribution: orNull(overall.overallContributions[i]![c]!),
        rank: rankOrNull(rank),
        rankOf: rank === 0 ? null : indicatorRanking.rankOf[i]!,
      };
    }
    const stageResults: Record<string, StageResult> = {};
    method.stages.forEach((stage, k) => {
      const used: string[] = [];
      if (isRanked && stageAbsent[k] === 0) {
        for (const i of stageIndicators[k]!) {
          if (indicatorWeights[i]! > 0 && !Number.isNaN(scores[i]![c]!)) used.push(indicatorIds[i]!);
        }
      }
      stageResults[stage.id] = {
        score: orNull(stages.stageScores[k]![c]!),
        rank: rankOrNull(ranking.stageRanks[k]![c]!),
        decile: rankOrNull(ranking.stageDeciles[k]![c]!),
        indicatorsUsed: used,
      };
    });
    const rank = ranking.overallRanks[c]!;
    areas[prepared.inputIndex[c]!] = {
      code: prepared.codes[c]!,
      name: prepared.names[c]!,
      ranked: isRanked,
      unrankedReason: selection.reasons[c] ?? null,
      indicators,
      stages: stageResults,
      overall: {
        score: orNull(overall.overallScores[c]!),
        rank: rankOrNull(rank),
        decile: rankOrNull(ranking.overallDeciles[c]!),
        class: rank === 0 ? null : classify(rank, count, ranking.hotspotCount),
      },
    };
  }
  return {
    method,
    rankedCount: count,
    hotspotCount: ranking.hotspotCount,
    absentIndicators: [...prepared.absentIndicators],
    absentStages: [...prepared.absentStages],
    summaries: summarise(prepared, selection),
    areas,
  };
}
