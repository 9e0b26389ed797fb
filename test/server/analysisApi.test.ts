/**
 * The analysis routes over HTTP against the real server: each answer checked against another
 * route or a hand computation, never against itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './startServer.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
}, 90_000);
afterAll(async () => {
  await server?.stop();
});

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
  return (await response.json()) as T;
}

async function expectError(path: string, status: number, pattern: RegExp): Promise<void> {
  const response = await fetch(new URL(path, server.url));
  expect(response.status, path).toBe(status);
  const body = (await response.json()) as { error: string };
  expect(body.error).toMatch(pattern);
}

interface ExportArea {
  code: string;
  name: string;
  county: string | null;
  values: Record<string, number | null>;
  overall: { rank: number | null };
}

const base = '/api/v1/editions/open-2016';

describe('explain', () => {
  it("splits Carlisle's score into contributions that add up to it, at the profile's rank", async () => {
    const explanation = await getJson<{ overall: { score: number; rank: number }; medianScore: number; contributions: Record<string, number> }>(`${base}/areas/E07000028/explain`);
    const profile = await getJson<{ overall: { rank: number; score: number } }>(`${base}/areas/E07000028`);
    expect(explanation.overall.rank).toBe(profile.overall.rank);
    const sum = Object.values(explanation.contributions).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(explanation.overall.score, 12);
    expect(explanation.overall.score).toBeCloseTo(profile.overall.score, 12);
    expect(explanation.medianScore).toBeGreaterThan(explanation.overall.score);
  });
});

describe('whatif', () => {
  it("changes nothing when Carlisle's own value is set", async () => {
    const exported = await getJson<{ areas: ExportArea[] }>(`${base}/export`);
    const own = exported.areas.find((area) => area.code === 'E07000028')?.values['fsm-attainment8'];
    const result = await getJson<{ before: unknown; after: unknown }>(`${base}/areas/E07000028/whatif?set=fsm-attainment8=${own}`);
    expect(result.after).toEqual(result.before);
  });

  it('takes the best Attainment 8 in Cumbria for best-in-county and does not lower the rank', async () => {
    const exported = await getJson<{ areas: ExportArea[] }>(`${base}/export`);
    const cumbria = exported.areas.filter((area) => area.county === 'Cumbria').map((area) => area.values['fsm-attainment8']).filter((value): value is number => value !== null);
    const result = await getJson<{ changes: Record<string, { from: number; to: number }>; before: { overall: { rank: number } }; after: { overall: { rank: number } } }>(
      `${base}/areas/E07000028/whatif?set=fsm-attainment8=best-in-county`,
    );
    expect(result.changes['fsm-attainment8']?.to).toBe(Math.max(...cumbria));
    expect(result.after.overall.rank).toBeLessThanOrEqual(result.before.overall.rank);
  });

  it('rejects a missing, unparseable or unknown setting', async () => {
    await expectError(`${base}/areas/E07000028/whatif`, 400, /"set" is required/);
    await expectError(`${base}/areas/E07000028/whatif?set=fsm-attainment8`, 400, /set/);
    await expectError(`${base}/areas/E07000028/whatif?set=height=3`, 400, /unknown indicator "height"/);
    // a percentage of 150, or a value past every double's square, cannot be scored
    await expectError(
      `${base}/areas/E07000028/whatif?set=ey-fsm-good-development=150`,
      400,
      /^query parameter "set": ey-fsm-good-development \(FSM children with a good level of development\) must be a percentage from 0 to 100 \(got 150\)\.$/,
    );
    await expectError(`${base}/areas/E07000028/whatif?set=ey-fsm-good-development=-1e155`, 400, /must be a percentage from 0 to 100 \(got -1e\+155\)/);
    await expectError(`${base}/areas/E07000028/whatif?set=median-pay=0`, 400, /median-pay \(Median pay of residents\) must be a number greater than 0 \(got 0\)/);
    await expectError(`${base}/areas/E07000028/whatif?set=median-pay=0x10`, 400, /"0x10", is not a number/);
    await expectError(`${base}/areas/E99999999/whatif?set=fsm-attainment8=30`, 404, /no area with code "E99999999"/);
  });
});

describe('neighbours', () => {
  it('lists k other areas, nearest first, with symmetric distances', async () => {
    const report = await getJson<{ code: string; on: string; neighbours: Array<{ code: string; distance: number }> }>(`${base}/areas/E07000028/neighbours?k=5`);
    expect(report.on).toBe('indicators');
    expect(report.neighbours).toHaveLength(5);
    expect(report.neighbours.map((n) => n.code)).not.toContain('E07000028');
    const distances = report.neighbours.map((n) => n.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const first = report.neighbours[0]!;
    const back = await getJson<{ neighbours: Array<{ code: string; distance: number }> }>(`${base}/areas/${first.code}/neighbours?k=323`);
    expect(back.neighbours.find((n) => n.code === 'E07000028')?.distance).toBeCloseTo(first.distance, 12);
    const context = await getJson<{ on: string; neighbours: unknown[] }>(`${base}/areas/E07000028/neighbours?on=context&k=3`);
    expect(context.on).toBe('context');
    expect(context.neighbours).toHaveLength(3);
    await expectError(`${base}/areas/E07000028/neighbours?k=0`, 400, /"k" must be a whole number from 1 to 323/);
    await expectError(`${base}/areas/E07000028/neighbours?on=vibes`, 400, /"on" must be one of indicators, context/);
  });
});

describe('re-weighting and shift', () => {
  it('ranks with other weights, and shift reports the moves between the two league tables', async () => {
    interface Table {
      rows: Array<{ code: string; rank: number }>;
    }
    const standard = await getJson<Table>(`${base}/areas`);
    const reweighted = await getJson<Table>(`${base}/areas?weights=school=2`);
    const report = await getJson<{ areas: Array<{ code: string; defaultRank: number; rank: number; move: number }> }>(`${base}/shift?weights=school=2`);
    const before = new Map(standard.rows.map((row) => [row.code, row.rank]));
    const after = new Map(reweighted.rows.map((row) => [row.code, row.rank]));
    expect(report.areas).toHaveLength(324);
    for (const row of report.areas) {
      expect(row.defaultRank).toBe(before.get(row.code));
      expect(row.rank).toBe(after.get(row.code));
      expect(row.move).toBe(row.defaultRank - row.rank);
    }
    // Weights are normalised: doubling every stage weight changes nothing.
    const doubled = await getJson<Table>(`${base}/areas?weights=early-years=2,school=2,youth=2,adulthood=2`);
    expect(doubled.rows.map((row) => row.code)).toEqual(standard.rows.map((row) => row.code));
  });

  it('rejects negative, unknown and all-zero weights, and a shift with nothing to change', async () => {
    await expectError(`${base}/areas?weights=school=-1`, 400, /^query parameter "weights": the weight of "school" must not be negative/);
    await expectError(`${base}/areas?weights=playtime=1`, 400, /playtime/);
    // each weight finite, their sum not: normalising would make every weight 0
    await expectError(`${base}/areas?weights=school=1e308,youth=1e308`, 400, /^query parameter "weights": the stage weights .* add up to more than 1\.798e\+308/);
    await expectError(`${base}/areas?weights=early-years=0,school=0,youth=0,adulthood=0`, 400, /weights/);
    await expectError(`${base}/areas?normalise=log`, 400, /"normalise" must be one of zscore, minmax, rank/);
    await expectError(`${base}/shift`, 400, /say what to change/);
  });
});

describe('method choices on every route of the area page', () => {
  it('profile, explain, what-if and neighbours rank Carlisle as the league table does with the same weights', async () => {
    type Row = { code: string; overallRank: number; stages: Record<string, { rank: number }> };
    const table = await getJson<{ rows: Row[] }>(`${base}/areas?weights=school=3`);
    const row = table.rows.find((entry) => entry.code === 'E07000028')!;
    const own = await getJson<{ overall: { rank: number } }>(`${base}/areas/E07000028`);
    expect(row.overallRank).not.toBe(own.overall.rank); // the weights move Carlisle
    const profile = await getJson<{ overall: { rank: number }; stages: Array<{ id: string; rank: number }>; rankInterval: unknown; method: { stages: Array<{ id: string; weight: number }> } | null }>(`${base}/areas/E07000028?weights=school=3`);
    expect(profile.overall.rank).toBe(row.overallRank);
    for (const stage of profile.stages) expect(stage.rank, stage.id).toBe(row.stages[stage.id]!.rank);
    expect(profile.method).not.toBeNull();
    expect(profile.rankInterval).toBeNull(); // the default run is of the edition's own method
    const explained = await getJson<{ overall: { rank: number } }>(`${base}/areas/E07000028/explain?weights=school=3`);
    expect(explained.overall.rank).toBe(row.overallRank);
    const whatIf = await getJson<{ before: { overall: { rank: number } } }>(`${base}/areas/E07000028/whatif?weights=school=3&set=median-pay=30000`);
    expect(whatIf.before.overall.rank).toBe(row.overallRank);
    // the other areas of its county, listed with their ranks, rank as in the league table with the same weights
    const peers = await getJson<{ context: { county: Array<{ code: string; rank: number }> } }>(`${base}/areas/E07000028?weights=school=3`);
    expect(peers.context.county.length).toBe(5);
    for (const peer of peers.context.county) expect(peer.rank, peer.code).toBe(table.rows.find((entry) => entry.code === peer.code)!.overallRank);
    const neighbours = await getJson<{ neighbours: unknown[] }>(`${base}/areas/E07000028/neighbours?weights=school=3&k=3`);
    expect(neighbours.neighbours).toHaveLength(3);
  });

  it('refuse a bad choice with the same message on each route', async () => {
    for (const path of ['', '/explain', '/whatif?set=median-pay=30000&', '/neighbours']) {
      const join = path.endsWith('&') ? '' : '?';
      await expectError(`${base}/areas/E07000028${path}${join}weights=school=-1`, 400, /^query parameter "weights": the weight of "school" must not be negative/);
      await expectError(`${base}/areas/E07000028${path}${join}normalise=log`, 400, /^query parameter "normalise" must be one of zscore, minmax, rank/);
    }
  });
});

describe('uncertainty', () => {
  it('is reproducible with a seed, and collapses to the point rank with nothing varied', async () => {
    type Result = { runs: number; seed: number; areas: Array<{ code: string; rank: number; medianRank: number; p05: number; p95: number; pHotspot: number; pColdspot: number }>; sensitivity: Record<string, number> };
    const a = await getJson<Result>(`${base}/uncertainty?runs=300&seed=7`);
    const b = await getJson<Result>(`${base}/uncertainty?runs=300&seed=7`);
    expect(b).toEqual(a);
    expect(a.runs).toBe(300);
    const table = await getJson<{ rows: Array<{ code: string; rank: number }> }>(`${base}/areas`);
    const rank = new Map(table.rows.map((row) => [row.code, row.rank]));
    const fixed = await getJson<Result>(`${base}/uncertainty?runs=20&vary=none`);
    for (const area of fixed.areas) {
      expect(area.rank).toBe(rank.get(area.code));
      expect([area.p05, area.medianRank, area.p95]).toEqual([area.rank, area.rank, area.rank]);
      expect(area.pHotspot).toBe(area.rank <= 65 ? 1 : 0);
    }
  });

  it('rejects bad runs, seeds, concentrations and assumptions', async () => {
    await expectError(`${base}/uncertainty?runs=0`, 400, /"runs" must be a whole number from 1 to 10000/);
    await expectError(`${base}/uncertainty?runs=20000`, 400, /"runs"/);
    await expectError(`${base}/uncertainty?seed=-3`, 400, /"seed"/);
    await expectError(`${base}/uncertainty?concentration=0`, 400, /"concentration" must be a number of at least 1 and at most 1000000 \(got "0"\)/);
    await expectError(`${base}/uncertainty?concentration=5e-324`, 400, /"concentration" must be a number of at least 1/);
    await expectError(`${base}/uncertainty?concentration=0x10`, 400, /"concentration" must be a number/);
    await expectError(`${base}/uncertainty?runs=1%20`, 400, /"runs" must be a whole number/);
    await expectError(`${base}/uncertainty?vary=weights,moods`, 400, /^query parameter "vary": unknown assumption "moods"; choose among weights, normalisation, aggregation, sampling, data/);
    await expectError(`${base}/uncertainty?omit=1.5`, 400, /^query parameter "omit" must be a number of at least 0 and at most 1 \(got "1\.5"\)\.$/);
    await expectError(`${base}/uncertainty?omit=-0.1`, 400, /^query parameter "omit" must be a number of at least 0/);
    await expectError(`${base}/uncertainty?omit=.5e1`, 400, /^query parameter "omit" must be a number of at least 0 and at most 1 \(got "\.5e1"\)\.$/);
  });

  it('varies the data by default, with a share of the rank variance beside the others', async () => {
    type Result = { vary: string[]; omit: number; sensitivity: Record<string, number>; dataIndicators: string[]; unadjustedValues: number };
    const result = await getJson<Result>(`${base}/uncertainty?runs=200`);
    expect(result.vary).toEqual(['weights', 'normalisation', 'aggregation', 'sampling', 'data']);
    expect(result.omit).toBe(0.25);
    expect(result.sensitivity.data).toBeGreaterThan(0.1);
    const half = await getJson<Result>(`${base}/uncertainty?runs=200&vary=data&omit=0.5`);
    expect(half.omit).toBe(0.5);
    expect(Object.keys(half.sensitivity)).toEqual(['data']);
  });

  it("gives each area's profile its row of the default run, computed once: the same numbers as /uncertainty with the defaults", async () => {
    type Row = { code: string; rank: number; medianRank: number; p05: number; p95: number; pHotspot: number; pColdspot: number };
    const fresh = await getJson<{ areas: Row[] }>(`${base}/uncertainty`);
    for (const code of ['E07000028', 'E07000079', 'E09000033']) {
      const profile = await getJson<{ overall: { rank: number }; rankInterval: { best: number; worst: number; p05: number; p95: number; medianRank: number; pHotspot: number; pColdspot: number; runs: number; sentence: string } }>(`${base}/areas/${code}`);
      const row = fresh.areas.find((area) => area.code === code)!;
      const interval = profile.rankInterval;
      expect(interval.runs).toBe(1000);
      expect([interval.p05, interval.p95, interval.pHotspot, interval.pColdspot]).toEqual([row.p05, row.p95, row.pHotspot, row.pColdspot]);
      // whole ranks, rounded outward
      expect(interval.best).toBe(Math.floor(row.p05));
      expect(interval.worst).toBe(Math.ceil(row.p95));
      expect(interval.sentence).toMatch(/^In (at least )?90% of 1,000 runs .+ ranks/);
    }
  });
});

describe('patterns', () => {
  it('correlates the index with deprivation and names affluent coldspots from the least deprived third', async () => {
    const report = await getJson<{
      correlations: Array<{ target: string; rho: Record<string, { rho: number | null; n: number }> }>;
      affluentColdspots: Array<{ code: string }>;
      coastalRule: { thresholdKm: number; notCoastal: Record<string, string> };
    }>(`${base}/patterns`);
    // The documented rule travels with the answer: a threshold and the tidal-Thames boroughs excepted.
    expect(report.coastalRule.thresholdKm).toBeGreaterThan(0);
    expect(Object.keys(report.coastalRule.notCoastal)).toContain('E09000028'); // Southwark, on the tidal Thames
    const overall = report.correlations.find((c) => c.target === 'overall');
    const rho = overall?.rho.imd2015Score?.rho ?? NaN;
    expect(rho).toBeGreaterThanOrEqual(-1);
    expect(rho).toBeLessThanOrEqual(1);
    const table = await getJson<{ rows: Array<{ code: string; class: string }> }>(`${base}/areas?class=coldspot`);
    const cold = new Set(table.rows.map((row) => row.code));
    for (const area of report.affluentColdspots) expect(cold.has(area.code)).toBe(true);
  });
});
