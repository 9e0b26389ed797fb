/**
 * The profile of one area — "how does my area fare?": its headline rank and class, each life
 * stage's rank and decile phrase, and every indicator with its value, the median of all ranked
 * areas, its rank among them and how close the value is to the Commission's measure.
 */
import type { AreaProfile, IndicatorStanding, ProfileIndicator, ProfileStage, TieRange } from '../contract/responses.js';
import type { IndicatorResult } from '../engine/types.js';
import type { AreaClass } from '../method/vocabulary.js';

export type { AreaProfile, IndicatorStanding, ProfileIndicator, ProfileStage, TieRange };
import { decilePhrase } from './decilePhrase.js';
import { countyValue, indicatorLabel, stageCoverage } from './indicatorWords.js';
import { ordinal } from './ordinal.js';
import type { ScoredArea, ScoredEdition } from './scoredEdition.js';

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
      ...stageCoverage(scored.method, result, stage.id),
    };
  });
  const indicators = scored.method.indicators.map((indicator): ProfileIndicator => {
    const indicatorResult = result.indicators[indicator.id];
    const provenance = area.provenance[indicator.id];
    return {
      id: indicator.id,
      number: indicator.number ?? null,
      label: indicatorLabel(scored.edition, indicator),
      definition: indicator.label,
      stage: indicator.stage,
      unit: indicator.unit,
      direction: indicator.direction,
      value: indicatorResult?.value ?? null,
      median: scored.result.summaries[indicator.id]?.median ?? null,
      rank: indicatorResult?.rank ?? null,
      rankOf: indicatorResult?.rankOf ?? null,
      tie: indicatorTie(indicatorResult),
      score: indicatorResult?.score ?? null,
      level: (indicatorResult?.value ?? null) === null ? 'missing' : provenance?.level ?? 'supplied',
      year: provenance?.year ?? null,
      source: provenance?.source ?? null,
      measure: provenance?.measure ?? null,
      carriedFromYear: provenance?.carriedFromYear ?? null,
      seriesBreak: provenance?.seriesBreak ?? null,
      note: provenance?.note ?? null,
      interval: area.intervals[indicator.id] ?? null,
      countyValue: countyValue(scored.edition, area, indicator.id),
    };
  });
  const standings = indicators
    .filter((indicator) => indicator.rank !== null && indicator.rankOf !== null && indicator.rankOf > 1)
    .map((indicator) => ({
      id: indicator.id,
      label: indicator.label,
      rank: indicator.rank as number,
      rankOf: indicator.rankOf as number,
      tied: indicator.tie !== null,
      countyValue: indicator.countyValue,
    }))
    // ids tie-broken by code unit, not localeCompare, whose first call loads the locale's collation (6 ms of `smi area`)
    .sort((a, b) => relative(a) - relative(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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

/** The ranks an indicator's value shares with other areas (see IndicatorRanking in the engine); null when it shares none. */
export function indicatorTie(result: Pick<IndicatorResult, 'rank' | 'tiedWith'> | undefined): TieRange | null {
  if (result === undefined || result.rank === null || result.tiedWith === null || result.tiedWith === 0) return null;
  return { best: result.rank, worst: result.rank + result.tiedWith, others: result.tiedWith };
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
