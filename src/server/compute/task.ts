/**
 * What the server's thread asks the compute pool's workers (worker.ts), and what they answer: plain
 * data, because it crosses threads by structured clone.
 */
import type { RouteName } from '../../contract/routes.js';
import type { EditionId } from '../../edition/catalogue.js';
import type { UncertaintyResult } from '../../analysis/uncertainty.js';
import type { Given, PathParams, Payload } from '../handlers.js';

/** A route to answer (its query already read on the server's thread), or an edition's default uncertainty run. */
export type ComputeTask =
  | { kind: 'route'; name: RouteName; params: PathParams; query: Record<string, unknown>; given?: Given }
  | { kind: 'default-uncertainty'; edition: EditionId };

/** An error a worker reports: an API error (400/404 with its parameter), or a data error the server words (SmiError). */
export interface TaskError {
  status: number;
  message: string;
  parameter?: string;
  /** The message is a SmiError's (the server's error handler takes the machine's folders out of it). */
  smi?: boolean;
}

export type TaskAnswer = { payload: Payload } | { uncertainty: UncertaintyResult } | { error: TaskError };

/** What the pool is started with (workerData). */
export interface WorkerSetup {
  dataDir: string;
}
