import { describe, expect, it } from 'vitest';
import { parseCsv, smi } from './smi.js';

type Row = Record<string, string>;

function isPermutation(values: number[], n: number): boolean {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === n && sorted.every((value, index) => value === index + 1);
}

describe('smi rank on open-2016', async () => {
  const run = await smi(['rank', '--edition', 'open-2016', '--format', 'csv']);
  const rows = parseCsv(run.stdout, { columns: true }) as Row[];

  it('lists the 324 districts ranked 1–324, best first', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(rows).toHaveLength(324);
    expect(rows.map((row) => Number(row.rank))).toEqual(Array.from({ length: 324 }, (_, index) => index + 1));
    expect(new Set(rows.map((row) => row.code)).size).toBe(324);
  });

  it('gives each life stage its own ranking 1–324', () => {
    for (const stage of ['early-years', 'school', 'youth', 'adulthood']) {
      expect(isPermutation(rows.map((row) => Number(row[`${stage}_rank`])), 324), stage).toBe(true);
    }
  });

  it('marks the top 65 as hotspots and the bottom 65 as coldspots (20% of 324, rounded)', () => {
    const hot = rows.filter((row) => row.class === 'hotspot').map((row) => Number(row.rank));
    const cold = rows.filter((row) => row.class === 'coldspot').map((row) => Number(row.rank));
    expect(hot).toHaveLength(65);
    expect(cold).toHaveLength(65);
    expect(Math.max(...hot)).toBe(65);
    expect(Math.min(...cold)).toBe(260);
  });

  it('puts higher scores above lower ones', () => {
    const scores = rows.map((row) => Number(row.score));
    for (let i = 1; i < scores.length; i += 1) expect(scores[i]).toBeLessThanOrEqual(scores[i - 1] as number);
  });

  it('--sort name lists every area alphabetically with its rank', async () => {
    const byName = parseCsv((await smi(['rank', '--sort', 'name', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(byName).toHaveLength(324);
    const names = byName.map((row) => row.name as string);
    const collator = new Intl.Collator('en-GB', { sensitivity: 'base', ignorePunctuation: true });
    expect(names).toEqual([...names].sort(collator.compare));
    expect(isPermutation(byName.map((row) => Number(row.rank)), 324)).toBe(true);
  });

  it('--stage ranks on one life stage', async () => {
    const youth = parseCsv((await smi(['rank', '--stage', 'youth', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(youth.map((row) => Number(row.rank))).toEqual(Array.from({ length: 324 }, (_, index) => index + 1));
    expect(youth.every((row) => row.rank === row['youth_rank'])).toBe(true);
  });

  it('--sort <stage> orders by that stage, keeping the overall rank; --search finds names', async () => {
    const bySchool = parseCsv((await smi(['rank', '--sort', 'school', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(bySchool.map((row) => Number(row['school_rank']))).toEqual(Array.from({ length: 324 }, (_, index) => index + 1));
    expect(bySchool.every((row) => row.rank === row['overall_rank'])).toBe(true);
    const found = parseCsv((await smi(['rank', '--search', 'lakeland', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(found.map((row) => row.name)).toEqual(['South Lakeland']);
  });

  it('filters by region, county and class, case-insensitively', async () => {
    const northWest = parseCsv((await smi(['rank', '--region', 'north west', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(northWest.length).toBe(39); // the 39 districts of the North West region in 2016
    expect(northWest.every((row) => row.region === 'North West')).toBe(true);
    const cumbria = parseCsv((await smi(['rank', '--county', 'Cumbria', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(cumbria.map((row) => row.name).sort()).toEqual(['Allerdale', 'Barrow-in-Furness', 'Carlisle', 'Copeland', 'Eden', 'South Lakeland']);
    const cold = parseCsv((await smi(['rank', '--class', 'coldspot', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(cold).toHaveLength(65);
  });

  it('--order descending lists worst first; --coast coastal and inland split the districts', async () => {
    const down = await smi(['rank', '--edition', 'open-2016', '--order', 'descending', '--format', 'csv']);
    expect(down.status, down.stderr).toBe(0);
    const downRows = parseCsv(down.stdout, { columns: true }) as Row[];
    expect(downRows.map((row) => row.code)).toEqual([...rows].reverse().map((row) => row.code));
    const coastal = parseCsv((await smi(['rank', '--edition', 'open-2016', '--coast', 'coastal', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    const inland = parseCsv((await smi(['rank', '--edition', 'open-2016', '--coast', 'inland', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(coastal.length + inland.length).toBe(324);
    expect(coastal.map((row) => row.name)).toContain('Blackpool');
    expect(inland.map((row) => row.name)).toContain('Birmingham');
    const bad = await smi(['rank', '--coast', 'beach']);
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--coast.*coastal, inland/);
  });

  it('prints a readable table with the attribution by default', async () => {
    const table = await smi(['rank', '--county', 'Cumbria']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/Carlisle/);
    expect(table.stdout).toMatch(/Open Government Licence/);
  });

  it('answers JSON with the same rows', async () => {
    const json = JSON.parse((await smi(['rank', '--format', 'json'])).stdout) as { rankedCount: number; rows: Array<{ code: string; rank: number }> };
    expect(json.rankedCount).toBe(324);
    expect(json.rows.map((row) => row.code)).toEqual(rows.map((row) => row.code));
  });
});

describe('smi rank on open-latest', () => {
  it('ranks the 294 councils of 2025', async () => {
    const rows = parseCsv((await smi(['rank', '--edition', 'open-latest', '--format', 'csv'])).stdout, { columns: true }) as Row[];
    expect(rows).toHaveLength(294);
    const ranked = rows.filter((row) => row.rank !== '');
    expect(isPermutation(ranked.map((row) => Number(row.rank)), ranked.length)).toBe(true);
    expect(rows.filter((row) => row.class === 'hotspot')).toHaveLength(Math.round(ranked.length / 5));
  });
});

describe('smi rank over the series', async () => {
  const years = [2016, 2020, 2025];
  const runs = await Promise.all(years.map((year) => smi(['rank', '--edition', `open-series@${year}`, '--format', 'csv'])));
  const latest = await smi(['rank', '--edition', 'open-latest', '--format', 'csv']);

  it('ranks the 294 councils 1–294 in a year of the series, with 59 hotspots', () => {
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      const rows = parseCsv(run.stdout, { columns: true }) as Row[];
      expect(isPermutation(rows.map((row) => Number(row.rank)), 294)).toBe(true);
      expect(rows.filter((row) => row.class === 'hotspot')).toHaveLength(59);
    }
  });

  it('gives open-latest the ranking of open-series@2025', () => {
    const pick = (stdout: string) => (parseCsv(stdout, { columns: true }) as Row[]).map((row) => [row.code, row.rank, row.class]);
    expect(pick(latest.stdout)).toEqual(pick(runs[2]!.stdout));
  });

  it('refuses a year outside the series with the ids it has', async () => {
    const run = await smi(['rank', '--edition', 'open-series@2015']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown edition "open-series@2015".*open-series@2016/);
  });
});
