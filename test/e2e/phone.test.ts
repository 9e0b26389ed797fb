/**
 * The explorer on a phone (375 × 740 CSS pixels, touch) in Debian's Chromium against the real
 * server: no page wider than the screen, axe clean, the map first, zoomable by buttons and by a
 * pinch, small areas reachable, a tap that shows an area before a second one opens it, tables that
 * say they scroll, bars kept whole, and touch targets of at least 24 px.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../web/src/routes.js';
import { axeViolations, explorerForTests } from './browser.js';

const WIDTH = 375;
const HEIGHT = 740;

const session = explorerForTests({ viewport: { width: WIDTH, height: HEIGHT }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function open(path: string): Promise<void> {
  await session.page.goto(`${session.server.url}${path}`);
  await session.page.locator('main h1').waitFor();
}

async function waitForMap(): Promise<void> {
  await session.page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
}

const pageWidth = (): Promise<number> => session.page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);

describe('at 375 px', () => {
  for (const route of [...ROUTES.map((entry) => entry.example), '/table?sort=name', '/compare?areas=E07000105,E07000106,E07000107,E07000108,E07000109,E07000110']) {
    it(`${route}: nothing wider than the screen, and axe finds no violation`, async () => {
      await open(route);
      // the page's data has arrived: no "Loading" status left
      await expect.poll(() => session.page.locator('main .loading').count(), { timeout: 20_000 }).toBe(0);
      expect(await pageWidth()).toBeLessThanOrEqual(WIDTH);
      expect(await axeViolations(session.page)).toEqual([]);
    });
  }

  it('with the method panel open, the league table page is no wider than the screen', async () => {
    await open('/table');
    await session.page.locator('details.method-panel > summary').click();
    expect(await pageWidth()).toBeLessThanOrEqual(WIDTH);
  });

  it('gives every button, field and summary a target of at least 24 × 24 px', async () => {
    for (const route of ['/', '/table', '/area/E07000028', '/compare?areas=E07000026,E07000028', '/yours', '/movers', '/uncertainty', '/groups', '/patterns']) {
      await open(route);
      await session.page.waitForTimeout(500);
      const small = await session.page.locator('main button, main select, main input:not([type=radio]):not([type=checkbox]), main summary').evaluateAll((elements) =>
        elements
          .map((element) => ({ html: element.outerHTML.slice(0, 80), box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ html, box }) => `${html} ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small, route).toEqual([]);
    }
  });
});

describe('the map on a phone', () => {
  it('comes first: the map is on the first screen', async () => {
    await open('/');
    await waitForMap();
    // the drawing starts in the upper part of the first screen (it started 1.4 screens down)
    const box = (await session.page.locator('svg.area-map').boundingBox())!;
    expect(box.y).toBeLessThan(HEIGHT * 0.6);
    // and the words about it come after it
    const lead = (await session.page.locator('.map-page-lead').boundingBox())!;
    expect(lead.y).toBeGreaterThan(box.y + box.height);
  });

  it('zooms in with the buttons so that a small London borough is larger than 24 × 24 px', async () => {
    await open('/');
    await waitForMap();
    const islington = session.page.locator('[data-area-code="E09000019"]');
    const before = (await islington.boundingBox())!;
    expect(Math.min(before.width, before.height)).toBeLessThan(24);
    for (let i = 0; i < 3; i += 1) await session.page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await session.page.locator('svg.area-map').getAttribute('data-zoom')).toBe('8');
    // "Go to an area" brings it into the zoomed view
    await session.page.locator('#go-to-area').fill('Islington');
    await session.page.locator('#go-to-area').press('Enter');
    await expect.poll(async () => Math.min((await islington.boundingBox())?.width ?? 0, (await islington.boundingBox())?.height ?? 0)).toBeGreaterThanOrEqual(24);
    const frame = (await session.page.locator('svg.area-map').boundingBox())!;
    const after = (await islington.boundingBox())!;
    expect(after.x).toBeGreaterThanOrEqual(frame.x - 1);
    expect(after.x + after.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
    await session.page.getByRole('button', { name: 'Whole map' }).click();
    expect(await session.page.locator('svg.area-map').getAttribute('data-zoom')).toBe('1');
  });

  it('zooms with a two-finger pinch', async () => {
    await open('/');
    await waitForMap();
    await session.page.locator('svg.area-map').scrollIntoViewIfNeeded();
    const frame = (await session.page.locator('svg.area-map').boundingBox())!;
    // the fingers go down on the map, inside the screen
    const cx = frame.x + frame.width / 2;
    const cy = Math.max(0, frame.y) + Math.min(frame.height, HEIGHT - Math.max(0, frame.y)) / 2;
    const cdp = await session.context.newCDPSession(session.page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [
          { x: cx - spread, y: cy, id: 1 },
          { x: cx + spread, y: cy, id: 2 },
        ],
      });
    await touch('touchStart', 20);
    for (const spread of [30, 45, 60, 80]) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect.poll(async () => Number(await session.page.locator('svg.area-map').getAttribute('data-zoom'))).toBeGreaterThan(2);
    await cdp.detach();
  });

  it('shows an area on the first tap and opens it on the second', async () => {
    await open('/');
    await waitForMap();
    const carlisle = session.page.locator('[data-area-code="E07000028"]');
    await carlisle.tap();
    await expect.poll(() => session.page.locator('#map-tooltip').textContent()).toContain('Carlisle');
    expect(new URL(session.page.url()).pathname).toBe('/');
    await carlisle.tap();
    await session.page.waitForURL(/\/area\/E07000028$/);
  });
});

describe('tables on a phone', () => {
  it('say that they scroll, and keep both halves of every contribution bar in view', async () => {
    await open('/area/E07000028');
    const explain = session.page.locator('#explain');
    await explain.locator('table tbody tr').first().waitFor();
    const wraps = explain.locator('.table-wrap');
    const scrolls = await wraps.first().evaluate((element) => element.scrollWidth > element.clientWidth);
    if (scrolls) expect(await explain.locator('.scroll-hint').first().isVisible()).toBe(true);
    // every bar lies inside its cell, and the cell inside the table's box, scrolled to the start or not
    const outside = await explain.locator('td .diverging-bar').evaluateAll((bars) =>
      bars.filter((bar) => {
        const box = bar.getBoundingClientRect();
        const cell = bar.closest('td')!.getBoundingClientRect();
        return box.left < cell.left - 1 || box.right > cell.right + 1;
      }).length,
    );
    expect(outside).toBe(0);
    expect(await explain.locator('td .diverging-bar').count()).toBeGreaterThan(10);
  });
});
