/**
 * `npm run bench` (the web app in Chromium): against the real server, in Debian's Chromium,
 *
 * - the first page (`/`): the bytes it moves (as sent, compressed) by kind, and its long tasks
 *   (over 50 ms) until the map is drawn;
 * - re-weighting the map in the page, two ways:
 *   - from the page: an input event dispatched as a frame begins (in an animation frame callback)
 *     to the first task after that frame is rendered, median, p95 and worst of 40 moves, each
 *     checked to have recoloured the map by then; beside it the same measure for recolouring the
 *     324 shapes directly (setAttribute, no engine, no Preact): the floor of this machine's painting;
 *   - Chromium's own Event Timing (what INP is built on): 40 real key presses on a slider, each
 *     entry's duration from the key press to the next frame painted after its handlers; Chromium
 *     reports only events of 16 ms or more, so an unreported press was painted within 16 ms. This
 *     includes the wait for the display's next refresh (up to 16.7 ms at 60 Hz), so it is printed
 *     beside the same presses handled by a listener that only recolours the shapes.
 *
 * Nothing is asserted.
 */
import { quantile } from '../src/stats/quantile.js';
import { chromium } from 'playwright-core';
import { startServer } from '../test/server/startServer.js';

// as the browser tests (test/e2e/browser.ts, which is type-checked with the DOM's types, so not imported here)
const launchBrowser = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
const startExplorer = async () => {
  const server = await startServer();
  return { ...server, url: server.url.replace(/\/$/, '') };
};

const server = await startExplorer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const client = await page.context().newCDPSession(page);
  await client.send('Network.enable');
  await client.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const bytes = new Map<string, number>();
  client.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) => urls.set(event.requestId, event.request.url));
  client.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => bytes.set(event.requestId, event.encodedDataLength));
  await page.addInitScript(`
    window.longTasks = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); }).observe({ type: 'longtask', buffered: true });
  `);
  await page.goto(`${server.url}/`);
  // waited for by polling a plain expression: Playwright's selector engine, run in the page while
  // it loads, would itself show as part of a long task
  for (let tries = 0; tries < 100; tries += 1) {
    if (await page.evaluate('document.querySelector(\'figure[aria-busy="false"] [data-area-code]\') !== null')) break;
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(500);
  const byKind = new Map<string, number>();
  for (const [id, size] of bytes) {
    const path = new URL(urls.get(id) ?? 'http://x/').pathname;
    const kind = path.startsWith('/api/') ? path.replace(/^\/api\/v1\/editions\/[^/]+/, '…') : path.endsWith('.js') ? 'JavaScript' : path.endsWith('.css') ? 'CSS' : path;
    byKind.set(kind, (byKind.get(kind) ?? 0) + size);
  }
  const total = [...byKind.values()].reduce((sum, size) => sum + size, 0);
  console.log(`First page (/): ${total.toLocaleString('en-GB')} bytes moved — ${[...byKind].map(([kind, size]) => `${kind} ${size.toLocaleString('en-GB')}`).join(', ')}`);
  const longTasks = (await page.evaluate('window.longTasks')) as number[];
  console.log(`  long tasks until the map is drawn: ${longTasks.length === 0 ? 'none over 50 ms' : longTasks.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`);

  await page.locator('details.reweight > summary').click();
  await page.locator('details.reweight[data-ready="true"]').waitFor();
  // a string, so that the TypeScript runner's helpers do not end up in the page's code. The input
  // is dispatched as a frame begins (in an animation frame callback), and the time taken is up to
  // the first task after that frame's rendering (style, layout, paint): the change is in that frame
  // only if the work fits, so this is input → painted frame with no wait for the display's next
  // refresh. Each move is checked to have changed the map's colours by then.
  const inPage = (action: string) => `(async () => {
    const slider = document.querySelector('#reweight-school');
    const paths = [...document.querySelectorAll('.area-map [data-area-code]')];
    const fills = () => paths.map((path) => path.getAttribute('fill')).join();
    const task = () => new Promise((done) => { const channel = new MessageChannel(); channel.port1.onmessage = () => done(performance.now()); channel.port2.postMessage(null); });
    const out = [];
    const computeMs = [];
    let unchanged = 0;
    for (let i = 0; i < 40; i += 1) {
      await new Promise((done) => requestAnimationFrame(done));
      await task();
      const before = fills();
      const ms = await new Promise((done) => requestAnimationFrame(() => {
        const started = performance.now();
        ${action}
        task().then((ended) => done(ended - started));
      }));
      if (fills() === before) unchanged += 1;
      out.push(ms);
      computeMs.push(Number(document.querySelector('figure.map-figure').dataset.computeMs));
    }
    return [out, computeMs, unchanged];
  })()`;
  const [times, computeTimes, unchanged] = (await page.evaluate(
    inPage(`slider.value = String([0.5, 2, 1.25, 3][i % 4]); slider.dispatchEvent(new Event('input', { bubbles: true }));`),
  )) as [number[], number[], number];
  const computed = await page.locator('figure.map-figure').getAttribute('data-computed-in-page');
  // the floor: the same 324 shapes recoloured directly (setAttribute; no engine, no Preact)
  const [floor] = (await page.evaluate(inPage(`for (const [j, path] of paths.entries()) path.setAttribute('fill', (i + j) % 2 ? '#b2182b' : '#2166ac');`))) as [number[]];
  // put the map back as the sliders have it
  await page.evaluate(`(() => { const slider = document.querySelector('#reweight-school'); slider.value = '1'; slider.dispatchEvent(new Event('input', { bubbles: true })); })()`);

  // Chromium's Event Timing for real key presses (trusted events): from the press to the next frame
  // painted after its handlers, which includes waiting for the display's next refresh (up to a
  // frame, 16.7 ms at 60 Hz, whatever the page does); the same for a key handler that only
  // recolours the shapes, as the floor of that measure
  const pressKeys = async (floorOnly: boolean): Promise<Array<{ duration: number; processing: number }>> => {
    await page.evaluate(`(() => {
      window.slowEvents = [];
      window.observer?.disconnect();
      window.observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (entry.name === 'keydown') window.slowEvents.push({ duration: entry.duration, processing: entry.processingEnd - entry.processingStart }); });
      window.observer.observe({ type: 'event', durationThreshold: 16, buffered: false });
      window.floorOnly = ${floorOnly};
      if (!window.floorListener) {
        window.floorListener = true;
        let turn = 0;
        const paths = [...document.querySelectorAll('.area-map [data-area-code]')];
        document.querySelector('#reweight-school').addEventListener('keydown', (event) => {
          if (!window.floorOnly) return;
          event.preventDefault();
          event.stopImmediatePropagation();
          turn += 1;
          for (const [j, path] of paths.entries()) path.setAttribute('fill', (turn + j) % 2 ? '#b2182b' : '#2166ac');
        }, { capture: true });
      }
    })()`);
    await page.locator('#reweight-school').focus();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(300);
    return (await page.evaluate('window.slowEvents')) as Array<{ duration: number; processing: number }>;
  };
  const slow = await pressKeys(false);
  const slowFloor = await pressKeys(true);
  const within = (entries: Array<{ duration: number }>) => `${40 - entries.length} of 40 within 16 ms${entries.length === 0 ? '' : ` (the others ${entries.map((entry) => `${entry.duration} ms`).join(', ')})`}`;
  const ms = (values: number[], p: number) => `${(quantile(values, p) ?? NaN).toFixed(1)} ms`;
  console.log(
    `Re-weighting the map in the page (input at the start of a frame → that frame rendered, 40 moves): median ${ms(times, 0.5)}, p95 ${ms(times, 0.95)}, worst ${ms(times, 1)} (target under 16 ms)` +
      `${computed === 'true' ? '' : ' — the map did not recompute!'}${unchanged === 0 ? '' : ` — ${unchanged} moves left the map's colours as they were!`}; of which the engine and the view ${ms(computeTimes, 0.5)}; ` +
      `recolouring the 324 shapes directly, the same way: median ${ms(floor, 0.5)}, p95 ${ms(floor, 0.95)}`,
  );
  console.log(`  Chromium's Event Timing, 40 key presses on the slider (press → next painted frame, with the wait for the display's refresh): ${within(slow)}; a key handler that only recolours the shapes: ${within(slowFloor)}`);
} finally {
  await browser.close();
  await server.stop();
}
