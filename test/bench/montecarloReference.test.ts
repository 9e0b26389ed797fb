/**
 * The numpy reference of the Monte Carlo (bench/reference/montecarlo.py) computes what `uncertainty`
 * computes, from the draws TypeScript exports (bench/reference/export.ts): every area's point rank,
 * median rank, 90% interval and class chances equal, and every sensitivity share equal to rounding
 * — on open-2016 with the weights varied and with every assumption varied. The reference is the
 * benchmark's yardstick (bench/montecarlo.ts), so this is what makes its timings comparable. Needs
 * python3 with numpy; skipped with the reason otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDraws } from '../../bench/reference/export.js';
import { uncertainty, type UncertaintyOptions } from '../../src/analysis/uncertainty.js';
import { editionUncertaintyInputs } from '../../src/analysis/uncertainty/input.js';
import type { UncertaintyAreaInput } from '../../src/analysis/uncertainty/index.js';
import type { Edition } from '../../src/edition/types.js';
import { loadEdition } from '../../src/pipeline/editions/index.js';

const script = join(import.meta.dirname, '..', '..', 'bench', 'reference', 'montecarlo.py');

function pythonProblem(): string | null {
  const probe = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' });
  if (probe.error !== undefined) return 'python3 is not installed';
  if (probe.status !== 0) return 'numpy is not installed for python3';
  return null;
}

const problem = pythonProblem();
const temp = mkdtempSync(join(tmpdir(), 'smi-numpy-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface ReferenceArea {
  code: string;
  rank: number;
  medianRank: number;
  p05: number;
  p95: number;
  pHotspot: number;
  pColdspot: number;
}

describe.skipIf(problem !== null)(`the numpy reference of the Monte Carlo${problem === null ? '' : ` (skipped: ${problem})`}`, () => {
  let edition: Edition;
  let areas: UncertaintyAreaInput[];
  beforeAll(async () => {
    edition = await loadEdition('open-2016');
    areas = editionUncertaintyInputs(edition.areas);
  });

  const cases: Array<[string, UncertaintyOptions]> = [
    ['the weights varied', { runs: 400, seed: 7, concentration: 50, vary: ['weights'] }],
    ['every assumption varied', { runs: 300, seed: 3, concentration: 20, omit: 0.4, vary: ['weights', 'normalisation', 'aggregation', 'sampling', 'data'] }],
  ];
  it.each(cases)('gives the ranks, intervals, chances and shares of uncertainty() with %s', (_, options) => {
    const expected = uncertainty(edition.method, areas, options);
    const { dir, codes } = exportDraws(edition.method, areas, options, join(temp, String(options.seed)));
    const run = spawnSync('python3', [script, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(run.status, run.stderr).toBe(0);
    const reference = JSON.parse(run.stdout) as { areas: ReferenceArea[]; sensitivity: Record<string, number | null>; sensitivityPooled: Record<string, number | null>; areasWithVariation: number; rankedCount: number };
    expect(reference.areas.map((area) => area.code)).toEqual(codes);
    expect(reference.rankedCount).toBe(expected.rankedCount);
    const byCode = new Map(expected.areas.map((area) => [area.code, area]));
    for (const area of reference.areas) {
      const ours = byCode.get(area.code)!;
      expect({ code: area.code, rank: area.rank, medianRank: area.medianRank, p05: area.p05, p95: area.p95, pHotspot: area.pHotspot, pColdspot: area.pColdspot }).toEqual({
        code: ours.code,
        rank: ours.rank,
        medianRank: ours.medianRank,
        p05: ours.p05,
        p95: ours.p95,
        pHotspot: ours.pHotspot,
        pColdspot: ours.pColdspot,
      });
    }
    // the intervals are not all points: the runs really moved the ranks
    expect(reference.areas.filter((area) => area.p95 > area.p05).length).toBeGreaterThan(200);
    expect(reference.areasWithVariation).toBe(expected.areasWithVariation);
    expect(Object.keys(reference.sensitivity)).toEqual(expected.vary);
    for (const id of expected.vary) {
      expect(reference.sensitivity[id], id).toBeCloseTo(expected.sensitivity[id]!, 9);
      expect(reference.sensitivityPooled[id], id).toBeCloseTo(expected.sensitivityPooled[id]!, 9);
    }
  });
});
