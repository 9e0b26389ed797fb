/**
 * The profile of one area — "how does my area fare?": its headline rank and class, each life
 * stage's rank and decile phrase, and every indicator with its value, the median of all ranked
 * areas, its rank among them and how close the value is to the Commission's measure.
 */
import type { AreaClass } from '../engine/types.js';
import type { Interval, Level } from '../edition/types.js';
import type { Direction } from '../method/vocabulary.js';
import { decilePhrase } from './decilePhrase.js';
import { ordinal } from './ordinal.js';
import type { ScoredArea, ScoredEdition } from './scoredEdition.js';

/**
 * Where equal scores put an area: ranks `best`…`worst` are shared by `1 + others` areas with exactly
 * the same score (districts that inherit their county's values tie on those indicators). Null when
 * the area is unranked or no other area has its score.
 */
export interface TieRange {
  best: number;
  worst: number;
  others: number;
}

export interface ProfileStage {
  id: string;
  label: string;
  score: number | null;
  rank: number | null;
  tie: TieRange | null;
  decile: number | null;
  decilePhrase: string | null;
}

export interface ProfileIndicator {
  id: string;
  number: number | null;
  label: string;
  stage: string;
  unit: string;
  direction: Direction;
  value: number | null;
  /** Median of the value over the ranked areas that have one. */
  median: number | null;
  /** 1 = best among the `rankOf` ranked areas with a value. */
  rank: number | null;
  rankOf: number | null;
  tie: TieRange | null;
  score: number | null;
  level: Level;
  year: string | null;
  source: string | null;
  measure: string | null;
  carriedFromYear: string | null;
  note: string | null;
  interval: Interval | null;
}

export interface IndicatorStanding {
  id: string;
  label: string;
  /** The best rank the area shares when tied (see TieRange), else its rank. */
  rank: number;
  rankOf: number;
  tied: boolean;
}

export interface AreaProfile {
  edition: string;
  code: string;
  name: string;
  type: string;
  region: string;
  county: string | null;
  ruralUrban: string;
  /** The April 2025 council the area is part of, when that is a different code. */
  successor: { code: string; name: string } | null;
  predecessorCodes: string[];
  headline: string;
  ranked: boolean;
  unrankedReason: string | null;
  rankedCount: number;
  overall: { score: number | null; rank: number | null; tie: TieRange | null; decile: number | null; decilePhrase: string | null; class: AreaClass | null };
  stages: ProfileStage[];
  indicators: ProfileIndicator[];
  /** The three indicators on which the area ranks best and worst (relative to the number ranked). */
  strongest: IndicatorStanding[];
  weakest: IndicatorStanding[];
}

export function areaProfile(scored: ScoredEdition, entry: ScoredArea): AreaProfile {
  const { area, result } = entry;
  const n = scored.result.rankedCount;
  const stages = scored.method.stages.map((stage): ProfileStage => {
    const stageResult = result.stages[stage.id];
    const decile = stageResult?.decile ?? null;
    return {
      id: stage.id,
      label: stage.label,
      score: stageResult?.score ?? null,
      rank: stageResult?.rank ?? null,
      tie: tieRange(scored, stageResult?.score ?? null, (other) => other.stages[stage.id]?.score ?? null),
      decile,
      decilePhrase: decile === null ? null : decilePhrase(decile),
    };
  });
  const indicators = scored.method.indicators.map((indicator): ProfileIndicator => {
    const indicatorResult = result.indicators[indicator.id];
    const provenance = area.provenance[indicator.id];
    return {
      id: indicator.id,
      number: indicator.number ?? null,
      label: indicator.label,
      stage: indicator.stage,
      unit: indicator.unit,
      direction: indicator.direction,
      value: indicatorResult?.value ?? null,
      median: scored.result.summaries[indicator.id]?.median ?? null,
      rank: indicatorResult?.rank ?? null,
      rankOf: indicatorResult?.rankOf ?? null,
      tie: tieRange(scored, indicatorResult?.score ?? null, (other) => other.indicators[indicator.id]?.score ?? null),
      score: indicatorResult?.score ?? null,
      level: (indicatorResult?.value ?? null) === null ? 'missing' : provenance?.level ?? 'supplied',
      year: provenance?.year ?? null,
      source: provenance?.source ?? null,
      measure: provenance?.measure ?? null,
      carriedFromYear: provenance?.carriedFromYear ?? null,
      note: provenance?.note ?? null,
      interval: area.intervals[indicator.id] ?? null,
    };
  });
  const standings = indicators
    .filter((indicator) => indicator.rank !== null && indicator.rankOf !== null && indicator.rankOf > 1)
    .map((indicator) => ({
      id: indicator.id,
      label: indicator.label,
      rank: indicator.tie?.best ?? (indicator.rank as number),
      rankOf: indicator.rankOf as number,
      tied: indicator.tie !== null,
    }))
    .sort((a, b) => relative(a) - relative(b) || a.id.localeCompare(b.id));
  const shown = Math.min(3, Math.floor(standings.length / 2));
  const overallDecile = result.overall.decile;
  return {
    edition: scored.edition.id,
    code: area.code,
    name: area.name,
    type: area.type,
    region: area.region,
    county: area.county,
    ruralUrban: area.ruralUrban,
    successor: area.successorCode !== area.code ? { code: area.successorCode, name: area.successorName } : null,
    predecessorCodes: area.predecessorCodes,
    headline: headline(area.name, result.overall.rank, n, result.overall.class, overallDecile, result.unrankedReason),
    ranked: result.ranked,
    unrankedReason: result.unrankedReason,
    rankedCount: n,
    overall: {
      score: result.overall.score,
      rank: result.overall.rank,
      tie: tieRange(scored, result.overall.score, (other) => other.overall.score),
      decile: overallDecile,
      decilePhrase: overallDecile === null ? null : decilePhrase(overallDecile),
      class: result.overall.class,
    },
    stages,
    indicators,
    strongest: standings.slice(0, shown),
    weakest: standings.slice(standings.length - shown).reverse(),
  };
}

/** The ranks shared by every ranked area whose score equals `score` exactly (see TieRange). */
export function tieRange(scored: ScoredEdition, score: number | null, scoreOf: (result: ScoredArea['result']) => number | null): TieRange | null {
  if (score === null) return null;
  let better = 0;
  let equal = 0;
  for (const { result } of scored.areas) {
    const other = result.ranked ? scoreOf(result) : null;
    if (other === null) continue;
    if (other > score) better += 1;
    else if (other === score) equal += 1;
  }
  return equal > 1 ? { best: better + 1, worst: better + equal, others: equal - 1 } : null;
}

/** Rank as a fraction of the way from best (0) to worst (1). */
function relative(standing: IndicatorStanding): number {
  return (standing.rank - 1) / (standing.rankOf - 1);
}

/**
 * The plain headline of a profile: "Carlisle is ranked 321st of 324: a social mobility coldspot
 * (worst 10%)."; "Leeds is ranked 150th of 324: neither a hotspot nor a coldspot (best 40–50%)."
 */
export function headline(
  name: string,
  rank: number | null,
  of: number,
  areaClass: AreaClass | null,
  decile: number | null,
  unrankedReason: string | null,
): string {
  if (rank === null || decile === null) return `${name} is not ranked: ${unrankedReason ?? 'it has too few indicator values'}.`;
  const kind = areaClass === 'hotspot' ? 'a social mobility hotspot' : areaClass === 'coldspot' ? 'a social mobility coldspot' : 'neither a hotspot nor a coldspot';
  return `${name} is ranked ${ordinal(rank)} of ${of}: ${kind} (${decilePhrase(decile)}).`;
}
