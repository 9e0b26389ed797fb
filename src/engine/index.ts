/**
 * The index engine: `computeIndex` and its individually re-runnable steps (see computeIndex.ts
 * for the specification), and the runner that memoises them (runner.ts).
 */
export type { AreaInput, AreaClass, AreaResult, IndexResult, IndicatorResult, IndicatorSummary, OverallResult, StageResult } from './types.js';
export { computeIndex, computeColumns, runIndex, rerunIndex, rerunWithColumns, type IndexColumns, type IndexRun, type IndexSteps } from './computeIndex.js';
export { createRunner, type IndexRunner, type RunChoice, type ReplacedColumns } from './runner.js';
export { prepare, withMethod, sameStructure, type PreparedIndex } from './prepare.js';
export { selectRankedAreas, type RankedSelection } from './selectRankedAreas.js';
export { normalise, normaliseColumn, normaliseInto, normaliseIndicatorInto } from './normalise.js';
export { aggregateStages, aggregationTerms, stageMeansInto, type StageAggregation, type AggregationTerms } from './aggregateStages.js';
export { aggregateOverall, overallScoresInto, type OverallAggregation } from './aggregateOverall.js';
export {
  rankAndClassify,
  rankIndicators,
  rankColumn,
  hotspotCountFor,
  classify,
  type Ranking,
  type IndicatorRanking,
} from './rankAndClassify.js';
export { summarise, summariseColumn } from './summarise.js';
export { buildResult, areaResultBuilder } from './buildResult.js';
