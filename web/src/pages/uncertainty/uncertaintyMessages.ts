/**
 * The messages between the uncertainty page and its Web Worker: the page sends the method, the
 * areas' values and intervals and the options; the worker answers with progress, then the result
 * or an error, each tagged with the job's id so a late answer to an older job can be ignored.
 */
import type { UncertaintyAreaInput, UncertaintyResult, Assumption } from '../../../../src/analysis/uncertainty.js';
import type { MethodDescription } from '../../../../src/method/types.js';

export interface UncertaintyJob {
  type: 'run';
  id: number;
  method: MethodDescription;
  areas: UncertaintyAreaInput[];
  runs: number;
  seed: number;
  concentration: number;
  vary: Assumption[];
}

export type UncertaintyReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; result: UncertaintyResult; ms: number }
  | { type: 'error'; id: number; message: string };
