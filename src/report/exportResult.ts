/**
 * The whole result of an edition, for other programs: JSON with the method in force (so that
 * anyone can recompute every score from `values`), and the same content flattened to CSV rows.
 * Column names of the CSV are documented in the README ("Export formats").
 */
import type { ExportedArea, ExportResponse } from '../contract/responses.js';
import type { Level } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';
import { attribution } from './attribution.js';
import type { ScoredEdition } from './scoredEdition.js';
import { indicatorLabels, stageCoverage } from './indicatorWords.js';

export type { ExportedArea };
export type ExportedResult = ExportResponse;

export function exportResult(scored: ScoredEdition): ExportedResult {
  const indicatorIds = scored.method.indicators.map((indicator) => indicator.id);
  return {
    edition: scored.edition.id,
    method: scored.method,
    rankedCount: scored.result.rankedCount,
    labels: indicatorLabels(scored.edition, scored.method),
    attribution: attribution(scored.edition),
    areas: scored.areas.map(({ area, result }) => {
      const values: Record<string, number | null> = {};
      const scores: Record<string, number | null> = {};
      const ranks: Record<string, number | null> = {};
      const tiedWith: Record<string, number | null> = {};
      const levels: Record<string, Level> = {};
      for (const id of indicatorIds) {
        values[id] = result.indicators[id]?.value ?? null;
        scores[id] = result.indicators[id]?.score ?? null;
        ranks[id] = result.indicators[id]?.rank ?? null;
        tiedWith[id] = result.indicators[id]?.tiedWith ?? null;
        levels[id] = values[id] === null ? 'missing' : area.provenance[id]?.level ?? 'supplied';
      }
      const stages: ExportedArea['stages'] = {};
      for (const stage of scored.method.stages) {
        const stageResult = result.stages[stage.id];
        stages[stage.id] = { score: stageResult?.score ?? null, rank: stageResult?.rank ?? null, decile: stageResult?.decile ?? null, thin: stageCoverage(scored.method, result, stage.id).thin };
      }
      return {
        code: area.code,
        name: area.name,
        region: area.region,
        county: area.county,
        formerCounty: area.formerCounty ?? null,
        values,
        scores,
        ranks,
        tiedWith,
        stages,
        overall: { ...result.overall },
        levels,
        intervals: { ...area.intervals },
        unadjusted: { ...area.unadjusted },
        unrankedReason: result.unrankedReason,
      };
    }),
  };
}

/** Column names of the flattened export, in order. */
export function exportColumns(method: MethodDescription): string[] {
  return [
    'code',
    'name',
    'region',
    'county',
    'overall_score',
    'overall_rank',
    'overall_decile',
    'overall_class',
    ...method.stages.flatMap((stage) => [`${stage.id}_score`, `${stage.id}_rank`, `${stage.id}_decile`]),
    ...method.indicators.flatMap((indicator) => [`${indicator.id}_value`, `${indicator.id}_score`, `${indicator.id}_rank`, `${indicator.id}_level`]),
    'unranked_reason',
  ];
}

export type Cell = string | number | null;

/** An indicator rank in a cell: 21, or "=21" when other areas share it (as every view writes it). */
function rankCell(rank: number | null, tiedWith: number | null): Cell {
  if (rank === null) return null;
  return tiedWith !== null && tiedWith > 0 ? `=${rank}` : rank;
}

/** The export as rows of cells matching `exportColumns`. */
export function exportRows(exported: ExportedResult): Cell[][] {
  return exported.areas.map((area) => [
    area.code,
    area.name,
    area.region,
    area.county,
    area.overall.score,
    area.overall.rank,
    area.overall.decile,
    area.overall.class,
    ...exported.method.stages.flatMap((stage) => {
      const s = area.stages[stage.id];
      return [s?.score ?? null, s?.rank ?? null, s?.decile ?? null];
    }),
    ...exported.method.indicators.flatMap((indicator) => [
      area.values[indicator.id] ?? null,
      area.scores[indicator.id] ?? null,
      rankCell(area.ranks[indicator.id] ?? null, area.tiedWith[indicator.id] ?? null),
      area.levels[indicator.id] ?? 'missing',
    ]),
    area.unrankedReason,
  ]);
}
