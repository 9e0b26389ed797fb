/**
 * One indicator rank: for every area and indicator of both editions, every API response that
 * shows an indicator's rank — the profile's indicator table, its strongest and weakest lists, the
 * drivers of "what drives this result", the export the map and Compare draw from, and the export
 * CSV — shows the same number, and that number is what the definition says, computed here from the
 * export's values: 1 + the number of ranked areas with a strictly better value (equal values share).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AreaResponse, ExplainResponse, ExportResponse } from '../../src/contract/responses.js';
import { EDITION_IDS } from '../../src/edition/catalogue.js';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { buildServer } from '../../src/server/app.js';
import { exportColumns, exportRows } from '../../src/report/exportResult.js';
import { formatCsv } from '../../src/cli/output.js';

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await buildServer({ dataDir: resolveDataDir(), webDir: '/nonexistent', logError: () => undefined }));
}, 120_000);
afterAll(async () => {
  await app?.close();
});

async function get<T>(url: string): Promise<T> {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
  return response.json() as T;
}

describe.each(EDITION_IDS)('%s', (edition) => {
  it('shows one rank per area and indicator in the profile, its lists, the drivers and the export', async () => {
    const exported = await get<ExportResponse>(`/api/v1/editions/${edition}/export`);
    const ranked = exported.areas.filter((area) => area.overall.rank !== null);
    let checked = 0;
    for (const indicator of exported.method.indicators) {
      const better = (a: number, b: number) => (indicator.direction === 'higher' ? a > b : a < b);
      const values = ranked.flatMap((area) => (area.values[indicator.id] === null ? [] : [area.values[indicator.id] as number]));
      for (const area of exported.areas) {
        const value = area.values[indicator.id] ?? null;
        const expected = area.overall.rank === null || value === null ? null : 1 + values.filter((other) => better(other, value)).length;
        expect(area.ranks[indicator.id], `${area.code} ${indicator.id}`).toBe(expected);
        expect(area.tiedWith[indicator.id]).toBe(expected === null ? null : values.filter((other) => other === value).length - 1);
      }
    }
    for (const area of exported.areas) {
      const profile = await get<AreaResponse>(`/api/v1/editions/${edition}/areas/${area.code}`);
      for (const indicator of profile.indicators) {
        expect(indicator.rank, `${area.code} ${indicator.id}`).toBe(area.ranks[indicator.id]);
        const tiedWith = area.tiedWith[indicator.id] ?? 0;
        expect(indicator.tie === null ? 0 : indicator.tie.others).toBe(tiedWith);
        if (indicator.tie !== null) expect(indicator.tie.best).toBe(indicator.rank);
        checked++;
      }
      for (const standing of [...profile.strongest, ...profile.weakest]) {
        expect(standing.rank, `${area.code} ${standing.id} in a list`).toBe(area.ranks[standing.id]);
        expect(standing.tied).toBe((area.tiedWith[standing.id] ?? 0) > 0);
      }
      if (area.overall.rank === null) continue;
      const explained = await get<ExplainResponse>(`/api/v1/editions/${edition}/areas/${area.code}/explain`);
      for (const driver of explained.drivers) {
        expect(driver.rank, `${area.code} ${driver.indicator} in the drivers`).toBe(area.ranks[driver.indicator]);
        expect(driver.tiedWith).toBe(area.tiedWith[driver.indicator]);
      }
    }
    expect(checked).toBe(exported.areas.length * exported.method.indicators.length);

    // the export CSV (smi export --format csv) writes the same rank, "=21" when shared
    const csv = parseCsv(formatCsv(exportColumns(exported.method), exportRows(exported)), { columns: true }) as Array<Record<string, string>>;
    csv.forEach((row, i) => {
      const area = exported.areas[i]!;
      for (const indicator of exported.method.indicators) {
        const rank = area.ranks[indicator.id];
        const shared = (area.tiedWith[indicator.id] ?? 0) > 0;
        expect(row[`${indicator.id}_rank`]).toBe(rank === null || rank === undefined ? '' : `${shared ? '=' : ''}${rank}`);
      }
    });
  }, 240_000);
});
