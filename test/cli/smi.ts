/**
 * Runs `smi` for the CLI tests: `smi` in-process, through `run()` with a buffer Io and an
 * environment of its own (process.env is never changed), and `spawnSmi` as a real process of the
 * built binary, for the few things only a process shows (exit status, EPIPE, the entry point).
 * Both check the shape of errors the same way.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { bufferIo, type Env } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface SmiRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `smi args…` in this process: the environment is this process's plus `env` (the test's
 * SMI_CACHE_DIR among it), and standard error is not a terminal unless `errIsTerminal`.
 */
export async function smi(args: string[], env: Env = {}, options: { errIsTerminal?: boolean } = {}): Promise<SmiRun> {
  const io = bufferIo({ env: { ...process.env, ...env }, errIsTerminal: options.errIsTerminal ?? false });
  const status = await run(args, io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

/** `node bin/smi.js args…` as a user runs it, from the project folder (the build in dist/). */
export function spawnSmi(args: string[], env: Env = {}): SmiRun {
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
