/**
 * The Monte Carlo uncertainty analysis in a Web Worker, so that the page stays responsive: it runs
 * the same pure `uncertainty` function as `smi uncertainty` and GET …/uncertainty, so the same
 * inputs and seed give the same numbers. Progress is posted about every 1% of the runs.
 */
import { uncertainty } from '../../../../src/analysis/uncertainty.js';
import type { UncertaintyJob, UncertaintyReply } from './uncertaintyMessages.js';

/** The little of the worker's global scope used here (the web build's types are the DOM's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<UncertaintyJob>) => void) | null;
  postMessage(message: UncertaintyReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const job = event.data;
  if (job.type !== 'run') return;
  const started = performance.now();
  try {
    const result = uncertainty(job.method, job.areas, {
      runs: job.runs,
      seed: job.seed,
      concentration: job.concentration,
      vary: job.vary,
      onProgress: (done, total) => scope.postMessage({ type: 'progress', id: job.id, done, total }),
    });
    scope.postMessage({ type: 'result', id: job.id, result, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({ type: 'error', id: job.id, message: error instanceof Error ? error.message : String(error) });
  }
};
