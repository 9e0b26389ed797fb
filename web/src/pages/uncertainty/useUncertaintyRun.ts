/**
 * Runs the uncertainty analysis in a Web Worker (web/src/workers/uncertainty.worker.ts) and
 * follows it: progress, result, error. A new job (another `key`) or `cancel` terminates the
 * running worker, so an abandoned analysis stops using the processor at once.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { UncertaintyResult } from '../../../../src/analysis/uncertainty.js';
import type { UncertaintyJob, UncertaintyReply } from './uncertaintyMessages.js';

export type RunState =
  | { status: 'waiting' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: UncertaintyResult; ms: number; total: number }
  | { status: 'cancelled'; done: number; total: number }
  | { status: 'error'; message: string };

/**
 * Starts `job` whenever `key` changes (or `again` is called); null waits (data still loading).
 */
export function useUncertaintyRun(job: Omit<UncertaintyJob, 'type' | 'id'> | null, key: string): { state: RunState; cancel: () => void; again: () => void } {
  const [state, setState] = useState<RunState>({ status: 'waiting' });
  const [attempt, setAttempt] = useState(0);
  const worker = useRef<Worker | null>(null);
  const jobRef = useRef(job);
  jobRef.current = job;
  const ready = job !== null;

  useEffect(() => {
    const current = jobRef.current;
    if (current === null) return;
    const id = attempt;
    const runner = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' });
    worker.current = runner;
    setState({ status: 'running', done: 0, total: current.runs });
    runner.onmessage = (event: MessageEvent<UncertaintyReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.type === 'progress') setState({ status: 'running', done: reply.done, total: reply.total });
      else if (reply.type === 'result') {
        setState({ status: 'done', result: reply.result, ms: reply.ms, total: reply.result.runs });
        runner.terminate();
      } else {
        setState({ status: 'error', message: reply.message });
        runner.terminate();
      }
    };
    runner.onerror = (event) => {
      event.preventDefault();
      setState({ status: 'error', message: `The analysis stopped: ${event.message || 'the worker could not run'}.` });
    };
    const message: UncertaintyJob = { type: 'run', id, ...current };
    runner.postMessage(message);
    return () => {
      runner.terminate();
      if (worker.current === runner) worker.current = null;
    };
  }, [key, ready, attempt]);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setState((previous) => (previous.status === 'running' ? { status: 'cancelled', done: previous.done, total: previous.total } : previous));
  }, []);
  const again = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, cancel, again };
}
