/**
 * `npm run bench`: how long the pipeline and the engine take on this machine. Prints a table;
 * nothing here is asserted (machines are noisy), the figures are for reading and comparing.
 *
 * - build (cold): an edition from the publishers' files, no cache;
 * - load (cache miss): checksums + build + writing the cache entry;
 * - load (cache hit): checksums + reading the cached edition (what every CLI call pays);
 * - compute index: one run of the engine on the edition;
 * - 1,000 recomputations: the engine run 1,000 times (it was 10,000; 1,000 shows the same per-run
 *   figure in a tenth of the time);
 * - Monte Carlo: `uncertainty` with everything varied, 1,000 / 10,000 / 100,000 runs on open-2016;
 * - synthetic areas: one computation of the index on 324, 10,000 and 100,000 random areas × 16
 *   indicators, by computeIndex and by the engine's runner as the Monte Carlo uses it (prepare,
 *   then one run of `rank`).
 */
import { editionUncertaintyInputs } from '../src/analysis/uncertainty/input.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { uncertainty } from '../src/analysis/uncertainty.js';
import { computeIndex, createRunner, prepare } from '../src/engine/index.js';
import type { AreaInput } from '../src/engine/types.js';
import { createRandom } from '../src/stats/random.js';
import { resolveDataDir } from '../src/pipeline/dataDir.js';
import { buildEdition, EDITION_IDS, loadEdition, loadSeries } from '../src/pipeline/editions/index.js';
import { seriesYearOf } from '../src/edition/catalogue.js';

interface Row {
  task: string;
  runs: number;
  totalMs: number;
}

async function time(task: string, runs: number, work: () => unknown | Promise<unknown>): Promise<Row> {
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) await work();
  return { task, runs, totalMs: performance.now() - start };
}

const dataDir = resolveDataDir();
const rows: Row[] = [];
for (const id of EDITION_IDS.filter((edition) => seriesYearOf(edition) === undefined)) {
  rows.push(await time(`${id}: build from source files (cold, no cache)`, 1, () => buildEdition(id, { dataDir })));
  const cacheDir = mkdtempSync(join(tmpdir(), 'smi-bench-cache-'));
  process.env.SMI_CACHE_DIR = cacheDir;
  rows.push(await time(`${id}: load, cache miss (build + write cache)`, 1, () => loadEdition(id, { dataDir })));
  rows.push(await time(`${id}: load, cache hit (verify checksums + read)`, 5, () => loadEdition(id, { dataDir })));
  const edition = await loadEdition(id, { dataDir });
  const input = edition.areas.map((area) => ({ code: area.code, name: area.name, values: area.values }));
  rows.push(await time(`${id}: compute the index once (${input.length} areas)`, 1, () => computeIndex(edition.method, input)));
  rows.push(await time(`${id}: 1,000 recomputations`, 1_000, () => computeIndex(edition.method, input)));
  rmSync(cacheDir, { recursive: true, force: true });
}
// The series: ten years built together (each source file read once), then from the cache.
{
  const cacheDir = mkdtempSync(join(tmpdir(), 'smi-bench-cache-'));
  rows.push(await time('open-series (10 years): load, cache miss (build + write cache)', 1, () => loadSeries({ dataDir, cacheDir })));
  rows.push(await time('open-series (10 years): load, cache hit (verify checksums once + read 10 entries)', 5, () => loadSeries({ dataDir, cacheDir })));
  rmSync(cacheDir, { recursive: true, force: true });
}
delete process.env.SMI_CACHE_DIR;

// Monte Carlo on open-2016 (324 areas × 16 indicators), weights, normalisation, aggregation and sampling varied (as the numpy reference), including the final summaries.
{
  const edition = await loadEdition('open-2016', { dataDir });
  const input = edition.areas.map((area) => ({ code: area.code, name: area.name, values: area.values, intervals: area.intervals }));
  uncertainty(edition.method, input, { runs: 200, seed: 1, concentration: 50, vary: ['weights', 'normalisation', 'aggregation', 'sampling'] }); // warm-up
  for (const runs of [1_000, 10_000, 100_000]) {
    const row = await time(`open-2016: Monte Carlo, ${runs.toLocaleString('en-GB')} runs`, 1, () =>
      uncertainty(edition.method, input, { runs, seed: 1, concentration: 50, vary: ['weights', 'normalisation', 'aggregation', 'sampling'] }));
    rows.push({ ...row, runs });
  }
  // the same with the data assumption too (the default of the CLI, the API and the web page): leaving
  // indicators out changes the pattern of weights, and switching the adjustment renormalises four columns
  {
    const withData = editionUncertaintyInputs(edition.areas);
    const runs = 10_000;
    const row = await time(`open-2016: Monte Carlo, ${runs.toLocaleString('en-GB')} runs, the data varied too (the default)`, 1, () =>
      uncertainty(edition.method, withData, { runs, seed: 1, concentration: 50, vary: ['weights', 'normalisation', 'aggregation', 'sampling', 'data'] }));
    rows.push({ ...row, runs });
  }

  // One index computation on synthetic areas (values uniform at random, 16 indicators, the edition's method).
  const random = createRandom(2016);
  const synthetic = (count: number): AreaInput[] =>
    Array.from({ length: count }, (_, a) => {
      const values: Record<string, number | null> = {};
      for (const indicator of edition.method.indicators) values[indicator.id] = Math.round(random.next() * 1e6) / 1e4;
      const code = `S${String(a).padStart(6, '0')}`;
      return { code, name: code, values };
    });
  for (const count of [324, 10_000, 100_000]) {
    const areas = synthetic(count);
    const label = `${count.toLocaleString('en-GB')} synthetic areas`;
    computeIndex(edition.method, areas); // warm-up (and the first call pays for JIT compilation)
    rows.push(await time(`${label}: computeIndex once`, 1, () => computeIndex(edition.method, areas)));
    let runner = createRunner(prepare(edition.method, areas));
    let out = new Int32Array(runner.n);
    rows.push(await time(`${label}: runner, prepare + first run (normalises)`, 1, () => {
      runner = createRunner(prepare(edition.method, areas));
      out = new Int32Array(runner.n);
      runner.rank(runner.defaultChoice, out);
    }));
    rows.push(await time(`${label}: runner, one run (kept scores)`, count > 10_000 ? 10 : 100, () => runner.rank(runner.defaultChoice, out)));
  }
}

// A whole CLI call as the README runs it (node_modules/.bin/smi, linked at install: no npx), cache
// warm: Node start-up, the command's modules, the cached edition, the engine, the output. Alternated,
// and the median of 9 kept, with a bare `node -e 0` beside them for the floor of any Node process.
{
  const calls: Array<[string, string, string[]]> = [
    ['node -e 0 (the floor of a Node process)', process.execPath, ['-e', '0']],
    ['smi --version', 'node_modules/.bin/smi', ['--version']],
    ['smi area Carlisle', 'node_modules/.bin/smi', ['area', 'Carlisle']],
    ['smi rank --format csv', 'node_modules/.bin/smi', ['rank', '--format', 'csv']],
    ['smi rank --edition open-latest --format csv', 'node_modules/.bin/smi', ['rank', '--edition', 'open-latest', '--format', 'csv']],
  ];
  const call = (command: string, args: string[]) => {
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (result.status !== 0) throw new Error(result.stderr);
    return performance.now() - start;
  };
  for (const [, command, args] of calls) call(command, args); // warm the cache
  const times = calls.map(() => [] as number[]);
  for (let k = 0; k < 9; k++) calls.forEach(([, command, args], j) => times[j]!.push(call(command, args)));
  calls.forEach(([task], j) => {
    const sorted = times[j]!.sort((a, b) => a - b);
    rows.push({ task: `${task} (whole process, median of 9)`, runs: 1, totalMs: sorted[4]! });
  });
}

const width = Math.max(...rows.map((row) => row.task.length));
console.log(`${'task'.padEnd(width)}  ${'runs'.padStart(7)}  ${'total ms'.padStart(10)}  ${'ms per run'.padStart(10)}`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(7)}  ${'-'.repeat(10)}  ${'-'.repeat(10)}`);
for (const row of rows) {
  console.log(`${row.task.padEnd(width)}  ${String(row.runs).padStart(7)}  ${row.totalMs.toFixed(1).padStart(10)}  ${(row.totalMs / row.runs).toFixed(3).padStart(10)}`);
}
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}.`);
