/**
 * `npm run bench` (load scenarios): the real server (`node dist/server/main.js`) under 200
 * connections for 60 s each (SMI_BENCH_SECONDS to change it), the load generator on the same
 * machine:
 *
 * 1. an area profile;
 * 2. the league table with method choices (`?weights=school=2&normalise=rank`);
 * 3. an uncertainty flood — every request a different seed, so none is shared or kept — with a
 *    probe of a cheap route (`/api/v1/editions`, one request every 50 ms, from a process of its
 *    own so that the load generator's work is not timed as the server's) beside it, during the
 *    flood and for 5 s after it.
 *
 * It prints requests/s, p50/p99 latency, the statuses other than 200 (503 and 429 are the pool
 * refusing, with Retry-After; anything else 5xx would be a fault), the probe's p50/p99 during the
 * flood and how long after the flood it took the probe to answer within 2× its idle median again.
 * Every request says `Accept-Encoding: gzip, deflate, br`, as browsers do. Nothing is asserted.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { quantile } from '../src/stats/quantile.js';
import { startServer } from '../test/server/startServer.js';

const seconds = Number(process.env.SMI_BENCH_SECONDS ?? 60);
const connections = 200;
const headers = { 'accept-encoding': 'gzip, deflate, br' };

function statusLine(result: autocannon.Result): string {
  const codes = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => code !== '200')
    .map(([code, stats]) => `${(stats as { count: number }).count} × ${code}`);
  return `${Math.round(result.requests.average).toLocaleString('en-GB')} requests/s; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ${codes.length === 0 ? 'all 200' : codes.join(', ')}; ${result.errors} connection errors, ${result.timeouts} timeouts`;
}

/**
 * Probes `url` every `everyMs` until stopped, from a process of its own (bench/probe.mjs): each
 * answer's time (ms) and when it was sent, on the clock of {@link now}.
 */
function probe(url: string, everyMs: number) {
  const samples: Array<{ at: number; ms: number; status: number }> = [];
  const child = spawn(process.execPath, [fileURLToPath(new URL('probe.mjs', import.meta.url)), url, String(everyMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let rest = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const [at, ms, status] = line.split(' ').map(Number);
      samples.push({ at: at!, ms: ms!, status: status! });
    }
  });
  const exited = new Promise((done) => child.once('exit', done));
  return {
    samples,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}

/** Milliseconds since the epoch, fractional: the clock the probe's process stamps its samples with. */
const now = (): number => performance.timeOrigin + performance.now();

const p = (values: number[], q: number): number => (values.length === 0 ? NaN : quantile(values, q) ?? NaN);

const server = await startServer();
try {
  console.log(`Load scenarios: ${connections} connections, ${seconds} s each, server and load generator on this machine.`);
  for (const path of ['/api/v1/editions/open-2016/areas/E07000028', '/api/v1/editions/open-2016/areas?weights=school=2&normalise=rank']) {
    const url = new URL(path, server.url).toString();
    await autocannon({ url, connections: 10, duration: 2, headers }); // warm-up
    console.log(`GET ${path}: ${statusLine(await autocannon({ url, connections, duration: seconds, headers }))}`);
  }

  const probeUrl = new URL('/api/v1/editions', server.url).toString();
  // the server left to settle after the scenarios above, then probed idle
  await new Promise((done) => setTimeout(done, 3000));
  const idle = probe(probeUrl, 50);
  await new Promise((done) => setTimeout(done, 3000));
  await idle.stop();
  const idleMedian = p(idle.samples.map((sample) => sample.ms), 0.5);

  const busy = probe(probeUrl, 50);
  let seed = 0;
  const floodStart = now();
  const flood = await autocannon({
    url: server.url,
    connections,
    duration: seconds,
    headers,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/v1/editions/open-2016/uncertainty?runs=10000&seed=${(seed += 1)}` }) }],
  });
  const floodEnd = now();
  await new Promise((done) => setTimeout(done, 5000));
  await busy.stop();
  const during = busy.samples.filter((sample) => sample.at >= floodStart && sample.at < floodEnd);
  const after = busy.samples.filter((sample) => sample.at >= floodEnd);
  const recovered = after.find((sample, i) => after.slice(i).every((later) => later.status === 200 && later.ms <= Math.max(2 * idleMedian, 5)));
  console.log(`GET /uncertainty?runs=10000&seed=<each different> (flood): ${statusLine(flood)}`);
  console.log(
    `  probe GET /api/v1/editions: idle p50 ${idleMedian.toFixed(1)} ms, p99 ${p(idle.samples.map((s) => s.ms), 0.99).toFixed(1)} ms, max ${Math.max(...idle.samples.map((s) => s.ms)).toFixed(1)} ms (${idle.samples.filter((s) => s.ms > Math.max(2 * idleMedian, 5)).length} of ${idle.samples.length} over 2× its median); during the flood p50 ${p(during.map((s) => s.ms), 0.5).toFixed(1)} ms, p99 ${p(during.map((s) => s.ms), 0.99).toFixed(1)} ms, ${during.filter((s) => s.status !== 200).length} of ${during.length} not answered 200; ` +
      `back to normal ${recovered === undefined ? 'not within 5 s' : `${Math.max(0, recovered.at - floodEnd).toFixed(0)} ms`} after the flood`,
  );
  // "as at idle": from the first moment after which every 1-s window of probes (sliding by 250 ms)
  // has its median within 2× the idle median and its worst within the idle p99 — the strict rule
  // above (every later probe within 2× the idle median) is broken by the idle probes themselves
  const idleP99 = p(idle.samples.map((s) => s.ms), 0.99);
  const windowStarts = Array.from({ length: 17 }, (_, i) => floodEnd + i * 250);
  const windowNormal = (start: number) => {
    const inside = after.filter((sample) => sample.at >= start && sample.at < start + 1000);
    return inside.length > 0 && inside.every((sample) => sample.status === 200) && p(inside.map((s) => s.ms), 0.5) <= 2 * idleMedian && Math.max(...inside.map((s) => s.ms)) <= Math.max(idleP99, 2 * idleMedian);
  };
  const asAtIdle = windowStarts.find((start, i) => windowStarts.slice(i).every(windowNormal));
  console.log(
    `  as at idle (every later second's median within 2× the idle median and its worst within the idle p99, ${idleP99.toFixed(1)} ms): ${asAtIdle === undefined ? 'not within 5 s' : `${(asAtIdle - floodEnd).toFixed(0)} ms`} after the flood`,
  );
  // the probe second by second after the flood: its median, its worst, and how many probes were slower than "normal"
  const normal = Math.max(2 * idleMedian, 5);
  const seconds5 = [0, 1, 2, 3, 4].map((second) => after.filter((sample) => sample.at - floodEnd >= second * 1000 && sample.at - floodEnd < (second + 1) * 1000));
  console.log(
    `  after the flood, second by second: ${seconds5.map((samples, second) => `${second}–${second + 1} s p50 ${p(samples.map((s) => s.ms), 0.5).toFixed(1)} ms, max ${Math.max(...samples.map((s) => s.ms)).toFixed(1)} ms, ${samples.filter((s) => s.ms > normal).length} over ${normal.toFixed(1)} ms`).join('; ')}`,
  );
} finally {
  await server.stop();
}
