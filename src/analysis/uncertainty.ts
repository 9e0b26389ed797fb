/**
 * # Uncertainty and sensitivity of the ranks: Monte Carlo
 *
 * `uncertainty(method, areas, options)` reruns the index `runs` times with assumptions drawn at
 * random around the method's own, and reports how much each area's rank moves and which
 * assumption moves it. Pure and isomorphic (it runs in a Web Worker); deterministic for a seed.
 *
 * ## The assumptions
 * Each assumption that can vary is an object of its own (./uncertainty/: weights.ts,
 * normalisation.ts, aggregation.ts, sampling.ts, data.ts; the registry is ./uncertainty/index.ts), which
 * says what one run draws, what it records and how it estimates its share of the variance. A run
 * draws them in the vocabulary's order (method/vocabulary.ts, ASSUMPTION) from one sfc32 stream
 * seeded with `seed` (src/stats/random.ts), so the same seed gives the same numbers everywhere.
 * Every run starts from the method's own choice; an assumption that is not varied keeps it. The missing-value rule, the tie
 * rule and the hotspot share are never varied. Each run is ranked by the engine's runner
 * (src/engine/runner.ts: the engine's own steps on kept normalised scores), so its ranks are
 * exactly computeIndex's.
 *
 * ## Per area
 * - `rank`: the point rank (the method as given, no draw);
 * - `medianRank`, `p05`, `p95`: quantiles of the rank over the runs, by the definition of
 *   src/stats/quantile.ts (type 7, linear interpolation between order statistics), read off each
 *   area's histogram of ranks (`quantileFromCounts`), so they can be halves or other fractions;
 *   p05–p95 is the 90% interval. With no variation all equal `rank`.
 * - `pHotspot`, `pColdspot`: the share of runs in which the area is a hotspot / coldspot by the
 *   method's rule (rankAndClassify: rank ≤ h / rank > N − h, h = round(share · N)).
 *
 * ## Sensitivity: the share of rank variance each varied assumption explains
 * Per area whose rank varies at all, each assumption estimates its first-order index
 * S_X = Var(E[rank | X]) / Var(rank) as an adjusted R² (see ./uncertainty/assumption.ts). Then
 * - `sensitivity`: the mean of the areas' estimates, every area counting the same;
 * - `sensitivityPooled`: Σ S·Var / Σ Var, each area weighted by its rank variance — the share of
 *   all the rank movement, dominated by the areas that move most.
 * An estimate is adjusted so that it averages 0 for an assumption without effect; a single area's
 * can be a little below 0 by chance, and the means are taken before the clip into [0, 1] that the
 * reported figures get (so noise averages out instead of adding up).
 * Limits: first-order shares leave out interactions (the effect of the weights can depend on the
 * normalisation), so they need not sum to 1; the rest of the variance is interactions plus what
 * the linear summaries miss. They are estimates with Monte Carlo noise of order 1/√runs per area.
 * A value is null when runs are too few to estimate it (runs ≤ regressors + 1).
 */
import { createRunner, type IndexRunner, type RunChoice } from '../engine/runner.js';
import { prepare } from '../engine/prepare.js';
import { validateMethod } from '../method/validate.js';
import type { MethodDescription } from '../method/types.js';
import { ASSUMPTION, UNCERTAINTY, idsOf, isChoice, type Assumption } from '../method/vocabulary.js';
import { quantileFromCounts } from '../stats/quantileFromCounts.js';
import { createRandom, isSeed, type Random } from '../stats/random.js';
import { ASSUMPTION_MODELS, type RunDraft, type UncertaintyAreaInput, type VariedAssumption } from './uncertainty/index.js';

export type { Assumption, UncertaintyAreaInput };

/** Every assumption that can vary, in the vocabulary's order. */
const ASSUMPTIONS = idsOf(ASSUMPTION);

export interface UncertaintyOptions {
  /** Number of runs, an integer ≥ 1. */
  runs: number;
  /** Integer 0 ≤ seed ≤ 2⁵³ − 1. */
  seed: number;
  /** Dirichlet concentration C > 0 (larger = weights closer to the method's). */
  concentration: number;
  /** Probability 0 ≤ omit ≤ 1 that `data` leaves out each stand-in indicator; default UNCERTAINTY.omit.default. */
  omit?: number;
  /** The assumptions to vary; empty = none (every interval collapses to the point rank). */
  vary: readonly Assumption[];
  /** Called with (runs done, runs) every `progressEvery` runs and at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Default: runs / 100, at least 1. */
  progressEvery?: number;
}

export interface AreaUncertainty {
  code: string;
  name: string;
  /** Point rank under the method as given; null (and everything below null) for unranked areas. */
  rank: number | null;
  medianRank: number | null;
  p05: number | null;
  p95: number | null;
  pHotspot: number | null;
  pColdspot: number | null;
}

export interface UncertaintyResult {
  runs: number;
  seed: number;
  concentration: number;
  omit: number;
  /** The varied assumptions, in the vocabulary's order (method/vocabulary.ts, ASSUMPTION). */
  vary: Assumption[];
  rankedCount: number;
  hotspotCount: number;
  /** One per input area, in input order. */
  areas: AreaUncertainty[];
  /** Per varied assumption, the mean over areas of the first-order share (see the module comment). */
  sensitivity: Partial<Record<Assumption, number | null>>;
  /** Per varied assumption, the variance-weighted share Σ S·Var / Σ Var. */
  sensitivityPooled: Partial<Record<Assumption, number | null>>;
  /** Number of areas whose rank varies at all (the areas the sensitivity averages over). */
  areasWithVariation: number;
  /** Indicators with at least one value drawn from its interval, and the number of values drawn (0 unless `sampling` varies). */
  sampledIndicators: string[];
  sampledValues: number;
  /** The stand-in indicators `data` leaves out with probability `omit`, and the adjusted values it switches back to their county's (empty and 0 unless `data` varies). */
  dataIndicators: string[];
  unadjustedValues: number;
}

/** Checks the options; RangeError with a sentence naming the option. */
export function checkUncertaintyOptions(options: UncertaintyOptions): void {
  if (!(Number.isSafeInteger(options.runs) && options.runs >= UNCERTAINTY.runs.min)) throw new RangeError(`runs must be a whole number of at least 1 (got ${options.runs})`);
  if (!isSeed(options.seed)) throw new RangeError(`seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (got ${options.seed})`);
  const { min, max } = UNCERTAINTY.concentration;
  if (!(options.concentration >= min && options.concentration <= max)) throw new RangeError(`concentration must be a number from ${min} to ${max} (got ${options.concentration})`);
  const omit = options.omit ?? UNCERTAINTY.omit.default;
  if (!(omit >= UNCERTAINTY.omit.min && omit <= UNCERTAINTY.omit.max)) throw new RangeError(`omit must be a number from 0 to 1 (got ${omit})`);
  for (const item of options.vary) {
    if (!isChoice(ASSUMPTION, item)) throw new RangeError(`cannot vary "${String(item)}"; choose among ${ASSUMPTIONS.join(', ')}`);
  }
}

/** An analysis started: the runner, the point ranks, the varied assumptions, and how a run is drawn. */
export interface RunDrawing {
  runner: IndexRunner;
  /** Point ranks (canonical order) under the method as given. */
  point: Int32Array;
  /** Ranked areas: their number N, canonical positions, and the number of hotspots (and coldspots). */
  N: number;
  rankedAreas: Int32Array;
  h: number;
  varied: [Assumption, VariedAssumption][];
  /**
   * Draws the next run into the draft (returned; the same object every run): reset to the method's
   * own choice with no replaced column, then each varied assumption draws in the vocabulary's order
   * (`before`, when given, is called just before each).
   */
  draw(random: Random, before?: (assumption: Assumption, draft: RunDraft) => void): RunDraft;
}

/**
 * Starts an analysis: the one way runs are drawn (uncertainty() below, and the export of the draws
 * for the numpy reference, bench/reference/export.ts). The options must have been checked.
 */
export function startRuns(method: MethodDescription, areas: readonly UncertaintyAreaInput[], options: UncertaintyOptions): RunDrawing {
  const { runs, concentration } = options;
  const omit = options.omit ?? UNCERTAINTY.omit.default;
  const vary = ASSUMPTIONS.filter((a) => options.vary.includes(a));
  validateMethod(method);
  const runner = createRunner(prepare(method, areas));
  const { prepared, n } = runner;

  // the point ranks: the method as given
  const pointChoice: RunChoice = runner.defaultChoice;
  const point = new Int32Array(n);
  const N = runner.rank(pointChoice, point);
  const rankedAreas = runner.rankedAreas(pointChoice);
  const h = runner.hotspotCount(N);

  const context = { prepared, areas, rankedAreas, runs, concentration, omit };
  const varied: [Assumption, VariedAssumption][] = vary.map((id) => [id, ASSUMPTION_MODELS[id].start(context)]);
  // each run starts from the method's own choice, with no replaced column
  const replaced = new Array<Float64Array | null>(prepared.values.length).fill(null);
  const draft: RunDraft = {
    stageWeights: Float64Array.from(pointChoice.stageWeights),
    indicatorWeights: Float64Array.from(pointChoice.indicatorWeights),
    normalisation: pointChoice.normalisation,
    aggregation: pointChoice.aggregation,
    columns: replaced,
  };
  return {
    runner,
    point,
    N,
    rankedAreas,
    h,
    varied,
    draw(random, before) {
      draft.stageWeights.set(pointChoice.stageWeights);
      draft.indicatorWeights.set(pointChoice.indicatorWeights);
      draft.normalisation = pointChoice.normalisation;
      draft.aggregation = pointChoice.aggregation;
      replaced.fill(null);
      draft.columns = replaced;
      for (const [id, assumption] of varied) {
        before?.(id, draft);
        assumption.draw(random, draft);
      }
      return draft;
    },
  };
}

/**
 * Runs the Monte Carlo analysis (see the module comment).
 *
 * @throws RangeError for bad options; SmiError for a bad method or bad areas (as computeIndex).
 */
export function uncertainty(method: MethodDescription, areas: readonly UncertaintyAreaInput[], options: UncertaintyOptions): UncertaintyResult {
  checkUncertaintyOptions(options);
  const { runs, seed, concentration } = options;
  const omit = options.omit ?? UNCERTAINTY.omit.default;
  const drawing = startRuns(method, areas, options);
  const { runner, point, N, rankedAreas, h, varied } = drawing;
  const { prepared, n } = runner;
  const vary = varied.map(([id]) => id);

  // each ranked area's histogram of ranks: counts[r · N + rank − 1], in 16 bits while the runs fit
  // (half the memory the run loop scatters its increments over: 210 KB for 324 areas, not 420)
  const counts = runs <= 0xffff ? new Uint16Array(N * N) : new Uint32Array(N * N);
  const ranks = new Int32Array(n);
  const deviation = new Float64Array(N);
  const random = createRandom(seed);
  const every = Math.max(1, Math.floor(options.progressEvery ?? runs / 100));
  for (let run = 1; run <= runs; run++) {
    const draft = drawing.draw(random);
    // every assumption keeps the ranked areas the same (the data assumption by construction)
    if (runner.rank(draft, ranks) !== N) throw new Error(`uncertainty: run ${run} ranked a different set of areas`);
    for (let r = 0; r < N; r++) {
      const c = rankedAreas[r]!;
      const rank = ranks[c]!;
      counts[r * N + rank - 1]! += 1;
      deviation[r] = rank - point[c]!;
    }
    for (const [, assumption] of varied) assumption.record(deviation);
    if (options.onProgress !== undefined && (run % every === 0 || run === runs)) options.onProgress(run, runs);
  }

  // per area: Σd, Σd² and the class counts, from its histogram (sums of integers: exact)
  const sumD = new Float64Array(N);
  const sumD2 = new Float64Array(N);
  const hotspotRuns = new Float64Array(N);
  const coldspotRuns = new Float64Array(N);
  for (let r = 0; r < N; r++) {
    const p = point[rankedAreas[r]!]!;
    for (let v = 1; v <= N; v++) {
      const k = counts[r * N + v - 1]!;
      if (k === 0) continue;
      const d = v - p;
      sumD[r] = sumD[r]! + k * d;
      sumD2[r] = sumD2[r]! + k * d * d;
      if (v <= h) hotspotRuns[r] = hotspotRuns[r]! + k;
      else if (v > N - h) coldspotRuns[r] = coldspotRuns[r]! + k;
    }
  }

  // sensitivity: each assumption's share per area with variation, averaged and pooled
  const shares = varied.map(() => ({ sum: 0, pooled: 0, ok: true }));
  let totalVariance = 0;
  let areasWithVariation = 0;
  for (let r = 0; r < N; r++) {
    const syy = sumD2[r]! - (sumD[r]! * sumD[r]!) / runs;
    if (!(syy > 1e-9 * runs)) continue;
    areasWithVariation++;
    totalVariance += syy;
    varied.forEach(([, assumption], a) => {
      const share = assumption.share(r, sumD[r]!, syy);
      const entry = shares[a]!;
      if (share === null) entry.ok = false;
      else {
        entry.sum += share;
        entry.pooled += share * syy;
      }
    });
  }
  const sensitivity: Partial<Record<Assumption, number | null>> = {};
  const sensitivityPooled: Partial<Record<Assumption, number | null>> = {};
  varied.forEach(([id], a) => {
    const { sum, pooled, ok } = shares[a]!;
    sensitivity[id] = ok ? meanShare(sum, areasWithVariation) : null;
    sensitivityPooled[id] = ok ? meanShare(pooled, totalVariance) : null;
  });
  const sampling = varied.find(([id]) => id === 'sampling')?.[1].perturbs;
  const data = varied.find(([id]) => id === 'data')?.[1].data;

  // per area, in input order
  const slotOf = new Int32Array(n).fill(-1);
  for (let r = 0; r < N; r++) slotOf[rankedAreas[r]!] = r;
  const canonicalOf = new Int32Array(n);
  for (let c = 0; c < n; c++) canonicalOf[prepared.inputIndex[c]!] = c;
  const out = areas.map((area, a): AreaUncertainty => {
    const c = canonicalOf[a]!;
    const r = slotOf[c]!;
    if (r < 0) return { code: area.code, name: area.name, rank: null, medianRank: null, p05: null, p95: null, pHotspot: null, pColdspot: null };
    return {
      code: area.code,
      name: area.name,
      rank: point[c]!,
      medianRank: quantileFromCounts(counts, r * N, N, 0.5),
      p05: quantileFromCounts(counts, r * N, N, 0.05),
      p95: quantileFromCounts(counts, r * N, N, 0.95),
      pHotspot: hotspotRuns[r]! / runs,
      pColdspot: coldspotRuns[r]! / runs,
    };
  });
  return {
    runs,
    seed,
    concentration,
    omit,
    vary,
    rankedCount: N,
    hotspotCount: h,
    areas: out,
    sensitivity,
    sensitivityPooled,
    areasWithVariation,
    sampledIndicators: sampling === undefined ? [] : [...sampling.indicators],
    sampledValues: sampling?.values ?? 0,
    dataIndicators: data === undefined ? [] : [...data.indicators],
    unadjustedValues: data?.unadjustedValues ?? 0,
  };
}

/**
 * A total of shares over its weight (areas, or their variances) as a reported share: 0 when
 * there is nothing to average, else the mean clipped into [0, 1] (a mean of adjusted estimates can
 * fall just below 0 when the assumption has no effect).
 */
export function meanShare(total: number, weight: number): number {
  if (!(weight > 0)) return 0;
  const share = total / weight;
  return share < 0 ? 0 : share > 1 ? 1 : share;
}
