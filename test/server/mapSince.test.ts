/**
 * The map route's `since` (issue 10, deliverable 5: the "change since" map measure): each council's
 * change in overall rank since a year of the series, checked against the two years' league tables
 * read independently (rank then − rank now) and against the league table's own `change.places`;
 * and the same 400 naming `since` as the table for a year not before the edition's or the 2016 districts.
 */
import { describe, expect, it } from 'vitest';
import { serverForTests } from './startServer.js';

const session = serverForTests();

interface Change {
  since: number;
  rank: number | null;
  places: number | null;
}
interface MapBody {
  edition: string;
  measure: string;
  measures: Array<{ id: string; kind: string; label: string }>;
  areas: Array<{ code: string; name: string; rank: number | null; decile: number | null; value: number | null; change: Change | null }>;
}
interface TableBody {
  rows: Array<{ code: string; rank: number | null; change: Change | null }>;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, session.server.url));
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  return (await response.json()) as T;
}

/** The 400 a path gets, and the parameter it names. */
async function error(path: string): Promise<{ status: number; error: string; parameter?: string }> {
  const response = await fetch(new URL(path, session.server.url));
  const body = (await response.json()) as { error: string; parameter?: string };
  return { status: response.status, ...body };
}

describe('GET …/map?since=', () => {
  it('maps each council by the places gained since a year: the two years\' ranks, and the league table\'s change.places', async () => {
    const map = await getJson<MapBody>('/api/v1/editions/open-latest/map?measure=change&since=2016');
    expect(map.measure).toBe('change');
    expect(map.measures.map((measure) => measure.id).slice(0, 2)).toEqual(['overall', 'change']);
    expect(map.measures[1]).toMatchObject({ kind: 'change', label: 'Places gained or lost since 2016' });
    expect(map.areas).toHaveLength(294);
    // independently: each year's overall rank, from the plain league tables of 2016 and 2025
    const then = new Map((await getJson<TableBody>('/api/v1/editions/open-series@2016/areas')).rows.map((row) => [row.code, row.rank]));
    const now = new Map((await getJson<TableBody>('/api/v1/editions/open-latest/areas')).rows.map((row) => [row.code, row.rank]));
    const table = new Map((await getJson<TableBody>('/api/v1/editions/open-latest/areas?since=2016')).rows.map((row) => [row.code, row.change]));
    let moved = 0;
    for (const area of map.areas) {
      const before = then.get(area.code)!;
      const after = now.get(area.code)!;
      expect(area.change, area.name).toEqual({ since: 2016, rank: before, places: before - after });
      expect(area.change, area.name).toEqual(table.get(area.code));
      // the change measure's value is the places gained; it stands on today's rank and has no decile
      expect(area.value).toBe(before - after);
      expect(area.rank).toBe(after);
      expect(area.decile).toBeNull();
      if (before !== after) moved++;
    }
    expect(moved).toBeGreaterThan(200);
  });

  it('agrees with the table on a year of the series and under method choices', async () => {
    const query = 'since=2018&weights=school%3D2';
    const map = await getJson<MapBody>(`/api/v1/editions/open-series@2023/map?measure=change&${query}`);
    const table = new Map((await getJson<TableBody>(`/api/v1/editions/open-series@2023/areas?${query}`)).rows.map((row) => [row.code, row.change?.places]));
    const then = new Map((await getJson<TableBody>('/api/v1/editions/open-series@2018/areas?weights=school%3D2')).rows.map((row) => [row.code, row.rank]));
    const now = new Map((await getJson<TableBody>('/api/v1/editions/open-series@2023/areas?weights=school%3D2')).rows.map((row) => [row.code, row.rank]));
    for (const area of map.areas) {
      expect(area.change?.places).toBe(table.get(area.code));
      expect(area.change?.places).toBe(then.get(area.code)! - now.get(area.code)!);
    }
  });

  it('carries the change on another measure too, and none without since', async () => {
    const school = await getJson<MapBody>('/api/v1/editions/open-latest/map?measure=school&since=2019');
    expect(school.measure).toBe('school');
    expect(school.areas.every((area) => area.change?.since === 2019)).toBe(true);
    const plain = await getJson<MapBody>('/api/v1/editions/open-latest/map');
    expect(plain.areas.every((area) => area.change === null)).toBe(true);
    expect(plain.measures.map((measure) => measure.id)).not.toContain('change');
  });

  it('refuses a since the table refuses, naming since, and the change measure without one, naming measure', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['/api/v1/editions/open-2016/map?since=2016', 'since', /"since" is for the editions on the 2025 councils/],
      ['/api/v1/editions/open-2016/map?measure=change&since=2016', 'since', /on the 2016 districts/],
      ['/api/v1/editions/open-series@2019/map?measure=change&since=2019', 'since', /"since" must be a year of the series before 2019 \(2016, 2017, 2018\); got 2019/],
      ['/api/v1/editions/open-series@2019/map?since=2024', 'since', /before 2019/],
      ['/api/v1/editions/open-series@2016/map?since=2016', 'since', /before 2016 \(there is none/],
      ['/api/v1/editions/open-latest/map?since=2015', 'since', /"since"/],
      ['/api/v1/editions/open-latest/map?since=twenty', 'since', /"since"/],
      ['/api/v1/editions/open-latest/map?measure=change', 'measure', /"measure" is change only with since/],
      ['/api/v1/editions/open-2016/map?measure=change', 'measure', /"measure" is change only with since/],
    ];
    for (const [path, parameter, words] of cases) {
      const answer = await error(path);
      expect(answer.status, path).toBe(400);
      expect(answer.parameter, path).toBe(parameter);
      expect(answer.error, path).toMatch(words);
      expect(answer.error).not.toMatch(/\n\s+at /);
    }
    // the table says the same about the same since
    const table = await error('/api/v1/editions/open-series@2019/areas?since=2019');
    const map = await error('/api/v1/editions/open-series@2019/map?since=2019');
    expect(map.error).toBe(table.error);
  });
});
