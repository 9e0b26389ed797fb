import type { ParameterProblem } from './method/vocabulary.js';

/**
 * An error meant for the person running the program: one plain sentence that says what is
 * wrong and, where it helps, what to do. The CLI and the server print `message` and nothing
 * else; any other error is a bug and is reported as such.
 */
export class SmiError extends Error {
  override readonly name = 'SmiError';
  /** Exit code the CLI uses: 1 for bad data or a failed build, 2 for bad usage. */
  readonly exitCode: number;
  constructor(message: string, options: { exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? 1;
  }
}

/**
 * A dataset with nothing to rank the areas by: every indicator with values has the same value in
 * every area (src/engine/prepare.ts). Whoever knows the dataset's name says so (scoreEdition).
 */
export class NothingToRankError extends SmiError {}

/**
 * Values in their domains that are still too large to compute with: a score that is not a finite
 * number (src/engine/checkComputed.ts). Whoever chose the values says so (what-if's `set`).
 */
export class NotComputableError extends SmiError {}

/** A usage error: unknown flag value, unknown area, unknown edition. Exit code 2. */
export class UsageError extends SmiError {
  constructor(message: string) {
    super(message, { exitCode: 2 });
  }
}

/**
 * A bad value of a named parameter (`--weights` / `?weights=`), as `{ parameter, message }`: the
 * message says what is wrong without the parameter's syntax, and each entry point words it its own
 * way (see `ParameterProblem` in method/vocabulary.ts). Exit code 2; its own `message` is a plain
 * fallback, "weights: …".
 */
export class ParameterError extends UsageError {
  readonly problem: ParameterProblem;
  constructor(parameter: ParameterProblem['parameter'], message: string) {
    super(`${parameter}: ${message}`);
    this.problem = { parameter, message };
  }
}
