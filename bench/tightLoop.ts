/**
 * The floor of a Monte Carlo run: a plain typed-array loop doing the minimum arithmetic — weighting
 * the 324 × 16 normalised values (one effective weight per indicator: its stage's share times its
 * share within the stage) and ranking the 324 scores — with none of the engine's bookkeeping
 * (missing values, the stage level, ties by code, histograms, regressions). bench/montecarlo.ts
 * sets the Monte Carlo's compute against it. Missing values count as 0 here.
 */

export interface TightInput {
  /** Areas. */
  n: number;
  /** Indicators. */
  m: number;
  /** Normalised values, area-major: values[a · m + i]; NaN where there is none. */
  values: Float64Array;
  /** The stage of each indicator. */
  stageOf: Int32Array;
  /** Per run: stage weights (runs × K) and indicator weights (runs × m). */
  stageWeights: Float64Array;
  indicatorWeights: Float64Array;
  stages: number;
  runs: number;
}

/** Runs the floor loop; returns a checksum of the ranks (so the work cannot be optimised away). */
export function tightLoop(input: TightInput): number {
  const { n, m, stageOf, stageWeights, indicatorWeights, stages, runs } = input;
  // indicator-major, so that the weighting reads each column straight through
  const values = new Float64Array(n * m);
  for (let a = 0; a < n; a++) for (let i = 0; i < m; i++) values[i * n + a] = Number.isNaN(input.values[a * m + i]!) ? 0 : input.values[a * m + i]!;
  const weight = new Float64Array(m);
  const stageTotal = new Float64Array(stages);
  const score = new Float64Array(n);
  const sorted = new Float64Array(n);
  let checksum = 0;
  for (let run = 0; run < runs; run++) {
    // effective weights: stage share × share within the stage
    let total = 0;
    for (let k = 0; k < stages; k++) total += stageWeights[run * stages + k]!;
    stageTotal.fill(0);
    for (let i = 0; i < m; i++) stageTotal[stageOf[i]!] = stageTotal[stageOf[i]!]! + indicatorWeights[run * m + i]!;
    for (let i = 0; i < m; i++) {
      const k = stageOf[i]!;
      weight[i] = stageTotal[k]! > 0 ? (stageWeights[run * stages + k]! / total) * (indicatorWeights[run * m + i]! / stageTotal[k]!) : 0;
    }
    // weight 324 × 16 values
    score.fill(0);
    for (let i = 0; i < m; i++) {
      const w = weight[i]!;
      const base = i * n;
      for (let a = 0; a < n; a++) score[a] = score[a]! + w * values[base + a]!;
    }
    // rank 324: sort the scores, then each area's rank is 1 + the number of higher scores
    sorted.set(score);
    sorted.sort();
    for (let a = 0; a < n; a++) {
      const x = score[a]!;
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! <= x) lo = mid + 1;
        else hi = mid;
      }
      checksum += (n - lo + 1) * (a & 7);
    }
  }
  return checksum;
}
