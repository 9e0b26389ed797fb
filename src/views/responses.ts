/**
 * # One answer, three doors: the body of every API response and `--format json` output
 *
 * Each function builds the JSON body of one route of the contract (src/contract/routes.ts) from
 * the pure report and analysis views, with the attribution attached once, in one shape. The server
 * sends these bodies; the CLI's `--format json` prints the same objects; the web app reads them.
 * Their return types are the contract's, so a body cannot drift from the OpenAPI document.
 */
import { indicatorLabel } from '../report/indicatorWords.js';
import type { RankInterval } from '../report/areaInterval.js';
import { explain } from '../analysis/explain.js';
import { neighbours } from '../analysis/neighbours.js';
import { patterns } from '../analysis/patterns.js';
import { shift } from '../analysis/shift.js';
import type { UncertaintyResult } from '../analysis/uncertainty.js';
import { whatIf, type Change } from '../analysis/whatIf.js';
import type { AreaContext } from '../analysis/areaContext.js';
import type {
  AreaResponse,
  EditionInfo,
  EditionsResponse,
  ExplainResponse,
  ExportResponse,
  GeographyResponse,
  GroupsResponse,
  IndicatorsResponse,
  LeagueTableResponse,
  NeighboursResponse,
  PatternsResponse,
  SearchResponse,
  ShiftResponse,
  SourcesResponse,
  TrendResponse,
  MoversResponse,
  UncertaintyResponse,
  ValuesResponse,
  WhatIfResponse,
} from '../contract/responses.js';
import { tidyValues } from '../report/tidyValues.js';
import { areaTrend } from '../report/trend.js';
import { movers } from '../report/movers.js';
import { DEFAULT_EDITION, editionEntry, isEditionId } from '../edition/catalogue.js';
import type { SourceFile } from '../edition/types.js';
import type { MethodChoices } from '../method/choices.js';
import { choiceParameters } from '../method/choices.js';
import { SORT_ORDER, type GroupBy, type NeighbourBasis } from '../method/vocabulary.js';
import { attribution, type Credited } from '../report/attribution.js';
import { exportResult } from '../report/exportResult.js';
import { groupsReport } from '../report/groups.js';
import { indicatorCatalogue } from '../report/indicatorCatalogue.js';
import { leagueTable, type CoastalFlags, type LeagueTableQuery } from '../report/leagueTable.js';
import { peersOf } from '../report/peers.js';
import { areaProfile } from '../report/profile.js';
import { postcodeText, type PostcodeAnswer } from '../geo/postcodes.js';
import { POSTCODE_ATTRIBUTION } from '../report/attribution.js';
import type { PlaceSearch } from '../report/placeSearch.js';
import type { ScoredArea, ScoredEdition } from '../report/scoredEdition.js';

/** An edition's sources plus others a view draws on (the deprivation file for patterns). */
function credit(scored: Pick<ScoredEdition, 'edition'>, extra: readonly SourceFile[] = []): Credited {
  return { sources: [...scored.edition.sources, ...extra] };
}

/** One entry of GET /editions. */
export function editionInfo(scored: ScoredEdition): EditionInfo {
  const levels: Record<string, number> = {};
  for (const summary of scored.edition.indicators) levels[summary.level] = (levels[summary.level] ?? 0) + 1;
  const years = [...new Set(scored.edition.indicators.map((summary) => summary.year).filter((year) => year !== ''))].sort();
  const id = scored.edition.id;
  return {
    id,
    label: scored.edition.label,
    description: scored.edition.description,
    geography: isEditionId(id) ? editionEntry(id).geography.label : 'your own dataset',
    areaCount: scored.areas.length,
    rankedCount: scored.result.rankedCount,
    years,
    levels,
    attribution: attribution(credit(scored)),
  };
}

export function editionsResponse(editions: readonly ScoredEdition[]): EditionsResponse {
  return {
    default: DEFAULT_EDITION,
    editions: editions.map(editionInfo),
    attribution: attribution({ sources: editions.flatMap((scored) => scored.edition.sources) }),
  };
}

/** The indicators the engine left out of `scored`, with their edition labels and the reason. */
export function leftOutIndicators(scored: ScoredEdition): LeagueTableResponse['leftOut'] {
  return scored.result.leftOut.map(({ indicator, reason }) => {
    const definition = scored.method.indicators.find((candidate) => candidate.id === indicator);
    return { indicator, label: definition === undefined ? indicator : indicatorLabel(scored.edition, definition), reason };
  });
}

/**
 * The league table of `scored`, with the method it was scored with when that is not the edition's own.
 * `coastal` (the areas' contexts) is needed only when the query filters on the coast.
 */
export function leagueTableResponse(scored: ScoredEdition, query: LeagueTableQuery, coastal?: CoastalFlags, earlier?: ScoredEdition): LeagueTableResponse {
  const table = leagueTable(scored, query, coastal, earlier);
  return {
    ...table,
    sort: query.sort ?? 'rank',
    order: query.order ?? SORT_ORDER.default,
    total: scored.areas.length,
    leftOut: leftOutIndicators(scored),
    method: scored.method === scored.edition.method ? null : scored.method,
    attribution: attribution(credit(scored)),
  };
}

/** The area's profile; `rankInterval` is its row of the edition's default uncertainty run (src/report/areaInterval.ts), when there is one. */
export function areaResponse(scored: ScoredEdition, entry: ScoredArea, rankInterval: RankInterval | null = null): AreaResponse {
  return {
    ...areaProfile(scored, entry),
    context: peersOf(scored, entry),
    rankInterval,
    method: scored.method === scored.edition.method ? null : scored.method,
    attribution: attribution(credit(scored)),
  };
}

/**
 * The trend of the council `code` over the years of the series, oldest first; `from` is the 2016
 * district asked for when it resolved to the council. Credits every source of every year (the
 * 2011 and 2021 censuses both), each once.
 */
export function trendResponse(series: ReadonlyArray<{ year: number; scored: ScoredEdition }>, code: string, from: { code: string; name: string } | null): TrendResponse {
  return { ...areaTrend(series, code, from), attribution: attribution(creditAll(series.map(({ scored }) => scored))) };
}

/** Credit for a view of several editions: every source of each, once. */
function creditAll(editions: ReadonlyArray<Pick<ScoredEdition, 'edition'>>): Credited {
  return { sources: [...new Map(editions.flatMap((scored) => scored.edition.sources).map((source) => [source.id, source])).values()] };
}

/** Who moved most between two years of the series (src/report/movers.ts). */
export function moversResponse(from: { year: number; scored: ScoredEdition }, to: { year: number; scored: ScoredEdition }): MoversResponse {
  return { ...movers(from, to), attribution: attribution(creditAll([from.scored, to.scored])) };
}

export function groupsResponse(scored: ScoredEdition, by: GroupBy): GroupsResponse {
  return { ...groupsReport(scored, by), attribution: attribution(credit(scored)) };
}

export function indicatorsResponse(scored: Pick<ScoredEdition, 'edition' | 'method'>): IndicatorsResponse {
  return {
    edition: scored.edition.id,
    areas: scored.edition.areas.length,
    indicators: indicatorCatalogue(scored.edition, scored.method),
    attribution: attribution({ sources: scored.edition.sources }),
  };
}

export function sourcesResponse(scored: Pick<ScoredEdition, 'edition'>): SourcesResponse {
  return { edition: scored.edition.id, sources: scored.edition.sources, attribution: attribution({ sources: scored.edition.sources }) };
}

export function exportResponse(scored: ScoredEdition): ExportResponse {
  return exportResult(scored);
}

/** The period of an edition of the catalogue ("2016"); a user's dataset has none (""). */
/** The areas of an edition's geography without their values (`GET …/geography`): what a dataset of your own is checked against. */
export function geographyResponse(scored: Pick<ScoredEdition, 'edition'>, geography: GeographyResponse['geography']): GeographyResponse {
  return {
    edition: scored.edition.id,
    geography,
    areas: scored.edition.areas.map(({ values: _values, provenance: _provenance, intervals: _intervals, unadjusted: _unadjusted, ...place }) => place),
  };
}

export function editionPeriod(scored: Pick<ScoredEdition, 'edition'>): string {
  return isEditionId(scored.edition.id) ? editionEntry(scored.edition.id).period : '';
}

/** Every value as a tidy table (src/report/tidyValues.ts), of the areas named by `codes` (all when undefined). */
export function valuesResponse(scored: ScoredEdition, codes?: readonly string[]): ValuesResponse {
  const period = editionPeriod(scored);
  return {
    edition: scored.edition.id,
    period,
    rows: tidyValues(scored, period, codes),
    method: scored.method === scored.edition.method ? null : scored.method,
    attribution: attribution(credit(scored)),
  };
}

export function explainResponse(scored: ScoredEdition, entry: ScoredArea): ExplainResponse {
  return { ...explain(scored, entry), attribution: attribution(credit(scored)) };
}

export function whatIfResponse(scored: ScoredEdition, entry: ScoredArea, changes: Readonly<Record<string, Change>>): WhatIfResponse {
  return { ...whatIf(scored, entry, changes), attribution: attribution(credit(scored)) };
}

export function neighboursResponse(
  scored: ScoredEdition,
  entry: ScoredArea,
  options: { k: number; on: NeighbourBasis; contexts?: ReadonlyMap<string, AreaContext>; contextSource?: SourceFile },
): NeighboursResponse {
  const report = neighbours(scored, entry, options);
  const extra = options.on === 'context' && options.contextSource !== undefined ? [options.contextSource] : [];
  return { ...report, attribution: attribution(credit(scored, extra)) };
}

export function patternsResponse(scored: ScoredEdition, contexts: ReadonlyMap<string, AreaContext>, contextSource: SourceFile): PatternsResponse {
  return { ...patterns(scored, contexts), attribution: attribution(credit(scored, [contextSource])) };
}

/** The move from `base` to `changed`; `choices` are what changed, written as query parameters. */
export function shiftResponse(base: ScoredEdition, changed: ScoredEdition, choices: MethodChoices): ShiftResponse {
  const changes = choiceParameters(choices).map(([name, value]) => `${name}=${value}`).join('&');
  return { ...shift(base, changed), changes, attribution: attribution(credit(base)) };
}

/** A Monte Carlo result of `scored`'s edition under `methodId`. */
export function uncertaintyResponse(scored: Pick<ScoredEdition, 'edition'>, methodId: string, result: UncertaintyResult): UncertaintyResponse {
  return { edition: scored.edition.id, method: methodId, ...result, attribution: attribution({ sources: scored.edition.sources }) };
}

/**
 * A place search's answer: each result with its overall rank and class; with a postcode answer,
 * what it was read as and the lookup's credit, whose source files (`postcodeSources`) join the attribution.
 */
export function searchResponse(
  scored: ScoredEdition,
  query: string,
  search: PlaceSearch,
  postcode: PostcodeAnswer | null,
  postcodeSources: readonly SourceFile[],
): SearchResponse {
  const rankedCount = scored.result.rankedCount;
  const results = search.results.map((result) => {
    const overall = scored.byCode.get(result.code)?.result.overall;
    return { ...result, rank: overall?.rank ?? null, rankedCount, class: overall?.class ?? null };
  });
  const placed =
    postcode === null
      ? null
      : {
          query: postcodeText(postcode),
          kind: postcode.kind,
          reason: postcode.kind === 'failed' ? postcode.reason : null,
          message: search.postcodeMessage,
          attribution: POSTCODE_ATTRIBUTION,
        };
  return { edition: scored.edition.id, query, results, postcode: placed, attribution: attribution(credit(scored, postcode === null ? [] : postcodeSources)) };
}
