/**
 * Taking the result away, in Chromium against the real server: the area page's "Download the
 * briefing (PDF)" link, and the map's "Download as SVG" and "Download as PNG". The SVG is parsed
 * as XML (the browser's DOMParser in a blank page, which refuses malformed XML) and must hold the title, the credit the paths route gives and one shape
 * per area (the edition's count from the API); the PNG must be a PNG twice the SVG's size. Every
 * page records what the server's Content-Security-Policy blocks: nothing may be.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, fetchJson, launchBrowser, startExplorer, type RunningServer } from './browser.js';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startExplorer(), launchBrowser()]);
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  await context.addInitScript(() => {
    const scope = globalThis as unknown as { cspViolations: string[]; document: { addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void } };
    scope.cspViolations = [];
    scope.document.addEventListener('securitypolicyviolation', (event) => scope.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

function cspViolations(target: Page): Promise<string[]> {
  return target.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations);
}

/** Clicks `name` and returns the file the browser saved and the name it suggested. */
async function download(target: Page, name: string | RegExp): Promise<{ bytes: Buffer; filename: string }> {
  const [saved] = await Promise.all([target.waitForEvent('download'), target.getByRole('button', { name }).or(target.getByRole('link', { name })).click()]);
  return { bytes: readFileSync(await saved.path()), filename: saved.suggestedFilename() };
}

/** What a test reads from an SVG file: parsed as strict XML in a blank page of the browser. */
interface SvgFacts {
  /** The parser's complaint, or null for well-formed XML. */
  error: string | null;
  root: string;
  namespace: string | null;
  width: number;
  height: number;
  /** The words of its text elements, spaces tidied. */
  words: string;
  /** The area codes of its shapes, in order. */
  shapes: string[];
  /** Carlisle's shape's fill. */
  carlisleFill: string | null;
  scripts: number;
  circles: number;
}

async function readSvg(bytes: Buffer): Promise<SvgFacts> {
  const reader = await context.newPage();
  try {
    return await reader.evaluate((source) => {
      const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
      const error = parsed.querySelector('parsererror');
      const root = parsed.documentElement;
      return {
        error: error === null ? null : (error.textContent ?? 'parser error'),
        root: root.localName,
        namespace: root.namespaceURI,
        width: Number(root.getAttribute('width')),
        height: Number(root.getAttribute('height')),
        words: [...parsed.querySelectorAll('text')].map((node) => node.textContent).join(' ').replace(/\s+/g, ' '),
        shapes: [...parsed.querySelectorAll('path[data-area-code]')].map((shape) => shape.getAttribute('data-area-code') ?? ''),
        carlisleFill: parsed.querySelector('path[data-area-code="E07000028"]')?.getAttribute('fill') ?? null,
        scripts: parsed.querySelectorAll('script, foreignObject').length,
        circles: parsed.querySelectorAll('circle').length,
      };
    }, bytes.toString('utf8'));
  } finally {
    await reader.close();
  }
}

describe('the area page\'s briefing', () => {
  it('"Download the briefing (PDF)" downloads the server\'s PDF of the area', async () => {
    await page.goto(`${server.url}/area/E07000028`);
    const link = page.getByRole('link', { name: 'Download the briefing (PDF)' });
    await link.waitFor();
    const address = new URL((await link.getAttribute('href'))!, server.url);
    expect(address.pathname).toBe('/api/v1/editions/open-2016/areas/E07000028/briefing.pdf');
    const response = await fetch(address);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const { bytes, filename } = await download(page, 'Download the briefing (PDF)');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(filename).toBe('smi-open-2016-E07000028-briefing.pdf');
    expect(await cspViolations(page)).toEqual([]);
  }, 60_000);
});

describe('the map as an image', () => {
  let svg: SvgFacts;

  beforeAll(async () => {
    await page.goto(`${server.url}/`);
    await page.locator('figure[aria-busy="false"][data-layout="map"] [data-area-code]').first().waitFor();
  }, 60_000);

  it('downloads as an SVG with the title, the key, the credit and one shape per area', async () => {
    const { editions } = await fetchJson<{ editions: Array<{ id: string; areaCount: number }> }>(server, '/api/v1/editions');
    const count = editions.find((entry) => entry.id === 'open-2016')!.areaCount;
    const paths = await fetchJson<{ attribution: { statements: string[] } }>(server, '/api/v1/editions/open-2016/paths');
    const { bytes, filename } = await download(page, /^Download as SVG/);
    expect(filename).toBe('smi-open-2016-map-overall.svg');
    svg = await readSvg(bytes);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
    const words = svg.words;
    expect(words).toContain('Social Mobility Index, open-2016');
    expect(words).toContain('1st decile (best)');
    expect(words).toContain('10th decile (worst)');
    const credit = paths.attribution.statements.find((statement) => statement.includes('Contains OS data'))!;
    expect(credit).toBeDefined();
    expect(words).toContain(credit);
    expect(words).toContain('Open Government Licence');
    expect(svg.shapes).toHaveLength(count);
    expect(new Set(svg.shapes).size).toBe(count);
    // each shape keeps its colour without the page's stylesheet: Carlisle, in the 10th decile, the darkest blue of ColorBrewer's RdBu (#053061)
    expect(['#053061', 'rgb(5, 48, 97)']).toContain(svg.carlisleFill);
    // and no script is in the file
    expect(svg.scripts).toBe(0);
    expect(await cspViolations(page)).toEqual([]);
  }, 60_000);

  it('downloads as a PNG twice the size of the SVG', async () => {
    const { bytes, filename } = await download(page, /^Download as PNG/);
    expect(filename).toBe('smi-open-2016-map-overall.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // the IHDR chunk: width and height, big-endian, at bytes 16 and 20
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBe(2 * svg.width);
    expect(height).toBe(2 * svg.height);
    expect(width).toBeGreaterThanOrEqual(1200);
    expect(height).toBeGreaterThan(width / 2);
    expect(await cspViolations(page)).toEqual([]);
  }, 60_000);

  it('keeps the map page clean for axe with the download buttons', async () => {
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});

describe('the area page\'s charts as images', () => {
  interface Profile {
    name: string;
    headline: string;
    indicators: Array<{ id: string; label: string; value: number | null }>;
    attribution: { statements: string[] };
  }
  let profile: Profile;

  beforeAll(async () => {
    profile = await fetchJson<Profile>(server, '/api/v1/editions/open-2016/areas/E07000028');
    await page.goto(`${server.url}/area/E07000028`);
    await page.locator('#contributions').waitFor();
    await page.locator('svg.strip-plot').first().waitFor();
  }, 60_000);

  it('downloads the strip plots as one SVG: a row per indicator with a value, the headline and every source statement', async () => {
    const { bytes, filename } = await download(page, /^Download as SVG.*strip plots/);
    expect(filename).toBe('smi-open-2016-E07000028-indicators.svg');
    const { words, circles, error } = await readSvg(bytes);
    expect(error).toBeNull();
    const withValue = profile.indicators.filter((indicator) => indicator.value !== null);
    expect(withValue.length).toBeGreaterThan(8);
    for (const indicator of withValue) expect(words, indicator.id).toContain(indicator.label);
    // one strip per indicator with a value: each has the area's dot
    expect(circles).toBe(withValue.length);
    expect(words).toContain(profile.headline);
    for (const statement of profile.attribution.statements) expect(words).toContain(statement.replace(/\s+/g, ' '));
  }, 60_000);

  it('downloads the contribution and gap chart as an SVG with both columns and the explain route\'s total, and as a PNG', async () => {
    const explained = await fetchJson<{ gap: number; drivers: unknown[] }>(server, '/api/v1/editions/open-2016/areas/E07000028/explain');
    const chart = await readSvg((await download(page, /^Download as SVG.*contribution/)).bytes);
    expect(chart.error).toBeNull();
    expect(chart.words).toContain('Contribution Gap to the median area');
    // the gap as the page writes a signed number: a true minus sign and three decimals
    expect(chart.words).toContain(`the gaps to ${explained.gap < 0 ? '−' : '+'}${Math.abs(explained.gap).toFixed(3)}`);
    const { bytes, filename } = await download(page, /^Download as PNG.*contribution/);
    expect(filename).toBe('smi-E07000028-contributions.png');
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(1800);
    expect(await cspViolations(page)).toEqual([]);
  }, 60_000);

  it('keeps the area page clean for axe with the download buttons', async () => {
    expect(await axeViolations(page)).toEqual([]);
  }, 60_000);
});

describe('the groups chart as an image', () => {
  it('downloads as an SVG with a bar per region and the key in words', async () => {
    const groups = await fetchJson<{ groups: Array<{ group: string }> }>(server, '/api/v1/editions/open-2016/groups?by=region');
    await page.goto(`${server.url}/groups`);
    await page.locator('#groups-table tbody tr').first().waitFor();
    const { bytes } = await download(page, /^Download as SVG/);
    const { words, error } = await readSvg(bytes);
    expect(error).toBeNull();
    for (const { group } of groups.groups) expect(words).toContain(`${group}:`);
    expect(words).toContain('hotspots');
    expect(words).toContain('coldspots');
    expect(await cspViolations(page)).toEqual([]);
  }, 60_000);
});

describe('the uncertainty page\'s charts as images', () => {
  it('downloads the share of each assumption and the areas\' intervals as SVGs, each row labelled', async () => {
    await page.goto(`${server.url}/uncertainty?runs=200&seed=3&q=Carl`);
    await page.locator('#uncertainty-status[data-status="done"]').waitFor({ timeout: 60_000 });
    const assumptions = await page.locator('#sensitivity tbody th').allTextContents();
    expect(assumptions.length).toBeGreaterThan(2);
    const shares = await readSvg((await download(page, /^Download as SVG.*assumptions/)).bytes);
    expect(shares.error).toBeNull();
    expect(shares.words).toContain('seed 3');
    for (const assumption of assumptions) expect(shares.words).toContain(assumption.replace(/\s+/g, ' ').trim());
    const intervals = await readSvg((await download(page, /^Download as SVG.*interval chart/)).bytes);
    expect(intervals.error).toBeNull();
    expect(intervals.words).toContain('Carlisle: 90% interval');
    expect(await cspViolations(page)).toEqual([]);
  }, 90_000);
});
