/**
 * The analysis commands (explain, whatif, shift, method flags, neighbours, patterns) on the real
 * editions, run in-process through an Io (see smi.ts). Expected values are derived independently: from `smi export`
 * (the engine's plain result), from the reference implementation of test/engine/reference.ts, or
 * from the geo CSV files read here.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AreaInput } from '../../src/engine/types.js';
import type { MethodDescription } from '../../src/method/types.js';
import { referenceIndex } from '../engine/reference.js';
import { expectOneLineError, parseCsv, smi } from './smi.js';

interface ExportedArea {
  code: string;
  name: string;
  county: string | null;
  values: Record<string, number | null>;
  stages: Record<string, { score: number | null; rank: number | null }>;
  overall: { score: number | null; rank: number | null; class: string | null };
}
interface Exported {
  method: MethodDescription;
  areas: ExportedArea[];
}

const CARLISLE = 'E07000028';
const COTSWOLD = 'E07000079';
const WEST_SOMERSET = 'E07000191';

async function json<T>(args: string[]): Promise<T> {
  const run = await smi(args);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

let exported: Exported;
const area = (code: string) => exported.areas.find((a) => a.code === code)!;

beforeAll(async () => {
  exported = await json<Exported>(['export', '--format', 'json']);
});

describe('smi explain', () => {
  interface Explained {
    code: string;
    name: string;
    overall: { score: number; rank: number };
    medianScore: number;
    contributions: Record<string, number>;
    gap: number;
    gapContributions: Record<string, number>;
    drivers: Array<{ indicator: string; places: number; rankAtMedian: number; sentence: string }>;
    attribution: { text: string };
  }

  it('splits Carlisle\'s score into contributions that add up to it', async () => {
    const e = await json<Explained>(['explain', 'Carlisle', '--format', 'json']);
    expect(Object.keys(e).slice(0, 5)).toEqual(['code', 'name', 'overall', 'medianScore', 'contributions']);
    expect(e.code).toBe(CARLISLE);
    expect(e.overall.score).toBe(area(CARLISLE).overall.score);
    expect(e.overall.rank).toBe(area(CARLISLE).overall.rank);
    const total = Object.values(e.contributions).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(e.overall.score, 12);
    // the median of the ranked areas' overall scores, from the export
    const scores = exported.areas.flatMap((a) => (a.overall.score === null ? [] : [a.overall.score])).sort((a, b) => a - b);
    const n = scores.length;
    expect(e.medianScore).toBeCloseTo((scores[n / 2 - 1]! + scores[n / 2]!) / 2, 12);
    const gaps = Object.values(e.gapContributions).reduce((a, b) => a + b, 0);
    expect(gaps).toBeCloseTo(e.overall.score - e.medianScore, 12);
    expect(e.attribution.text).toMatch(/Open Government Licence/);
  });

  it('counts places by recomputing, as the reference implementation does', async () => {
    const e = await json<Explained>(['explain', 'Carlisle', '--format', 'json']);
    const worst = e.drivers[0]!;
    expect(worst.places).toBeLessThan(0);
    expect(worst.sentence).toMatch(/costs \d+ places?\.$/);
    // set that value to the England median (over ranked areas with a value) and rank with the reference
    const values = exported.areas.filter((a) => a.overall.rank !== null).flatMap((a) => (a.values[worst.indicator] == null ? [] : [a.values[worst.indicator]!])).sort((a, b) => a - b);
    const m = values.length % 2 === 1 ? values[(values.length - 1) / 2]! : (values[values.length / 2 - 1]! + values[values.length / 2]!) / 2;
    const inputs: AreaInput[] = exported.areas.map((a) => ({ code: a.code, name: a.name, values: a.code === CARLISLE ? { ...a.values, [worst.indicator]: m } : a.values }));
    expect(referenceIndex(exported.method, inputs).areas.get(CARLISLE)!.overallRank).toBe(worst.rankAtMedian);
  });

  it('prints plain English', async () => {
    const run = await smi(['explain', 'Cotswold']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Cotswold: \d+(st|nd|rd|th) of 324/);
    expect(run.stdout).toMatch(/(costs|gains) \d+ places?\./);
    expect(run.stdout).toMatch(/Open Government Licence/);
  });
});

describe('smi whatif', () => {
  interface Snapshot {
    overall: { score: number | null; rank: number | null; class: string | null };
    stages: Record<string, { score: number | null; rank: number | null }>;
  }
  interface WhatIf {
    code: string;
    changes: Record<string, { from: number | null; to: number }>;
    before: Snapshot;
    after: Snapshot;
  }

  it('recomputes Carlisle with a new value; the reference implementation gives the same ranks', async () => {
    const r = await json<WhatIf>(['whatif', 'Carlisle', '--set', 'fsm-ks2-rwm=40', '--set', 'median-pay=30000', '--format', 'json']);
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['code', 'changes', 'before', 'after', 'attribution']));
    expect(Object.keys(r.before)).toEqual(['overall', 'stages']);
    expect(Object.keys(r.before.overall)).toEqual(['score', 'rank', 'class']);
    expect(Object.keys(r.before.stages)).toEqual(exported.method.stages.map((stage) => stage.id));
    expect(r.code).toBe(CARLISLE);
    expect(r.changes['fsm-ks2-rwm']).toMatchObject({ from: area(CARLISLE).values['fsm-ks2-rwm'], to: 40 });
    expect(r.before.overall.rank).toBe(area(CARLISLE).overall.rank);
    const inputs: AreaInput[] = exported.areas.map((a) => ({
      code: a.code,
      name: a.name,
      values: a.code === CARLISLE ? { ...a.values, 'fsm-ks2-rwm': 40, 'median-pay': 30000 } : a.values,
    }));
    const reference = referenceIndex(exported.method, inputs).areas.get(CARLISLE)!;
    expect(r.after.overall.rank).toBe(reference.overallRank);
    expect(r.after.overall.score!).toBeCloseTo(reference.overall!, 9);
    for (const stage of exported.method.stages) expect(r.after.stages[stage.id]!.rank, stage.id).toBe(reference.stageRanks[stage.id]);
    expect(r.after.overall.rank!).toBeLessThan(r.before.overall.rank!);
  });

  it('changes nothing when given the area\'s own values', async () => {
    const own = area(WEST_SOMERSET).values;
    const r = await json<WhatIf>(['whatif', 'West Somerset', '--set', `fsm-ks2-rwm=${own['fsm-ks2-rwm']}`, '--set', `median-pay=${own['median-pay']}`, '--format', 'json']);
    expect(r.after).toEqual(r.before);
  });

  it('takes the best value in the county (West Somerset in Somerset) and the England median', async () => {
    const r = await json<WhatIf>(['whatif', 'West Somerset', '--set', 'house-price-to-pay=best-in-county', '--set', 'fsm-he-19=median', '--format', 'json']);
    const somerset = exported.areas.filter((a) => a.county === area(WEST_SOMERSET).county);
    expect(somerset.length).toBeGreaterThan(1);
    // lower is better for the house price ratio
    expect(r.changes['house-price-to-pay']!.to).toBe(Math.min(...somerset.map((a) => a.values['house-price-to-pay']!)));
    const he = exported.areas.filter((a) => a.overall.rank !== null).map((a) => a.values['fsm-he-19']!).sort((a, b) => a - b);
    expect(r.changes['fsm-he-19']!.to).toBeCloseTo((he[he.length / 2 - 1]! + he[he.length / 2]!) / 2, 12);
  });

  it('prints before and after', async () => {
    const run = await smi(['whatif', 'Cotswold', '--set', 'fsm-attainment8=best-in-region']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Before: \d+(st|nd|rd|th) of 324/);
    expect(run.stdout).toMatch(/After: {2}\d+/);
  });
});

describe('method choices and smi shift', () => {
  interface Table {
    rows: Array<{ code: string; rank: number | null }>;
  }
  const ranks = (t: Table) => new Map(t.rows.map((row) => [row.code, row.rank]));

  it('gives the default ranking for the default weights, in any order', async () => {
    const base = ranks(await json<Table>(['rank', '--format', 'json']));
    const same = ranks(await json<Table>(['rank', '--format', 'json', '--weights', 'adulthood=1,youth=1,school=1,early-years=1']));
    expect(same).toEqual(base);
  });

  it('shift reports the move from the default ranking to the re-weighted one', async () => {
    interface Shift {
      areas: Array<{ code: string; defaultRank: number | null; rank: number | null; move: number | null }>;
      spearman: number;
    }
    const base = ranks(await json<Table>(['rank', '--format', 'json']));
    const weighted = ranks(await json<Table>(['rank', '--format', 'json', '--weights', 'school=2,fsm-ks2-rwm=0']));
    const s = await json<Shift>(['shift', '--weights', 'fsm-ks2-rwm=0,school=2', '--format', 'json']);
    expect(s.areas).toHaveLength(324);
    for (const row of s.areas) {
      expect(row.defaultRank).toBe(base.get(row.code));
      expect(row.rank).toBe(weighted.get(row.code));
      expect(row.move).toBe(row.defaultRank === null || row.rank === null ? null : row.defaultRank - row.rank);
    }
    // with KS2 weighted 0 the two districts without an Attainment 8 value have no school value left: unranked, listed last
    const unranked = s.areas.filter((row) => row.rank === null);
    expect(unranked.length).toBe(2);
    expect(s.areas.slice(-2)).toEqual(unranked);
    const moves = s.areas.flatMap((row) => (row.move === null ? [] : [Math.abs(row.move)]));
    expect(moves).toEqual([...moves].sort((a, b) => b - a));
    expect(s.spearman).toBeGreaterThan(0.5);
  });

  it('takes --normalise, --aggregate and --missing on any command, and CSV on shift', async () => {
    const e = await json<{ overall: { score: number } }>(['explain', 'Carlisle', '--aggregate', 'geometric', '--normalise', 'minmax', '--format', 'json']);
    expect(e.overall.score).toBeGreaterThan(0);
    const run = await smi(['shift', '--missing', 'exclude', '--format', 'csv']);
    expect(run.status, run.stderr).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(['code', 'name', 'default_rank', 'rank', 'move', 'default_class', 'class']);
    expect(run.stderr).toMatch(/Open Government Licence/);
  });
});

describe('smi neighbours', () => {
  interface Neighbours {
    code: string;
    on: string;
    neighbours: Array<{ code: string; name: string; distance: number }>;
  }

  it('lists the k nearest on indicators, without the area, nearest first, symmetric', async () => {
    const r = await json<Neighbours>(['neighbours', 'Carlisle', '--k', '5', '--format', 'json']);
    expect(Object.keys(r).filter((k) => ['code', 'on', 'neighbours'].includes(k))).toEqual(['code', 'on', 'neighbours']);
    expect(r.on).toBe('indicators');
    expect(r.neighbours).toHaveLength(5);
    expect(r.neighbours.map((n) => n.code)).not.toContain(CARLISLE);
    const d = r.neighbours.map((n) => n.distance);
    expect(d).toEqual([...d].sort((a, b) => a - b));
    const first = r.neighbours[0]!;
    const back = (await json<Neighbours>(['neighbours', first.code, '--k', '323', '--format', 'json'])).neighbours.find((n) => n.code === CARLISLE)!;
    expect(back.distance).toBeCloseTo(first.distance, 12);
  });

  it('on context', async () => {
    const r = await json<Neighbours>(['neighbours', 'Cotswold', '--on', 'context', '--format', 'json']);
    expect(r.on).toBe('context');
    expect(r.neighbours).toHaveLength(10);
    expect(r.neighbours.map((n) => n.code)).not.toContain(COTSWOLD);
  });
});

describe('smi patterns', () => {
  interface Patterns {
    correlations: Array<{ target: string; rho: Record<string, { rho: number; n: number }> }>;
    affluentColdspots: Array<{ code: string }>;
    named: Array<{ code: string; affluentColdspot: boolean; rank: number }>;
    byCoastal: Array<{ group: string; ranked: number }>;
    byRegion: Array<{ group: string; ranked: number }>;
  }

  it('correlates the index with IMD 2015 as an independent Spearman over the geo file does', async () => {
    const r = await json<Patterns>(['patterns', '--format', 'json']);
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const dataDir = process.env.SMI_DATA_DIR ?? resolve(root, '..', 'shared', 'data');
    const imd = parseCsv(readFileSync(join(dataDir, 'geo', 'imd_lad16_england_derived.csv')), { columns: true, bom: true }) as Array<Record<string, string>>;
    const score = new Map(imd.map((row) => [row.lad16cd!, Number(row.imd2015_mean_lsoa_score)]));
    const pairs = exported.areas.filter((a) => a.overall.score !== null).map((a) => [a.overall.score!, score.get(a.code)!] as const);
    const rank = (xs: number[]) => xs.map((x) => xs.filter((y) => y < x).length + (xs.filter((y) => y === x).length + 1) / 2);
    const rx = rank(pairs.map((p) => p[0]));
    const ry = rank(pairs.map((p) => p[1]));
    const mean = (rx.length + 1) / 2;
    const cov = rx.reduce((t, x, i) => t + (x - mean) * (ry[i]! - mean), 0);
    const vx = rx.reduce((t, x) => t + (x - mean) ** 2, 0);
    const vy = ry.reduce((t, y) => t + (y - mean) ** 2, 0);
    const overall = r.correlations.find((c) => c.target === 'overall')!;
    expect(overall.rho.imd2015Score!.n).toBe(324);
    expect(overall.rho.imd2015Score!.rho).toBeCloseTo(cov / Math.sqrt(vx * vy), 10);
    // the named affluent coldspots are reported either way, with their rank
    expect(r.named.map((n) => n.code).sort()).toEqual(['E06000037', COTSWOLD]);
    expect(r.named.find((n) => n.code === COTSWOLD)!.rank).toBe(area(COTSWOLD).overall.rank);
    expect(r.byCoastal.reduce((t, g) => t + g.ranked, 0)).toBe(324);
    expect(r.byRegion.reduce((t, g) => t + g.ranked, 0)).toBe(324);
  });

  it('works on the 2025 councils', async () => {
    const r = await json<Patterns & { withoutContext: string[] }>(['patterns', '--edition', 'open-latest', '--format', 'json']);
    expect(r.withoutContext).toEqual([]);
    expect(r.byRegion.reduce((t, g) => t + g.ranked, 0)).toBe(294);
  });

  it('writes the rows behind the patterns as CSV on the 2025 councils: 294 councils, the JSON\'s affluent coldspots flagged', async () => {
    const r = await json<Patterns & { affluentColdspots: Array<{ code: string }> }>(['patterns', '--edition', 'open-latest', '--format', 'json']);
    const run = await smi(['patterns', '--edition', 'open-latest', '--format', 'csv']);
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(294);
    expect(rows.filter((row) => row.affluent_coldspot === 'yes').map((row) => row.code).sort()).toEqual(r.affluentColdspots.map((a) => a.code).sort());
    expect(rows.filter((row) => row.class === 'hotspot')).toHaveLength(59);
    expect(run.stderr).toMatch(/Open Government Licence/);
  });

  it('says which context file is missing, in one line', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const dataDir = process.env.SMI_DATA_DIR ?? resolve(root, '..', 'shared', 'data');
    const copy = mkdtempSync(join(tmpdir(), 'smi-nocontext-'));
    for (const entry of readdirSync(dataDir)) if (entry !== 'geo') symlinkSync(join(dataDir, entry), join(copy, entry));
    mkdirSync(join(copy, 'geo'));
    for (const entry of readdirSync(join(dataDir, 'geo'))) {
      if (entry !== 'imd_lad16_england_derived.csv') symlinkSync(join(dataDir, 'geo', entry), join(copy, 'geo', entry));
    }
    expectOneLineError(await smi(['patterns'], { SMI_DATA_DIR: copy }), /geo\/imd_lad16_england_derived\.csv is missing/);
  });
});

describe('bad input gets one line and a non-zero exit', () => {
  const cases: Array<[string[], RegExp]> = [
    [['explain', 'Nowhere'], /no area called "Nowhere"/],
    [['whatif', 'Carlisle', '--set', 'no-such-indicator=3'], /unknown indicator "no-such-indicator"/],
    [['whatif', 'Carlisle', '--set', 'fsm-ks2-rwm'], /is not of the form <indicator>=/],
    [['whatif', 'Carlisle', '--set', 'fsm-ks2-rwm=lots'], /--set: the value of fsm-ks2-rwm, "lots", is not a number or one of median, best-in-county, best-in-region/],
    [['whatif', 'Carlisle'], /--set: give at least one change, <indicator>=/],
    [['whatif', 'Nowhere', '--set', 'fsm-ks2-rwm=3'], /no area called "Nowhere"/],
    [['whatif', 'Hartlepool', '--set', 'fsm-ks2-rwm=best-in-county'], /Hartlepool is not in a county/],
    [['rank', '--weights', 'school=-1'], /weight of "school" must not be negative/],
    [['rank', '--weights', 'school=abc'], /weight of "school" must be a number/],
    [['rank', '--weights', 'teens=1'], /"teens" is not a stage or indicator/],
    [['rank', '--weights', 'early-years=0,school=0,youth=0,adulthood=0'], /every stage weight is 0/],
    [['rank', '--weights', 'fsm-ks2-rwm=0,fsm-attainment8=0'], /every indicator of the School stage with data has weight 0/],
    [['rank', '--normalise', 'log'], /--normalise.*zscore, minmax, rank/],
    [['rank', '--aggregate', 'median'], /--aggregate.*mean, geometric/],
    [['rank', '--missing', 'impute'], /--missing.*available, exclude/],
    [['shift'], /say what to change/],
    [['neighbours', 'Carlisle', '--k', '0'], /--k must be a whole number/],
    [['neighbours', 'Carlisle', '--k', 'ten'], /--k must be a whole number/],
    [['neighbours', 'Carlisle', '--on', 'vibes'], /--on.*indicators, context/],
  ];
  for (const [args, pattern] of cases) {
    it(args.join(' '), async () => {
      const run = await smi(args);
      expectOneLineError(run, pattern);
      expect(run.status).toBe(2);
    });
  }
});
