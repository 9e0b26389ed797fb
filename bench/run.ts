/**
 * `npm run bench`: how long the pipeline and the engine take on this machine. Prints a table;
 * nothing here is asserted (machines are noisy), the figures are for reading and comparing.
 *
 * - build (cold): an edition from the publishers' files, no cache;
 * - load (cache miss): checksums + build + writing the cache entry;
 * - load (cache hit): checksums + reading the cached edition (what every CLI call pays);
 * - compute index: one run of the engine on the edition;
 * - 10,000 recomputations: the engine run 10,000 times (as re-weighting or Monte Carlo would).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeIndex } from '../src/engine/index.js';
import { resolveDataDir } from '../src/pipeline/dataDir.js';
import { buildEdition, EDITION_IDS, loadEdition } from '../src/pipeline/editions/index.js';

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
for (const id of EDITION_IDS) {
  rows.push(await time(`${id}: build from source files (cold, no cache)`, 1, () => buildEdition(id, { dataDir })));
  const cacheDir = mkdtempSync(join(tmpdir(), 'smi-bench-cache-'));
  process.env.SMI_CACHE_DIR = cacheDir;
  rows.push(await time(`${id}: load, cache miss (build + write cache)`, 1, () => loadEdition(id, { dataDir })));
  rows.push(await time(`${id}: load, cache hit (verify checksums + read)`, 5, () => loadEdition(id, { dataDir })));
  const edition = await loadEdition(id, { dataDir });
  const input = edition.areas.map((area) => ({ code: area.code, name: area.name, values: area.values }));
  rows.push(await time(`${id}: compute the index once (${input.length} areas)`, 1, () => computeIndex(edition.method, input)));
  rows.push(await time(`${id}: 10,000 recomputations`, 10_000, () => computeIndex(edition.method, input)));
  rmSync(cacheDir, { recursive: true, force: true });
}
delete process.env.SMI_CACHE_DIR;

// A whole CLI call as a user makes it (Node start-up, cached edition, engine, output).
for (const args of [['rank', '--format', 'csv'], ['area', 'Carlisle'], ['rank', '--edition', 'open-latest', '--format', 'csv']]) {
  const call = () => {
    const result = spawnSync(process.execPath, ['bin/smi.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  call(); // warm the cache
  rows.push(await time(`smi ${args.join(' ')} (whole process, cache warm)`, 5, call));
}

const width = Math.max(...rows.map((row) => row.task.length));
console.log(`${'task'.padEnd(width)}  ${'runs'.padStart(6)}  ${'total ms'.padStart(10)}  ${'ms per run'.padStart(10)}`);
console.log(`${'-'.repeat(width)}  ${'-'.repeat(6)}  ${'-'.repeat(10)}  ${'-'.repeat(10)}`);
for (const row of rows) {
  console.log(`${row.task.padEnd(width)}  ${String(row.runs).padStart(6)}  ${row.totalMs.toFixed(1).padStart(10)}  ${(row.totalMs / row.runs).toFixed(3).padStart(10)}`);
}
console.log(`\nNode ${process.version}, ${process.platform}/${process.arch}.`);
