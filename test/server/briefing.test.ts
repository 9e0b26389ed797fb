/**
 * "Download the briefing (PDF)": GET …/areas/{code}/briefing.pdf through the real server (what
 * `npm start` runs). The PDF's text is read back with Mozilla's pdf.js (an extractor independent of
 * pdfkit, which wrote it) and checked against the JSON the API gives for the same area — its
 * headline and rank, its indicators' labels, its attribution's statements — and the caveat.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAVEAT } from '../../src/report/attribution.js';
import type { AreaResponse } from '../../src/contract/responses.js';
import { TREND_NOTE } from '../../src/report/trendNotes.js';
import { startServer, type RunningServer } from './startServer.js';

/** pdf.js's metrics of the 14 standard fonts, which the briefing uses (a folder path with its trailing slash, as pdf.js asks in Node). */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/** A4 in PostScript points: 210 mm × 297 mm at 72 points to the inch. */
const A4 = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 };

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

interface ReadPdf {
  pages: Array<{ width: number; height: number; text: string }>;
  /** Every page's text, lines joined by spaces (a line ending in a hyphen or en dash joined without one). */
  text: string;
}

/** The pages of a PDF and their text, as pdf.js reads them. */
async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl: STANDARD_FONTS }).promise;
  const pages: ReadPdf['pages'] = [];
  for (let n = 1; n <= document.numPages; n += 1) {
    const page = await document.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const lines = (content.items as TextItem[]).map((item) => item.str + (item.hasEOL ? '\n' : '')).join('');
    pages.push({ width: x1 - x0, height: y1 - y0, text: lines });
  }
  await document.destroy();
  const text = pages
    .map((page) => page.text)
    .join('\n')
    // a line broken after a hyphen or an en dash ("4-year-olds", "20–30%") is one word
    .replace(/([-–])\n/g, '$1')
    .replace(/\s+/g, ' ');
  return { pages, text };
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function getPdf(path: string): Promise<{ response: Response; pdf: ReadPdf; bytes: Uint8Array }> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, `${path}: ${response.status}`).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes, pdf: await readPdf(bytes) };
}

interface TrendBody {
  name: string;
  resolution: string | null;
  years: Array<{ year: number; overall: { rank: number | null }; stages: Array<{ id: string; label: string; rank: number | null }> }>;
  attribution: { statements: string[] };
}

function ordinalSuffix(n: number): string {
  if ([11, 12, 13].includes(n % 100)) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

describe('the briefing of Carlisle (open-2016)', () => {
  const path = '/api/v1/editions/open-2016/areas/E07000028';
  let profile: AreaResponse;
  let read: Awaited<ReturnType<typeof getPdf>>;
  beforeAll(async () => {
    profile = await getJson<AreaResponse>(path);
    read = await getPdf(`${path}/briefing.pdf`);
  }, 60_000);

  it('is a PDF download named after the area', () => {
    expect(read.response.headers.get('content-type')).toBe('application/pdf');
    expect(read.response.headers.get('content-disposition')).toBe('attachment; filename="smi-open-2016-E07000028-briefing.pdf"');
    expect(new TextDecoder('latin1').decode(read.bytes.slice(0, 5))).toBe('%PDF-');
  });

  it('has two to four pages, each A4', () => {
    expect(read.pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(read.pdf.pages.length).toBeLessThanOrEqual(4);
    for (const page of read.pdf.pages) {
      expect(page.width).toBeCloseTo(A4.width, 0);
      expect(page.height).toBeCloseTo(A4.height, 0);
    }
  });

  it('gives the rank and headline the API gives, with the caveat, on page 1', () => {
    const rank = profile.overall.rank!;
    const first = read.pdf.pages[0]!.text.replace(/([-–])\n/g, '$1').replace(/\s+/g, ' ');
    expect(first).toContain(`Carlisle is ranked ${rank}${ordinalSuffix(rank)} of ${profile.rankedCount}`);
    expect(first).toContain(profile.headline);
    expect(first).toContain(CAVEAT.text);
    expect(first).toContain(profile.rankInterval!.sentence);
  });

  it('lists all 16 indicators with their value and level words', () => {
    expect(profile.indicators).toHaveLength(16);
    for (const indicator of profile.indicators) expect(read.pdf.text, indicator.id).toContain(indicator.label);
    // a stand-in's badge and a missing value's, as the level badges of the area page say them
    expect(read.pdf.text).toContain('Stand-in');
    expect(read.pdf.text).toContain('No data');
  });

  it('carries every source statement of the profile\'s attribution and the licence', () => {
    expect(profile.attribution.statements.length).toBeGreaterThan(3);
    for (const statement of profile.attribution.statements) expect(read.pdf.text).toContain(statement.replace(/\s+/g, ' '));
    expect(read.pdf.text).toContain(profile.attribution.licence);
  });

  it('says what drives the result and names similar areas, as the explain and neighbours routes do', async () => {
    const explained = await getJson<{ drivers: Array<{ sentence: string; places: number | null }> }>(`${path}/explain`);
    const worst = [...explained.drivers].sort((a, b) => (a.places ?? 0) - (b.places ?? 0))[0]!;
    expect(read.pdf.text).toContain('What drives this result?');
    expect(read.pdf.text).toContain(worst.sentence);
    const similar = await getJson<{ neighbours: Array<{ name: string; code: string }> }>(`${path}/neighbours?k=5&on=indicators`);
    for (const neighbour of similar.neighbours) expect(read.pdf.text).toContain(`${neighbour.name} (${neighbour.code})`);
  });

  it('gives Cumberland\'s overall rank in each of the ten years, as the trend route does, with the sentence and the notes', async () => {
    const trend = await getJson<TrendBody>('/api/v1/editions/open-series/areas/E07000028/trend');
    expect(trend.name).toBe('Cumberland');
    expect(trend.years.map((year) => year.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(read.pdf.text).toContain('Over time: Cumberland, 2016 to 2025');
    expect(read.pdf.text).toContain(trend.resolution!);
    // the table's row of overall ranks: the ten years' ranks in order (cells may be read with or without a space between)
    const ranks = trend.years.map((year) => `${year.overall.rank!}${ordinalSuffix(year.overall.rank!)}`);
    expect(read.pdf.text).toMatch(new RegExp(`Overall rank\\s*${ranks.join('\\s*')}`));
    // and each life stage's row
    for (const stage of trend.years[0]!.stages) {
      const stageRanks = trend.years.map((year) => year.stages.find((each) => each.id === stage.id)!.rank!).map((rank) => `${rank}${ordinalSuffix(rank)}`);
      expect(read.pdf.text, stage.id).toMatch(new RegExp(`${stage.label} rank\\s*${stageRanks.join('\\s*')}`));
    }
    expect(read.pdf.text).toContain(TREND_NOTE.relative);
    expect(read.pdf.text).toContain(TREND_NOTE.carried);
    // the series' own sources are credited beside the edition's
    for (const statement of trend.attribution.statements) expect(read.pdf.text).toContain(statement.replace(/\s+/g, ' '));
    expect(read.pdf.pages.length).toBeLessThanOrEqual(4);
  });
});

describe('briefings of other areas and under method choices', () => {
  it('gives a council of open-latest its own headline', async () => {
    const path = '/api/v1/editions/open-latest/areas/E06000063';
    const profile = await getJson<AreaResponse>(path);
    const { pdf } = await getPdf(`${path}/briefing.pdf`);
    expect(pdf.pages.length).toBeLessThanOrEqual(4);
    expect(pdf.text).toContain(profile.headline);
    // its own series, with no sentence of resolution
    const trend = await getJson<TrendBody>('/api/v1/editions/open-series/areas/E06000063/trend');
    expect(pdf.text).toContain('Over time: Cumberland, 2016 to 2025');
    expect(pdf.text).not.toContain('is a district of 2016');
    expect(pdf.text).toMatch(new RegExp(`Overall rank\\s*${trend.years.map((year) => `${year.overall.rank!}${ordinalSuffix(year.overall.rank!)}`).join('\\s*')}`));
  }, 60_000);

  it('fits the longest lists of other areas on at most four pages: Tunbridge Wells, a district of Kent (12 districts) in the South East (the largest region)', async () => {
    for (const edition of ['open-2016', 'open-latest']) {
      const path = `/api/v1/editions/${edition}/areas/E07000116`;
      const profile = await getJson<AreaResponse>(path);
      expect(profile.context.county.length + profile.context.region.length).toBeGreaterThan(60);
      const { pdf } = await getPdf(`${path}/briefing.pdf`);
      expect(pdf.pages.length, edition).toBeLessThanOrEqual(4);
      expect(pdf.text).toContain(profile.attribution.statements.at(-1)!.replace(/\s+/g, ' '));
    }
  }, 60_000);

  it('follows Barnsley of 2016 (E08000016) over the years as its council of 2025, which kept the name and took another code', async () => {
    const trend = await getJson<TrendBody>('/api/v1/editions/open-series/areas/E08000016/trend');
    const { pdf } = await getPdf('/api/v1/editions/open-2016/areas/E08000016/briefing.pdf');
    expect(pdf.text).toContain('Over time: Barnsley, 2016 to 2025');
    expect(pdf.text).toContain(trend.resolution!);
    expect(pdf.text).toMatch(new RegExp(`Overall rank\\s*${trend.years.map((year) => `${year.overall.rank!}${ordinalSuffix(year.overall.rank!)}`).join('\\s*')}`));
    expect(pdf.pages.length).toBeLessThanOrEqual(4);
  }, 60_000);

  it('ranks under the method choices given, and says so', async () => {
    const path = '/api/v1/editions/open-2016/areas/E07000028';
    const profile = await getJson<AreaResponse>(`${path}?weights=school=3`);
    const { pdf } = await getPdf(`${path}/briefing.pdf?weights=school=3`);
    expect(pdf.text).toContain(profile.headline);
    expect(pdf.text).toContain('Ranked with a changed method');
    // the ranks over time stay the series' own, and it says so
    expect(pdf.text).toContain("under the series' own method (not the changed method of the rest of this briefing)");
  }, 60_000);
});

describe('a briefing that cannot be made', () => {
  it('answers an unknown code with a JSON 404 naming it', async () => {
    const response = await fetch(new URL('/api/v1/editions/open-2016/areas/E07999999/briefing.pdf', server.url));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { error: string }).error).toContain('"E07999999"');
  });

  it('answers a bad method choice with a JSON 400 naming the parameter', async () => {
    const response = await fetch(new URL('/api/v1/editions/open-2016/areas/E07000028/briefing.pdf?normalise=cubic', server.url));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter: string };
    expect(body.parameter).toBe('normalise');
  });
});
