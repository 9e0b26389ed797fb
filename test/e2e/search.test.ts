/**
 * The header's place search in Chromium against the real server: typing a name offers it and Enter
 * opens its area page with the rank the API gives; the arrow keys and Escape work as the ARIA 1.2
 * combobox pattern says; a postcode lands on its district on both editions with the lookup's credit
 * beside it; axe-core finds nothing with the list open; and Compare suggests a near name. Expected
 * codes and ranks come from the JSON API and the postcode files, not from the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { axeViolations, explorerForTests, fetchJson, focusedId } from './browser.js';

const session = explorerForTests();
const box = () => session.page.locator('#place-search');
const options = () => session.page.locator('#place-search-results [role="option"]');

async function typeInSearch(text: string): Promise<void> {
  await box().click();
  await box().fill('');
  await box().pressSequentially(text, { delay: 20 });
}

describe('the place search in the header', () => {
  it('"carl" on the home page offers Carlisle, and Enter opens its area page with the API\'s rank', async () => {
    const profile = await fetchJson<{ overall: { rank: number }; headline: string }>(session.server, '/api/v1/editions/open-2016/areas/E07000028');
    await session.page.goto(`${session.server.url}/`);
    await typeInSearch('carl');
    await expect.poll(() => options().first().getAttribute('data-code')).toBe('E07000028');
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    expect(await options().first().textContent()).toContain('Carlisle');
    expect(await session.page.locator('.place-search [role="status"]').textContent()).toMatch(/^\d+ places? found\.$/);
    await box().press('Enter');
    await expect.poll(() => new URL(session.page.url()).pathname).toBe('/area/E07000028');
    await expect.poll(() => session.page.locator('main h1').textContent()).toBe('Carlisle');
    await session.page.locator('#overall-rank').waitFor();
    expect(await session.page.locator('#overall-rank').getAttribute('data-rank')).toBe(String(profile.overall.rank));
    expect(await session.page.locator('main').textContent()).toContain(profile.headline);
  });

  it('arrow keys move the highlight, Enter opens it, Escape closes the list', async () => {
    await session.page.goto(`${session.server.url}/table`);
    await typeInSearch('york');
    await expect.poll(() => options().count()).toBeGreaterThan(1);
    await box().press('ArrowDown');
    await box().press('ArrowDown');
    const second = await options().nth(1).getAttribute('id');
    expect(await box().getAttribute('aria-activedescendant')).toBe(second);
    expect(await options().nth(1).getAttribute('aria-selected')).toBe('true');
    await box().press('ArrowUp');
    expect(await box().getAttribute('aria-activedescendant')).toBe(await options().nth(0).getAttribute('id'));
    await box().press('Escape');
    expect(await box().getAttribute('aria-expanded')).toBe('false');
    expect(await box().getAttribute('aria-activedescendant')).toBeNull();
    expect(await focusedId(session.page)).toBe('place-search');
    // down opens it again; Enter opens the highlighted result
    await box().press('ArrowDown');
    await box().press('ArrowDown');
    const code = await options().nth(1).getAttribute('data-code');
    await box().press('Enter');
    await expect.poll(() => new URL(session.page.url()).pathname).toBe(`/area/${code}`);
  });

  for (const [edition, file, column] of [
    ['open-2016', 'nspl_aug2024_sector_lad16_england.csv', 1],
    ['open-latest', 'nspl_aug2024_sector_lad_england.csv', 2],
  ] as const) {
    it(`a postcode (CA1 1RD) lands on its district on ${edition}, with the postcode credit beside it`, async () => {
      const row = readFileSync(join(resolveDataDir(), 'geo/postcodes', file), 'utf8').split('\n').find((line) => line.startsWith('CA1 1,'))!.split(',');
      const code = row[column]!;
      await session.page.goto(`${session.server.url}/?edition=${edition}`);
      await typeInSearch('ca1 1rd');
      await expect.poll(() => options().first().getAttribute('data-code')).toBe(code);
      expect(await options().first().textContent()).toContain('CA1 1RD is in');
      expect(await session.page.locator('.place-credit').textContent()).toMatch(/^Contains OS data © Crown copyright and database right 2022, 2024\. Contains Royal Mail data/);
      expect(await axeViolations(session.page)).toEqual([]);
      await box().press('Enter');
      await expect.poll(() => new URL(session.page.url()).pathname).toBe(`/area/${code}`);
      expect(new URL(session.page.url()).searchParams.get('edition')).toBe(edition === 'open-2016' ? null : edition);
    });
  }

  it('says why a postcode cannot be placed', async () => {
    await session.page.goto(`${session.server.url}/`);
    await typeInSearch('EH1 1YZ');
    await expect.poll(() => session.page.locator('.place-search [role="status"]').textContent()).toMatch(/EH1 1YZ is not in England/);
    expect(await box().getAttribute('aria-expanded')).toBe('false');
  });

  it('axe-core finds no violation with the list open', async () => {
    await session.page.goto(`${session.server.url}/`);
    await session.page.locator('figure[aria-busy="false"] [data-area-code]').first().waitFor();
    await typeInSearch('Hastngs');
    await expect.poll(() => options().first().textContent()).toContain('Did you mean Hastings?');
    expect(await axeViolations(session.page)).toEqual([]);
  });
});

describe('Compare suggests names', () => {
  it('"Hastngs" → "Did you mean Hastings?", and its button adds it', async () => {
    const hastings = (await fetchJson<{ results: Array<{ code: string; name: string }> }>(session.server, '/api/v1/editions/open-2016/search?q=Hastings')).results[0]!;
    await session.page.goto(`${session.server.url}/compare?areas=E07000028`);
    await session.page.locator('#add-area').fill('Hastngs');
    await session.page.locator('#add-area').press('Enter');
    await expect.poll(() => session.page.locator('.error-summary').textContent()).toContain('Did you mean Hastings?');
    await session.page.getByRole('button', { name: 'Add Hastings' }).click();
    await expect.poll(() => session.page.locator('.compare-table th[data-code]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-code')))).toEqual(['E07000028', hastings.code]);
  });
});
