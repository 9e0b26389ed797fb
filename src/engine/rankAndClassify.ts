/**
 * Step 6 of the engine: ranks, deciles and hotspot/coldspot classes.
 */
import { decile } from '../stats/decile.js';
import { orderScratch, type OrderScratch } from '../stats/orderDescending.js';
import { rankDescendingInto } from '../stats/rankDescending.js';
import type { TieRule } from '../method/types.js';
import type { AreaClass } from './types.js';
import { intColumns } from './columns.js';
import type { PreparedIndex } from './prepare.js';
import type { RankedSelection } from './selectRankedAreas.js';
import type { StageAggregation } from './aggregateStages.js';
import type { OverallAggregation } from './aggregateOverall.js';

/** Ranks and deciles in canonical area order; 0 means "none" (unranked area or absent stage). */
export interface Ranking {
  /** N, the number of ranked areas. */
  rankedCount: number;
  /** Number of hotspots and of coldspots: see {@link hotspotCountFor}. */
  hotspotCount: number;
  overallRanks: Int32Array;
  overallDeciles: Int32Array;
  stageRanks: Int32Array[];
  stageDeciles: Int32Array[];
}

/**
 * An indicator's rank among areas — the one definition every view shows ("=21st of 324"):
 * the rank of the area's value among the ranked areas with a value, 1 = best by the indicator's
 * direction, equal values sharing the best rank of their group ("1, 2, 2, 4") whatever the
 * method's tie rule (which only orders overall and stage scores). It depends on the values and the
 * set of ranked areas, not on the normalisation.
 */
export interface IndicatorRanking {
  /** ranks[i][c]: the rank on indicator i of the area at canonical position c; 0 = none (no value, or unranked). */
  ranks: Int32Array[];
  /** tiedWith[i][c]: how many other ranked areas have exactly the same value (they share the rank). */
  tiedWith: Int32Array[];
  /** Per indicator, the number of ranked areas with a value (the denominator of its ranks). */
  rankOf: Int32Array;
}

/**
 * Number of hotspots (and of coldspots) among n ranked areas: round(share · n) with Math.round,
 * capped at ⌊n / 2⌋ so that no area is both (the cap only matters for a share near 0.5 and odd n).
 *
 * @example
 * hotspotCountFor(0.2, 324); // round(64.8) = 65
 */
export function hotspotCountFor(share: number, n: number): number {
  return Math.min(Math.round(share * n), Math.floor(n / 2));
}

/**
 * Class of an overall rank among n: hotspot if rank ≤ h, coldspot if rank > n − h, else neither
 * (h = the hotspot count). With n = 324 and h = 65: hotspots are ranks 1–65, coldspots 260–324.
 */
export function classify(rank: number, n: number, hotspotCount: number): AreaClass {
  if (rank <= hotspotCount) return 'hotspot';
  if (rank > n - hotspotCount) return 'coldspot';
  return 'neither';
}

/** Work space of {@link rankColumn} for up to `capacity` positions. */
export interface RankScratch {
  keys: Float64Array;
  ranks: Int32Array;
  order: OrderScratch;
}

export function rankScratch(capacity: number): RankScratch {
  return { keys: new Float64Array(capacity), ranks: new Int32Array(capacity), order: orderScratch(capacity) };
}

/**
 * Descending ranks (1 = highest) of column[c] over the given canonical positions, by the tie rule
 * (`rankDescendingInto`); `code` breaks ties by position, which is code order because positions
 * are canonical and ascending. Writes into `out` (a zero-filled column of length n by default)
 * and returns it; slots outside the positions are left as they are (0 in a new column).
 */
export function rankColumn(
  column: ArrayLike<number>,
  positions: ArrayLike<number>,
  ties: TieRule,
  n: number,
  out: Int32Array = new Int32Array(n),
  scratch: RankScratch = rankScratch(positions.length),
): Int32Array {
  const count = positions.length;
  // every position, in canonical order (every area ranked, as usual): rank the column itself
  if (count === n && count === column.length && (count === 0 || positions[count - 1] === count - 1)) return rankDescendingInto(column, count, ties, out, scratch.order);
  const { keys, ranks } = scratch;
  for (let j = 0; j < count; j++) keys[j] = column[positions[j] as number] as number;
  rankDescendingInto(keys, count, ties, ranks, scratch.order);
  for (let j = 0; j < count; j++) out[positions[j] as number] = ranks[j]!;
  return out;
}

function decilesOf(ranks: Int32Array, positions: ArrayLike<number>, count: number, out: Int32Array): Int32Array {
  for (let j = 0; j < positions.length; j++) {
    const c = positions[j]!;
    out[c] = decile(ranks[c]!, count);
  }
  return out;
}

/**
 * Overall and stage ranks (over the ranked areas, 1 = best), deciles ⌈10 · rank / N⌉, and the hotspot count.
 */
export function rankAndClassify(
  prepared: PreparedIndex,
  selection: RankedSelection,
  stages: StageAggregation,
  overall: OverallAggregation,
): Ranking {
  const { method, n, stageAbsent } = prepared;
  const positions = selection.rankedAreas;
  const count = positions.length;
  const stageCount = stages.stageScores.length;
  // one buffer: overall rank, overall decile, then a rank and a decile column per stage
  const out = intColumns(2 + 2 * stageCount, n);
  const scratch = rankScratch(count);
  const overallRanks = rankColumn(overall.overallScores, positions, method.ties, n, out[0], scratch);
  const stageRanks = stages.stageScores.map((column, k) =>
    stageAbsent[k] === 1 ? out[2 + k]! : rankColumn(column, positions, method.ties, n, out[2 + k], scratch));
  return {
    rankedCount: count,
    hotspotCount: hotspotCountFor(method.hotspotShare, count),
    overallRanks,
    overallDeciles: decilesOf(overallRanks, positions, count, out[1]!),
    stageRanks,
    stageDeciles: stageRanks.map((ranks, k) =>
      (stageAbsent[k] === 1 ? out[2 + stageCount + k]! : decilesOf(ranks, positions, count, out[2 + stageCount + k]!))),
  };
}

/**
 * The one indicator rank (see {@link IndicatorRanking}) of indicator `i`, from its value column
 * `column` (the prepared one, or a replacement), into `ranks` and `tiedWith` (zero-filled: 0 =
 * no rank). `positions`, `oriented` and `scratch` are work space. Returns the number of ranked areas
 * with a value (the denominator of the ranks).
 */
export function rankIndicatorInto(
  prepared: PreparedIndex,
  selection: RankedSelection,
  i: number,
  column: ArrayLike<number>,
  ranks: Int32Array,
  tiedWith: Int32Array,
  positions: Int32Array,
  oriented: Float64Array,
  scratch: RankScratch,
): number {
  const { rankedAreas } = selection;
  ranks.fill(0);
  tiedWith.fill(0);
  // an absent indicator (no data, or no spread) ranks nobody: it is left out of the index
  if (prepared.indicatorAbsent[i] === 1) return 0;
  const sign = prepared.method.indicators[i]!.direction === 'lower' ? -1 : 1;
  let count = 0;
  for (let j = 0; j < rankedAreas.length; j++) {
    const c = rankedAreas[j]!;
    const x = column[c] as number;
    if (Number.isNaN(x)) continue;
    positions[count++] = c;
    // 0 − x rather than −x, so that a value of 0 orients to +0 (the order does not see the sign of zero anyway)
    oriented[c] = sign === 1 ? x : 0 - x;
  }
  const present = positions.subarray(0, count);
  rankColumn(oriented, present, 'shared', prepared.n, ranks, scratch);
  // a group of g equal values shares one rank r, and the next group starts at r + g
  const groupSize = new Map<number, number>();
  for (let j = 0; j < count; j++) {
    const r = ranks[present[j]!]!;
    groupSize.set(r, (groupSize.get(r) ?? 0) + 1);
  }
  for (let j = 0; j < count; j++) tiedWith[present[j]!] = groupSize.get(ranks[present[j]!]!)! - 1;
  return count;
}

/**
 * Per indicator, each ranked area's rank among the ranked areas with a value (see
 * {@link IndicatorRanking}): shared competition ranks of the value, oriented by the direction.
 */
export function rankIndicators(prepared: PreparedIndex, selection: RankedSelection): IndicatorRanking {
  const { n, values } = prepared;
  const m = values.length;
  const rankOf = new Int32Array(m);
  const count = selection.rankedAreas.length;
  const positions = new Int32Array(count);
  const oriented = new Float64Array(n);
  const scratch = rankScratch(count);
  const out = intColumns(2 * m, n);
  const ranks = out.slice(0, m);
  const tiedWith = out.slice(m);
  for (let i = 0; i < m; i++) rankOf[i] = rankIndicatorInto(prepared, selection, i, values[i]!, ranks[i]!, tiedWith[i]!, positions, oriented, scratch);
  return { ranks, tiedWith, rankOf };
}
