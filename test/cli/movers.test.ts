/**
 * `smi movers` on the real series: every council, largest move first; each move is the difference of
 * its ranks in the two years' league tables (`smi rank --edition open-series@<year>`, another view);
 * Cumberland's stage moves are those of `smi trend`; the years can be swapped; a year outside the
 * series is refused naming the option.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv, smi } from './smi.js';

interface Mover { code: string; name: string; fromRank: number; toRank: number; change: number; scoreChange: number; stages: Array<{ id: string; change: number }>; indicators: Array<{ id: string; contributionChange: number }> }
interface Report { from: number; to: number; rankedCount: number; areas: Mover[]; attribution: { statements: string[] } }

async function json<T>(args: string[]): Promise<T> {
  const run = await smi(args);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
}

async function ranks(year: number): Promise<Map<string, number>> {
  const run = await smi(['rank', '--edition', `open-series@${year}`, '--format', 'csv']);
  expect(run.status, run.stderr).toBe(0);
  return new Map((parseCsv(run.stdout, { columns: true }) as Array<{ code: string; rank: string }>).map((row) => [row.code, Number(row.rank)]));
}

describe('smi movers', async () => {
  const report = await json<Report>(['movers', '--format', 'json']);

  it('compares 2016 with 2025 by default: all 294 councils, each move the difference of its two league-table ranks', async () => {
    expect(report.from).toBe(2016);
    expect(report.to).toBe(2025);
    expect(report.areas).toHaveLength(294);
    const [before, after] = [await ranks(2016), await ranks(2025)];
    for (const area of report.areas) {
      expect(area.fromRank, area.name).toBe(before.get(area.code));
      expect(area.toRank, area.name).toBe(after.get(area.code));
      expect(area.change).toBe(before.get(area.code)! - after.get(area.code)!);
    }
    // ranks are a permutation each year, so the moves cancel out
    expect(report.areas.reduce((sum, area) => sum + area.change, 0)).toBe(0);
    const sizes = report.areas.map((area) => Math.abs(area.change));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(report.attribution.statements.join(' ')).toMatch(/Census 2021/);
  });

  it("gives Cumberland's stage moves as smi trend's ranks say, and at most three stages and indicators each", async () => {
    const trend = await json<{ years: Array<{ year: number; stages: Array<{ id: string; rank: number }> }> }>(['trend', 'Cumberland', '--format', 'json']);
    const cumberland = report.areas.find((area) => area.code === 'E06000063')!;
    const rankIn = (year: number, id: string) => trend.years.find((y) => y.year === year)!.stages.find((s) => s.id === id)!.rank;
    for (const stage of cumberland.stages) expect(stage.change, stage.id).toBe(rankIn(2016, stage.id) - rankIn(2025, stage.id));
    for (const area of report.areas) {
      expect(area.stages.length).toBeLessThanOrEqual(3);
      expect(area.indicators.length).toBeLessThanOrEqual(3);
      const sizes = area.indicators.map((i) => Math.abs(i.contributionChange));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    }
  });

  it('swapped years give the opposite moves; the table shows the largest twenty', async () => {
    const back = await json<Report>(['movers', '--from', '2025', '--to', '2016', '--format', 'json']);
    const byCode = new Map(back.areas.map((area) => [area.code, area.change]));
    for (const area of report.areas) expect(byCode.get(area.code)! + area.change).toBe(0);
    const table = await smi(['movers', '--from', '2019', '--to', '2023']);
    expect(table.status, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^Who moved most, 2019 to 2023/);
    expect(table.stdout).toContain('Ranks are relative');
    expect(table.stdout).toContain('The 20 largest moves of 294');
  });

  it('refuses a year outside the series, naming the option and the years there are', async () => {
    const run = await smi(['movers', '--from', '2015']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--from/);
    expect(run.stderr).toMatch(/2016/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
