import { describe, expect, it } from 'vitest';
import { parseCsv, smi } from './smi.js';

interface Exported {
  edition: string;
  method: {
    stages: Array<{ id: string; weight: number }>;
    indicators: Array<{ id: string; stage: string; direction: 'higher' | 'lower'; weight: number }>;
    normalisation: string;
    aggregation: string;
    missing: string;
    ties: string;
    hotspotShare: number;
  };
  attribution: { statements: string[] };
  areas: Array<{
    code: string;
    name: string;
    values: Record<string, number | null>;
    scores: Record<string, number | null>;
    stages: Record<string, { score: number | null; rank: number | null; decile: number | null }>;
    overall: { score: number | null; rank: number | null; decile: number | null; class: string | null };
  }>;
}

/**
 * A second, deliberately plain implementation of the documented default method (z-scores with the
 * sample standard deviation over ranked areas, sign flipped where lower is better; stage = mean of
 * the indicators present; overall = mean of the stages; rank 1 = highest, ties by code), written from
 * the README's description rather than from the engine, to check the export against.
 */
function recompute(exported: Exported) {
  const { method, areas } = exported;
  const present = method.indicators.filter((indicator) => areas.some((area) => area.values[indicator.id] !== null));
  const stages = method.stages.filter((stage) => present.some((indicator) => indicator.stage === stage.id));
  const ranked = areas.filter((area) => stages.every((stage) => present.some((indicator) => indicator.stage === stage.id && area.values[indicator.id] !== null)));
  const z = new Map<string, Map<string, number>>();
  for (const indicator of present) {
    const xs = ranked.map((area) => area.values[indicator.id]).filter((value): value is number => value !== null);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    for (const area of ranked) {
      const value = area.values[indicator.id];
      if (value === null || value === undefined) continue;
      const score = ((value - mean) / sd) * (indicator.direction === 'lower' ? -1 : 1);
      if (!z.has(area.code)) z.set(area.code, new Map());
      z.get(area.code)!.set(indicator.id, score);
    }
  }
  const stageScores = new Map<string, Record<string, number>>();
  const overall = new Map<string, number>();
  for (const area of ranked) {
    const byStage: Record<string, number> = {};
    for (const stage of stages) {
      const mine = present.filter((indicator) => indicator.stage === stage.id && z.get(area.code)?.has(indicator.id));
      byStage[stage.id] = mine.reduce((sum, indicator) => sum + z.get(area.code)!.get(indicator.id)!, 0) / mine.length;
    }
    stageScores.set(area.code, byStage);
    overall.set(area.code, Object.values(byStage).reduce((a, b) => a + b, 0) / stages.length);
  }
  const rankBy = (score: (code: string) => number) => {
    const order = ranked.map((area) => area.code).sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1));
    return new Map(order.map((code, index) => [code, index + 1]));
  };
  return {
    ranked,
    z,
    stageScores,
    overall,
    overallRank: rankBy((code) => overall.get(code)!),
    stageRank: Object.fromEntries(stages.map((stage) => [stage.id, rankBy((code) => stageScores.get(code)![stage.id]!)])),
  };
}

describe('smi export', () => {
  for (const edition of ['open-2016', 'open-latest']) {
    it(`${edition}: an independent implementation of the method reproduces every score and rank`, async () => {
      const run = await smi(['export', '--edition', edition, '--format', 'json']);
      expect(run.status, run.stderr).toBe(0);
      const exported = JSON.parse(run.stdout) as Exported;
      expect(exported.edition).toBe(edition);
      expect(exported.method.normalisation).toBe('zscore');
      expect(exported.attribution.statements.join(' ')).toMatch(/Open Government Licence/);
      const mine = recompute(exported);
      expect(mine.ranked.length).toBe(exported.areas.filter((area) => area.overall.rank !== null).length);
      for (const area of exported.areas) {
        if (area.overall.rank === null) continue;
        expect(area.overall.score).toBeCloseTo(mine.overall.get(area.code)!, 9);
        expect(area.overall.rank, area.name).toBe(mine.overallRank.get(area.code));
        for (const [stage, ranks] of Object.entries(mine.stageRank)) {
          expect(area.stages[stage]?.score).toBeCloseTo(mine.stageScores.get(area.code)![stage]!, 9);
          expect(area.stages[stage]?.rank, `${area.name} ${stage}`).toBe(ranks.get(area.code));
        }
        for (const [id, score] of Object.entries(area.scores)) {
          if (score !== null) expect(score).toBeCloseTo(mine.z.get(area.code)!.get(id)!, 9);
        }
      }
    });
  }

  it('flattens the same content to CSV with documented columns', async () => {
    const run = await smi(['export', '--format', 'csv']);
    expect(run.status, run.stderr).toBe(0);
    const rows = parseCsv(run.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(324);
    const columns = Object.keys(rows[0]!);
    expect(columns.slice(0, 8)).toEqual(['code', 'name', 'region', 'county', 'overall_score', 'overall_rank', 'overall_decile', 'overall_class']);
    expect(columns).toContain('youth_rank');
    expect(columns).toContain('median-pay_value');
    expect(columns).toContain('median-pay_rank');
    expect(columns).toContain('median-pay_level');
    expect(columns).toHaveLength(8 + 4 * 3 + 16 * 4 + 1);
    expect(run.stderr).toMatch(/Open Government Licence/);
  });
});
