/**
 * The whole result of an edition, for other programs: JSON with the method in force (so that
 * anyone can recompute every score from `values`), and the same content flattened to CSV rows.
 * Column names of the CSV are documented in the README ("Export formats").
 */
import type { ExportedArea, ExportResponse } from '../contract/responses.js';
import type { Level } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';
import type { AreaResult, IndexResult } from '../engine/types.js';
import { attribution } from './attribution.js';
import type { ScoredEdition } from './scoredEdition.js';
import { indicatorLabels, stageCoverage } from './indicatorWords.js';

export type { ExportedArea };
export type ExportedResult = ExportResponse;

/** What the engine's result gives an exported area (the rest — names, levels, intervals — comes from the edition). */
type ResultFields = Pick<ExportedArea, 'values' | 'scores' | 'ranks' | 'tiedWith' | 'stages' | 'overall' | 'unrankedReason'>;

function resultFields(method: MethodDescription, result: AreaResult): ResultFields {
  const values: Record<string, number | null> = {};
  const scores: Record<string, number | null> = {};
  const ranks: Record<string, number | null> = {};
  const tiedWith: Record<string, number | null> = {};
  for (const { id } of method.indicators) {
    values[id] = result.indicators[id]?.value ?? null;
    scores[id] = result.indicators[id]?.score ?? null;
    ranks[id] = result.indicators[id]?.rank ?? null;
    tiedWith[id] = result.indicators[id]?.tiedWith ?? null;
  }
  const stages: ExportedArea['stages'] = {};
  for (const stage of method.stages) {
    const stageResult = result.stages[stage.id];
    stages[stage.id] = { score: stageResult?.score ?? null, rank: stageResult?.rank ?? null, decile: stageResult?.decile ?? null, thin: stageCoverage(method, result, stage.id).thin };
  }
  return { values, scores, ranks, tiedWith, stages, overall: { ...result.overall }, unrankedReason: result.unrankedReason };
}

/** Each indicator's England median (the engine's summary: ranked areas with a value), as the area profile gives it. */
function mediansOf(result: IndexResult): Record<string, number | null> {
  return Object.fromEntries(result.method.indicators.map(({ id }) => [id, result.summaries[id]?.median ?? null]));
}

export function exportResult(scored: ScoredEdition): ExportedResult {
  return {
    edition: scored.edition.id,
    method: scored.method,
    rankedCount: scored.result.rankedCount,
    medians: mediansOf(scored.result),
    labels: indicatorLabels(scored.edition, scored.method),
    attribution: attribution(scored.edition),
    areas: scored.areas.map(({ area, result }) => {
      const fields = resultFields(scored.method, result);
      const levels: Record<string, Level> = {};
      for (const { id } of scored.method.indicators) levels[id] = fields.values[id] === null ? 'missing' : area.provenance[id]?.level ?? 'supplied';
      return {
        code: area.code,
        name: area.name,
        region: area.region,
        county: area.county,
        formerCounty: area.formerCounty ?? null,
        ...fields,
        levels,
        intervals: { ...area.intervals },
        unadjusted: { ...area.unadjusted },
      };
    }),
  };
}

/**
 * An export with the engine's result of another method in place of its own (the same areas, in
 * the same order): what the web page shows when it re-weights in the browser, so that its ranks
 * come from the same fields — and the same functions reading them — as the server's.
 */
export function withResult(base: ExportedResult, result: IndexResult): ExportedResult {
  return {
    ...base,
    method: result.method,
    rankedCount: result.rankedCount,
    medians: mediansOf(result),
    areas: base.areas.map((area, index) => {
      const areaResult = result.areas[index];
      if (areaResult === undefined || areaResult.code !== area.code) throw new Error(`the result's areas are not the export's, at ${area.code}`);
      return { ...area, ...resultFields(result.method, areaResult) };
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
