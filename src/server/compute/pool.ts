/**
 * # The compute pool: expensive answers off the server's thread
 *
 * Uncertainty, explain, what-if, shift, patterns and every answer under method choices run in a
 * pool of worker threads (Piscina: well kept, used by Fastify's own ecosystem, and it gives what
 * the server needs without hand-written worker plumbing — a fixed set of threads started at once,
 * a task queue, per-thread memory limits, and cancellation that terminates a runaway worker).
 * Around it, on the server's thread:
 *
 * - **kept answers**: a finished answer is kept under its key (route, edition, path, normalised
 *   query) in a least-recently-used store bounded in bytes, so a popular request is computed once;
 * - **shared computations**: a request whose key is being computed waits for that computation;
 * - **a bounded queue**: past `threads + queue` tasks waiting or running, a request is refused with
 *   503 and a `Retry-After` estimated from recent task times;
 * - **a limit per client**: a client (its address) with `perClient` tasks of its own in the pool is
 *   refused with 429 and `Retry-After` until one finishes; shared and kept answers cost it nothing;
 * - **a time limit**: a task running longer than `timeoutMs` is cancelled (its worker is replaced);
 * - **abandoned work is dropped**: at most `threads` tasks are handed to the threads at a time and
 *   the rest wait here, first come first served; one whose requesters have all closed their
 *   connections is dropped before it starts, so a flood that stops leaves no backlog behind it;
 * - **slow refusals**: a refusal is answered after `refusalDelayMs`, so a client that retries at
 *   once, on many connections, cannot keep the server's thread busy refusing it;
 * - **lower priority**: the workers run at a lower priority than the server's thread (worker.ts).
 *
 * The server's thread keeps answering the cheap routes (editions, profiles, league tables) while
 * the workers compute.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { UncertaintyResult } from '../../analysis/uncertainty.js';
import type { EditionId } from '../../edition/catalogue.js';
import { SmiError } from '../../errors.js';
import { PROJECT_ROOT } from '../../pipeline/dataDir.js';
import { ApiError } from '../apiError.js';
import type { Payload } from '../handlers.js';
import type { ComputeTask, TaskAnswer, WorkerSetup } from './task.js';

export interface PoolOptions {
  dataDir: string;
  /** Worker threads (default: SMI_WORKERS, else the machine's cores). */
  threads?: number;
  /** Tasks that may wait beyond those running before the pool refuses with 503. */
  queue?: number;
  /** Tasks one client may have in the pool at once before it is refused with 429. */
  perClient?: number;
  /** Bytes of finished answers kept. */
  keptBytes?: number;
  /** A task running longer is cancelled and answered 503. */
  timeoutMs?: number;
  /** Each worker's heap ceiling. */
  workerHeapMb?: number;
  /** How long a refused request waits before it is answered 429 or 503. */
  refusalDelayMs?: number;
}

export const POOL_DEFAULTS = { queue: 16, perClient: 4, keptBytes: 64 * 1024 * 1024, timeoutMs: 30_000, workerHeapMb: 1024, refusalDelayMs: 1000 } as const;

/** The worker threads: SMI_WORKERS when it is a whole number from 1 to 64, else the machine's cores. */
export function workerThreads(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.SMI_WORKERS;
  if (given !== undefined && /^[1-9][0-9]?$/.test(given) && Number(given) <= 64) return Number(given);
  return Math.max(1, availableParallelism());
}

/**
 * The worker's module: beside this one when running compiled, else (the TypeScript sources run by
 * the test runner, which a worker thread cannot load) the compiled one in dist/.
 */
function workerModule(): string {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside.href;
  return pathToFileURL(join(PROJECT_ROOT, 'dist', 'server', 'compute', 'worker.js')).href;
}

/** A least-recently-used map bounded by the total size of its values. */
export class KeptAnswers<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): void {
    const bytes = this.sizeOf(value) + key.length * 2;
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.bytes -= old.bytes;
      this.entries.delete(key);
    }
    while (this.bytes + bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value!;
      this.entries.delete(oldestKey);
      this.bytes -= oldest.bytes;
    }
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.bytes;
  }
}

function payloadBytes(payload: Payload): number {
  return typeof payload.body === 'string' ? payload.body.length * 2 : payload.body.byteLength;
}

/** Seconds a refused client should wait: the work ahead of it at recent task times, at least 1. */
export function retryAfterSeconds(tasksAhead: number, threads: number, meanTaskMs: number): number {
  return Math.max(1, Math.ceil(((tasksAhead / Math.max(1, threads)) * meanTaskMs) / 1000));
}

export class ComputePool {
  readonly threads: number;
  private readonly piscina: Piscina<ComputeTask, TaskAnswer>;
  private readonly options: Required<Omit<PoolOptions, 'threads' | 'dataDir'>>;
  private readonly kept: KeptAnswers<Payload>;
  private readonly inFlight = new Map<string, { answer: Promise<Payload>; waiters: number; abandon: AbortController }>();
  /** Tasks handed to the threads (at most `threads`), and those waiting for one, first come first served. */
  private running = 0;
  private readonly waiting: Array<{ start: () => void; signal: AbortSignal; abandoned: () => void }> = [];
  private readonly perClientCount = new Map<string, number>();
  private pending = 0;
  /** Exponentially weighted mean of recent task times (ms). */
  private meanTaskMs = 500;

  constructor(options: PoolOptions) {
    this.threads = options.threads ?? workerThreads();
    this.options = {
      queue: options.queue ?? POOL_DEFAULTS.queue,
      perClient: options.perClient ?? POOL_DEFAULTS.perClient,
      keptBytes: options.keptBytes ?? POOL_DEFAULTS.keptBytes,
      timeoutMs: options.timeoutMs ?? POOL_DEFAULTS.timeoutMs,
      workerHeapMb: options.workerHeapMb ?? POOL_DEFAULTS.workerHeapMb,
      refusalDelayMs: options.refusalDelayMs ?? POOL_DEFAULTS.refusalDelayMs,
    };
    this.kept = new KeptAnswers(this.options.keptBytes, payloadBytes);
    const setup: WorkerSetup = { dataDir: options.dataDir };
    this.piscina = new Piscina<ComputeTask, TaskAnswer>({
      filename: workerModule(),
      minThreads: this.threads,
      maxThreads: this.threads,
      idleTimeout: Number.MAX_SAFE_INTEGER,
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: this.options.workerHeapMb },
    });
  }

  /** Tasks waiting or running. */
  get load(): number {
    return this.pending;
  }

  /**
   * The answer of the route task kept under `key`: kept, shared with a computation in progress, or
   * computed now for `client` (refused with 429 or 503 as the module comment says).
   */
  answer(key: string, task: ComputeTask & { kind: 'route' }, client: string, gone?: AbortSignal): Promise<Payload> {
    const kept = this.kept.get(key);
    if (kept !== undefined) return Promise.resolve(kept);
    const shared = this.inFlight.get(key);
    if (shared !== undefined) {
      this.follow(shared, gone);
      return shared.answer;
    }
    const abandon = new AbortController();
    const answer = this.submit(task, client, { abandoned: abandon.signal }).then((answer) => {
      if ('payload' in answer) {
        this.kept.set(key, answer.payload);
        return answer.payload;
      }
      throw new Error('the compute worker answered a route task without a payload');
    });
    const entry = { answer, waiters: 0, abandon };
    this.follow(entry, gone);
    this.inFlight.set(key, entry);
    const forget = () => this.inFlight.delete(key);
    answer.then(forget, forget);
    return answer;
  }

  /**
   * Counts one more requester of a computation; when every requester has gone (their connections
   * closed) before it started, it is dropped from the queue: a flood that stops leaves no backlog.
   */
  private follow(entry: { waiters: number; abandon: AbortController }, gone: AbortSignal | undefined): void {
    entry.waiters += 1;
    if (gone === undefined) return;
    const leave = (): void => {
      entry.waiters -= 1;
      if (entry.waiters === 0) entry.abandon.abort();
    };
    if (gone.aborted) leave();
    else gone.addEventListener('abort', leave, { once: true });
  }

  /** Tasks waiting for a thread (not yet started). */
  get waitingCount(): number {
    return this.waiting.length;
  }

  /** Waits for a thread to be free; rejects (ApiError 503) if `abandoned` fires first, leaving the queue. */
  private slot(abandoned: AbortSignal | undefined): Promise<void> {
    if (abandoned?.aborted) return Promise.reject(new ApiError(503, 'the request was abandoned before its computation started.'));
    if (this.running < this.threads) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((start, reject) => {
      const entry = {
        start: () => {
          abandoned?.removeEventListener('abort', entry.abandoned);
          this.running += 1;
          start();
        },
        signal: abandoned ?? new AbortController().signal,
        abandoned: () => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new ApiError(503, 'the request was abandoned before its computation started.'));
        },
      };
      abandoned?.addEventListener('abort', entry.abandoned, { once: true });
      this.waiting.push(entry);
    });
  }

  /** A thread is free again: the next waiting task starts. */
  private release(): void {
    this.running -= 1;
    this.waiting.shift()?.start();
  }

  /** The edition's default uncertainty run, computed in a worker (the store keeps it). */
  async defaultUncertainty(edition: EditionId): Promise<UncertaintyResult> {
    const answer = await this.submit({ kind: 'default-uncertainty', edition }, 'server', { unlimited: true });
    if ('uncertainty' in answer) return answer.uncertainty;
    throw new Error('the compute worker answered an uncertainty task without a result');
  }

  private async submit(task: ComputeTask, client: string, options: { unlimited?: boolean; abandoned?: AbortSignal } = {}): Promise<TaskAnswer> {
    if (!options.unlimited) {
      const mine = this.perClientCount.get(client) ?? 0;
      if (mine >= this.options.perClient) {
        await this.pause();
        throw new ApiError(429, `too many computations at once from one client (${this.options.perClient} at most); wait for one to finish and try again.`, undefined, retryAfterSeconds(this.pending, this.threads, this.meanTaskMs));
      }
      if (this.pending >= this.threads + this.options.queue) {
        await this.pause();
        throw new ApiError(503, 'the server is busy computing; try again shortly.', undefined, retryAfterSeconds(this.pending, this.threads, this.meanTaskMs));
      }
    }
    this.pending += 1;
    this.perClientCount.set(client, (this.perClientCount.get(client) ?? 0) + 1);
    let started = performance.now();
    let holding = false;
    try {
      await this.slot(options.abandoned);
      holding = true;
      started = performance.now();
      const answer = await this.piscina.run(task, { signal: AbortSignal.timeout(this.options.timeoutMs) }).catch((error: unknown) => {
        if ((error as Error)?.name === 'AbortError' || (error as Error)?.name === 'TimeoutError') {
          throw new ApiError(503, `the computation took longer than ${this.options.timeoutMs / 1000} s and was stopped; ask for fewer runs.`, undefined, 1);
        }
        throw error;
      });
      if ('error' in answer) {
        const { status, message, parameter, smi } = answer.error;
        if (smi) throw new SmiError(message);
        throw new ApiError(status as ApiError['status'], message, parameter);
      }
      return answer;
    } finally {
      if (holding) {
        this.release();
        this.meanTaskMs = 0.8 * this.meanTaskMs + 0.2 * (performance.now() - started);
      }
      this.pending -= 1;
      const left = (this.perClientCount.get(client) ?? 1) - 1;
      if (left === 0) this.perClientCount.delete(client);
      else this.perClientCount.set(client, left);
    }
  }

  private pause(): Promise<void> {
    return new Promise((done) => setTimeout(done, this.options.refusalDelayMs).unref());
  }

  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
