/**
 * "Who moved most?": every council's overall rank in two years of the series and how far it moved,
 * largest moves first, with the life stages whose ranks moved most and the indicators that moved its
 * overall score most. An indicator's part of the overall score is its contribution (the engine's
 * `overallContribution`, which sum to the score), so the change of each contribution between the two
 * years adds up to the change of the score: those with the largest change are what moved it. Pure:
 * the two years come scored.
 */
import { indicatorLabel } from './indicatorWords.js';
import type { ScoredEdition } from './scoredEdition.js';

/** How many stages and indicators each mover lists. */
export const MOVER_DRIVERS = 3;

export interface MoverStage {
  id: string;
  label: string;
  fromRank: number | null;
  toRank: number | null;
  /** fromRank − toRank: positive = moved up (better). */
  change: number | null;
}

export interface MoverIndicator {
  id: string;
  label: string;
  /** The change of the indicator's part of the overall score, to − from: positive = it raised the score. */
  contributionChange: number;
}

export interface Mover {
  code: string;
  name: string;
  fromRank: number | null;
  toRank: number | null;
  /** fromRank − toRank: positive = moved up (better); null when unranked in either year. */
  change: number | null;
  scoreChange: number | null;
  /** The stages, largest move first (the MOVER_DRIVERS first). */
  stages: MoverStage[];
  /** The indicators whose contributions changed most, largest first (the MOVER_DRIVERS first). */
  indicators: MoverIndicator[];
}

export interface MoversReport {
  from: number;
  to: number;
  rankedCount: number;
  areas: Mover[];
}

const byMagnitude = (a: number | null, b: number | null): number => Math.abs(b ?? -1) - Math.abs(a ?? -1);

/** The councils of `to` that are in `from` too, ranked by how far they moved (ties by code). */
export function movers(from: { year: number; scored: ScoredEdition }, to: { year: number; scored: ScoredEdition }): MoversReport {
  const method = to.scored.method;
  const areas = to.scored.areas.flatMap((entry): Mover[] => {
    const before = from.scored.byCode.get(entry.area.code);
    if (before === undefined) return [];
    const a = before.result;
    const b = entry.result;
    const diff = (x: number | null, y: number | null) => (x === null || y === null ? null : x - y);
    const stages = method.stages
      .map((stage) => ({ id: stage.id, label: stage.label, fromRank: a.stages[stage.id]?.rank ?? null, toRank: b.stages[stage.id]?.rank ?? null }))
      .map((stage) => ({ ...stage, change: diff(stage.fromRank, stage.toRank) }))
      .sort((x, y) => byMagnitude(x.change, y.change))
      .slice(0, MOVER_DRIVERS);
    const indicators = method.indicators
      .map((indicator) => {
        const then = a.indicators[indicator.id]?.overallContribution ?? null;
        const now = b.indicators[indicator.id]?.overallContribution ?? null;
        return { id: indicator.id, label: indicatorLabel(to.scored.edition, indicator), contributionChange: then === null || now === null ? null : now - then };
      })
      .filter((indicator): indicator is MoverIndicator => indicator.contributionChange !== null && indicator.contributionChange !== 0)
      .sort((x, y) => Math.abs(y.contributionChange) - Math.abs(x.contributionChange))
      .slice(0, MOVER_DRIVERS);
    return [{ code: entry.area.code, name: entry.area.name, fromRank: a.overall.rank, toRank: b.overall.rank, change: diff(a.overall.rank, b.overall.rank), scoreChange: diff(b.overall.score, a.overall.score), stages, indicators }];
  });
  areas.sort((x, y) => byMagnitude(x.change, y.change) || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  return { from: from.year, to: to.year, rankedCount: to.scored.result.rankedCount, areas };
}
