/**
 * The API for edition `yours` — a dataset of your own, validated on the "Your own data" page —
 * answered in the page: the same contract (routes and query parameters read by the server's own
 * reader, src/server/query.ts), the same view functions as the server's handlers (src/views), the
 * same rescoring under method choices (src/server/rescored.ts). The values never leave the
 * browser: the only requests made for this edition are for public things of its geography — the
 * map (`…/paths`, `…/geometry` of the open edition on the same areas) and which areas are coastal
 * (that edition's `…/map`) — which name nothing of yours.
 *
 * The dataset is kept in memory and in the tab's sessionStorage (so a reload, or a link opened in
 * the same tab, still finds it); web/src/api.ts loads this module for a URL of edition `yours`.
 */
// first: the contract's schemas must be defined with zod's eval-free path (see zodJitless.ts)
import './zodJitless.js';
import { ROUTES, type RouteName } from '../../../src/contract/routes.js';
import { YOURS } from './edition.js';
import type { EditionId } from '../../../src/edition/catalogue.js';
import type { Edition } from '../../../src/edition/types.js';
import { SmiError } from '../../../src/errors.js';
import { hasChoices } from '../../../src/method/choices.js';
import { NEIGHBOURS_K } from '../../../src/contract/parameters.js';
import { parseSetting, resolveSettings } from '../../../src/analysis/whatIf.js';
import { parseWholeNumber } from '../../../src/method/parameters.js';
import { SEARCH, type GroupBy } from '../../../src/method/vocabulary.js';
import type { CoastalFlags } from '../../../src/report/leagueTable.js';
import { placeSearch } from '../../../src/report/placeSearch.js';
import { scoreEdition, type ScoredEdition } from '../../../src/report/scoredEdition.js';
import { ApiError } from '../../../src/server/apiError.js';
import { parseQueryString, readQuery } from '../../../src/server/query.js';
import { asParameters, choicesOf, rescored, uncertaintyAnswer } from '../../../src/server/rescored.js';
import { mapView } from '../../../src/views/measures.js';
import {
  areaResponse,
  explainResponse,
  exportResponse,
  geographyResponse,
  groupsResponse,
  indicatorsResponse,
  leagueTableResponse,
  neighboursResponse,
  searchResponse,
  shiftResponse,
  sourcesResponse,
  valuesResponse,
  whatIfResponse,
} from '../../../src/views/responses.js';

export { YOURS };

/** A validated dataset of your own and the open edition whose areas (and map) it is on. */
export interface YourData {
  edition: Edition;
  base: EditionId;
  geography: '2016' | '2025';
}

const STORAGE_KEY = 'smi-yours';

let current: { data: YourData; scored: ScoredEdition } | null = null;

/** Keeps `data` as edition `yours` (scoring it: an SmiError says why it cannot be ranked). */
export function setYourData(data: YourData): ScoredEdition {
  const scored = scoreEdition(data.edition);
  current = { data, scored };
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(data));
  } catch {
    // storage full or refused: the dataset stays in memory for this page
  }
  return scored;
}

/** The dataset of your own, from memory or the tab's storage; null when none was given in this tab. */
export function yourData(): { data: YourData; scored: ScoredEdition } | null {
  if (current !== null) return current;
  let text: string | null = null;
  try {
    text = sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (text === null) return null;
  const data = JSON.parse(text) as YourData;
  current = { data, scored: scoreEdition(data.edition) };
  return current;
}

/** Forgets the dataset (memory and storage). */
export function clearYourData(): void {
  current = null;
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing kept
  }
}

interface Matcher {
  name: RouteName;
  regex: RegExp;
  names: string[];
}

/** The contract's routes under /editions/{edition}, as patterns. */
const MATCHERS: Matcher[] = (Object.keys(ROUTES) as RouteName[]).flatMap((name) => {
  const { path, params } = ROUTES[name];
  if (!(params as readonly string[]).includes('edition')) return [];
  const names: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, param: string) => {
    names.push(param);
    return '([^/]+)';
  });
  return [{ name, regex: new RegExp(`^${source}$`), names }];
});

/** The route of an API URL of edition `yours` (null for none). */
export function routeOfUrl(url: string): RouteName | null {
  const { pathname } = new URL(url, 'http://local');
  return MATCHERS.find((matcher) => matcher.regex.test(pathname))?.name ?? null;
}

/** The coastal areas of each open edition's geography, fetched once: the `coastal` list of its map route, which is public (which areas touch the coast) and names nothing of yours. */
const coastalByEdition = new Map<EditionId, Promise<Set<string>>>();

function coastalCodes(base: EditionId): Promise<Set<string>> {
  let pending = coastalByEdition.get(base);
  if (pending === undefined) {
    pending = fetch(`/api/v1/editions/${encodeURIComponent(base)}/map`, { headers: { accept: 'application/json' } }).then(async (response) => {
      if (!response.ok) throw new ApiError(response.status === 404 ? 404 : 500, `the coastal areas of ${base} could not be loaded (the server answered ${response.status}).`);
      return new Set(((await response.json()) as { coastal: string[] }).coastal);
    });
    pending.catch(() => coastalByEdition.delete(base));
    coastalByEdition.set(base, pending);
  }
  return pending;
}

/** Each area of your data, coastal or not, as the league table's coast filter reads it. */
function coastalFlags(scored: ScoredEdition, coastal: ReadonlySet<string>): CoastalFlags {
  return new Map(scored.edition.areas.map((area) => [area.code, { coastal: coastal.has(area.code) }]));
}

/** Why a route is not answered for your own data: it needs what only the open editions have. */
const NOT_FOR_YOURS: Partial<Record<RouteName, string>> = {
  patterns: 'the patterns against deprivation, rurality and the coast are of the open editions only',
  briefing: 'the PDF briefing is made by the server, which never sees your data; print the area page instead',
};

/**
 * The body of a URL of edition `yours`, as the server would answer it for an open edition, or an
 * ApiError (400 for a bad parameter, 404 for an unknown area or route, as the server's).
 */
export async function answerLocally(url: string): Promise<unknown> {
  try {
    return await answer(url);
  } catch (error) {
    // a usage or data error is a 400 with its message, as the server answers it
    if (error instanceof SmiError && !(error instanceof ApiError)) throw new ApiError(400, error.message);
    throw error;
  }
}

async function answer(url: string): Promise<unknown> {
  const parsed = new URL(url, 'http://local');
  const found = MATCHERS.map((matcher) => ({ matcher, match: matcher.regex.exec(parsed.pathname) })).find(({ match }) => match !== null);
  if (found === undefined) throw new ApiError(404, `no route ${parsed.pathname} for your own data.`);
  const { name } = found.matcher;
  const own = yourData();
  if (own === null) throw new ApiError(404, 'no dataset of your own is loaded in this tab; upload one on the "Your own data" page (/yours).');
  const refusal = NOT_FOR_YOURS[name];
  if (refusal !== undefined) throw new ApiError(400, `${refusal}.`);
  const route = ROUTES[name];
  const query = readQuery(parseQueryString(parsed.search.slice(1)), route) as Record<string, string | number | undefined>;
  const path = Object.fromEntries(found.matcher.names.map((param, index) => [param, decodeURIComponent(found.match![index + 1]!)]));
  const base = own.scored;
  const scored = rescored(base, choicesOf(query));
  const entryOf = () => {
    const code = (path.code ?? '').toUpperCase();
    const entry = scored.byCode.get(code);
    if (entry === undefined) throw new ApiError(404, `no area with code "${path.code}" in your dataset; list them on the league table.`);
    return entry;
  };
  const str = (key: string) => (query[key] === undefined ? undefined : String(query[key]));
  switch (name) {
    case 'areas': {
      if (query.since !== undefined) throw new ApiError(400, 'query parameter "since" compares the years of the series; your dataset is one year.', 'since');
      const filters = { stage: str('stage'), region: str('region'), county: str('county'), ruralUrban: str('rural_urban'), class: str('class'), search: str('q'), coast: str('coast'), sort: str('sort'), order: str('order') };
      const coastal = query.coast === undefined ? undefined : coastalFlags(scored, await coastalCodes(own.data.base));
      return asParameters(() => leagueTableResponse(scored, filters as Parameters<typeof leagueTableResponse>[1], coastal));
    }
    case 'values':
      return asParameters(() => valuesResponse(scored, str('areas')?.split(',').map((code) => code.trim()).filter((code) => code !== '')));
    case 'area':
      return asParameters(() => areaResponse(scored, entryOf(), null));
    case 'explain':
      return asParameters(() => explainResponse(scored, entryOf()));
    case 'whatif': {
      const entry = entryOf();
      return asParameters(() => whatIfResponse(scored, entry, resolveSettings(scored, entry, (str('set') ?? '').split(',').map((item) => parseSetting(item.trim())))));
    }
    case 'neighbours': {
      const entry = entryOf();
      if (query.on === 'context') throw new ApiError(400, 'query parameter "on": similar areas on context (deprivation, rurality) are of the open editions; on your data, use on=indicators.', 'on');
      const k = Number(query.k ?? NEIGHBOURS_K.default);
      const most = scored.areas.length - 1;
      if (k > most) asParameters(() => parseWholeNumber('k', String(k), { ...NEIGHBOURS_K, max: most }));
      return asParameters(() => neighboursResponse(scored, entry, { k, on: 'indicators' }));
    }
    case 'search':
      return searchResponse(scored, str('q') ?? '', placeSearch({ areas: scored.edition.areas, geography: own.data.geography, postcode: null }, str('q') ?? '', Number(query.limit ?? SEARCH.limit.default)), null, []);
    case 'groups':
      return groupsResponse(scored, query.by as GroupBy);
    case 'indicators':
      return indicatorsResponse(scored);
    case 'sources':
      return sourcesResponse(scored);
    case 'method':
      return scored.method;
    case 'export':
      return exportResponse(scored);
    case 'geography':
      return geographyResponse(scored, own.data.geography);
    case 'map': {
      const view = mapView(exportResponse(scored), str('measure') ?? null);
      if (query.measure !== undefined && view.measure !== query.measure) {
        throw new ApiError(400, `query parameter "measure" must be one of ${view.measures.map((measure) => measure.id).join(', ')}; got "${query.measure}".`, 'measure');
      }
      const coastal = await coastalCodes(own.data.base);
      return { ...view, coastal: scored.edition.areas.map((area) => area.code).filter((code) => coastal.has(code)), attribution: exportResponse(scored).attribution };
    }
    case 'shift': {
      const choices = choicesOf(query);
      if (!hasChoices(choices)) throw new ApiError(400, 'say what to change: weights, normalise, aggregate or missing.');
      return shiftResponse(base, scored, choices);
    }
    case 'uncertainty':
      return uncertaintyAnswer(base, scored, query as Parameters<typeof uncertaintyAnswer>[2]);
    case 'paths':
    case 'geometry': {
      // the public map of the areas' geography: the request names the open edition and the layout, nothing of yours
      const response = await fetch(url.replace(`/editions/${YOURS}/`, `/editions/${encodeURIComponent(own.data.base)}/`), { headers: { accept: 'application/json' } });
      if (!response.ok) throw new ApiError(response.status === 404 ? 404 : 500, `the map of ${own.data.base} could not be loaded (the server answered ${response.status}).`);
      return response.json();
    }
    default:
      throw new ApiError(404, `the route ${name} is not answered for your own data.`);
  }
}
