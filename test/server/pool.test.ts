/**
 * The compute pool (src/server/compute/pool.ts): kept answers bounded in bytes, shared
 * computations, the bounded queue (503) and the limit per client (429), each with Retry-After;
 * and, through the real server, a cheap route answered while a long computation runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { ApiError } from '../../src/server/apiError.js';
import { ComputePool, KeptAnswers, retryAfterSeconds, workerThreads } from '../../src/server/compute/pool.js';
import type { ComputeTask } from '../../src/server/compute/task.js';
import { startServer, type RunningServer } from './startServer.js';

const uncertaintyTask = (seed: number, runs = 2000): ComputeTask & { kind: 'route' } => ({
  kind: 'route',
  name: 'uncertainty',
  params: { edition: 'open-2016' },
  query: { runs, seed },
});

describe('KeptAnswers', () => {
  it('keeps the most recently used values within its bytes, dropping the oldest first', () => {
    const kept = new KeptAnswers<string>(100, (value) => value.length);
    kept.set('a', 'x'.repeat(40)); // 40 + 2 bytes of key
    kept.set('b', 'y'.repeat(40)); // 84 in all
    expect(kept.get('a')).toBe('x'.repeat(40)); // a is now the most recent
    kept.set('c', 'z'.repeat(40)); // 126 > 100: b, the least recently used, goes
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')).toBeDefined();
    expect(kept.get('c')).toBeDefined();
    expect(kept.totalBytes).toBe(84);
  });

  it('does not keep a value larger than the whole store', () => {
    const kept = new KeptAnswers<string>(10, (value) => value.length);
    kept.set('a', 'x'.repeat(20));
    expect(kept.size).toBe(0);
  });

  it('never holds more than its bytes, whatever is put in (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.nat(60))), fc.integer({ min: 1, max: 200 }), (puts, max) => {
        const kept = new KeptAnswers<number>(max, (value) => value);
        for (const [key, size] of puts) {
          kept.set(key, size);
          expect(kept.totalBytes).toBeLessThanOrEqual(max);
          // a value that fits is there just after it is put
          if (size + key.length * 2 <= max) expect(kept.get(key)).toBe(size);
        }
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});

describe('retryAfterSeconds', () => {
  it('is the work ahead over the threads at the recent task time, rounded up, at least a second', () => {
    expect(retryAfterSeconds(10, 2, 700)).toBe(4); // 10 / 2 × 0.7 s = 3.5 s → 4
    expect(retryAfterSeconds(0, 2, 700)).toBe(1);
    expect(retryAfterSeconds(3, 0, 1000)).toBe(3); // no thread counted as one
  });
});

describe('workerThreads', () => {
  it('takes SMI_WORKERS when it is a whole number from 1 to 64, else the machine’s cores', () => {
    expect(workerThreads({ SMI_WORKERS: '3' })).toBe(3);
    const cores = workerThreads({});
    expect(cores).toBeGreaterThanOrEqual(1);
    for (const bad of ['0', '-1', '65', '1.5', 'two', '', ' 2']) expect(workerThreads({ SMI_WORKERS: bad })).toBe(cores);
  });
});

describe('ComputePool', () => {
  let pool: ComputePool;
  beforeAll(() => {
    pool = new ComputePool({ dataDir: resolveDataDir(), threads: 1, queue: 1, perClient: 2, refusalDelayMs: 0 });
  });
  afterAll(async () => pool?.close());

  const refusal = async (work: Promise<unknown>) => {
    try {
      await work;
    } catch (error) {
      return error;
    }
    return undefined;
  };

  it('shares one computation between identical requests and keeps its answer', async () => {
    const first = pool.answer('same', uncertaintyTask(7), 'client-a');
    const second = pool.answer('same', uncertaintyTask(7), 'client-b');
    expect(second).toBe(first); // the same promise: one computation
    expect(pool.load).toBe(1);
    const payload = await first;
    expect(JSON.parse(String(payload.body)).runs).toBe(2000);
    const again = pool.answer('same', uncertaintyTask(7), 'client-c');
    expect(pool.load).toBe(0); // kept: nothing submitted
    expect(await again).toBe(payload);
  }, 60_000);

  it('refuses a client past its limit with 429, and anyone past the queue with 503, both with Retry-After', async () => {
    // one thread and a queue of one: two tasks fill the pool
    const a = pool.answer('a', uncertaintyTask(1), 'client-a');
    const b = pool.answer('b', uncertaintyTask(2), 'client-a');
    const tooMany = await refusal(pool.answer('c', uncertaintyTask(3), 'client-a'));
    expect(tooMany).toBeInstanceOf(ApiError);
    expect((tooMany as ApiError).status).toBe(429);
    expect((tooMany as ApiError).retryAfter).toBeGreaterThanOrEqual(1);
    const busy = await refusal(pool.answer('d', uncertaintyTask(4), 'client-b'));
    expect((busy as ApiError).status).toBe(503);
    expect((busy as ApiError).retryAfter).toBeGreaterThanOrEqual(1);
    await Promise.all([a, b]);
    // once they finish, the same requests are taken
    expect(JSON.parse(String((await pool.answer('d', uncertaintyTask(4), 'client-b')).body)).seed).toBe(4);
  }, 60_000);

  it('drops a waiting computation whose requesters have all gone, and keeps one that someone still waits for', async () => {
    // one thread and room to wait: `running` computes while `left` and `kept` wait for it
    const pool = new ComputePool({ dataDir: resolveDataDir(), threads: 1, queue: 4, perClient: 4, refusalDelayMs: 0 });
    try {
      const running = pool.answer('running', uncertaintyTask(11), 'client-a');
      const goneA = new AbortController();
      const left = refusal(pool.answer('left', uncertaintyTask(12), 'client-b', goneA.signal));
      const goneB = new AbortController();
      const goneC = new AbortController();
      const kept = pool.answer('kept', uncertaintyTask(13), 'client-c', goneB.signal);
      const keptToo = pool.answer('kept', uncertaintyTask(13), 'client-d', goneC.signal);
      expect(keptToo).toBe(kept);
      expect(pool.waitingCount).toBe(2);
      goneA.abort(); // the only requester of `left` closed its connection
      goneB.abort(); // one of the two requesters of `kept`
      const refused = await left;
      expect(refused).toBeInstanceOf(ApiError);
      expect((refused as ApiError).message).toMatch(/abandoned/);
      expect(pool.waitingCount).toBe(1);
      // `running` was not stopped, and `kept` still runs for its other requester
      expect(JSON.parse(String((await running).body)).seed).toBe(11);
      expect(JSON.parse(String((await kept).body)).seed).toBe(13);
      expect(pool.load).toBe(0);
    } finally {
      await pool.close();
    }
  }, 90_000);

  it('answers a bad request with the handler’s 400, naming the parameter', async () => {
    const error = await refusal(pool.answer('bad', { kind: 'route', name: 'whatif', params: { edition: 'open-2016', code: 'E07000028' }, query: { set: 'no-such=1' } }, 'client-a'));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
  }, 60_000);
});

describe('the server under a long computation', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ SMI_WORKERS: '1' });
  }, 60_000);
  afterAll(async () => server?.stop());

  it('answers a cheap route while an uncertainty run of 10,000 is computing', async () => {
    const order: string[] = [];
    const long = fetch(new URL('/api/v1/editions/open-2016/uncertainty?runs=10000&seed=99', server.url)).then(async (response) => {
      order.push(`uncertainty ${response.status}`);
      await response.arrayBuffer();
    });
    await new Promise((done) => setTimeout(done, 50));
    const cheap = await fetch(new URL('/api/v1/editions', server.url));
    order.push(`editions ${cheap.status}`);
    await long;
    expect(order).toEqual(['editions 200', 'uncertainty 200']);
  }, 60_000);

  it('tells a client past its limit to come back later (429 with Retry-After), and answers the others', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, (_, seed) => fetch(new URL(`/api/v1/editions/open-2016/uncertainty?runs=3000&seed=${seed + 1000}`, server.url))));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    const refused = responses.filter((response) => response.status === 429 || response.status === 503);
    expect(refused.length).toBeGreaterThanOrEqual(1); // 8 distinct requests from one client, 4 allowed at once
    for (const response of refused) expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(statuses.every((status) => [200, 429, 503].includes(status))).toBe(true);
  }, 60_000);
});
