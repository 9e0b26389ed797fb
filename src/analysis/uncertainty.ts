/**
 * # Uncertainty and sensitivity of the ranks: Monte Carlo
 *
 * `uncertainty(method, areas, options)` reruns the index `runs` times with assumptions drawn at
 * random around the method's own, and reports how much each area's rank moves and which
 * assumption moves it. Pure and isomorphic (it will run in a Web Worker); deterministic for a seed.
 *
 * ## One run (draws in this order, from one sfc32 stream seeded with `seed`, src/stats/random.ts)
 * - `weights`: the stage weights ~ Dirichlet(C · W / ΣW) over the stages of positive weight that
 *   have indicators, then, stage by stage (method order), the weights of its indicators of positive
 *   weight ~ Dirichlet(C · w / Σw); a simplex of one component is not drawn. The mean is the
 *   method's weights and each share p has SD √(p (1 − p) / (C + 1)): with the default C = 50 a
 *   stage's ¼ varies with SD 0.061 (95% of draws within about 0.14–0.37, i.e. roughly half to one
 *   and a half times its default) and each of two indicators' ½ with SD 0.070. Weights of 0 stay 0,
 *   so the set of ranked areas is the same in every run (a drawn weight that underflows to 0,
 *   possible only for tiny C, is replaced by the smallest positive double for the same reason).
 * - `normalisation`: zscore, minmax or rank, each with probability ⅓.
 * - `aggregation`: mean or geometric, each with probability ½.
 * - `sampling`: every value published with a 95% confidence interval (EditionArea.intervals) is
 *   drawn from a normal distribution centred on the value with SD (upper − lower) / (2 · 1.96),
 *   in method order of indicators, then code order of areas. Only ONS ASHE pay in `open-latest`
 *   has intervals; in `open-2016` nothing does, and sampling then adds no variation (the result
 *   says so through `sampledValues`: 0).
 * An assumption that is not varied keeps the method's own choice. The missing-value rule, the tie
 * rule and the hotspot share are never varied. Each run is ranked by the fast path
 * (fastIndex.ts), which gives exactly computeIndex's ranks.
 *
 * ## Per area
 * - `rank`: the point rank (the method as given, no draw);
 * - `medianRank`, `p05`, `p95`: quantiles of the rank over the runs, by the definition of
 *   src/stats/quantile.ts (type 7, linear interpolation between order statistics), so they can be
 *   halves or other fractions; p05–p95 is the 90% interval. With no variation all equal `rank`.
 * - `pHotspot`, `pColdspot`: the share of runs in which the area is a hotspot / coldspot by the
 *   method's rule (rankAndClassify: rank ≤ h / rank > N − h, h = round(share · N)).
 *
 * ## Sensitivity: the share of rank variance each varied assumption explains
 * The first-order index S_X = Var(E[rank | X]) / Var(rank), estimated per area as the R² of a
 * least-squares regression of the area's rank over the runs on X alone (monteCarloRegression.ts),
 * adjusted for the number of regressors (so an assumption without effect scores about 0, not
 * p / runs), then averaged over the areas whose rank varies at all (`sensitivity`); the pooled
 * variant Σ S·Var / Σ Var weights areas by their variance (`sensitivityPooled`).
 * - normalisation, aggregation: one mean per category — exactly the between-category share of
 *   the variance, the classical estimate of Var(E[rank | X]) / Var(rank);
 * - weights: linear in the drawn weights (per simplex all components but one, which the others
 *   determine). This is Var of the best *linear* predictor, a lower bound of Var(E[rank | weights]):
 *   non-linear effects of the weights are not counted.
 * - sampling: linear in the area's own standardised draws (summed, oriented so that higher is
 *   better). Other areas' draws also move an area's rank, and that is not counted: another lower
 *   bound. 0 for areas with no sampled value.
 * Limits: first-order shares leave out interactions (the effect of the weights can depend on the
 * normalisation), so they need not sum to 1; the rest of the variance is interactions plus what
 * the linear summaries miss. They are estimates with Monte Carlo noise of order 1/√runs per area.
 * A value is null when runs are too few to estimate it (runs ≤ regressors + 1).
 */
import type { AreaInput } from '../engine/types.js';
import type { Interval } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';
import { AGGREGATION, ASSUMPTION, NORMALISATION, UNCERTAINTY, idsOf, isChoice, type Assumption } from '../method/vocabulary.js';
import { dirichletSample } from '../stats/dirichletSample.js';
import { normalSample } from '../stats/normalSample.js';
import { createRandom, isSeed } from '../stats/random.js';
import { createFastIndex, type FastChoice } from './fastIndex.js';
import { quantileFromCounts } from './monteCarloQuantile.js';
import { adjustedShare, cholesky, quadraticFormInverse } from './monteCarloRegression.js';

export type { Assumption };

/** Every assumption that can vary, in the vocabulary's order. */
const ASSUMPTIONS = idsOf(ASSUMPTION);
const NORMALISATIONS = idsOf(NORMALISATION);
const AGGREGATIONS = idsOf(AGGREGATION);

/** z of the 95% interval: SD = (upper − lower) / (2 · 1.96). */
const Z95 = 1.96;

export interface UncertaintyAreaInput extends AreaInput {
  /** Published 95% confidence intervals by indicator id (EditionArea.intervals). */
  intervals?: Record<string, Interval>;
}

export interface UncertaintyOptions {
  /** Number of runs, an integer ≥ 1. */
  runs: number;
  /** Integer 0 ≤ seed ≤ 2⁵³ − 1. */
  seed: number;
  /** Dirichlet concentration C > 0 (larger = weights closer to the method's). */
  concentration: number;
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
}

/** One simplex of weights drawn together: the slots it sets and its mean shares. */
interface Simplex {
  kind: 'stage' | 'indicator';
  slots: Int32Array;
  mean: Float64Array;
  alpha: Float64Array;
  draw: Float64Array;
}

/** Checks the options; RangeError with a sentence naming the option. */
export function checkUncertaintyOptions(options: UncertaintyOptions): void {
  if (!(Number.isSafeInteger(options.runs) && options.runs >= UNCERTAINTY.runs.min)) throw new RangeError(`runs must be a whole number of at least 1 (got ${options.runs})`);
  if (!isSeed(options.seed)) throw new RangeError(`seed must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER} (got ${options.seed})`);
  if (!(Number.isFinite(options.concentration) && options.concentration > UNCERTAINTY.concentration.min)) throw new RangeError(`concentration must be a number greater than 0 (got ${options.concentration})`);
  for (const item of options.vary) {
    if (!isChoice(ASSUMPTION, item)) throw new RangeError(`cannot vary "${String(item)}"; choose among ${ASSUMPTIONS.join(', ')}`);
  }
}

/**
 * Runs the Monte Carlo analysis (see the module comment).
 *
 * @throws RangeError for bad options; SmiError for a bad method or bad areas (as computeIndex).
 */
export function uncertainty(method: MethodDescription, areas: readonly UncertaintyAreaInput[], options: UncertaintyOptions): UncertaintyResult {
  checkUncertaintyOptions(options);
  const { runs, seed, concentration } = options;
  const vary = ASSUMPTIONS.filter((a) => options.vary.includes(a));
  const varies = (a: Assumption) => vary.includes(a);
  const fast = createFastIndex(method, areas);
  const { prepared, n } = fast;
  const m = prepared.indicatorIds.length;

  // the point ranks: the method as given
  const pointChoice = fast.defaultChoice;
  const point = new Int32Array(n);
  const N = fast.rank(pointChoice, point);
  const rankedAreas = fast.rankedAreas(pointChoice);
  const h = fast.hotspotCount(N);

  // the weight simplices
  const simplices: Simplex[] = [];
  let weightRegressors = 0;
  if (varies('weights')) {
    const simplex = (kind: Simplex['kind'], slots: number[], weights: Float64Array): void => {
      if (slots.length < 2) return;
      let total = 0;
      for (const s of slots) total += weights[s]!;
      const mean = Float64Array.from(slots, (s) => weights[s]! / total);
      simplices.push({ kind, slots: Int32Array.from(slots), mean, alpha: mean.map((p) => concentration * p), draw: new Float64Array(slots.length) });
      weightRegressors += slots.length - 1;
    };
    const liveStages: number[] = [];
    for (let k = 0; k < prepared.stageWeights.length; k++) {
      if (prepared.stageAbsent[k] === 0 && prepared.stageWeights[k]! > 0) liveStages.push(k);
    }
    simplex('stage', liveStages, prepared.stageWeights);
    for (const k of liveStages) {
      const members = Array.from(prepared.stageIndicators[k]!).filter((i) => prepared.indicatorWeights[i]! > 0);
      simplex('indicator', members, prepared.indicatorWeights);
    }
  }

  // the values drawn from their intervals: (indicator, canonical position, value, SD, orientation)
  const sampledIndicators: string[] = [];
  const sampleIndicator: number[] = [];
  const samplePosition: number[] = [];
  const sampleSd: number[] = [];
  if (varies('sampling')) {
    for (let i = 0; i < m; i++) {
      if (prepared.indicatorAbsent[i] === 1) continue;
      const id = prepared.indicatorIds[i]!;
      let any = false;
      for (let c = 0; c < n; c++) {
        const value = prepared.values[i]![c]!;
        const interval = areas[prepared.inputIndex[c]!]!.intervals?.[id];
        if (Number.isNaN(value) || interval === undefined) continue;
        const sd = (interval.upper - interval.lower) / (2 * Z95);
        if (!(Number.isFinite(sd) && sd > 0)) continue;
        sampleIndicator.push(i);
        samplePosition.push(c);
        sampleSd.push(sd);
        any = true;
      }
      if (any) sampledIndicators.push(id);
    }
  }
  const sampledValues = sampleIndicator.length;
  const columns: (Float64Array | null)[] = new Array<Float64Array | null>(m).fill(null);
  for (const id of sampledIndicators) {
    const i = prepared.indicatorIds.indexOf(id);
    columns[i] = Float64Array.from(prepared.values[i]!);
  }
  const orientation = prepared.method.indicators.map((indicator) => (indicator.direction === 'lower' ? -1 : 1));

  // accumulators, by ranked area r (rankedAreas[r] is its canonical position)
  const counts = new Uint32Array(N * N);
  const sumD = new Float64Array(N);
  const sumD2 = new Float64Array(N);
  const normalisationSum = varies('normalisation') ? new Float64Array(NORMALISATIONS.length * N) : null;
  const normalisationCount = new Float64Array(NORMALISATIONS.length);
  const aggregationSum = varies('aggregation') ? new Float64Array(AGGREGATIONS.length * N) : null;
  const aggregationCount = new Float64Array(AGGREGATIONS.length);
  const p = weightRegressors;
  const x = new Float64Array(p);
  const sumX = new Float64Array(p);
  const sumXX = new Float64Array(p * p);
  const sumXD = new Float64Array(p * N);
  const deviation = new Float64Array(N);
  const ownDraw = new Float64Array(n);
  const hasOwnDraw = new Uint8Array(n);
  for (const c of samplePosition) hasOwnDraw[c] = 1;
  const sumU = new Float64Array(N);
  const sumU2 = new Float64Array(N);
  const sumUD = new Float64Array(N);
  const hotspotRuns = new Float64Array(N);
  const coldspotRuns = new Float64Array(N);

  const random = createRandom(seed);
  const stageWeights = Float64Array.from(pointChoice.stageWeights);
  const indicatorWeights = Float64Array.from(pointChoice.indicatorWeights);
  const choice: FastChoice = {
    stageWeights,
    indicatorWeights,
    normalisation: pointChoice.normalisation,
    aggregation: pointChoice.aggregation,
    columns: sampledValues > 0 ? columns : undefined,
  };
  const ranks = new Int32Array(n);
  const every = Math.max(1, Math.floor(options.progressEvery ?? runs / 100));

  for (let run = 1; run <= runs; run++) {
    // 1. weights
    let xi = 0;
    for (const simplex of simplices) {
      dirichletSample(simplex.alpha, random, simplex.draw);
      const target = simplex.kind === 'stage' ? stageWeights : indicatorWeights;
      for (let j = 0; j < simplex.slots.length; j++) {
        const w = simplex.draw[j]!;
        target[simplex.slots[j]!] = w > 0 ? w : Number.MIN_VALUE;
        if (j < simplex.slots.length - 1) x[xi++] = w - simplex.mean[j]!;
      }
    }
    // 2–3. normalisation and aggregation
    let normalisationIndex = 0;
    let aggregationIndex = 0;
    if (normalisationSum !== null) {
      normalisationIndex = Math.floor(random.next() * NORMALISATIONS.length);
      choice.normalisation = NORMALISATIONS[normalisationIndex]!;
    }
    if (aggregationSum !== null) {
      aggregationIndex = Math.floor(random.next() * AGGREGATIONS.length);
      choice.aggregation = AGGREGATIONS[aggregationIndex]!;
    }
    // 4. sampling
    if (sampledValues > 0) {
      ownDraw.fill(0);
      for (let s = 0; s < sampledValues; s++) {
        const i = sampleIndicator[s]!;
        const c = samplePosition[s]!;
        const z = normalSample(random);
        columns[i]![c] = prepared.values[i]![c]! + sampleSd[s]! * z;
        ownDraw[c] = ownDraw[c]! + orientation[i]! * z;
      }
    }

    fast.rank(choice, ranks);

    // accumulate
    normalisationCount[normalisationIndex]! += 1;
    aggregationCount[aggregationIndex]! += 1;
    for (let j = 0; j < p; j++) {
      sumX[j] = sumX[j]! + x[j]!;
      for (let k = 0; k <= j; k++) sumXX[j * p + k] = sumXX[j * p + k]! + x[j]! * x[k]!;
    }
    for (let r = 0; r < N; r++) {
      const c = rankedAreas[r]!;
      const rank = ranks[c]!;
      counts[r * N + rank - 1]! += 1;
      const d = rank - point[c]!;
      deviation[r] = d;
      sumD[r] = sumD[r]! + d;
      sumD2[r] = sumD2[r]! + d * d;
      if (rank <= h) hotspotRuns[r]! += 1;
      else if (rank > N - h) coldspotRuns[r]! += 1;
    }
    if (normalisationSum !== null) {
      const base = normalisationIndex * N;
      for (let r = 0; r < N; r++) normalisationSum[base + r] = normalisationSum[base + r]! + deviation[r]!;
    }
    if (aggregationSum !== null) {
      const base = aggregationIndex * N;
      for (let r = 0; r < N; r++) aggregationSum[base + r] = aggregationSum[base + r]! + deviation[r]!;
    }
    for (let j = 0; j < p; j++) {
      const xj = x[j]!;
      const base = j * N;
      for (let r = 0; r < N; r++) sumXD[base + r] = sumXD[base + r]! + xj * deviation[r]!;
    }
    if (sampledValues > 0) {
      for (let r = 0; r < N; r++) {
        const c = rankedAreas[r]!;
        if (hasOwnDraw[c] === 0) continue;
        const u = ownDraw[c]!;
        const d = deviation[r]!;
        sumU[r] = sumU[r]! + u;
        sumU2[r] = sumU2[r]! + u * u;
        sumUD[r] = sumUD[r]! + u * d;
      }
    }
    if (options.onProgress !== undefined && (run % every === 0 || run === runs)) options.onProgress(run, runs);
  }

  // sensitivity
  const shares = new Map<Assumption, { sum: number; pooled: number; ok: boolean }>(vary.map((a) => [a, { sum: 0, pooled: 0, ok: true }]));
  let totalVariance = 0;
  let areasWithVariation = 0;
  const xx = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    for (let k = 0; k <= j; k++) {
      const v = sumXX[j * p + k]! - (sumX[j]! * sumX[k]!) / runs;
      xx[j * p + k] = v;
      xx[k * p + j] = v;
    }
  }
  const factor = p > 0 && runs > p + 1 ? cholesky(xx, p) : null;
  const xy = new Float64Array(p);
  const work = new Float64Array(p);
  const categoryShare = (sums: Float64Array, count: Float64Array, k: number, r: number, syy: number): number | null => {
    let between = 0;
    let levels = 0;
    for (let g = 0; g < k; g++) {
      if (count[g]! === 0) continue;
      levels++;
      between += (sums[g * N + r]! * sums[g * N + r]!) / count[g]!;
    }
    between -= (sumD[r]! * sumD[r]!) / runs;
    return adjustedShare(Math.min(1, Math.max(0, between / syy)), runs, levels - 1);
  };
  for (let r = 0; r < N; r++) {
    const syy = sumD2[r]! - (sumD[r]! * sumD[r]!) / runs;
    if (!(syy > 1e-9 * runs)) continue;
    areasWithVariation++;
    totalVariance += syy;
    for (const a of vary) {
      let share: number | null = 0;
      if (a === 'normalisation') share = categoryShare(normalisationSum!, normalisationCount, NORMALISATIONS.length, r, syy);
      else if (a === 'aggregation') share = categoryShare(aggregationSum!, aggregationCount, AGGREGATIONS.length, r, syy);
      else if (a === 'weights') {
        if (p === 0) share = 0;
        else if (factor === null) share = null;
        else {
          for (let j = 0; j < p; j++) xy[j] = sumXD[j * N + r]! - (sumX[j]! * sumD[r]!) / runs;
          share = adjustedShare(Math.min(1, quadraticFormInverse(factor, p, xy, work) / syy), runs, p);
        }
      } else if (a === 'sampling') {
        const c = rankedAreas[r]!;
        if (hasOwnDraw[c] === 1) {
          const suu = sumU2[r]! - (sumU[r]! * sumU[r]!) / runs;
          const sud = sumUD[r]! - (sumU[r]! * sumD[r]!) / runs;
          share = suu > 0 ? adjustedShare(Math.min(1, (sud * sud) / suu / syy), runs, 1) : 0;
        }
      }
      const entry = shares.get(a)!;
      if (share === null) entry.ok = false;
      else {
        entry.sum += share;
        entry.pooled += share * syy;
      }
    }
  }
  const sensitivity: Partial<Record<Assumption, number | null>> = {};
  const sensitivityPooled: Partial<Record<Assumption, number | null>> = {};
  for (const a of vary) {
    const entry = shares.get(a)!;
    sensitivity[a] = !entry.ok ? null : areasWithVariation === 0 ? 0 : entry.sum / areasWithVariation;
    sensitivityPooled[a] = !entry.ok ? null : totalVariance === 0 ? 0 : entry.pooled / totalVariance;
  }

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
    vary,
    rankedCount: N,
    hotspotCount: h,
    areas: out,
    sensitivity,
    sensitivityPooled,
    areasWithVariation,
    sampledIndicators,
    sampledValues,
  };
}

/** The JSON of the issue: runs, seed, areas, sensitivity, plus context fields. */
export function uncertaintyJson(result: UncertaintyResult, edition: string, method: string, attribution: string): unknown {
  return {
    runs: result.runs,
    seed: result.seed,
    concentration: result.concentration,
    vary: result.vary,
    edition,
    method,
    rankedCount: result.rankedCount,
    hotspotCount: result.hotspotCount,
    sampledValues: result.sampledValues,
    sampledIndicators: result.sampledIndicators,
    areas: result.areas.map((a) => ({
      code: a.code,
      name: a.name,
      rank: a.rank,
      medianRank: a.medianRank,
      p05: a.p05,
      p95: a.p95,
      pHotspot: a.pHotspot,
      pColdspot: a.pColdspot,
    })),
    sensitivity: result.sensitivity,
    sensitivityPooled: result.sensitivityPooled,
    attribution,
  };
}
