/**
 * The index engine: `computeIndex` and its individually re-runnable steps (see computeIndex.ts
 * for the specification).
 */
export type { AreaInput, AreaClass, AreaResult, IndexResult, IndicatorResult, IndicatorSummary, OverallResult, StageResult } from './types.js';
export { computeIndex, computeColumns, type IndexColumns } from './computeIndex.js';
export { prepare, type PreparedIndex } from './prepare.js';
export { selectRankedAreas, type RankedSelection } from './selectRankedAreas.js';
export { normalise, normaliseColumn } from './normalise.js';
export { aggregateStages, type StageAggregation } from './aggregateStages.js';
export { aggregateOverall, type OverallAggregation } from './aggregateOverall.js';
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
export { buildResult } from './buildResult.js';
