/**
 * A worker of the compute pool (pool.ts): it holds its own EditionStore on the server's data folder
 * (loaded through the pipeline's cache, checked against the sources as on the server's thread) and
 * answers tasks with the same handlers as the server's thread (handlers.ts). Errors meant for
 * clients come back as data; anything else is thrown, and the server answers it as an internal error.
 */
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { SmiError, UsageError } from '../../errors.js';
import { ApiError } from '../apiError.js';
import { EditionStore } from '../editionStore.js';
import { answerer } from '../handlers.js';
import type { ComputeTask, TaskAnswer, WorkerSetup } from './task.js';

const setup = workerData as WorkerSetup;
// A lower priority for this thread (on Linux, priority 0 is the calling thread), so the server's
// thread, which answers the cheap routes, always gets the processor first.
try {
  setPriority(0, 10);
} catch {
  // not permitted here: the threads share the processor equally
}
const store = new EditionStore(setup.dataDir);
const answer = answerer(store);
// load the editions now, while no request waits (a failure is reported by the request that needs the edition)
store.warm().catch(() => undefined);

export default async function compute(task: ComputeTask): Promise<TaskAnswer> {
  try {
    if (task.kind === 'default-uncertainty') return { uncertainty: await store.defaultUncertainty(task.edition) };
    return { payload: await answer(task.name, task.params, task.query, task.given) };
  } catch (error) {
    if (error instanceof ApiError) return { error: { status: error.status, message: error.message, ...(error.parameter === undefined ? {} : { parameter: error.parameter }) } };
    if (error instanceof UsageError) return { error: { status: 400, message: error.message } };
    if (error instanceof SmiError) return { error: { status: 500, message: error.message, smi: true } };
    throw error;
  }
}
