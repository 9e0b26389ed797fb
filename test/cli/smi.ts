/** Runs the built `smi` binary as a user would, and checks the shape of its errors. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface SmiRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function smi(args: string[], env: Record<string, string | undefined> = {}): SmiRun {
  const result = spawnSync(process.execPath, ['bin/smi.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failed run: non-zero exit, nothing on stdout, one line on stderr starting "smi: ", no stack trace. */
export function expectOneLineError(run: SmiRun, pattern: RegExp): void {
  expect(run.status, run.stderr).not.toBe(0);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^smi: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(lines[0]).toMatch(pattern);
}

/** Parses CSV text with csv-parse into objects keyed by header. */
export { parse as parseCsv } from 'csv-parse/sync';
