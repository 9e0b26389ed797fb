/**
 * The league table: every area's overall and life-stage ranks, filtered and sorted as asked.
 * Filters name a region, county or rural-urban class as written in the geography (any case);
 * an unknown name is a UsageError listing the names that exist.
 */
import { ParameterError, UsageError } from '../errors.js';
import { AREA_CLASS, COAST, SORT_ORDER, idsOf, isChoice, type Coast, type SortOrder } from '../method/vocabulary.js';
import type { AreaClass } from '../engine/types.js';
import type { AreaContext } from '../analysis/areaContext.js';
import { normaliseName } from './areaLookup.js';
import type { LeagueRow } from '../contract/responses.js';
import type { ScoredArea, ScoredEdition } from './scoredEdition.js';
import type { MethodDescription } from '../method/types.js';
import { stageCoverage } from './indicatorWords.js';
import { inOrder } from './sortOrder.js';

/** `rank` (best first), `name` (alphabetical), or a life stage's id (that stage's rank, best first). */
export type LeagueSort = string;
export const LEAGUE_SORTS: readonly LeagueSort[] = ['rank', 'name'];

/** Every sort the method allows: rank, name and each life stage. */
export function leagueSorts(stageIds: readonly string[]): string[] {
  return [...LEAGUE_SORTS, ...stageIds];
}

export interface LeagueTableQuery {
  /** Rank by this life stage instead of the overall score. */
  stage?: string;
  region?: string;
  county?: string;
  ruralUrban?: string;
  class?: AreaClass;
  /** Only areas whose name contains this text (case and punctuation ignored), or whose code it is. */
  search?: string;
  /** Only coastal (or only inland) areas; needs the areas' coastal flags (see {@link leagueTable}). */
  coast?: Coast;
  sort?: LeagueSort;
  /** The year of the series the `change` of each row is since (its scored edition is given to {@link leagueTable}). */
  since?: number;
  /** ascending (default: best rank first, A to Z) or descending; unranked areas stay last either way. */
  order?: SortOrder;
}

/** Which areas are coastal, by code (the areas' contexts, src/analysis/areaContext.ts); needed for the `coast` filter. */
export type CoastalFlags = ReadonlyMap<string, Pick<AreaContext, 'coastal'>>;

export type { LeagueRow };

export interface LeagueTable {
  edition: string;
  stage: string | null;
  /** Number of ranked areas: the "of" in "321st of 324". */
  rankedCount: number;
  rows: LeagueRow[];
}

/**
 * The table of `scored` as `query` asks. `coastal` (the areas' contexts) is needed for the coast
 * filter; `earlier` (the scored edition of the year `query.since`, on the same areas) for each
 * row's change since then.
 */
export function leagueTable(scored: ScoredEdition, query: LeagueTableQuery = {}, coastal?: CoastalFlags, earlier?: ScoredEdition): LeagueTable {
  const stageIds = scored.method.stages.map((stage) => stage.id);
  if (query.stage !== undefined && !stageIds.includes(query.stage)) {
    throw new ParameterError('stage', `must be one of the stages of the method ${scored.method.id}, ${stageIds.join(', ')} (got "${query.stage}").`);
  }
  const all = scored.areas;
  let areas = all;
  if (query.region !== undefined) {
    const region = matchValue('region', query.region, all.map((entry) => entry.area.region));
    areas = areas.filter((entry) => entry.area.region === region);
  }
  if (query.county !== undefined) {
    const inCounty = new Set(areasInCounty(all, query.county));
    areas = areas.filter((entry) => inCounty.has(entry));
  }
  if (query.ruralUrban !== undefined) {
    const values = all.flatMap((entry) => [entry.area.ruralUrban, entry.area.ruralUrbanBroad]);
    const wanted = matchValue('rural-urban class', query.ruralUrban, values);
    areas = areas.filter((entry) => entry.area.ruralUrban === wanted || entry.area.ruralUrbanBroad === wanted);
  }
  if (query.class !== undefined) {
    if (!isChoice(AREA_CLASS, query.class)) throw new UsageError(`unknown class "${String(query.class)}"; choose one of ${idsOf(AREA_CLASS).join(', ')}.`);
    areas = areas.filter((entry) => entry.result.overall.class === query.class);
  }
  if (query.coast !== undefined) {
    if (!isChoice(COAST, query.coast)) throw new ParameterError('coast', `must be one of ${idsOf(COAST).join(', ')} (got "${String(query.coast)}").`);
    if (coastal === undefined) throw new Error('leagueTable: the coast filter needs the areas\' coastal flags');
    const wanted = query.coast === 'coastal';
    areas = areas.filter((entry) => (coastal.get(entry.area.code)?.coastal ?? false) === wanted);
  }
  if (query.search !== undefined && query.search.trim() !== '') {
    const wanted = normaliseName(query.search);
    areas = areas.filter((entry) => normaliseName(entry.area.name).includes(wanted) || entry.area.code.toLowerCase() === query.search?.trim().toLowerCase());
  }
  if ((query.since === undefined) !== (earlier === undefined)) throw new Error('leagueTable: `since` needs the scored edition of that year, and only then');
  const rows = areas.map((entry) => ({ ...toRow(entry, query.stage ?? null, stageIds, scored.method), change: changeSince(entry, query.since, earlier) }));
  const sort = query.sort ?? 'rank';
  const sorts = [...leagueSorts(stageIds), ...(query.since === undefined ? [] : ['change'])];
  if (!sorts.includes(sort)) {
    const what = query.since === undefined ? `rank, name or a stage of the method ${scored.method.id}` : `rank, name, a stage of the method ${scored.method.id} or change`;
    const hint = query.since === undefined && sort === 'change' ? '; change needs since, a year of the series to compare with' : '';
    throw new ParameterError('sort', `must be one of ${sorts.join(', ')} (${what}; got "${String(sort)}"${hint}).`);
  }
  const order = query.order ?? SORT_ORDER.default;
  if (!isChoice(SORT_ORDER, order)) throw new ParameterError('order', `must be one of ${idsOf(SORT_ORDER).join(', ')} (got "${String(order)}").`);
  if (sort === 'change') rows.sort(inOrder(byChange, order, (row) => row.change?.places == null, byName));
  else rows.sort(inOrder(sort === 'name' ? byName : sort === 'rank' ? byRank : byStageRank(sort), order, (row) => sort !== 'name' && sortedRank(row, sort) === null, byName));
  return { edition: scored.edition.id, stage: query.stage ?? null, rankedCount: scored.result.rankedCount, rows };
}

function toRow(entry: ScoredArea, stage: string | null, stageIds: string[], method: MethodDescription): Omit<LeagueRow, 'change'> {
  const { area, result } = entry;
  const stages: LeagueRow['stages'] = {};
  for (const id of stageIds) {
    const stageResult = result.stages[id];
    stages[id] = { rank: stageResult?.rank ?? null, decile: stageResult?.decile ?? null, score: stageResult?.score ?? null, ...stageCoverage(method, result, id) };
  }
  const headline = stage === null ? result.overall : stages[stage];
  return {
    rank: headline?.rank ?? null,
    code: area.code,
    name: area.name,
    region: area.region,
    county: area.county,
    ruralUrban: area.ruralUrban,
    score: headline?.score ?? null,
    decile: headline?.decile ?? null,
    class: result.overall.class,
    overallRank: result.overall.rank,
    stages,
    unrankedReason: result.unrankedReason,
  };
}

/** An area's change in overall rank since a year of the series: that year's rank and the places gained. */
export type RankChange = NonNullable<LeagueRow['change']>;

/**
 * An area's change in overall rank since the year `since`, whose scored edition (on the same
 * areas) is `earlier`: the rank then, and the places gained (then − now; positive = up, null when
 * either rank is missing). The one definition of "places gained": the league table's change
 * column and the map's change measure both read it.
 */
export function rankChange(entry: ScoredArea, since: number, earlier: ScoredEdition): RankChange {
  const then = earlier.byCode.get(entry.area.code)?.result.overall.rank ?? null;
  const now = entry.result.overall.rank;
  return { since, rank: then, places: then === null || now === null ? null : then - now };
}

/** An area's change in overall rank since the year of `earlier` (null without one). */
function changeSince(entry: ScoredArea, since: number | undefined, earlier: ScoredEdition | undefined): LeagueRow['change'] {
  if (since === undefined || earlier === undefined) return null;
  return rankChange(entry, since, earlier);
}

/** The areas that rose most first (most places gained), then by the overall rank. */
function byChange(a: LeagueRow, b: LeagueRow): number {
  return (b.change?.places ?? -Infinity) - (a.change?.places ?? -Infinity) || byRank(a, b);
}

/** The rank a row is sorted on: overall (`rank`, or the headline stage) or a stage's. */
function sortedRank(row: LeagueRow, sort: LeagueSort): number | null {
  return sort === 'rank' ? row.rank : (row.stages[sort]?.rank ?? null);
}

/** Made when first needed: loading the locale's collation costs milliseconds of a CLI call that sorts nothing by name. */
let collator: Intl.Collator | undefined;

function byName(a: LeagueRow, b: LeagueRow): number {
  collator ??= new Intl.Collator('en-GB', { sensitivity: 'base', ignorePunctuation: true });
  return collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
}

function byRank(a: LeagueRow, b: LeagueRow): number {
  if (a.rank === null || b.rank === null) return a.rank === b.rank ? byName(a, b) : a.rank === null ? 1 : -1;
  return a.rank - b.rank || a.code.localeCompare(b.code);
}

/** Best rank on one life stage first; unranked areas last, alphabetically. */
function byStageRank(stage: string): (a: LeagueRow, b: LeagueRow) => number {
  return (a, b) => {
    const ra = a.stages[stage]?.rank ?? null;
    const rb = b.stages[stage]?.rank ?? null;
    if (ra === null || rb === null) return ra === rb ? byName(a, b) : ra === null ? 1 : -1;
    return ra - rb || a.code.localeCompare(b.code);
  };
}

/**
 * The areas of a county named by `query`: the districts of a county that exists in the edition,
 * or else the councils formed from a former county's districts (on 2025 geography, "Cumbria" is
 * Cumberland and Westmorland and Furness). A name that is neither is a UsageError listing both kinds.
 */
export function areasInCounty(all: readonly ScoredArea[], query: string): ScoredArea[] {
  const current = all.flatMap((entry) => (entry.area.county === null ? [] : [entry.area.county]));
  const former = all.flatMap((entry) => (entry.area.formerCounty === undefined ? [] : [entry.area.formerCounty]));
  const wanted = normaliseName(query);
  const county = current.find((name) => normaliseName(name) === wanted);
  if (county !== undefined) return all.filter((entry) => entry.area.county === county);
  const formerCounty = former.find((name) => normaliseName(name) === wanted);
  if (formerCounty !== undefined) return all.filter((entry) => entry.area.formerCounty === formerCounty);
  const names = [...new Set(current)].sort();
  const formerNames = [...new Set(former)].filter((name) => !names.includes(name)).sort();
  throw new UsageError(
    `unknown county "${query}"; choose one of ${names.join(', ')}${formerNames.length > 0 ? `, or a former county: ${formerNames.join(', ')}` : ''}.`,
  );
}

/** The one value in `values` that `query` names (case and punctuation ignored), or a UsageError. */
export function matchValue(what: string, query: string, values: readonly string[]): string {
  const distinct = [...new Set(values)].sort();
  const wanted = normaliseName(query);
  const found = distinct.find((value) => normaliseName(value) === wanted);
  if (found !== undefined) return found;
  throw new UsageError(`unknown ${what} "${query}"; choose one of ${distinct.join(', ')}.`);
}

/**
 * The league table as a sheet: the header and one row per area, in the table's order. The CLI's
 * `--format csv` and the API's CSV and XLSX downloads all write exactly these cells.
 */
export function leagueTableSheet(table: LeagueTable, stageIds: readonly string[]): { header: string[]; rows: Array<Array<string | number | null>> } {
  // with `since`, the overall rank in that year and the places gained since
  const since = table.rows.find((row) => row.change !== null)?.change?.since;
  const header = ['rank', 'code', 'name', 'region', 'county', 'rural_urban', 'score', 'decile', 'class', 'overall_rank', ...stageIds.map((id) => `${id}_rank`), ...(since === undefined ? [] : [`overall_rank_${since}`, `places_gained_since_${since}`])];
  const rows = table.rows.map((row) => [
    row.rank,
    row.code,
    row.name,
    row.region,
    row.county,
    row.ruralUrban,
    row.score,
    row.decile,
    row.class,
    row.overallRank,
    ...stageIds.map((id) => row.stages[id]?.rank ?? null),
    ...(since === undefined ? [] : [row.change?.rank ?? null, row.change?.places ?? null]),
  ]);
  return { header, rows };
}
