/**
 * # The API contract: every route of /api/v1 as data
 *
 * A route is its path, its path parameters, its query parameters and its response, each a schema
 * (parameters.ts, responses.ts). The server registers and validates exactly these routes
 * (src/server/routes.ts), the OpenAPI 3.1 document is generated from them (openapi.ts), and the
 * web app takes its response types from the same schemas. Adding a route is adding an entry here
 * and its handler; the type checker then insists on both.
 */
import type { z } from 'zod';
import {
  geometryQuery,
  mapQuery,
  groupsQuery,
  patternsQuery,
  leagueTableQuery,
  methodChoiceQuery,
  moversQuery,
  neighboursQuery,
  searchQuery,
  uncertaintyQuery,
  valuesQuery,
  whatIfQuery,
} from './parameters.js';
import {
  areaResponseSchema,
  editionsResponseSchema,
  explainResponseSchema,
  exportResponseSchema,
  geographyResponseSchema,
  geometryResponseSchema,
  pathsResponseSchema,
  mapResponseSchema,
  groupsResponseSchema,
  indicatorsResponseSchema,
  leagueTableResponseSchema,
  neighboursResponseSchema,
  patternsResponseSchema,
  searchResponseSchema,
  shiftResponseSchema,
  sourcesResponseSchema,
  trendResponseSchema,
  moversResponseSchema,
  uncertaintyResponseSchema,
  valuesResponseSchema,
  whatIfResponseSchema,
} from './responses.js';
import { methodSchema } from '../method/schema.js';

export type PathParameter = 'edition' | 'code';

export interface RouteDefinition {
  /** The path, OpenAPI style: /api/v1/editions/{edition}/areas/{code}. */
  readonly path: string;
  readonly summary: string;
  readonly description: string;
  readonly params: readonly PathParameter[];
  readonly query: Readonly<Record<string, z.ZodType>>;
  /** Query parameters that must be given. */
  readonly required?: readonly string[];
  /** The JSON body of a 200; null for a document that describes itself (the OpenAPI document) or a file. */
  readonly response: z.ZodType | null;
  /** The 200 is this file instead of JSON (the briefing's PDF): its media type and what it holds. */
  readonly file?: { mediaType: string; description: string };
  /** Other representations of the 200, by `format`: media type and what the file holds. */
  readonly downloads?: Readonly<Record<string, { mediaType: string; description: string }>>;
}

const noQuery = {} as const;

function route<const R extends RouteDefinition>(definition: R): R {
  return definition;
}

/** Every route, by a name the server's handlers are keyed by. */
export const ROUTES = {
  openapi: route({
    path: '/api/v1/openapi.json',
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of the API, generated from the same route definitions the server registers.',
    params: [],
    query: noQuery,
    response: null,
  }),
  editions: route({
    path: '/api/v1/editions',
    summary: 'The open editions',
    description: 'Each edition with its geography, number of areas and of ranked areas, the data years and how many indicators are at each level.',
    params: [],
    query: noQuery,
    response: editionsResponseSchema,
  }),
  areas: route({
    path: '/api/v1/editions/{edition}/areas',
    summary: 'The league table',
    description:
      'Every area with its overall and life-stage ranks, filtered and sorted as `smi rank` does, under the edition’s method or the method choices given. With format=csv or format=xlsx the same rows, in the same order, as a download.',
    params: ['edition'],
    query: leagueTableQuery,
    response: leagueTableResponseSchema,
    downloads: {
      csv: {
        mediaType: 'text/csv',
        description: 'Columns rank, code, name, region, county, rural_urban, score, decile, class, overall_rank, <stage>_rank and source (the credit, the same on every row); every record has every field.',
      },
      xlsx: {
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        description: 'A workbook: sheet "League table" with the CSV columns, sheet "Sources" with the attribution.',
      },
    },
  }),
  area: route({
    path: '/api/v1/editions/{edition}/areas/{code}',
    summary: 'One area’s profile',
    description:
      'As `smi area --format json`: headline, overall and life-stage ranks with decile phrases and ties, every indicator with value, England median, rank, level, year and source; strongest and weakest indicators; `context`, the other areas of its county and region; and `rankInterval`, how sure the rank is. With method choices, everything is computed under them (and `rankInterval`, which is of the edition\'s own method, is null).',
    params: ['edition', 'code'],
    query: methodChoiceQuery,
    response: areaResponseSchema,
  }),
  trend: route({
    path: '/api/v1/editions/open-series/areas/{code}/trend',
    summary: 'One council over the years of the series',
    description:
      'As `smi trend --format json`: for each year of the series open-series (2016–2025, the 294 councils of April 2025), the overall and life-stage ranks, class and decile, and each indicator\'s value, England median and rank, with `carriedFromYear` on a value carried from another year and `seriesBreak` on one not comparable with earlier years. `code` is a council of 2025 or a district of 2016, which resolves to the council it is now part of (`resolvedFrom`, with the sentence in `resolution`). Ranks are relative: each year\'s are among that year\'s councils.',
    params: ['code'],
    query: noQuery,
    response: trendResponseSchema,
  }),
  movers: route({
    path: '/api/v1/editions/open-series/movers',
    summary: 'Who moved most?',
    description:
      'As `smi movers --format json`: every council\'s overall rank in the years `from` and `to` of the series open-series and how far it moved (`change` = fromRank − toRank, positive = up), largest moves first, with the three life stages whose ranks moved most and the three indicators whose parts of the overall score changed most. Ranks are relative to each year\'s councils.',
    params: [],
    query: moversQuery,
    response: moversResponseSchema,
  }),
  explain: route({
    path: '/api/v1/editions/{edition}/areas/{code}/explain',
    summary: 'What drives an area’s result',
    description:
      'As `smi explain --format json`: `contributions` per indicator add up to `overall.score` (to its log under geometric aggregation, `scale: "log"`); `gapContributions` add up to the gap to the median area; `drivers` say in words what each indicator costs or gains in places.',
    params: ['edition', 'code'],
    query: methodChoiceQuery,
    response: explainResponseSchema,
  }),
  whatif: route({
    path: '/api/v1/editions/{edition}/areas/{code}/whatif',
    summary: 'What if an area’s values changed',
    description: 'As `smi whatif --format json`: the area’s overall and stage scores, ranks and class before and after, every other area unchanged; with method choices, before and after are under them.',
    params: ['edition', 'code'],
    query: { ...methodChoiceQuery, ...whatIfQuery },
    required: ['set'],
    response: whatIfResponseSchema,
  }),
  neighbours: route({
    path: '/api/v1/editions/{edition}/areas/{code}/neighbours',
    summary: 'Statistically similar areas',
    description: 'As `smi neighbours --format json`: the k nearest areas on the standardised indicators or on context, with their distance.',
    params: ['edition', 'code'],
    query: { ...methodChoiceQuery, ...neighboursQuery },
    response: neighboursResponseSchema,
  }),
  search: route({
    path: '/api/v1/editions/{edition}/search',
    summary: 'Find a place',
    description:
      'As `smi search`: the areas a text finds, best first, each with the reason — a name as typed (start, word start, then typos), a former name (a 2016 district finds its council of today; on 2016 geography a council of today finds its districts), a GSS code, a postcode or an outward code (looked up offline in the ONS postcode lookup, August 2024, with its credit). A postcode that cannot be placed says why.',
    params: ['edition'],
    query: searchQuery,
    required: ['q'],
    response: searchResponseSchema,
  }),
  briefing: route({
    path: '/api/v1/editions/{edition}/areas/{code}/briefing.pdf',
    summary: 'An area’s briefing, as a PDF',
    description:
      'The area page on two to four A4 pages: the headline and the caveat, the life stages, every indicator with value, England median, rank and level, what drives the result (as …/explain), similar areas (as …/neighbours?k=5, on the indicators and on context), the other areas of its county and region, and the sources with the licence — every number from the same bodies as the profile, explain and neighbours routes. With method choices, everything is computed under them.',
    params: ['edition', 'code'],
    query: methodChoiceQuery,
    response: null,
    file: { mediaType: 'application/pdf', description: 'A PDF of two to four A4 pages, offered as a download named smi-<edition>-<code>-briefing.pdf.' },
  }),
  groups: route({
    path: '/api/v1/editions/{edition}/groups',
    summary: 'Areas grouped',
    description: 'As `smi groups`: per region, county or rural-urban class, the areas, hotspots, coldspots, share in the lower half and mean and median rank.',
    params: ['edition'],
    query: groupsQuery,
    required: ['by'],
    response: groupsResponseSchema,
    downloads: {
      csv: { mediaType: 'text/csv', description: 'Columns <by>, areas, ranked, hotspots, coldspots, lower_half_share, mean_rank, median_rank, caveat and source.' },
      xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'A workbook: sheet "Groups" with the CSV columns, sheet "Sources" with the caveat and the attribution.' },
    },
  }),
  indicators: route({
    path: '/api/v1/editions/{edition}/indicators',
    summary: 'The indicators',
    description: 'As `smi indicators`: each indicator’s definition, stage, direction and weight, and the level, year, source and coverage of its values in the edition.',
    params: ['edition'],
    query: noQuery,
    response: indicatorsResponseSchema,
  }),
  sources: route({
    path: '/api/v1/editions/{edition}/sources',
    summary: 'The source files',
    description: 'As `smi sources`: each publisher file the edition is built from, with its licence, attribution and SHA-256.',
    params: ['edition'],
    query: noQuery,
    response: sourcesResponseSchema,
  }),
  geography: route({
    path: '/api/v1/editions/{edition}/geography',
    summary: 'The areas of the geography',
    description:
      'The areas the edition ranks, without their values: code, name, type, region, county, rural-urban class and the council of 2025 each is or is part of. What a dataset of your own is checked against (`smi --edition FILE.csv` reads the same geography); the web app’s “Your own data” page fetches it and keeps the user’s values in the browser.',
    params: ['edition'],
    query: noQuery,
    response: geographyResponseSchema,
  }),
  method: route({
    path: '/api/v1/editions/{edition}/method',
    summary: 'The method',
    description: 'As `smi method --format json`: the edition’s method description (edit it and feed it to `smi --method FILE`). It holds no data, so it carries no attribution.',
    params: ['edition'],
    query: noQuery,
    response: methodSchema,
  }),
  export: route({
    path: '/api/v1/editions/{edition}/export',
    summary: 'The whole result',
    description: 'As `smi export --format json`: every area’s values, scores, indicator ranks, stage and overall results, levels and intervals, under the method in force.',
    params: ['edition'],
    query: methodChoiceQuery,
    response: exportResponseSchema,
  }),
  values: route({
    path: '/api/v1/editions/{edition}/values',
    summary: 'Every value, as a tidy table',
    description:
      'One row per area, period and indicator — the overall index and the four stages (value = score) and then every indicator (value, unit, level, year, rank, England median) — as ONS’s local statistics lay them out. `areas` narrows it to an area’s profile or a comparison. With format=csv or format=xlsx the same rows as a download, credited; under method choices, every rank is under them.',
    params: ['edition'],
    query: valuesQuery,
    response: valuesResponseSchema,
    downloads: {
      csv: {
        mediaType: 'text/csv',
        description: 'Columns code, name, period, indicator, label, value, unit, level, year, carried_from_year, rank, rank_of, rank_shared, england_median, caveat and source (the same on every row); every record has every field.',
      },
      xlsx: {
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        description: 'A workbook: sheet "Values" with the CSV columns, sheet "Sources" with the caveat and the attribution.',
      },
    },
  }),
  geometry: route({
    path: '/api/v1/editions/{edition}/geometry',
    summary: 'The map',
    description: 'TopoJSON with one object, `areas`: one shape per area, with the map credit the boundary file requires.',
    params: ['edition'],
    query: geometryQuery,
    response: geometryResponseSchema,
  }),
  map: route({
    path: '/api/v1/editions/{edition}/map',
    summary: 'One measure, for the map',
    description: 'What the map and its table draw for one measure (overall, a stage or an indicator), under the method in force: each area’s rank, decile and value on it, and its overall class — a small part of `…/export`. With `since` (on the 2025 councils, a year of the series before the edition’s), each area’s `change` in overall rank since then, as the league table’s change column, and measure=change maps it; a `since` on the 2016 districts, or not before the edition’s year, is a 400 naming it.',
    params: ['edition'],
    query: mapQuery,
    response: mapResponseSchema,
  }),
  paths: route({
    path: '/api/v1/editions/{edition}/paths',
    summary: 'The map, projected',
    description: 'The map (or hex cartogram) projected once on the server: one SVG path per area and the size of the drawing, with the map credit the boundary file requires.',
    params: ['edition'],
    query: geometryQuery,
    response: pathsResponseSchema,
  }),
  patterns: route({
    path: '/api/v1/editions/{edition}/patterns',
    summary: 'Patterns: deprivation, rurality and the coast',
    description: 'As `smi patterns --format json`: rank correlations with deprivation, affluent coldspots and deprived hotspots, and hotspot and coldspot shares by region, rural-urban class and coast. With format=csv, one row per area with the context the patterns are read from; with format=xlsx, those rows and the shares and correlations on sheets of their own, credited.',
    params: ['edition'],
    query: patternsQuery,
    response: patternsResponseSchema,
    downloads: {
      csv: {
        mediaType: 'text/csv',
        description:
          'One row per area, best first: code, name, rank, class, region, rural_urban, coastal, imd2015_score, imd2015_most_deprived_10pc_share, imd2019_score, imd2019_most_deprived_10pc_share, deprivation_third, affluent_coldspot, deprived_hotspot, caveat and source.',
      },
      xlsx: {
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        description: 'A workbook: sheet "Areas" with the CSV columns, "Shares" (grouping, group, ranked, hotspots, hotspot_share, coldspots, coldspot_share, lower_half_share), "Correlations" (score, measure, spearman_rho, pairs) and "Sources" with the caveat and the attribution.',
      },
    },
  }),
  shift: route({
    path: '/api/v1/editions/{edition}/shift',
    summary: 'How far areas move under other method choices',
    description: 'As `smi shift --format json`: each area’s rank under the method choices against the edition’s own, largest moves first. At least one method choice is needed.',
    params: ['edition'],
    query: methodChoiceQuery,
    response: shiftResponseSchema,
  }),
  uncertainty: route({
    path: '/api/v1/editions/{edition}/uncertainty',
    summary: 'How sure are the ranks?',
    description: 'As `smi uncertainty --format json`: Monte Carlo runs with the assumptions drawn at random around the method in force; per area the median rank, the 90% interval and the chances of being a hotspot or coldspot, and the share of rank variance each assumption explains.',
    params: ['edition'],
    query: uncertaintyQuery,
    response: uncertaintyResponseSchema,
    downloads: {
      csv: { mediaType: 'text/csv', description: 'One row per area: code, name, rank, median_rank, rank_p05, rank_p95, p_hotspot, p_coldspot, runs, seed, caveat and source.' },
      xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: 'A workbook: sheet "Uncertainty" with the CSV columns, sheet "Sources" with the caveat and the attribution.' },
    },
  }),
} as const satisfies Record<string, RouteDefinition>;

export type RouteName = keyof typeof ROUTES;
export type Routes = typeof ROUTES;

/** The JSON body a route answers with. */
export type ResponseOf<N extends RouteName> = Routes[N]['response'] extends z.ZodType ? z.output<Routes[N]['response']> : unknown;

/** The Fastify form of a path: {edition} → :edition. */
export function fastifyPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
