/**
 * The area page's "Over time" section in Chromium against the real server: Carlisle's page (a 2016
 * district) shows the series of Cumberland, the council it is now part of, and says so; the ranks
 * table holds the ranks the trend API gives; the charts draw (a line per rank, a small chart per
 * indicator) with a carried value hollow and marked in the table; the notes say ranks are relative;
 * axe-core finds no violation and the CSP blocks nothing. Expected numbers come from the JSON API.
 */
import { describe, expect, it } from 'vitest';
import type { TrendResponse } from '../../src/contract/responses.js';
import { axeViolations, explorerForTests, fetchJson } from './browser.js';

const session = explorerForTests();

describe('the area page, Over time', () => {
  it("Carlisle's page follows Cumberland over ten years, with the API's ranks, carried values marked and no axe violation", async () => {
    const trend = await fetchJson<TrendResponse>(session.server, '/api/v1/editions/open-series/areas/E07000028/trend');
    const page = session.page;
    await page.addInitScript(() => {
      const scope = globalThis as unknown as { cspViolations: string[]; document: { addEventListener(type: string, listener: (event: { violatedDirective: string; blockedURI: string }) => void): void } };
      scope.cspViolations = [];
      scope.document.addEventListener('securitypolicyviolation', (event) => scope.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${session.server.url}/area/E07000028?edition=open-2016`);
    const section = page.locator('#over-time');
    await section.locator('[data-table="trend-ranks"] tbody tr').first().waitFor({ timeout: 60_000 });
    // which council, and why
    expect(await section.locator('[data-trend-council]').getAttribute('data-trend-council')).toBe('E06000063');
    const said = await section.locator('[data-trend-council]').textContent();
    expect(said).toContain('Carlisle (E07000028) is a district of 2016');
    expect(said).toContain('follows Cumberland');
    // the ranks table: ten years, each overall and stage rank the API's
    const rows = section.locator('[data-table="trend-ranks"] tbody tr');
    expect(await rows.count()).toBe(10);
    for (const y of trend.years) {
      const row = section.locator(`[data-table="trend-ranks"] tbody tr[data-year="${y.year}"]`);
      expect(await row.locator('[data-column="overall"]').textContent()).toBe(`${y.overall.rank} of ${y.rankedCount}`);
      for (const stage of y.stages) expect(await row.locator(`[data-column="${stage.id}"]`).textContent()).toBe(String(stage.rank));
    }
    // a carried value: EYFS development in 2020 carries 2019's (no assessment that year)
    const eyfs2020 = trend.years.find((y) => y.year === 2020)!.indicators.find((p) => p.id === 'ey-fsm-good-development')!;
    expect(eyfs2020.carriedFromYear).toBe('2019');
    const cell = section.locator('[data-table="trend-indicators"] tr[data-indicator="ey-fsm-good-development"] [data-column="2020"] [data-carried-from]');
    expect(await cell.getAttribute('data-carried-from')).toBe('2019');
    expect(await cell.textContent()).toContain('carried from 2019');
    // the charts: one line per rank series, one small chart per indicator, the carried dot hollow, the EYFS break drawn
    await section.locator('svg[data-chart="ranks"]').waitFor();
    expect(await section.locator('svg[data-chart="ranks"] [data-series]').count()).toBe(1 + trend.years[0]!.stages.length);
    expect(await section.locator('.trend-small').count()).toBe(await section.locator('[data-table="trend-indicators"] tbody tr').count());
    const dot = section.locator('.trend-small[data-indicator="ey-fsm-good-development"] circle[data-year="2020"]');
    expect(await dot.getAttribute('data-carried-from')).toBe('2019');
    expect(await dot.getAttribute('fill')).toBe('#ffffff');
    expect(await section.locator('.trend-small[data-indicator="ey-fsm-good-development"] [data-break-before="2022"]').count()).toBe(1);
    // the notes that apply
    expect(await section.locator('[data-note="relative"]').textContent()).toMatch(/Ranks are relative/);
    expect(await section.locator('[data-note="noAssessments"]').count()).toBe(1);
    expect(await section.locator('[data-note="eyfs"]').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  }, 120_000);
});
