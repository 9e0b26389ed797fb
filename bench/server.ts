/**
 * `npm run bench` (second part): the explorer under load and the weight of the web app.
 *
 * - requests per second and latency of the area-profile route, a filtered league table and a
 *   re-weighted one (autocannon, 10 connections,
 *   5 s, against the real server process on this machine; the load generator shares its 2 cores);
 * - the gzipped size of each JavaScript file of the built web app, and of the first page's total
 *   (the scripts index.html loads: the budget is 250 KB).
 *
 * Nothing is asserted: the figures are for reading and comparing between runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/pipeline/dataDir.js';
import { startServer } from '../test/server/startServer.js';

const server = await startServer();
try {
  // the league table with method choices: one computation per set of choices, kept (src/server/routes.ts, rescored)
  for (const path of ['/api/v1/editions/open-2016/areas/E07000028', '/api/v1/editions/open-2016/areas?region=North%20West', '/api/v1/editions/open-2016/areas?weights=school=2&normalise=rank']) {
    const url = new URL(path, server.url).toString();
    // Warm-up, so the first-request costs (JIT, caches) are not in the figures.
    await autocannon({ url, connections: 4, duration: 1 });
    const result = await autocannon({ url, connections: 10, duration: 5 });
    console.log(
      `GET ${path}: ${Math.round(result.requests.average)} requests/s; latency mean ${result.latency.average.toFixed(1)} ms, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ${result.non2xx} non-2xx, ${result.errors} errors`,
    );
  }
} finally {
  await server.stop();
}

const web = join(PROJECT_ROOT, 'dist', 'web');
if (!existsSync(join(web, 'index.html'))) {
  console.log('dist/web is not built: run `npm run build` for the JavaScript sizes.');
} else {
  const gz = (file: string) => gzipSync(readFileSync(join(web, file)), { level: 9 }).length;
  const assets = readdirSync(join(web, 'assets')).filter((file) => file.endsWith('.js'));
  console.log('\nJavaScript of the web app (bytes, gzip -9):');
  for (const file of assets.sort()) console.log(`  assets/${file}: ${gz(join('assets', file)).toLocaleString('en-GB')}`);
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const firstPage = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  const total = firstPage.reduce((sum, file) => sum + gz(file), 0);
  console.log(`First page (${firstPage.join(', ')}): ${total.toLocaleString('en-GB')} bytes gzipped (budget 250,000).`);
}
