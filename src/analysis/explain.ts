/**
 * # What drives an area's result (`smi explain`)
 *
 * For one ranked area: its overall score and rank, the median overall score of the ranked areas,
 * and three ways of splitting the result by indicator.
 *
 * 1. **Contributions** (sum exactly to the score). They are the engine's own overall
 *    contributions (computeIndex.ts): with stage weights W and indicator weights w,
 *    overall = Σₖ (Wₖ/ΣW) Sₖ and Sₖ = Σᵢ (wᵢ/Σw) sᵢ over the indicators the area has in stage k, so
 *    cᵢ = (Wₖ/ΣW)(wᵢ/Σw) sᵢ and Σᵢ cᵢ = overall (up to rounding in the last bits). Indicators the area
 *    has no value for (or that the edition lacks) contribute nothing and are listed in `unused`.
 *    Under geometric aggregation the same holds on the log scale: Σᵢ cᵢ = ln overall
 *    (`scale: "log"`).
 * 2. **Gap to the median area** (sums exactly to the gap). The reference is the median area
 *    itself: the ranked area in the middle of the ranking when N is odd, or the two middle areas
 *    when N is even (ranks N/2 and N/2 + 1), whose contributions are averaged. Then
 *    gapᵢ = cᵢ − c̄ᵢ, and Σᵢ gapᵢ = score − (mean of the middle scores) = score − median score,
 *    exactly (the median of an even number of scores is the mean of the two middle ones). An
 *    indicator only one of them has counts with 0 for the other. Under geometric aggregation the
 *    gap is on the log scale: ln score − mean of the middle areas' ln score. This is a comparison
 *    with real, typical areas, not with a hypothetical "median on everything" profile (which would
 *    not add up).
 * 3. **Places** (not additive). For each indicator the area has, its value is set to the England
 *    median (the median over ranked areas with a value, as `smi area` prints it), the index is
 *    recomputed with every other area unchanged ({@link recomputeWith}), and
 *    places = rank at the median − actual rank. Negative: the indicator *costs* that many places
 *    (the area would rank higher with a median value); positive: it *gains* them.
 *
 * @example
 * // Two stages of weight 1, stage A = {a1, a2}, stage B = {b1}; an area with z-scores
 * // a1 = 1, a2 = −0.5, b1 = 0.4: S_A = (1 − 0.5)/2 = 0.25, S_B = 0.4, overall = (0.25 + 0.4)/2 = 0.325.
 * // Contributions: a1 = ½·½·1 = 0.25, a2 = ½·½·(−0.5) = −0.125, b1 = ½·0.4 = 0.2; sum 0.325.
 * // If the two middle areas have contributions (0, 0.1, −0.1) and (0.2, 0, 0) (scores 0 and
 * // 0.2, median 0.1), c̄ = (0.1, 0.05, −0.05) and the gaps are (0.15, −0.175, 0.25): sum
 * // 0.225 = 0.325 − 0.1.
 */
import { NothingToRankError, UsageError } from '../errors.js';
import type { Driver, ExplainResponse, StageExplanation } from '../contract/responses.js';
import type { AreaResult, IndicatorResult } from '../engine/types.js';
import { countyValue, countyValuePhrase, indicatorLabel, type CountyValue } from '../report/indicatorWords.js';
import { ordinal } from '../report/ordinal.js';
import type { ScoredArea, ScoredEdition } from '../report/scoredEdition.js';
import { median } from '../stats/index.js';
import { recomputeWith } from './recompute.js';

export type { Driver, StageExplanation };

/** What drives an area's result (the API's response less its attribution). */
export type Explanation = Omit<ExplainResponse, 'attribution'>;

/**
 * Explains an area's result (see the module comment).
 *
 * @throws UsageError when the area is not ranked (it has no score to explain).
 */
export function explain(scored: ScoredEdition, entry: ScoredArea): Explanation {
  const { area, result } = entry;
  const { score, rank } = result.overall;
  if (!result.ranked || score === null || rank === null) {
    throw new UsageError(`${area.name} is not ranked in ${scored.edition.id} under ${scored.method.id === scored.edition.method.id ? 'its own method' : `the method ${scored.method.id}`} (${result.unrankedReason ?? 'too few values'}), so there is no score to explain.`);
  }
  const method = scored.method;
  const geometric = method.aggregation === 'geometric';
  const ranked = scored.areas.filter((other) => other.result.ranked).sort((a, b) => (a.result.overall.rank as number) - (b.result.overall.rank as number));
  const n = ranked.length;
  const middle = n % 2 === 1 ? [ranked[(n - 1) / 2]!] : [ranked[n / 2 - 1]!, ranked[n / 2]!];
  const medianScore = median(ranked.map((other) => other.result.overall.score as number)) as number;

  const contributions: Record<string, number> = {};
  const gaps: Record<string, number> = {};
  const unused: string[] = [];
  const contributionOf = (other: AreaResult, id: string): number => other.indicators[id]?.overallContribution ?? 0;
  for (const indicator of method.indicators) {
    const own = result.indicators[indicator.id]?.overallContribution ?? null;
    const reference = middle.reduce((total, other) => total + contributionOf(other.result, indicator.id), 0) / middle.length;
    if (own === null || (indicator.weight === 0 && own === 0)) unused.push(indicator.id);
    else contributions[indicator.id] = own;
    if (own !== null || reference !== 0) gaps[indicator.id] = (own ?? 0) - reference;
  }
  const referenceLevel = middle.reduce((total, other) => total + level(other.result.overall.score as number, geometric), 0) / middle.length;

  const stages = method.stages.map((stage): StageExplanation => {
    const ids = method.indicators.filter((indicator) => indicator.stage === stage.id).map((indicator) => indicator.id);
    return {
      id: stage.id,
      label: stage.label,
      score: result.stages[stage.id]?.score ?? null,
      rank: result.stages[stage.id]?.rank ?? null,
      contribution: ids.reduce((total, id) => total + (contributions[id] ?? 0), 0),
      gap: ids.reduce((total, id) => total + (gaps[id] ?? 0), 0),
    };
  });

  const stageLabels = new Map(method.stages.map((stage) => [stage.id, stage.label]));
  const drivers = method.indicators
    .filter((indicator) => contributions[indicator.id] !== undefined)
    .map((indicator): Driver => {
      const own = result.indicators[indicator.id]!;
      const englandMedian = scored.result.summaries[indicator.id]?.median ?? null;
      let rankAtMedian: number | null = null;
      if (englandMedian !== null) {
        rankAtMedian = englandMedian === own.value ? rank : rankWith(scored, area.code, indicator.id, englandMedian);
      }
      const places = rankAtMedian === null ? null : rankAtMedian - rank;
      const position = positionOf(own);
      const stageLabel = stageLabels.get(indicator.stage) ?? indicator.stage;
      const label = indicatorLabel(scored.edition, indicator);
      const shared = countyValue(scored.edition, area, indicator.id);
      return {
        indicator: indicator.id,
        number: indicator.number ?? null,
        label,
        countyValue: shared,
        stage: indicator.stage,
        stageLabel: stageLabel,
        unit: indicator.unit,
        direction: indicator.direction,
        value: own.value as number,
        median: englandMedian,
        rank: own.rank,
        rankOf: own.rankOf,
        tiedWith: own.tiedWith,
        position,
        contribution: contributions[indicator.id]!,
        gap: gaps[indicator.id] ?? 0,
        rankAtMedian: rankAtMedian,
        places,
        sentence: driverSentence(stageLabel, label, position, places, shared),
      };
    })
    .sort((a, b) => (a.places ?? 0) - (b.places ?? 0) || a.gap - b.gap || a.indicator.localeCompare(b.indicator));

  return {
    code: area.code,
    name: area.name,
    overall: { score, rank, class: result.overall.class },
    medianScore: medianScore,
    contributions,
    rankedCount: scored.result.rankedCount,
    scale: geometric ? 'log' : 'score',
    unused,
    gap: level(score, geometric) - referenceLevel,
    medianAreas: middle.map((other) => ({
      code: other.area.code,
      name: other.area.name,
      score: other.result.overall.score as number,
      rank: other.result.overall.rank as number,
    })),
    gapContributions: gaps,
    stages,
    drivers,
  };
}

function level(score: number, geometric: boolean): number {
  return geometric ? Math.log(score) : score;
}

/**
 * The area's position on one indicator, from its one indicator rank (engine: IndicatorRanking),
 * counted from the nearer end among ranked areas with a value, ties shared: "12th worst",
 * "joint 3rd best", "best", "joint worst". Null without a rank.
 */
export function positionOf(result: Pick<IndicatorResult, 'rank' | 'rankOf' | 'tiedWith'>): string | null {
  if (result.rank === null || result.rankOf === null || result.tiedWith === null) return null;
  const better = result.rank - 1;
  const worse = result.rankOf - result.rank - result.tiedWith;
  const joint = result.tiedWith > 0 ? 'joint ' : '';
  const place = (k: number) => (k === 0 ? '' : `${ordinal(k + 1)} `);
  return better <= worse ? `${joint}${place(better)}best` : `${joint}${place(worse)}worst`;
}

/**
 * "Youth: FSM young people … is the 12th worst in England and costs 40 places." A stand-in label's
 * "— stand-in for …" is put in brackets ("all pupils … after KS4 (stand-in for FSM pupils) is …"),
 * and a county-wide value says whose it is: "Early years: FSM children with a good level of
 * development — Cumbria's value, shared by its six districts — is the joint 3rd worst in England
 * and costs 46 places."
 */
export function driverSentence(stageLabel: string, label: string, position: string | null, places: number | null, shared: CountyValue | null = null): string {
  // lower-case an ordinary first word ("Median pay"), keep "FSM …" and "A-level …"
  const lowered = /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  const dash = lowered.indexOf(' — ');
  const named = dash < 0 ? lowered : `${lowered.slice(0, dash)} (${lowered.slice(dash + 3)})`;
  const subject = shared === null ? named : `${named} — ${countyValuePhrase(shared)} —`;
  const where = position === null ? '' : ` is the ${position} in England and`;
  const plural = (k: number) => `${k} place${k === 1 ? '' : 's'}`;
  const effect =
    places === null ? 'has no England median to compare with' : places < 0 ? `costs ${plural(-places)}` : places > 0 ? `gains ${plural(places)}` : 'makes no difference to the rank';
  return `${stageLabel}: ${subject}${where} ${effect}.`;
}

/**
 * The area's rank with one value changed; null when the change would leave nothing to rank by
 * (it made the only indicator with a spread flat, in a tiny dataset).
 */
function rankWith(scored: ScoredEdition, code: string, id: string, value: number): number | null {
  try {
    return recomputeWith(scored, code, { [id]: value }).resultOf(code).overall.rank;
  } catch (error) {
    if (error instanceof NothingToRankError) return null;
    throw error;
  }
}
