/**
 * # The engine's fast path, for repeated runs (Monte Carlo, re-weighting)
 *
 * `createFastIndex(method, areas)` prepares a dataset once — the engine's `prepare` step: areas in
 * canonical (code) order, the values as one Float64Array of indicator columns — and then
 * `fast.rank(choice, out)` computes the overall ranks for a {@link FastChoice} (stage weights,
 * indicator weights, normalisation, aggregation, optionally replaced value columns) with no
 * object allocation: every buffer is allocated once, up front.
 *
 * **Contract.** For any choice, the ranks (and so the classes, via `classify`) are exactly those of
 * `computeIndex({ ...method, stages and indicators with the choice's weights, normalisation,
 * aggregation }, areas with the replaced columns)`: the same steps with the same floating-point
 * operations in the same order (see computeIndex.ts), so even exact ties come out the same.
 * test/analysis/uncertaintyFast.test.ts checks this on random methods and datasets.
 *
 * **What is reused.** Which areas are ranked (and which stages are absent) depends only on which
 * indicator weights are positive: it is computed once per such pattern and cached. Normalised
 * scores depend on the ranked set and the normalisation, not the weights: for unreplaced columns
 * they are computed once per (pattern, normalisation) by the engine's own `normalise`, and kept
 * in compact form (only the ranked areas, indicator-major), with their geometric transform
 * ln(s − min + 1) alongside. A run is then a weighted sum per stage, a weighted sum of stages and
 * a sort: about 16 × N multiply-adds and N log N comparisons.
 *
 * Pure and isomorphic (no Node built-ins): it will run in a Web Worker.
 */
import { SmiError } from '../errors.js';
import { normalise } from '../engine/normalise.js';
import { prepare, type PreparedIndex } from '../engine/prepare.js';
import { hotspotCountFor } from '../engine/rankAndClassify.js';
import { selectRankedAreas } from '../engine/selectRankedAreas.js';
import type { AreaInput } from '../engine/types.js';
import { validateMethod } from '../method/schema.js';
import type { Aggregation, MethodDescription, Normalisation } from '../method/types.js';
import { normaliseInto } from './fastNormalise.js';
import { orderScratch, rankDescendingInto, type OrderScratch } from './fastOrder.js';

/** One run's method choices. Weights are in method order, finite and ≥ 0, as a method's. */
export interface FastChoice {
  stageWeights: ArrayLike<number>;
  indicatorWeights: ArrayLike<number>;
  normalisation: Normalisation;
  aggregation: Aggregation;
  /**
   * Replacement value columns, by indicator (method order): `columns[i]`, when present, is the
   * column of indicator i in canonical order (length n, see `codes`), with NaN exactly where the
   * original has no value. Absent or null entries use the prepared values.
   */
  columns?: ReadonlyArray<Float64Array | null | undefined>;
}

/** What depends only on which indicator weights are positive. */
interface Pattern {
  rankedAreas: Int32Array;
  /** Number of ranked areas. */
  count: number;
  stageAbsent: Uint8Array;
  /** Compact normalised scores per normalisation: [i · count + r] for the r-th ranked area; NaN = no value. */
  scores: Map<Normalisation, Float64Array>;
  /** Compact ln(s − min + 1) per normalisation (the geometric aggregation's terms before weighting). */
  logs: Map<Normalisation, Float64Array>;
  /** complete[i] = 1 when every ranked area has a value for indicator i. */
  complete: Uint8Array;
}

export interface FastIndex {
  /** The prepared input (canonical order, columns): read it, do not change it. */
  readonly prepared: PreparedIndex;
  /** Area codes in canonical order: slot c of every column and of `rank`'s output. */
  readonly codes: readonly string[];
  readonly n: number;
  /** The method's own choice (its weights, normalisation and aggregation). */
  readonly defaultChoice: FastChoice;
  /**
   * Overall ranks for the choice into `out` (length ≥ n, canonical order; 0 for unranked areas),
   * by the method's tie rule. Returns N, the number of ranked areas.
   * @throws SmiError when no stage of positive weight has a value (as computeIndex).
   */
  rank(choice: FastChoice, out: Int32Array): number;
  /** The ranked areas (canonical positions, ascending) under the choice's weights. */
  rankedAreas(choice: FastChoice): Int32Array;
  /** The number of hotspots (and of coldspots) among N ranked areas: the method's rule. */
  hotspotCount(rankedCount: number): number;
}

/**
 * Validates the method, prepares the areas (as computeIndex does: SmiError on bad input) and
 * returns the fast path over them.
 */
export function createFastIndex(method: MethodDescription, areas: readonly AreaInput[]): FastIndex {
  validateMethod(method);
  return fastIndexOf(prepare(method, areas));
}

/** The fast path over an already prepared input. */
export function fastIndexOf(prepared: PreparedIndex): FastIndex {
  const { method, n, values, indicatorAbsent, stageIndicators } = prepared;
  const m = values.length;
  const stageCount = stageIndicators.length;
  const directions = method.indicators.map((indicator) => indicator.direction);
  const ties = method.ties;

  const patterns = new Map<string, Pattern>();
  let lastMask = new Uint8Array(m);
  let lastPattern: Pattern | null = null;

  // work space, allocated once
  const stageTotal = new Float64Array(n);
  const stageWeight = new Float64Array(n);
  const overall = new Float64Array(n);
  const ranks = new Int32Array(n);
  const order = new Int32Array(n);
  const scratch: OrderScratch = orderScratch(n);
  const gathered = new Float64Array(n);
  const gatheredAt = new Int32Array(n);
  const normalised = new Float64Array(n);
  const replaced = new Float64Array(n);

  function checkWeights(choice: FastChoice): void {
    const { stageWeights, indicatorWeights } = choice;
    if (stageWeights.length !== stageCount || indicatorWeights.length !== m) {
      throw new RangeError(`fast index: expected ${stageCount} stage and ${m} indicator weights (got ${stageWeights.length} and ${indicatorWeights.length})`);
    }
    for (let k = 0; k < stageCount; k++) {
      const w = stageWeights[k] as number;
      if (!(w >= 0 && w < Infinity)) throw new RangeError(`fast index: stage weight ${k} must be finite and ≥ 0 (got ${w})`);
    }
    for (let i = 0; i < m; i++) {
      const w = indicatorWeights[i] as number;
      if (!(w >= 0 && w < Infinity)) throw new RangeError(`fast index: indicator weight ${i} must be finite and ≥ 0 (got ${w})`);
    }
  }

  function patternFor(indicatorWeights: ArrayLike<number>): Pattern {
    if (lastPattern !== null) {
      let same = true;
      for (let i = 0; i < m; i++) {
        if (((indicatorWeights[i] as number) > 0 ? 1 : 0) !== lastMask[i]) {
          same = false;
          break;
        }
      }
      if (same) return lastPattern;
    }
    const mask = Uint8Array.from({ length: m }, (_, i) => ((indicatorWeights[i] as number) > 0 ? 1 : 0));
    const key = mask.join('');
    let pattern = patterns.get(key);
    if (pattern === undefined) {
      const weights = Float64Array.from(mask);
      const stageAbsent = Uint8Array.from(stageIndicators, (members) => (members.some((i) => mask[i] === 1) ? 0 : 1));
      const selection = selectRankedAreas({ ...prepared, indicatorWeights: weights, stageAbsent });
      const count = selection.rankedAreas.length;
      const complete = new Uint8Array(m);
      for (let i = 0; i < m; i++) {
        let all = indicatorAbsent[i] === 0;
        for (let r = 0; r < count && all; r++) if (Number.isNaN(values[i]![selection.rankedAreas[r]!]!)) all = false;
        complete[i] = all ? 1 : 0;
      }
      pattern = { rankedAreas: selection.rankedAreas, count, stageAbsent, scores: new Map(), logs: new Map(), complete };
      patterns.set(key, pattern);
    }
    lastMask = mask;
    lastPattern = pattern;
    return pattern;
  }

  /** Compact scores of every indicator under a normalisation, by the engine's own normalise step. */
  function scoresFor(pattern: Pattern, normalisation: Normalisation): Float64Array {
    let compact = pattern.scores.get(normalisation);
    if (compact === undefined) {
      const { rankedAreas, count } = pattern;
      const selection = { ranked: new Uint8Array(n), rankedAreas, reasons: [] };
      const columns = normalise({ ...prepared, method: { ...method, normalisation } }, selection);
      compact = new Float64Array(m * count);
      for (let i = 0; i < m; i++) {
        const column = columns[i]!;
        for (let r = 0; r < count; r++) compact[i * count + r] = column[rankedAreas[r]!]!;
      }
      pattern.scores.set(normalisation, compact);
    }
    return compact;
  }

  function logsFor(pattern: Pattern, normalisation: Normalisation): Float64Array {
    let compact = pattern.logs.get(normalisation);
    if (compact === undefined) {
      const scores = scoresFor(pattern, normalisation);
      const { count } = pattern;
      compact = new Float64Array(m * count);
      for (let i = 0; i < m; i++) logTransform(scores, i * count, count, compact, i * count);
      pattern.logs.set(normalisation, compact);
    }
    return compact;
  }

  /** ln(s − min + 1) of count scores from `from`, min over them (NaN skipped), as aggregateStages. */
  function logTransform(scores: Float64Array, from: number, count: number, out: Float64Array, to: number): void {
    let lo = Infinity;
    for (let r = 0; r < count; r++) {
      const s = scores[from + r]!;
      if (s < lo) lo = s;
    }
    for (let r = 0; r < count; r++) {
      const s = scores[from + r]!;
      out[to + r] = Number.isNaN(s) ? NaN : Math.log(s - lo + 1);
    }
  }

  /** Normalises a replacement column over the pattern's ranked areas into `replaced[0..count)` (compact). */
  function replacementScores(pattern: Pattern, i: number, column: Float64Array, normalisation: Normalisation, geometric: boolean): Float64Array {
    const { rankedAreas, count } = pattern;
    const original = values[i]!;
    if (column.length !== n) throw new RangeError(`fast index: replacement column ${i} has length ${column.length}, expected ${n}`);
    let present = 0;
    for (let r = 0; r < count; r++) {
      const c = rankedAreas[r]!;
      const x = column[c]!;
      if (Number.isNaN(x) !== Number.isNaN(original[c]!) || x === Infinity || x === -Infinity) {
        throw new RangeError(`fast index: replacement column ${i} must be finite exactly where the original has a value (area ${prepared.codes[c]})`);
      }
      replaced[r] = NaN;
      if (Number.isNaN(x)) continue;
      gathered[present] = x;
      gatheredAt[present] = r;
      present++;
    }
    normaliseInto(gathered, present, normalisation, directions[i]!, normalised, order, scratch);
    for (let j = 0; j < present; j++) replaced[gatheredAt[j]!] = normalised[j]!;
    if (geometric) logTransform(replaced, 0, count, replaced, 0);
    return replaced;
  }

  function rank(choice: FastChoice, out: Int32Array): number {
    checkWeights(choice);
    const { stageWeights, indicatorWeights, normalisation, aggregation } = choice;
    const pattern = patternFor(indicatorWeights);
    const { count, rankedAreas, stageAbsent, complete } = pattern;
    let anyStage = false;
    let totalWeight = 0;
    for (let k = 0; k < stageCount; k++) {
      if (stageAbsent[k] === 1) continue;
      totalWeight += stageWeights[k] as number;
      if ((stageWeights[k] as number) > 0) anyStage = true;
    }
    if (!anyStage) {
      throw new SmiError(n === 0 ? 'there are no areas to rank' : 'no stage with a positive weight has any indicator value, so no overall score can be computed');
    }
    const geometric = aggregation === 'geometric';
    const table = geometric ? logsFor(pattern, normalisation) : scoresFor(pattern, normalisation);
    const columns = choice.columns;

    overall.fill(0, 0, count);
    for (let k = 0; k < stageCount; k++) {
      if (stageAbsent[k] === 1) continue;
      const members = stageIndicators[k]!;
      // With every used column complete, every area's Σw is the same sum in the same order: one scalar.
      let allComplete = true;
      let commonWeight = 0;
      for (let j = 0; j < members.length; j++) {
        const i = members[j]!;
        const w = indicatorWeights[i] as number;
        if (!(w > 0)) continue;
        if (complete[i] === 0) allComplete = false;
        commonWeight += w;
      }
      stageTotal.fill(0, 0, count);
      if (!allComplete) stageWeight.fill(0, 0, count);
      for (let j = 0; j < members.length; j++) {
        const i = members[j]!;
        const w = indicatorWeights[i] as number;
        if (!(w > 0)) continue;
        const replacement = columns?.[i];
        let source = table;
        let from = i * count;
        if (replacement !== undefined && replacement !== null) {
          source = replacementScores(pattern, i, replacement, normalisation, geometric);
          from = 0;
        }
        if (allComplete) {
          for (let r = 0; r < count; r++) stageTotal[r] = stageTotal[r]! + w * source[from + r]!;
        } else if (complete[i] === 1) {
          for (let r = 0; r < count; r++) {
            stageTotal[r] = stageTotal[r]! + w * source[from + r]!;
            stageWeight[r] = stageWeight[r]! + w;
          }
        } else {
          for (let r = 0; r < count; r++) {
            const s = source[from + r]!;
            if (s === s) {
              stageTotal[r] = stageTotal[r]! + w * s;
              stageWeight[r] = stageWeight[r]! + w;
            }
          }
        }
      }
      const W = stageWeights[k] as number;
      if (allComplete) for (let r = 0; r < count; r++) overall[r] = overall[r]! + W * (stageTotal[r]! / commonWeight);
      else for (let r = 0; r < count; r++) overall[r] = overall[r]! + W * (stageTotal[r]! / stageWeight[r]!);
    }
    if (geometric) for (let r = 0; r < count; r++) overall[r] = Math.exp(overall[r]! / totalWeight);
    else for (let r = 0; r < count; r++) overall[r] = overall[r]! / totalWeight;

    rankDescendingInto(overall, count, ties, ranks, order, scratch);
    out.fill(0, 0, n);
    for (let r = 0; r < count; r++) out[rankedAreas[r]!] = ranks[r]!;
    return count;
  }

  const defaultChoice: FastChoice = {
    stageWeights: Float64Array.from(prepared.stageWeights),
    indicatorWeights: Float64Array.from(prepared.indicatorWeights),
    normalisation: method.normalisation,
    aggregation: method.aggregation,
  };

  return {
    prepared,
    codes: prepared.codes,
    n,
    defaultChoice,
    rank,
    rankedAreas: (choice) => patternFor(choice.indicatorWeights).rankedAreas,
    hotspotCount: (rankedCount) => hotspotCountFor(method.hotspotShare, rankedCount),
  };
}
