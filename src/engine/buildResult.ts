/**
 * Last step of the engine: turn the columns into the plain, serialisable {@link IndexResult}.
 *
 * This step allocates the result itself (some twenty objects per area), which makes it the
 * largest part of a run: the loops below read the columns directly and give each per-area record
 * its final shape at once (see {@link recordTemplate}).
 */
import type { AreaResult, IndexResult, IndicatorResult, StageResult } from './types.js';
import type { IndexColumns } from './runner.js';
import type { PreparedIndex } from './prepare.js';
import { classify } from './rankAndClassify.js';
import { summarise } from './summarise.js';

const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);
const rankOrNull = (r: number): number | null => (r === 0 ? null : r);

/**
 * An object with the given keys, in order, each holding a null placeholder. A record built as
 * `{ ...template }` and then given a value for every key has the same keys in the same order as
 * one built by adding the keys one by one to `{}`, but gets its final shape in one step instead of
 * growing key by key.
 */
function recordTemplate<T>(keys: readonly string[]): Readonly<Record<string, T>> {
  const template: Record<string, null> = {};
  for (const key of keys) template[key] = null;
  return template as Readonly<Record<string, unknown>> as Readonly<Record<string, T>>;
}

/** Builds the result objects; `areas` come out in the input order. */
export function buildResult(prepared: PreparedIndex, columns: IndexColumns): IndexResult {
  const { method, n } = prepared;
  const { selection, ranking } = columns;
  const build = areaResultBuilder(prepared, columns);
  const areas = new Array<AreaResult>(n);
  for (let c = 0; c < n; c++) areas[prepared.inputIndex[c]!] = build(c);
  return {
    method,
    rankedCount: ranking.rankedCount,
    hotspotCount: ranking.hotspotCount,
    absentIndicators: [...prepared.absentIndicators],
    absentStages: [...prepared.absentStages],
    leftOut: prepared.leftOut.map((entry) => ({ ...entry })),
    summaries: summarise(prepared, selection),
    areas,
  };
}

/**
 * The builder of one area's {@link AreaResult} from the columns, by canonical position: what
 * {@link buildResult} does for every area, for a caller that needs only one (a what-if).
 */
export function areaResultBuilder(prepared: PreparedIndex, columns: IndexColumns): (c: number) => AreaResult {
  const { method, values, indicatorIds, indicatorWeights, stageIndicators, stageAbsent } = prepared;
  const { selection, scores, stages, overall, ranking, indicatorRanking } = columns;
  const { stageScores, stageContributions } = stages;
  const { overallScores, overallContributions } = overall;
  const { overallRanks, overallDeciles, stageRanks, stageDeciles, rankedCount: count, hotspotCount } = ranking;
  const { ranks: indicatorRanks, tiedWith, rankOf } = indicatorRanking;
  const stageIds = method.stages.map((stage) => stage.id);
  const indicatorTemplate = recordTemplate<IndicatorResult>(indicatorIds);
  const stageTemplate = recordTemplate<StageResult>(stageIds);
  // scratch list of a stage's indicators used, copied out at its exact length
  const usedIds: string[] = indicatorIds.slice();

  return (c) => {
    const isRanked = selection.ranked[c] === 1;
    const indicators: Record<string, IndicatorResult> = { ...indicatorTemplate };
    for (let i = 0; i < indicatorIds.length; i++) {
      const rank = isRanked ? indicatorRanks[i]![c]! : 0;
      indicators[indicatorIds[i]!] = {
        value: orNull(values[i]![c]!),
        score: orNull(scores[i]![c]!),
        stageContribution: orNull(stageContributions[i]![c]!),
        overallContribution: orNull(overallContributions[i]![c]!),
        rank: rankOrNull(rank),
        rankOf: rank === 0 ? null : rankOf[i]!,
        tiedWith: rank === 0 ? null : tiedWith[i]![c]!,
      };
    }
    const stageResults: Record<string, StageResult> = { ...stageTemplate };
    for (let k = 0; k < stageIds.length; k++) {
      let used = 0;
      if (isRanked && stageAbsent[k] === 0) {
        const members = stageIndicators[k]!;
        for (let j = 0; j < members.length; j++) {
          const i = members[j]!;
          if (indicatorWeights[i]! > 0 && !Number.isNaN(scores[i]![c]!)) usedIds[used++] = indicatorIds[i]!;
        }
      }
      stageResults[stageIds[k]!] = {
        score: orNull(stageScores[k]![c]!),
        rank: rankOrNull(stageRanks[k]![c]!),
        decile: rankOrNull(stageDeciles[k]![c]!),
        indicatorsUsed: usedIds.slice(0, used),
      };
    }
    const rank = overallRanks[c]!;
    return {
      code: prepared.codes[c]!,
      name: prepared.names[c]!,
      ranked: isRanked,
      unrankedReason: selection.reasons[c] ?? null,
      indicators,
      stages: stageResults,
      overall: {
        score: orNull(overallScores[c]!),
        rank: rankOrNull(rank),
        decile: rankOrNull(overallDeciles[c]!),
        class: rank === 0 ? null : classify(rank, count, hotspotCount),
      },
    };
  };
}
