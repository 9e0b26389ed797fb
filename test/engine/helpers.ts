/** Shared helpers of the engine tests. */
import { expect } from 'vitest';
import type { AreaResult, IndexResult } from '../../src/engine/types.js';
import type { Scenario } from './arbitraries.js';

export const TOLERANCE = 1e-9;

/** |a − b| ≤ tol · (1 + |b|), treating null = null. */
export function near(a: number | null, b: number | null, tol = TOLERANCE): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= tol * (1 + Math.abs(b));
}

export function expectNear(actual: number | null | undefined, expected: number | null | undefined, label: string, tol = TOLERANCE): void {
  expect(actual === undefined || expected === undefined, `${label}: undefined`).toBe(false);
  if (!near(actual ?? null, expected ?? null, tol)) {
    expect.fail(`${label}: expected ${String(expected)}, got ${String(actual)}`);
  }
}

/** The scenario has a value for the first indicator of the first stage (which has positive weights), so computeIndex cannot fail for lack of data. */
/** The first indicator has two different values, so it is not left out (no data, or no spread) and there is something to rank by. */
export function hasData(s: Scenario): boolean {
  const id = s.method.indicators[0]!.id;
  return new Set(s.areas.map((a) => a.values[id]).filter((v) => typeof v === 'number')).size >= 2;
}

export function byCode(result: IndexResult): Map<string, AreaResult> {
  return new Map(result.areas.map((a) => [a.code, a]));
}

/** Codes of ranked areas whose overall score is within tol of another ranked area's (ties included). */
export function nearTied(scores: Map<string, number>, tol = 1e-7): Set<string> {
  const entries = [...scores].sort((a, b) => a[1] - b[1]);
  const out = new Set<string>();
  for (let j = 1; j < entries.length; j++) {
    const [c0, s0] = entries[j - 1]!;
    const [c1, s1] = entries[j]!;
    if (Math.abs(s1 - s0) <= tol * (1 + Math.abs(s0))) {
      out.add(c0);
      out.add(c1);
    }
  }
  return out;
}

export function overallScores(result: IndexResult): Map<string, number> {
  return new Map(result.areas.filter((a) => a.ranked).map((a) => [a.code, a.overall.score as number]));
}

export function stageScores(result: IndexResult, stage: string): Map<string, number> {
  return new Map(result.areas.filter((a) => a.ranked && a.stages[stage]!.score !== null).map((a) => [a.code, a.stages[stage]!.score as number]));
}

/** Checks that ranks form a permutation of 1..n. */
export function expectPermutation(ranks: (number | null)[], label: string): void {
  const sorted = ranks.map((r) => r as number).sort((a, b) => a - b);
  expect(sorted, label).toEqual(sorted.map((_, i) => i + 1));
}
