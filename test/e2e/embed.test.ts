/**
 * The embeddable views in Debian's Chromium against the real server: another page frames the
 * embedded map and area card (they draw), while a frame of any other page of the explorer is refused
 * by its Content-Security-Policy; the map page's "Embed this" gives and copies the iframe code.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { axeViolations, explorerForTests, fetchJson } from './browser.js';

const session = explorerForTests();

describe('embeddable views', () => {
  it('draw in another page\'s frame; the explorer\'s own pages refuse to', async () => {
    const profile = await fetchJson<{ headline: string }>(session.server, '/api/v1/editions/open-2016/areas/E07000028');
    // a page of another site (another port: another origin) framing three views
    const html =
      `<!doctype html><title>Another site</title><iframe id="map" src="${session.server.url}/embed/map" width="700" height="800"></iframe>` +
      `<iframe id="card" src="${session.server.url}/embed/area/E07000028" width="500" height="400"></iframe>` +
      `<iframe id="page" src="${session.server.url}/area/E07000028" width="500" height="400"></iframe>`;
    const other: Server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(html));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    try {
      await session.page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      await checkFrames(profile.headline);
    } finally {
      other.close();
    }
  });

  async function checkFrames(headline: string): Promise<void> {
    const map = session.page.frameLocator('#map');
    await map.locator('figure [data-area-code]').first().waitFor();
    await expect.poll(() => map.locator('[data-area-code]').count()).toBe(324);
    expect(await map.locator('.embed-footer').textContent()).toMatch(/Open Government Licence/);
    expect(await map.locator('.site-nav').count()).toBe(0);
    const card = session.page.frameLocator('#card');
    await card.locator('#embed-headline').waitFor();
    expect(await card.locator('#embed-headline').textContent()).toBe(headline);
    // the full area page is not drawn in a frame
    await session.page.waitForTimeout(1500);
    expect(await session.page.frameLocator('#page').locator('main h1').count()).toBe(0);
  }

  it('have no accessibility violation', async () => {
    for (const path of ['/embed/map', '/embed/area/E07000028']) {
      await session.page.goto(`${session.server.url}${path}`);
      await session.page.locator('main h1').waitFor();
      await session.page.waitForTimeout(1000);
      expect(await axeViolations(session.page), path).toEqual([]);
    }
  });

  it('"Embed this" on the map page gives the iframe of the embedded map and copies it', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    await session.page.goto(`${session.server.url}/?measure=youth`);
    await session.page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
    await session.page.locator('details.embed-code > summary').click();
    const code = await session.page.locator('details.embed-code textarea').inputValue();
    expect(code).toBe(`<iframe src="${session.server.url}/embed/map?measure=youth" title="Social Mobility Index map (open-2016)" width="100%" height="720" loading="lazy" style="border:0"></iframe>`);
    await session.page.getByRole('button', { name: 'Copy the embed code' }).click();
    await expect.poll(() => session.page.locator('details.embed-code [role="status"]').textContent()).toContain('Copied');
    expect(await session.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });
});
