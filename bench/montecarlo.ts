/**
 * `npm run bench` (issue 12, deliverable 7): the Monte Carlo of `smi uncertainty --runs 10000` on
 * open-2016 against its references, with the weights varied and with every assumption varied:
 *
 * - whole process: `node_modules/.bin/smi uncertainty … --format json` (as the README runs it, the
 *   edition cache warm) against `python3 bench/reference/montecarlo.py` (numpy, one thread, on the
 *   draws TypeScript exported: the same runs, see bench/reference/export.ts), alternated, medians;
 * - compute: `uncertainty()` in this process (after a warm-up; the first, cold call is printed too)
 *   against the reference's own timing of its computation (reading its input excluded);
 * - compute against the floor: a plain typed-array loop doing the minimum arithmetic of a run
 *   (bench/tightLoop.ts: weight 324 × 16 values, rank 324).
 * Targets: the whole process no slower than numpy; compute within 3× of the floor. Nothing is
 * asserted (machines are noisy); `SMI_BENCH_REPEATS` sets the repeats (default 7).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { uncertainty, type UncertaintyOptions } from '../src/analysis/uncertainty.js';
import { editionUncertaintyInputs } from '../src/analysis/uncertainty/input.js';
import type { Assumption } from '../src/method/vocabulary.js';
import { loadEdition } from '../src/pipeline/editions/index.js';
import { exportDraws } from './reference/export.js';
import { tightLoop } from './tightLoop.js';

const repeats = Number(process.env.SMI_BENCH_REPEATS ?? 7);
const runs = 10_000;
const smi = join('node_modules', '.bin', 'smi');
const script = join('bench', 'reference', 'montecarlo.py');
if (!existsSync(smi)) throw new Error(`${smi} is missing: run npm install (its postinstall links it)`);
const python = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
if (python.status !== 0) {
  console.log('Monte Carlo against numpy: skipped (python3 with numpy is not available).');
  process.exit(0);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const perRun = (ms: number) => `${((ms * 1000) / runs).toFixed(1)} µs/run`;

function timed(command: string, args: string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const edition = await loadEdition('open-2016');
const areas = editionUncertaintyInputs(edition.areas);
const temp = mkdtempSync(join(tmpdir(), 'smi-bench-mc-'));
const all: Assumption[] = ['weights', 'normalisation', 'aggregation', 'sampling', 'data'];

for (const [label, vary] of [['the weights varied', ['weights']], ['every assumption varied (the default)', all]] as const) {
  const options: UncertaintyOptions = { runs, seed: 1, concentration: 50, vary: [...vary] };
  const exported = exportDraws(edition.method, areas, options, join(temp, vary.length === 1 ? 'weights' : 'all'));
  const cli = ['uncertainty', '--runs', String(runs), '--vary', vary.join(','), '--format', 'json'];
  timed(smi, cli); // the edition cache warm
  const whole = { ts: [] as number[], numpy: [] as number[] };
  const compute = { ts: [] as number[], numpy: [] as number[], tight: [] as number[] };
  const start = performance.now();
  uncertainty(edition.method, areas, options);
  const cold = performance.now() - start;
  const { m } = { m: exported.stageOf.length };
  const n = exported.codes.length;
  const scores = exported.arrays.scores!;
  const ownNormalisation = ['zscore', 'minmax', 'rank'].indexOf(edition.method.normalisation);
  const tightInput = {
    n,
    m,
    values: scores.subarray(ownNormalisation * n * m, (ownNormalisation + 1) * n * m),
    stageOf: exported.stageOf,
    stageWeights: exported.arrays.stageWeights!,
    indicatorWeights: exported.arrays.indicatorWeights!,
    stages: exported.stages,
    runs,
  };
  tightLoop(tightInput); // warm-up
  for (let k = 0; k < repeats; k++) {
    whole.ts.push(timed(smi, cli).ms);
    const reference = timed('python3', [script, exported.dir]);
    whole.numpy.push(reference.ms);
    compute.numpy.push((JSON.parse(reference.stdout) as { timing: { compute: number } }).timing.compute * 1000);
    const t0 = performance.now();
    uncertainty(edition.method, areas, options);
    compute.ts.push(performance.now() - t0);
    const t1 = performance.now();
    tightLoop(tightInput);
    compute.tight.push(performance.now() - t1);
  }
  const [wt, wn, ct, cn, cf] = [median(whole.ts), median(whole.numpy), median(compute.ts), median(compute.numpy), median(compute.tight)];
  console.log(`Monte Carlo, open-2016, ${runs.toLocaleString('en-GB')} runs, ${label} (medians of ${repeats}, alternated):`);
  console.log(`  whole process   smi ${seconds(wt)}  numpy ${seconds(wn)}  ratio ${(wt / wn).toFixed(2)}× (target ≤ 1)`);
  console.log(`  compute         TypeScript ${seconds(ct)} (${perRun(ct)}; first call ${seconds(cold)})  numpy ${seconds(cn)} (${perRun(cn)})  ratio ${(ct / cn).toFixed(2)}×`);
  console.log(`  against floor   TypeScript ${perRun(ct)}  tight loop ${perRun(cf)}  ratio ${(ct / cf).toFixed(2)}× (target ≤ 3)`);
}
rmSync(temp, { recursive: true, force: true });
