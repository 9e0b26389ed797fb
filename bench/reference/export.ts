/**
 * The Monte Carlo's inputs and draws, written for the numpy reference (bench/reference/montecarlo.py),
 * so that both do the same arithmetic on the same numbers: TypeScript draws (the same stream, models
 * and order as `uncertainty`, src/analysis/uncertainty.ts), numpy computes every run's index, ranks,
 * quantiles, class probabilities and sensitivity shares from them on its own.
 *
 * What is written (`<dir>/meta.json` and `<dir>/arrays.bin`, little-endian float64 arrays at the
 * offsets the meta gives, row-major):
 * - the structure: ranked areas (codes, in the engine's canonical order), indicators (stage, default
 *   weight), stages (default weight), tie rule, hotspot count, the varied assumptions, and for
 *   `data` its stand-in indicators (regressor order) and the indicators the small-area switch replaces;
 * - the inputs computed once (as the engine keeps them): for each normalisation, the oriented
 *   normalised scores of the ranked areas (N × m, NaN where there is no value) and the geometric
 *   terms ln(s − min + 1), with the small-area adjustment on and, when `data` varies, off;
 * - per run the raw draws: the stage weights (runs × K) and indicator weights (runs × m) as the
 *   weights assumption drew them, the normalisation and aggregation drawn (indices into the lists),
 *   which stand-in indicators were left out (runs × q, 0/1) and whether the adjustment was off.
 * The values drawn by `sampling` are not supported (no value of open-2016 has an interval): an
 * analysis that would draw some is refused.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UncertaintyAreaInput } from '../../src/analysis/uncertainty/index.js';
import { startRuns, type UncertaintyOptions } from '../../src/analysis/uncertainty.js';
import { geometricTermsInto } from '../../src/engine/aggregateStages.js';
import { withMethod } from '../../src/engine/index.js';
import type { MethodDescription, Normalisation } from '../../src/method/types.js';
import { ASSUMPTION_CATEGORIES, idsOf } from '../../src/method/vocabulary.js';
import { createRandom } from '../../src/stats/random.js';

export interface ExportedDraws {
  dir: string;
  /** Codes of the ranked areas in the order of every exported row. */
  codes: string[];
  /** The arrays written, by name (shapes in the meta). */
  arrays: Record<string, Float64Array>;
  stageOf: Int32Array;
  stages: number;
}

interface ArrayEntry {
  offset: number;
  shape: number[];
}

export function exportDraws(method: MethodDescription, areas: readonly UncertaintyAreaInput[], options: UncertaintyOptions, dir: string): ExportedDraws {
  const { runs, seed, concentration } = options;
  const drawing = startRuns(method, areas, options);
  const { runner, N, rankedAreas, varied } = drawing;
  const vary = varied.map(([id]) => id);
  const { prepared, n } = runner;
  const m = prepared.values.length;
  const K = prepared.stageWeights.length;
  const sampling = varied.find(([id]) => id === 'sampling')?.[1].perturbs;
  if (sampling !== undefined && sampling.values > 0) throw new Error('exportDraws: values drawn from their intervals (sampling) are not supported by the reference');
  const data = varied.find(([id]) => id === 'data')?.[1];
  const standIns = (data?.data?.indicators ?? []).map((id) => prepared.indicatorIds.indexOf(id));
  const normalisations = idsOf(ASSUMPTION_CATEGORIES.normalisation) as Normalisation[];
  const aggregations = idsOf(ASSUMPTION_CATEGORIES.aggregation);

  // the draws, run by run, exactly as uncertainty() makes them
  const stageWeights = new Float64Array(runs * K);
  const indicatorWeights = new Float64Array(runs * m);
  const normalisation = new Float64Array(runs);
  const aggregation = new Float64Array(runs);
  const leftOut = new Float64Array(runs * standIns.length);
  const switchedOff = new Float64Array(runs);
  let replacedColumns: (Float64Array | null | undefined)[] | null = null;
  const random = createRandom(seed);
  for (let run = 0; run < runs; run++) {
    // the weights as drawn, before `data` sets the left-out ones to 0
    const draft = drawing.draw(random, (id, before) => {
      if (id === 'data') indicatorWeights.set(before.indicatorWeights, run * m);
    });
    if (data === undefined) indicatorWeights.set(draft.indicatorWeights, run * m);
    stageWeights.set(draft.stageWeights, run * K);
    normalisation[run] = normalisations.indexOf(draft.normalisation);
    aggregation[run] = aggregations.indexOf(draft.aggregation);
    standIns.forEach((i, j) => (leftOut[run * standIns.length + j] = draft.indicatorWeights[i] === 0 ? 1 : 0));
    const columns = draft.columns ?? [];
    if (columns.some((column) => column !== null && column !== undefined)) {
      switchedOff[run] = 1;
      replacedColumns ??= columns.slice();
    }
  }

  // the scores the engine keeps, per normalisation, with the adjustment on and (when it can be switched) off
  const variants: (Float64Array | null | undefined)[][] = [new Array<null>(m).fill(null)];
  if (replacedColumns !== null) variants.push(replacedColumns);
  const scoreArrays: Float64Array[] = [];
  const termArrays: Float64Array[] = [];
  for (const variant of variants) {
    for (const normalisationId of normalisations) {
      const view = withMethod(prepared, { ...prepared.method, normalisation: normalisationId });
      const { scores } = runner.columns(view, variant);
      const matrix = new Float64Array(N * m);
      const terms = new Float64Array(N * m);
      const termColumn = new Float64Array(n);
      for (let i = 0; i < m; i++) {
        termColumn.fill(NaN);
        geometricTermsInto(scores[i]!, rankedAreas, termColumn);
        for (let r = 0; r < N; r++) {
          matrix[r * m + i] = scores[i]![rankedAreas[r]!]!;
          terms[r * m + i] = termColumn[rankedAreas[r]!]!;
        }
      }
      scoreArrays.push(matrix);
      termArrays.push(terms);
    }
  }

  const arrays: Record<string, ArrayEntry> = {};
  const written: Record<string, Float64Array> = {};
  const parts: Float64Array[] = [];
  let offset = 0;
  const add = (name: string, values: Float64Array, shape: number[]) => {
    arrays[name] = { offset, shape };
    written[name] = values;
    parts.push(values);
    offset += values.byteLength;
  };
  const stack = (list: Float64Array[]) => {
    const out = new Float64Array(list.reduce((total, a) => total + a.length, 0));
    let at = 0;
    for (const a of list) {
      out.set(a, at);
      at += a.length;
    }
    return out;
  };
  add('scores', stack(scoreArrays), [variants.length, normalisations.length, N, m]);
  add('terms', stack(termArrays), [variants.length, normalisations.length, N, m]);
  add('stageWeights', stageWeights, [runs, K]);
  add('indicatorWeights', indicatorWeights, [runs, m]);
  add('normalisation', normalisation, [runs]);
  add('aggregation', aggregation, [runs]);
  add('leftOut', leftOut, [runs, standIns.length]);
  add('switchedOff', switchedOff, [runs]);

  const codes = Array.from(rankedAreas, (c) => prepared.codes[c]!);
  const meta = {
    runs,
    seed,
    concentration,
    vary,
    rankedCount: N,
    hotspotCount: runner.hotspotCount(N),
    ties: prepared.method.ties,
    codes,
    normalisations,
    aggregations,
    method: { normalisation: prepared.method.normalisation, aggregation: prepared.method.aggregation },
    indicatorStage: Array.from(prepared.indicatorStage),
    defaultIndicatorWeights: Array.from(prepared.indicatorWeights),
    defaultStageWeights: Array.from(prepared.stageWeights),
    stageAbsent: Array.from(prepared.stageAbsent),
    stageIndicators: prepared.stageIndicators.map((members) => Array.from(members)),
    standIns,
    switchable: replacedColumns !== null,
    arrays,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
  writeFileSync(join(dir, 'arrays.bin'), Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))));
  return { dir, codes, arrays: written, stageOf: Int32Array.from(prepared.indicatorStage), stages: K };
}
