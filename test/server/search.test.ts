/**
 * GET /api/v1/editions/{edition}/search through the real server. What a district became is read
 * from geo/lad16_england_lookup.csv and where a postcode is from the postcode files, in the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/contract/responses.js';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { serverForTests } from './startServer.js';

const DATA = resolveDataDir();
const POSTCODE_CREDIT = /Contains OS data © Crown copyright and database right 2022, 2024\. Contains Royal Mail data © Royal Mail copyright and database right 2022, 2024\. Source: Office for National Statistics licensed under the Open Government Licence v\.3\.0\./;
const lookup = parseCsv(readFileSync(join(DATA, 'geo', 'lad16_england_lookup.csv')), { columns: true, bom: true }) as Array<{ lad16cd: string; lad16nm: string; lad25cd: string }>;

const session = serverForTests();

async function search(edition: string, q: string, extra = ''): Promise<SearchResponse> {
  const response = await fetch(new URL(`/api/v1/editions/${edition}/search?q=${encodeURIComponent(q)}${extra}`, session.server.url));
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as SearchResponse;
}

describe('GET …/search', () => {
  it('"carl" offers Carlisle first on open-2016, with its overall rank as the profile gives it', async () => {
    const body = await search('open-2016', 'carl');
    expect(body.results[0]).toMatchObject({ code: 'E07000028', name: 'Carlisle', match: 'prefix', reason: 'name' });
    const profile = (await (await fetch(new URL('/api/v1/editions/open-2016/areas/E07000028', session.server.url))).json()) as { overall: { rank: number } };
    expect(body.results[0]!.rank).toBe(profile.overall.rank);
    expect(body.postcode).toBeNull();
    expect(body.attribution.text).toMatch(/Open Government Licence/);
  });

  it('a typo finds its name and says so', async () => {
    const body = await search('open-2016', 'Hastngs');
    expect(body.results[0]).toMatchObject({ name: 'Hastings', match: 'typo', sentence: 'Did you mean Hastings?' });
  });

  it('a 2016 district on open-latest finds its council, in a sentence', async () => {
    const council = lookup.find((row) => row.lad16nm === 'Carlisle')!.lad25cd;
    const body = await search('open-latest', 'Carlisle');
    expect(body.results[0]).toMatchObject({ code: council, match: 'former', reason: 'former district' });
    expect(body.results[0]!.sentence).toMatch(/^Carlisle was a district of 2016; it is now part of /);
  });

  it('a postcode lands on its district in both geographies, with the postcode credit', async () => {
    // CA1 1RD is not an exception; its sector CA1 1 is wholly Carlisle (2016) and Cumberland (2025)
    const sector = readFileSync(join(DATA, 'geo/postcodes/nspl_aug2024_sector_lad_england.csv'), 'utf8').split('\n').find((line) => line.startsWith('CA1 1,'))!.split(',');
    const sector16 = readFileSync(join(DATA, 'geo/postcodes/nspl_aug2024_sector_lad16_england.csv'), 'utf8').split('\n').find((line) => line.startsWith('CA1 1,'))!.split(',');
    const on2016 = await search('open-2016', 'ca1 1rd');
    expect(on2016.results[0]).toMatchObject({ code: sector16[1], name: 'Carlisle', match: 'postcode', share: 1 });
    expect(on2016.postcode).toMatchObject({ query: 'CA1 1RD', kind: 'postcode', reason: null });
    expect(on2016.postcode!.attribution).toMatch(POSTCODE_CREDIT);
    expect(on2016.attribution.statements.join(' ')).toMatch(POSTCODE_CREDIT);
    const on2025 = await search('open-latest', 'CA1 1RD');
    expect(on2025.results[0]).toMatchObject({ code: sector[2], match: 'postcode' });
  });

  it('an outward code gives its districts with shares that sum to 1', async () => {
    const body = await search('open-latest', 'AL2');
    const shares = body.results.filter((r) => r.match === 'outcode').map((r) => r.share!);
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });

  it('a postcode that cannot be placed says why', async () => {
    expect((await search('open-2016', 'EH1 1YZ')).postcode).toMatchObject({ kind: 'failed', reason: 'not-england', message: expect.stringMatching(/not in England/) });
    expect((await search('open-2016', 'CA1 1R')).postcode).toMatchObject({ kind: 'failed', reason: 'invalid', message: expect.stringMatching(/not a valid postcode/) });
    expect((await search('open-2016', 'EC2V 7HH')).postcode).toMatchObject({ message: 'EC2V 7HH is in City of London, which the index does not rank.' });
  });

  it('takes limit', async () => {
    expect((await search('open-2016', 'a', '&limit=3')).results).toHaveLength(3);
  });

  it.each([
    ['', /query parameter "q" must not be empty/],
    ['   ', /query parameter "q" must not be empty/],
    ['x'.repeat(101), /query parameter "q" must be at most 100 characters/],
    ['carl\tisle', /query parameter "q" must not hold control characters/],
  ])('refuses q=%j with a 400 naming q', async (q, message) => {
    const response = await fetch(new URL(`/api/v1/editions/open-2016/search?q=${encodeURIComponent(q)}`, session.server.url));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; parameter?: string };
    expect(body.parameter).toBe('q');
    expect(body.error).toMatch(message);
  });

  it('requires q, and refuses a bad limit naming it', async () => {
    const missing = await fetch(new URL('/api/v1/editions/open-2016/search', session.server.url));
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { parameter: string }).parameter).toBe('q');
    const limit = await fetch(new URL('/api/v1/editions/open-2016/search?q=carl&limit=51', session.server.url));
    expect(limit.status).toBe(400);
    expect(((await limit.json()) as { parameter: string }).parameter).toBe('limit');
  });
});
