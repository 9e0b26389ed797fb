// The load bench's probe (bench/load.ts), in a process of its own so that the load generator's
// work and garbage collection are not timed as the server's: fetches the URL (argv[2]) every
// argv[3] ms until killed, and prints one line per answer: when it was sent (ms since the epoch,
// fractional), how long it took (ms) and its status (0 for no answer).
const [url, every] = [process.argv[2], Number(process.argv[3] ?? 50)];
const headers = { 'accept-encoding': 'gzip, deflate, br' };
const now = () => performance.timeOrigin + performance.now();
// a first fetch loads the HTTP client and opens the connection: not timed
await fetch(url, { headers }).then((response) => response.arrayBuffer()).catch(() => null);
for (;;) {
  const at = now();
  let status = 0;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000), headers });
    await response.arrayBuffer();
    status = response.status;
  } catch {
    status = 0;
  }
  const ms = now() - at;
  process.stdout.write(`${at} ${ms} ${status}\n`);
  await new Promise((done) => setTimeout(done, Math.max(0, every - ms)));
}
