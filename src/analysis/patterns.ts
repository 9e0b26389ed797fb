/**
 * # Context and patterns (`smi patterns`)
 *
 * Joins each area's context (areaContext.ts: deprivation, rural-urban class, coastal flag) to its
 * result and reports, over the ranked areas:
 *
 * 1. **Rank correlation with deprivation**: Spearman's ρ (stats/spearman.ts) between the overall
 *    score, and each stage score, and each deprivation measure (IMD 2015 mean score and share of
 *    LSOAs in the most deprived 10%; the same for IMD 2019). Deprivation measures grow with
 *    deprivation, so a negative ρ means more deprived areas score lower.
 * 2. **Affluent coldspots**: coldspots among the least deprived third (the round(N/3) ranked areas
 *    with the lowest IMD 2015 mean score, ties by code); **deprived hotspots**: hotspots among the
 *    most deprived third. The Commission named Cotswold and West Berkshire as affluent coldspots:
 *    `named` says whether this edition puts them there.
 * 3. **Shares by group** (region, rural-urban class, coastal or not): per group the number of
 *    ranked areas, the share that are hotspots and coldspots, and the share ranked in the lower
 *    half (rank > N/2).
 *
 * @example
 * // Six ranked areas, IMD scores 10, 20, 30, 40, 50, 60 and ranks 6, 1, 2, 3, 4, 5 (N = 6,
 * // round(6 × 0.2) = 1 hotspot, 1 coldspot): the least deprived third is the two with IMD 10 and
 * // 20; the one with IMD 10 is rank 6, the coldspot: an affluent coldspot. The most deprived third
 * // (50, 60) has ranks 4 and 5: no deprived hotspot.
 */
import type { PatternsResponse } from '../contract/responses.js';
import type { ScoredArea, ScoredEdition } from '../report/scoredEdition.js';
import { spearman } from '../stats/index.js';
import { COAST_THRESHOLD_KM, DEPRIVATION_MEASURES, NOT_COASTAL, type AreaContext } from './areaContext.js';

/** The patterns report (the API's response less its attribution). */
export type PatternsReport = Omit<PatternsResponse, 'attribution'>;
export type Correlation = PatternsReport['correlations'][number];
export type PatternArea = PatternsReport['affluentColdspots'][number];
export type GroupShare = PatternsReport['byRegion'][number];
export type NamedCheck = PatternsReport['named'][number];

/** Cotswold and West Berkshire: the same codes in 2016 and 2025. */
export const COMMISSION_AFFLUENT_COLDSPOTS: readonly string[] = ['E07000079', 'E06000037'];

/** The ranked areas with an IMD 2015 score, least deprived first (ties by code), cut into the least and most deprived thirds of round(N/3) each. */
function deprivationThirds(withContext: readonly ScoredArea[], contextOf: (entry: ScoredArea) => AreaContext) {
  const byDeprivation = withContext
    .filter((entry) => contextOf(entry).imd2015Score !== null)
    .sort((a, b) => (contextOf(a).imd2015Score as number) - (contextOf(b).imd2015Score as number) || a.area.code.localeCompare(b.area.code));
  const third = Math.round(byDeprivation.length / 3);
  return { third, leastDeprived: byDeprivation.slice(0, third), mostDeprived: byDeprivation.slice(byDeprivation.length - third) };
}

/** Which third of deprivation (IMD 2015) a ranked area is in; null for an unranked area or one without a score. */
export type DeprivationThird = 'least deprived' | 'middle' | 'most deprived';

/** One area of the patterns download: its result beside the context the patterns are read from. */
export interface PatternAreaRow {
  code: string;
  name: string;
  region: string;
  ruralUrban: string;
  coastal: boolean | null;
  rank: number | null;
  class: ScoredArea['result']['overall']['class'];
  imd2015Score: number | null;
  imd2015MostDeprived10: number | null;
  imd2019Score: number | null;
  imd2019MostDeprived10: number | null;
  deprivationThird: DeprivationThird | null;
  affluentColdspot: boolean;
  deprivedHotspot: boolean;
}

/**
 * Every area of the edition, in rank order (unranked last), with its context and the thirds and
 * flags {@link patterns} counts — the rows from which each of its figures can be recomputed.
 */
export function patternAreaRows(scored: ScoredEdition, contexts: ReadonlyMap<string, AreaContext>): PatternAreaRow[] {
  const withContext = scored.areas.filter((entry) => entry.result.ranked && contexts.has(entry.area.code));
  const { leastDeprived, mostDeprived } = deprivationThirds(withContext, (entry) => contexts.get(entry.area.code)!);
  const least = new Set(leastDeprived.map((entry) => entry.area.code));
  const most = new Set(mostDeprived.map((entry) => entry.area.code));
  return [...scored.areas]
    .sort((a, b) => (a.result.overall.rank ?? Infinity) - (b.result.overall.rank ?? Infinity) || a.area.code.localeCompare(b.area.code))
    .map((entry) => {
      const { code } = entry.area;
      const context = contexts.get(code);
      const overall = entry.result.overall;
      const third: DeprivationThird | null = !entry.result.ranked || context?.imd2015Score == null ? null : least.has(code) ? 'least deprived' : most.has(code) ? 'most deprived' : 'middle';
      return {
        code,
        name: entry.area.name,
        region: entry.area.region,
        ruralUrban: entry.area.ruralUrban,
        coastal: context === undefined ? null : context.coastal,
        rank: overall.rank,
        class: overall.class,
        imd2015Score: context?.imd2015Score ?? null,
        imd2015MostDeprived10: context?.imd2015MostDeprived10 ?? null,
        imd2019Score: context?.imd2019Score ?? null,
        imd2019MostDeprived10: context?.imd2019MostDeprived10 ?? null,
        deprivationThird: third,
        affluentColdspot: third === 'least deprived' && overall.class === 'coldspot',
        deprivedHotspot: third === 'most deprived' && overall.class === 'hotspot',
      };
    });
}

export function patterns(scored: ScoredEdition, contexts: ReadonlyMap<string, AreaContext>): PatternsReport {
  const ranked = scored.areas.filter((entry) => entry.result.ranked);
  const n = scored.result.rankedCount;
  const withContext = ranked.filter((entry) => contexts.has(entry.area.code));
  const contextOf = (entry: ScoredArea): AreaContext => contexts.get(entry.area.code)!;

  const measures = DEPRIVATION_MEASURES.filter((measure) => withContext.some((entry) => measure.get(contextOf(entry)) !== null));
  const targets = [{ id: 'overall', label: 'Overall' }, ...scored.method.stages.filter((stage) => !scored.result.absentStages.includes(stage.id))];
  const correlations = targets.map((target): Correlation => {
    const score = (entry: ScoredArea) => (target.id === 'overall' ? entry.result.overall.score : entry.result.stages[target.id]?.score ?? null);
    const rho: Correlation['rho'] = {};
    for (const measure of measures) {
      const pairs = withContext.flatMap((entry) => {
        const x = score(entry);
        const y = measure.get(contextOf(entry));
        return x === null || y === null ? [] : [[x, y] as const];
      });
      rho[measure.id] = { rho: spearman(pairs.map((p) => p[0]), pairs.map((p) => p[1])), n: pairs.length };
    }
    return { target: target.id, label: target.label, rho };
  });

  const { third, leastDeprived, mostDeprived } = deprivationThirds(withContext, contextOf);
  const toArea = (entry: ScoredArea): PatternArea => ({
    code: entry.area.code,
    name: entry.area.name,
    region: entry.area.region,
    rank: entry.result.overall.rank as number,
    class: entry.result.overall.class,
    imd2015Score: contextOf(entry).imd2015Score,
  });
  const byRank = (a: PatternArea, b: PatternArea) => a.rank - b.rank;
  const leastCodes = new Set(leastDeprived.map((entry) => entry.area.code));

  const named = COMMISSION_AFFLUENT_COLDSPOTS.flatMap((code): NamedCheck[] => {
    const entry = scored.byCode.get(code);
    if (entry === undefined) return [];
    const inThird = leastCodes.has(code);
    return [{
      code,
      name: entry.area.name,
      rank: entry.result.overall.rank,
      class: entry.result.overall.class,
      inLeastDeprivedThird: inThird,
      affluentColdspot: inThird && entry.result.overall.class === 'coldspot',
    }];
  });

  const shares = (key: (entry: ScoredArea) => string | null): GroupShare[] => {
    const groups = new Map<string, ScoredArea[]>();
    for (const entry of ranked) {
      const group = key(entry);
      if (group === null || group === '') continue;
      groups.set(group, [...(groups.get(group) ?? []), entry]);
    }
    return [...groups.entries()]
      .map(([group, members]): GroupShare => {
        const hotspots = members.filter((entry) => entry.result.overall.class === 'hotspot').length;
        const coldspots = members.filter((entry) => entry.result.overall.class === 'coldspot').length;
        return {
          group,
          ranked: members.length,
          hotspots,
          hotspotShare: hotspots / members.length,
          coldspots,
          coldspotShare: coldspots / members.length,
          lowerHalfShare: members.filter((entry) => (entry.result.overall.rank as number) > n / 2).length / members.length,
        };
      })
      .sort((a, b) => a.lowerHalfShare - b.lowerHalfShare || a.group.localeCompare(b.group));
  };

  return {
    edition: scored.edition.id,
    rankedCount: n,
    measures: measures.map((measure) => ({ id: measure.id, label: measure.label })),
    correlations,
    thirds: {
      size: third,
      leastDeprivedMaxImd2015: third === 0 ? null : contextOf(leastDeprived[third - 1]!).imd2015Score,
      mostDeprivedMinImd2015: third === 0 ? null : contextOf(mostDeprived[0]!).imd2015Score,
    },
    affluentColdspots: leastDeprived.filter((entry) => entry.result.overall.class === 'coldspot').map(toArea).sort(byRank),
    deprivedHotspots: mostDeprived.filter((entry) => entry.result.overall.class === 'hotspot').map(toArea).sort(byRank),
    named,
    coastalRule: { thresholdKm: COAST_THRESHOLD_KM, notCoastal: NOT_COASTAL },
    byRegion: shares((entry) => entry.area.region),
    byRuralUrban: shares((entry) => entry.area.ruralUrban),
    byCoastal: shares((entry) => {
      const context = contexts.get(entry.area.code);
      return context === undefined ? null : context.coastal ? 'coastal' : 'not coastal';
    }),
    withoutContext: scored.areas.filter((entry) => !contexts.has(entry.area.code)).map((entry) => entry.area.code),
  };
}
