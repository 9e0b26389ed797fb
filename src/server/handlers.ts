/**
 * What each route of the API answers, apart from HTTP: the contract's routes (src/contract/routes.ts)
 * with one handler each, parse → view → payload. The path's edition and area are resolved (an
 * unknown one is a 404), the query comes in already read against the route's parameters
 * (query.ts), and the body comes from src/views (the same objects as the CLI's `--format json`),
 * serialised here to JSON (or the CSV/XLSX download the route documents). Errors are ApiError
 * (400/404) or the usage errors asParameters maps to 400. The type checker insists on a handler for
 * every route of the contract.
 *
 * The same handlers run on the server's thread (cheap routes) and in the compute pool's workers
 * (compute/worker.ts), each with its own EditionStore, so a route answers the same wherever it runs.
 */
import { createHash } from 'node:crypto';
import type { QueryOf } from '../contract/parameters.js';
import type { RouteName, Routes } from '../contract/routes.js';
import { openApiDocument } from '../contract/openapi.js';
import { EDITION_IDS, SERIES_YEARS, councilYearOf, editionEntry, editionOn, isEditionId, seriesEditionId, yearsBefore, type EditionId, type SeriesYear } from '../edition/catalogue.js';
import { lookupPostcode, postcodeAttempt } from '../geo/postcodes.js';
import { POSTCODE_SOURCE_FILES, postcodeTables } from '../pipeline/postcodes.js';
import { placeSearch } from '../report/placeSearch.js';
import { hasChoices } from '../method/choices.js';
import { asParameters, choicesOf, methodKey, rescored, uncertaintyAnswer } from './rescored.js';
import { parseWholeNumber } from '../method/parameters.js';
import { NEIGHBOURS_K } from '../contract/parameters.js';
import { SEARCH, type GroupBy } from '../method/vocabulary.js';
import { parseSetting, resolveSettings } from '../analysis/whatIf.js';
import { IMD_SOURCE } from '../pipeline/context.js';
import { attribution, shortCredit, type Credited } from '../report/attribution.js';
import { leagueTableSheet, rankChange } from '../report/leagueTable.js';
import { tidySheet } from '../report/tidyValues.js';
import { areaInterval, type RankInterval } from '../report/areaInterval.js';
import type { ScoredArea, ScoredEdition } from '../report/scoredEdition.js';
import type { TrendPlace } from '../report/trend.js';
import type { TrendResponse } from '../contract/responses.js';
import {
  areaResponse,
  editionsResponse,
  explainResponse,
  exportResponse,
  geographyResponse,
  groupsResponse,
  indicatorsResponse,
  leagueTableResponse,
  valuesResponse,
  neighboursResponse,
  patternsResponse,
  searchResponse,
  shiftResponse,
  sourcesResponse,
  trendResponse,
  moversResponse,
  whatIfResponse,
} from '../views/responses.js';
import { mapView } from '../views/measures.js';
import { ApiError } from './apiError.js';
import { csvDownload, xlsxDownload, type NamedSheet, type Sheet } from './downloads.js';
import { groupsSheet, patternAreasSheet, patternCorrelationsSheet, patternSharesSheet, uncertaintySheet } from '../report/sheets.js';
import { patternAreaRows } from '../analysis/patterns.js';
import { renderBriefing } from './briefingPdf.js';
import { briefingContent } from '../views/briefing.js';
import type { EditionStore } from './editionStore.js';

export interface PathParams {
  edition?: string;
  code?: string;
}

/**
 * What the server's thread hands a task in the compute pool along with its query: the area's row of
 * the edition's default uncertainty run (which that thread keeps), so that a worker need not run
 * the thousand runs again to put "how sure" in a briefing.
 */
export interface Given {
  rankInterval?: RankInterval | null;
  /** The trend of the area's council over the series, which that thread keeps scored (the worker need not load the ten years). */
  trend?: TrendResponse;
}

/** What a handler is given: the request's parsed query and its resolved edition and area. */
interface Context<N extends RouteName> {
  query: QueryOf<Routes[N]['query']>;
  given: Given;
  /** The edition named by the path (routes with {edition}). */
  edition: () => Promise<{ id: EditionId; scored: ScoredEdition }>;
  /** The area named by the path (routes with {edition} and {code}). */
  area: () => Promise<{ id: EditionId; scored: ScoredEdition; entry: ScoredArea }>;
  /** The council or 2016 district named by a path with {code} and no {edition} (the trend). */
  council: () => Promise<TrendPlace>;
}

/**
 * A response ready to send: its media type, its body (serialised once, here, so the thread that
 * computed it also serialises it) and any header of a download.
 */
export interface Payload {
  type: string;
  body: string | Uint8Array;
  filename?: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** The payloads handlers make (anything else a handler returns is a value to send as JSON). */
const payloads = new WeakSet<Payload>();

function payload(made: Payload): Payload {
  payloads.add(made);
  return made;
}

function jsonPayload(body: string): Payload {
  return payload({ type: JSON_TYPE, body });
}

/** A handler gives a payload, or a value to be sent as JSON. */
type Handler<N extends RouteName> = (context: Context<N>) => Promise<Payload | object>;
type Handlers = { [N in RouteName]: Handler<N> };

export { methodKey };

/** Method ids per scored edition and choices as written, the KEYS_KEPT most recently used (a popular re-weighting is worked out once). */
const KEYS_KEPT = 256;
const keysByEdition = new WeakMap<ScoredEdition, Map<string, string | null>>();

/** A short id of the method a query's choices give (the SHA-1 of its methodKey; null without choices): what answers under choices are kept under. */
export function queryMethodId(scored: ScoredEdition, query: Record<string, unknown>): string | null {
  const written = JSON.stringify([query.weights, query.normalise, query.aggregate, query.missing]);
  let kept = keysByEdition.get(scored);
  if (kept === undefined) keysByEdition.set(scored, (kept = new Map()));
  const known = kept.get(written);
  if (known !== undefined) return known;
  const method = methodKey(scored, choicesOf(query as Parameters<typeof choicesOf>[0]));
  const key = method === null ? null : createHash('sha1').update(method).digest('base64url');
  if (kept.size >= KEYS_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(written, key);
  return key;
}

/** Serialised league tables per scored edition (the edition's own or a rescored one) and filters, the TABLES_KEPT most recently used: at most 17 × 16 tables of up to 235 KB. */
const TABLES_KEPT = 16;
const tablesByEdition = new WeakMap<ScoredEdition, Map<string, Payload>>();

function keptTable(scored: ScoredEdition, key: string): Payload | undefined {
  const kept = tablesByEdition.get(scored);
  const body = kept?.get(key);
  if (kept !== undefined && body !== undefined) {
    kept.delete(key);
    kept.set(key, body);
  }
  return body;
}

function keepTable(scored: ScoredEdition, key: string, body: Payload): Payload {
  let kept = tablesByEdition.get(scored);
  if (kept === undefined) tablesByEdition.set(scored, (kept = new Map()));
  if (kept.size >= TABLES_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, body);
  return body;
}

/** Similar areas a briefing lists on each basis, as the area page's "Similar areas". */
const BRIEFING_NEIGHBOURS = 5;

export function handlers(store: EditionStore): Handlers {
  // Each profile is built and serialised once per scored edition (a reloaded edition is another object).
  const profiles = new WeakMap<ScoredEdition, Map<string, Payload>>();
  // the payload of each geometry string the store keeps (one object, so it is hashed and compressed once)
  const geometries = new Map<string, Payload>();
  return {
    openapi: async () => openApiDocument(),
    editions: async () => editionsResponse(await Promise.all(EDITION_IDS.map((id) => store.edition(id)))),
    areas: async ({ query, edition }) => {
      const { id, scored: base } = await edition();
      const scored = rescored(base, choicesOf(query));
      const filters = { stage: query.stage, region: query.region, county: query.county, ruralUrban: query.rural_urban, class: query.class, search: query.q, coast: query.coast, sort: query.sort, order: query.order, since: query.since };
      const format = query.format ?? 'json';
      const json = format === 'json';
      // the JSON of a table is kept per scored edition and filters (bounded): building and serialising 324 rows is most of its cost
      const key = JSON.stringify(filters);
      const cached = json ? keptTable(scored, key) : undefined;
      if (cached !== undefined) return cached;
      const coastal = query.coast === undefined ? undefined : await store.contexts(id);
      const earlier = query.since === undefined ? undefined : rescored(await store.edition(sinceEdition(id, query.since)), choicesOf(query));
      const body = asParameters(() => leagueTableResponse(scored, filters, coastal, earlier));
      if (format === 'json') return keepTable(scored, key, jsonPayload(JSON.stringify(body)));
      const stageIds = scored.method.stages.map((stage) => stage.id);
      const sheet = leagueTableSheet(body, stageIds);
      const filename = `smi-${scored.edition.id}-league-table`;
      return sheetDownload(format, sheet, filename, 'League table', scored.edition);
    },
    values: async ({ query, edition }) => {
      const scored = rescored((await edition()).scored, choicesOf(query));
      const codes = query.areas === undefined ? undefined : query.areas.split(',').map((code) => code.trim()).filter((code) => code !== '');
      const body = asParameters(() => valuesResponse(scored, codes));
      if (query.format === undefined || query.format === 'json') return body;
      const sheet = tidySheet(body.rows);
      const filename = `smi-${scored.edition.id}-values${codes !== undefined && codes.length === 1 ? `-${codes[0]}` : ''}`;
      return sheetDownload(query.format, sheet, filename, 'Values', scored.edition);
    },
    area: async ({ query, area }) => {
      const { id, scored, entry } = await area();
      const choices = choicesOf(query);
      if (hasChoices(choices)) {
        // every rank of the page under the changed method; the default uncertainty run is of the edition's own
        const changed = rescored(scored, choices);
        return asParameters(() => areaResponse(changed, changed.byCode.get(entry.area.code)!, null));
      }
      const key = entry.area.code;
      let kept = profiles.get(scored);
      if (kept === undefined) profiles.set(scored, (kept = new Map()));
      let body = kept.get(key);
      if (body === undefined) {
        body = jsonPayload(JSON.stringify(areaResponse(scored, entry, areaInterval(await store.defaultUncertainty(id), entry.area.code))));
        kept.set(key, body);
      }
      return body;
    },
    trend: async ({ council }) => trendOf(store, await council()),
    movers: async ({ query }) => {
      const year = async (text: string | undefined, fallback: SeriesYear) => {
        const y = text === undefined ? fallback : (Number(text) as SeriesYear);
        return { year: y, scored: await store.edition(seriesEditionId(y)) };
      };
      return moversResponse(await year(query.from, SERIES_YEARS[0]), await year(query.to, SERIES_YEARS[SERIES_YEARS.length - 1]!));
    },
    explain: async ({ query, area }) => {
      const { scored, entry } = await area();
      const changed = rescored(scored, choicesOf(query));
      return asParameters(() => explainResponse(changed, changed.byCode.get(entry.area.code)!));
    },
    whatif: async ({ query, area }) => {
      const { scored: base, entry: baseEntry } = await area();
      const scored = rescored(base, choicesOf(query));
      const entry = scored.byCode.get(baseEntry.area.code)!;
      return asParameters(() => {
        const settings = (query.set ?? '').split(',').map((item) => parseSetting(item.trim()));
        return whatIfResponse(scored, entry, resolveSettings(scored, entry, settings));
      });
    },
    neighbours: async ({ query, area }) => {
      const { id, scored: base, entry: baseEntry } = await area();
      const scored = rescored(base, choicesOf(query));
      const entry = scored.byCode.get(baseEntry.area.code)!;
      const k = query.k ?? NEIGHBOURS_K.default;
      const most = scored.areas.length - 1;
      if (k > most) asParameters(() => parseWholeNumber('k', String(k), { ...NEIGHBOURS_K, max: most }));
      const on = query.on ?? 'indicators';
      const contexts = on === 'context' ? await store.contexts(id) : undefined;
      return asParameters(() => neighboursResponse(scored, entry, { k, on, contexts, contextSource: IMD_SOURCE }));
    },
    search: async ({ query, edition }) => {
      const { id, scored } = await edition();
      const text = query.q ?? '';
      const geography = editionEntry(id).geography.year;
      // the postcode tables are read on the first postcode asked for, and kept
      const postcode = postcodeAttempt(text) ? lookupPostcode(postcodeTables(store.dataDir), text, geography) : null;
      // on 2025 geography the 2016 districts' names find their councils
      const formerAreas = geography === '2025' ? (await store.edition(editionOn('2016').id as EditionId)).edition.areas : undefined;
      const found = placeSearch({ areas: scored.edition.areas, geography, formerAreas, postcode }, text, query.limit ?? SEARCH.limit.default);
      return searchResponse(scored, text, found, postcode, POSTCODE_SOURCE_FILES);
    },
    briefing: async ({ query, area, given }) => {
      const { id, scored, entry } = await area();
      const changed = rescored(scored, choicesOf(query));
      const current = changed.byCode.get(entry.area.code)!;
      // as the area page: the rank interval is of the edition's own method; explain and similar areas only for a ranked area
      const interval = changed !== scored ? null : given.rankInterval !== undefined ? given.rankInterval : areaInterval(await store.defaultUncertainty(id), entry.area.code);
      const contexts = await store.contexts(id);
      // the ranks over time are the trend route's, for the council of 2025 the area is or is part of
      const trend = given.trend ?? (await briefingTrend(store, entry.area.code));
      const content = asParameters(() => {
        const profile = areaResponse(changed, current, interval);
        const ranked = profile.overall.rank !== null;
        const k = BRIEFING_NEIGHBOURS;
        return briefingContent({
          profile,
          explained: ranked ? explainResponse(changed, current) : null,
          similar: ranked
            ? { indicators: neighboursResponse(changed, current, { k, on: 'indicators' }), context: neighboursResponse(changed, current, { k, on: 'context', contexts, contextSource: IMD_SOURCE }) }
            : null,
          trend,
        });
      });
      return payload({ type: 'application/pdf', filename: content.filename, body: await renderBriefing(content) });
    },
    groups: async ({ query, edition }) => {
      const { scored } = await edition();
      const body = groupsResponse(scored, query.by as GroupBy);
      if (query.format === undefined || query.format === 'json') return body;
      return sheetDownload(query.format, groupsSheet(body), `smi-${scored.edition.id}-groups-${body.by}`, 'Groups', scored.edition);
    },
    indicators: async ({ edition }) => indicatorsResponse((await edition()).scored),
    sources: async ({ edition }) => sourcesResponse((await edition()).scored),
    method: async ({ edition }) => (await edition()).scored.method,
    geography: async ({ edition }) => {
      const { id, scored } = await edition();
      return geographyResponse(scored, editionEntry(id).geography.year);
    },
    export: async ({ query, edition }) => exportResponse(rescored((await edition()).scored, choicesOf(query))),
    geometry: async ({ query, edition }) => {
      const { id } = await edition();
      const layout = query.layout ?? 'map';
      const json = await store.geometryJson(id, layout);
      let kept = geometries.get(`${id}/${layout}`);
      if (kept?.body !== json) geometries.set(`${id}/${layout}`, (kept = jsonPayload(json)));
      return kept;
    },
    map: async ({ query, edition }) => {
      const { id, scored: base } = await edition();
      const scored = rescored(base, choicesOf(query));
      // kept per scored edition, measure and year compared with, beside the league tables
      const key = `map ${query.measure ?? ''} ${query.since ?? ''}`;
      const cached = keptTable(scored, key);
      if (cached !== undefined) return cached;
      const earlier = query.since === undefined ? undefined : rescored(await store.edition(sinceEdition(id, query.since)), choicesOf(query));
      // the places gained are the league table's (rankChange), so the map and the table's change column agree
      const changes = query.since === undefined || earlier === undefined ? undefined : { since: query.since, byCode: new Map(scored.areas.map((entry) => [entry.area.code, rankChange(entry, query.since!, earlier)])) };
      const exported = exportResponse(scored);
      const view = mapView(exported, query.measure ?? null, changes);
      if (query.measure === 'change' && changes === undefined) {
        throw new ApiError(400, 'query parameter "measure" is change only with since, a year of the series to compare with (on the 2025 councils); got "change" without since.', 'measure');
      }
      if (query.measure !== undefined && view.measure !== query.measure) {
        throw new ApiError(400, `query parameter "measure" must be one of ${view.measures.map((measure) => measure.id).join(', ')}; got "${query.measure}".`, 'measure');
      }
      const coastal = [...(await store.contexts(id)).values()].filter((context) => context.coastal).map((context) => context.code);
      return keepTable(scored, key, jsonPayload(JSON.stringify({ ...view, coastal, attribution: exported.attribution })));
    },
    paths: async ({ query, edition }) => {
      const { id } = await edition();
      const layout = query.layout ?? 'map';
      const json = await store.pathsJson(id, layout);
      let kept = geometries.get(`${id}/${layout}/paths`);
      if (kept?.body !== json) geometries.set(`${id}/${layout}/paths`, (kept = jsonPayload(json)));
      return kept;
    },
    patterns: async ({ query, edition }) => {
      const { id, scored } = await edition();
      const contexts = await store.contexts(id);
      const body = patternsResponse(scored, contexts, IMD_SOURCE);
      if (query.format === undefined || query.format === 'json') return body;
      const more = [{ name: 'Shares', sheet: patternSharesSheet(body) }, { name: 'Correlations', sheet: patternCorrelationsSheet(body) }];
      const credited = { sources: [...scored.edition.sources, IMD_SOURCE] };
      return sheetDownload(query.format, patternAreasSheet(patternAreaRows(scored, contexts)), `smi-${scored.edition.id}-patterns`, 'Areas', credited, more);
    },
    shift: async ({ query, edition }) => {
      const { scored } = await edition();
      const choices = choicesOf(query);
      if (!hasChoices(choices)) throw new ApiError(400, 'say what to change: weights, normalise, aggregate or missing.');
      return shiftResponse(scored, rescored(scored, choices), choices);
    },
    uncertainty: async ({ query, edition }) => {
      const { scored } = await edition();
      const centre = rescored(scored, choicesOf(query));
      const body = uncertaintyAnswer(scored, centre, query);
      if (query.format === undefined || query.format === 'json') return body;
      return sheetDownload(query.format, uncertaintySheet(body), `smi-${scored.edition.id}-uncertainty-${body.runs}-runs-seed-${body.seed}`, 'Uncertainty', scored.edition);
    },
  };
}


/**
 * The edition of the series a `since` names (the league table's change column, the map's change
 * measure): a year of the series before the edition's own, which must be on the 2025 councils
 * (open-latest is the series' 2025). A 400 naming `since` otherwise.
 */
function sinceEdition(id: EditionId, since: number): EditionId {
  if (councilYearOf(id) === undefined) throw new ApiError(400, `query parameter "since" is for the editions on the 2025 councils (open-latest and open-series@<year>), where every year is on the same areas; ${id} is on the 2016 districts.`, 'since');
  const years = yearsBefore(id);
  if (!years.includes(since as SeriesYear)) {
    throw new ApiError(400, `query parameter "since" must be a year of the series before ${councilYearOf(id)} (${years.length === 0 ? 'there is none: 2016 is its first year' : years.join(', ')}); got ${since}.`, 'since');
  }
  return seriesEditionId(since as SeriesYear);
}

/** The trend route's body for a place: its council's years of the series (a 2016 district resolved, with the sentence). */
function trendOf(store: EditionStore, place: TrendPlace): Promise<TrendResponse> {
  return store.series().then((series) => trendResponse(series, place.council, place.from));
}

/** The trend a briefing of the area `code` shows: its council's, as the trend route answers for that code. */
export async function briefingTrend(store: EditionStore, code: string): Promise<TrendResponse> {
  return trendOf(store, await store.trendPlace(code));
}

/** A table as a credited CSV or XLSX download (src/server/downloads.ts), named `filename` with its extension. */
function sheetDownload(format: 'csv' | 'xlsx', sheet: Sheet, filename: string, sheetName: string, credited: Credited, more: readonly NamedSheet[] = []): Payload {
  if (format === 'csv') return payload({ type: 'text/csv; charset=utf-8', filename: `${filename}.csv`, body: csvDownload(sheet, shortCredit(credited)) });
  return payload({ type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: `${filename}.xlsx`, body: xlsxDownload(sheet, sheetName, attribution(credited).statements, more) });
}

/** The edition and area a path names, resolved through `store`: an unknown one is a 404. */
export function resolvePath(store: EditionStore, params: PathParams): Pick<Context<RouteName>, 'edition' | 'area' | 'council'> {
  const edition = async () => {
    const id = params.edition ?? '';
    if (!isEditionId(id)) throw new ApiError(404, `unknown edition "${id}"; choose one of ${EDITION_IDS.join(', ')}.`);
    return { id, scored: await store.edition(id) };
  };
  const area = async () => {
    const { id, scored } = await edition();
    const code = params.code ?? '';
    const entry = scored.byCode.get(code.toUpperCase());
    if (entry === undefined) throw new ApiError(404, `no area with code "${code}" in ${scored.edition.id}; list them at /api/v1/editions/${scored.edition.id}/areas.`);
    return { id, scored, entry };
  };
  const council = () => store.trendPlace(params.code ?? '');
  return { edition, area, council };
}

/** What a route answers for a path and an already-read query (see the module comment). */
export type Answerer = (name: RouteName, params: PathParams, query: Record<string, unknown>, given?: Given) => Promise<Payload>;

/** The answerer of a store: every route's handler, its result as a payload. */
export function answerer(store: EditionStore): Answerer {
  const all = handlers(store);
  return async (name, params, query, given = {}) => {
    const handler = all[name] as Handler<RouteName>;
    const body = await handler({ query: query as QueryOf<Routes[RouteName]['query']>, given, ...resolvePath(store, params) });
    return payloads.has(body as Payload) ? (body as Payload) : { type: JSON_TYPE, body: JSON.stringify(body) };
  };
}
