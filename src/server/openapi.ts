/**
 * The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Kept beside the routes
 * and checked against them by test/server/openapi.test.ts (every documented path answers, every
 * route is documented).
 */
import { leagueSorts } from '../report/leagueTable.js';
import { EDITIONS, EDITION_IDS } from '../edition/catalogue.js';
import { AREA_CLASS, ASSUMPTION, GROUP_BY, LAYOUT, idsOf } from '../method/vocabulary.js';
import { STAGES } from '../method/presets.js';

const stageIds = STAGES.map((stage) => stage.id);

const editionParameter = {
  name: 'edition',
  in: 'path',
  required: true,
  description: `An open edition: ${EDITIONS.map((entry) => `${entry.id} (${entry.geography.areas} ${entry.geography.label})`).join(' or ')}.`,
  schema: { type: 'string', enum: [...EDITION_IDS] },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const json = (description: string, schema: object) => ({
  description,
  headers: { ETag: { description: 'Entity tag; send it back in If-None-Match to get 304 when nothing changed.', schema: { type: 'string' } } },
  content: { 'application/json': { schema } },
});

const text = (description: string) => ({ type: 'string', description });

const codeParameter = { name: 'code', in: 'path', required: true, description: 'The area\'s GSS code, e.g. E07000028 (Carlisle).', schema: { type: 'string', pattern: '^[Ee]\\d{8}$' } };

/** `weights`, `normalise`, `aggregate`, `missing`: the CLI's method-choice flags. */
const methodChoiceParameters = [
  { name: 'weights', in: 'query', description: 'A comma list of <stage-or-indicator-id>=<number ≥ 0>, e.g. school=2,fsm-ks2-rwm=0; each group of weights is normalised to sum to 1.', schema: { type: 'string' } },
  { name: 'normalise', in: 'query', schema: { type: 'string', enum: ['zscore', 'minmax', 'rank'] } },
  { name: 'aggregate', in: 'query', schema: { type: 'string', enum: ['mean', 'geometric'] } },
  { name: 'missing', in: 'query', schema: { type: 'string', enum: ['available', 'exclude'] } },
];

const analysisResponse = (description: string, required: string[]) => ({
  '200': json(description, { type: 'object', required }),
  '400': errorResponse('A parameter is unknown or out of range.'),
  '404': errorResponse('Unknown edition or area code.'),
});
const nullableNumber = { type: ['number', 'null'] };
const nullableInteger = { type: ['integer', 'null'] };

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'smi-open: the Social Mobility Index for England',
      version: '1.0.0',
      description:
        'Open editions of the Social Mobility Commission\'s Social Mobility Index, rebuilt from open statistics. Every response that holds data carries `attribution`: the Open Government Licence v3.0 statements of its sources. Ranks: 1 = best. Errors are `{ "error": "…" }` with status 400 (a bad parameter, named with its allowed values) or 404 (an unknown edition or area).',
      license: { name: 'Open Government Licence v3.0 (data)', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/v1/editions': {
        get: {
          summary: 'The open editions',
          description: 'Each edition with its geography, number of areas and of ranked areas, the data years and how many indicators are at each level.',
          responses: { '200': json('The editions', { $ref: '#/components/schemas/Editions' }) },
        },
      },
      '/api/v1/editions/{edition}/areas': {
        get: {
          summary: 'The league table',
          description: 'Every area with its overall and life-stage ranks, filtered and sorted as the `smi rank` command does. With format=csv or format=xlsx the same rows, in the same order, as a download.',
          parameters: [
            editionParameter,
            { name: 'stage', in: 'query', description: 'Rank on one life stage instead of overall.', schema: { type: 'string', enum: stageIds } },
            { name: 'region', in: 'query', description: 'Only areas of this region, e.g. "North West" (case ignored).', schema: { type: 'string' } },
            { name: 'county', in: 'query', description: 'Only districts of this county (on 2025 geography, a former county such as Cumbria names the councils carved from it).', schema: { type: 'string' } },
            { name: 'rural_urban', in: 'query', description: 'Only areas of this rural-urban class, six-fold or broad, e.g. "Predominantly Rural".', schema: { type: 'string' } },
            { name: 'class', in: 'query', description: 'Only hotspots, coldspots or neither.', schema: { type: 'string', enum: idsOf(AREA_CLASS) } },
            { name: 'q', in: 'query', description: 'Only areas whose name contains this text, or whose code it is.', schema: { type: 'string' } },
            { name: 'sort', in: 'query', description: 'rank (best first, default), name (alphabetical) or a life stage (its rank, best first).', schema: { type: 'string', enum: leagueSorts(stageIds) } },
            { name: 'format', in: 'query', description: 'json (default), csv or xlsx.', schema: { type: 'string', enum: ['json', 'csv', 'xlsx'] } },
            ...methodChoiceParameters,
          ],
          responses: {
            '200': {
              ...json('The league table', { $ref: '#/components/schemas/LeagueTable' }),
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/LeagueTable' } },
                'text/csv': { schema: text('Columns rank, code, name, region, county, rural_urban, score, decile, class, overall_rank, <stage>_rank and source (the credit, the same on every row); every record has every field.') },
                'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: text('A workbook: sheet "League table" with the CSV columns, sheet "Sources" with the attribution.') },
              },
            },
            '400': errorResponse('A parameter is unknown or has a value that does not exist (the message lists the values that do).'),
            '404': errorResponse('Unknown edition.'),
          },
        },
      },
      '/api/v1/editions/{edition}/areas/{code}': {
        get: {
          summary: 'One area\'s profile',
          description: 'As `smi area --format json`: headline, overall and life-stage ranks with decile phrases and ties, every indicator with value, England median, rank, level, year and source; strongest and weakest indicators; plus `context`, the other areas of its county and region.',
          parameters: [editionParameter, codeParameter],
          responses: {
            '200': json('The profile', { $ref: '#/components/schemas/AreaProfile' }),
            '404': errorResponse('Unknown edition or area code.'),
          },
        },
      },
      '/api/v1/editions/{edition}/areas/{code}/explain': {
        get: {
          summary: 'What drives an area\'s result',
          description: 'As `smi explain --format json`: `contributions` per indicator add up to `overall.score` (to its log under geometric aggregation, `scale: "log"`); `gap_contributions` add up to the gap to the median area; `drivers` say in words what each indicator costs or gains in places.',
          parameters: [editionParameter, codeParameter, ...methodChoiceParameters],
          responses: analysisResponse('The explanation', ['code', 'name', 'overall', 'median_score', 'contributions', 'drivers']),
        },
      },
      '/api/v1/editions/{edition}/areas/{code}/whatif': {
        get: {
          summary: 'What if some of an area\'s values changed',
          description: 'As `smi whatif --format json`: the index recomputed with the area\'s values changed and every other area unchanged; scores, ranks and class before and after.',
          parameters: [
            editionParameter,
            codeParameter,
            { name: 'set', in: 'query', required: true, description: 'A comma list of <indicator>=<number|median|best-in-county|best-in-region>, e.g. fsm-attainment8=best-in-county,median-pay=30000.', schema: { type: 'string' } },
          ],
          responses: analysisResponse('Before and after', ['code', 'changes', 'before', 'after']),
        },
      },
      '/api/v1/editions/{edition}/areas/{code}/neighbours': {
        get: {
          summary: 'The most similar areas',
          description: 'As `smi neighbours --format json`: nearest areas on the standardised indicator profile, or on context (deprivation, rural-urban class, region, coast), with the distance.',
          parameters: [
            editionParameter,
            codeParameter,
            { name: 'k', in: 'query', schema: { type: 'integer', minimum: 1, default: 10 } },
            { name: 'on', in: 'query', schema: { type: 'string', enum: ['indicators', 'context'], default: 'indicators' } },
          ],
          responses: analysisResponse('The neighbours', ['code', 'on', 'neighbours']),
        },
      },
      '/api/v1/editions/{edition}/shift': {
        get: {
          summary: 'How far each area moves under other method choices',
          description: 'As `smi shift --format json`: each area\'s rank under the default method and under the choices, largest moves first; at least one choice is required.',
          parameters: [editionParameter, ...methodChoiceParameters],
          responses: analysisResponse('The moves', ['areas', 'moved', 'spearman', 'changes']),
        },
      },
      '/api/v1/editions/{edition}/uncertainty': {
        get: {
          summary: 'How sure is each rank (Monte Carlo)',
          description: 'As `smi uncertainty --format json`: per area the point rank, median rank, 5th and 95th percentile rank and the probability of being a hotspot or coldspot over `runs` recomputations with drawn weights, normalisation, aggregation and sampling error; per assumption the share of rank variance it explains. At most 10,000 runs per request.',
          parameters: [
            editionParameter,
            { name: 'runs', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 } },
            { name: 'seed', in: 'query', schema: { type: 'integer', minimum: 0, default: 1 } },
            { name: 'concentration', in: 'query', schema: { type: 'number', exclusiveMinimum: 0, default: 50 } },
            { name: 'vary', in: 'query', description: `Comma list of ${idsOf(ASSUMPTION).join(', ')}, or none.`, schema: { type: 'string' } },
            ...methodChoiceParameters,
          ],
          responses: analysisResponse('The uncertainty', ['runs', 'seed', 'areas', 'sensitivity']),
        },
      },
      '/api/v1/editions/{edition}/patterns': {
        get: {
          summary: 'The index against deprivation, rurality and the coast',
          description: 'As `smi patterns --format json`: rank correlations with IMD 2015/2019, affluent coldspots and deprived hotspots, hotspot and coldspot shares by region, rural-urban class and coastal status.',
          parameters: [editionParameter],
          responses: analysisResponse('The patterns', ['correlations', 'affluent_coldspots', 'deprived_hotspots']),
        },
      },
      '/api/v1/editions/{edition}/groups': {
        get: {
          summary: 'Areas grouped',
          description: 'Per region, county or rural-urban class: areas, hotspots, coldspots, the share ranked in the lower half, mean and median rank.',
          parameters: [editionParameter, { name: 'by', in: 'query', required: true, schema: { type: 'string', enum: idsOf(GROUP_BY) } }],
          responses: { '200': json('The groups', { $ref: '#/components/schemas/Groups' }), '400': errorResponse('`by` missing or not allowed.'), '404': errorResponse('Unknown edition.') },
        },
      },
      '/api/v1/editions/{edition}/indicators': {
        get: {
          summary: 'The indicators',
          description: 'Definition, life stage, direction and weight of the 16 indicators, with the level, year, source and coverage of the edition\'s values.',
          parameters: [editionParameter],
          responses: { '200': json('The indicators', { type: 'object', required: ['edition', 'indicators', 'attribution'] }), '404': errorResponse('Unknown edition.') },
        },
      },
      '/api/v1/editions/{edition}/sources': {
        get: {
          summary: 'The source files',
          description: 'Each file the edition is built from: title, publisher, publication address, licence and SHA-256.',
          parameters: [editionParameter],
          responses: { '200': json('The sources', { type: 'object', required: ['edition', 'sources', 'attribution', 'licence'] }), '404': errorResponse('Unknown edition.') },
        },
      },
      '/api/v1/editions/{edition}/method': {
        get: {
          summary: 'The method in force',
          description: 'The method description: stages, indicators, directions, weights, normalisation, aggregation, missing-data and tie rules, hotspot share. Feed it to `smi --method FILE`.',
          parameters: [editionParameter],
          responses: { '200': json('The method', { type: 'object', required: ['id', 'stages', 'indicators', 'normalisation', 'aggregation', 'missing'] }), '404': errorResponse('Unknown edition.') },
        },
      },
      '/api/v1/editions/{edition}/export': {
        get: {
          summary: 'Every area\'s values, scores and ranks',
          description: 'As `smi export --format json`: the method and, per area, each indicator\'s value, normalised score and level, each stage\'s score, rank and decile, and the overall result.',
          parameters: [editionParameter],
          responses: { '200': json('The export', { type: 'object', required: ['edition', 'method', 'rankedCount', 'attribution', 'areas'] }), '404': errorResponse('Unknown edition.') },
        },
      },
      '/api/v1/editions/{edition}/geometry': {
        get: {
          summary: 'The shapes of the edition\'s areas',
          description: 'TopoJSON with one object `areas`, one geometry per area (properties `code`, `name`). `map`: ONS boundaries (WGS84 longitude/latitude); `hex`: an ONS hex cartogram, one equal hexagon per area (pseudo longitude/latitude for a Mercator projection). Carries `attribution`, the credit any map drawn from it must show.',
          parameters: [editionParameter, { name: 'layout', in: 'query', schema: { type: 'string', enum: idsOf(LAYOUT), default: 'map' } }],
          responses: { '200': json('TopoJSON topology', { type: 'object', required: ['type', 'arcs', 'objects', 'attribution'] }), '400': errorResponse('Unknown layout.'), '404': errorResponse('Unknown edition.') },
        },
      },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        Editions: {
          type: 'object',
          required: ['default', 'editions'],
          properties: {
            default: { type: 'string' },
            editions: {
              type: 'array',
              items: {
                type: 'object',
                required: ['id', 'label', 'geography', 'areaCount', 'rankedCount', 'years', 'levels'],
                properties: {
                  id: { type: 'string' },
                  label: { type: 'string' },
                  description: { type: 'string' },
                  geography: { type: 'string' },
                  areaCount: { type: 'integer' },
                  rankedCount: { type: 'integer' },
                  years: { type: 'array', items: { type: 'string' } },
                  levels: { type: 'object', additionalProperties: { type: 'integer' }, description: 'Number of indicators at each level (exact, exact-county, proxy, proxy-county, estimated, missing).' },
                  attribution: { type: 'array', items: { type: 'string' } },
                },
              },
            },
          },
        },
        LeagueRow: {
          type: 'object',
          required: ['rank', 'code', 'name', 'region', 'county', 'ruralUrban', 'score', 'decile', 'class', 'overallRank', 'stages'],
          properties: {
            rank: { ...nullableInteger, description: 'Overall rank, or the stage\'s when `stage` is given; null if unranked.' },
            code: { type: 'string' },
            name: { type: 'string' },
            region: { type: 'string' },
            county: { type: ['string', 'null'] },
            ruralUrban: { type: 'string' },
            score: nullableNumber,
            decile: nullableInteger,
            class: { type: ['string', 'null'], enum: [...idsOf(AREA_CLASS), null] },
            overallRank: nullableInteger,
            stages: { type: 'object', additionalProperties: { type: 'object', properties: { rank: nullableInteger, decile: nullableInteger, score: nullableNumber } } },
            unrankedReason: { type: ['string', 'null'] },
          },
        },
        LeagueTable: {
          type: 'object',
          required: ['edition', 'stage', 'sort', 'rankedCount', 'total', 'rows', 'attribution'],
          properties: {
            edition: { type: 'string' },
            stage: { type: ['string', 'null'] },
            sort: { type: 'string' },
            rankedCount: { type: 'integer', description: 'The "of" in "321st of 324".' },
            total: { type: 'integer', description: 'Areas in the edition, before filters.' },
            rows: { type: 'array', items: { $ref: '#/components/schemas/LeagueRow' } },
            attribution: { type: 'array', items: { type: 'string' } },
          },
        },
        AreaProfile: {
          type: 'object',
          required: ['edition', 'code', 'name', 'headline', 'rankedCount', 'overall', 'stages', 'indicators', 'strongest', 'weakest', 'context', 'attribution'],
          properties: {
            headline: { type: 'string', description: 'e.g. "Carlisle is ranked 318th of 324: a social mobility coldspot."' },
            overall: { type: 'object', properties: { score: nullableNumber, rank: nullableInteger, decile: nullableInteger, decilePhrase: { type: ['string', 'null'] }, class: { type: ['string', 'null'] } } },
            stages: { type: 'array', items: { type: 'object' } },
            indicators: { type: 'array', items: { type: 'object' } },
            successor: { type: ['object', 'null'], description: 'The 2025 council a 2016 district is part of, when its code changed.' },
            context: {
              type: 'object',
              properties: {
                countyName: { type: ['string', 'null'] },
                county: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' }, rank: nullableInteger, class: { type: ['string', 'null'] } } } },
                region: { type: 'array', items: { type: 'object' } },
              },
            },
            attribution: { type: 'string' },
          },
        },
        Groups: {
          type: 'object',
          required: ['edition', 'by', 'rankedCount', 'groups', 'ungrouped', 'attribution'],
          properties: {
            groups: {
              type: 'array',
              items: {
                type: 'object',
                required: ['group', 'areas', 'ranked', 'hotspots', 'coldspots', 'lowerHalfShare', 'meanRank', 'medianRank'],
                properties: { group: { type: 'string' }, areas: { type: 'integer' }, ranked: { type: 'integer' }, hotspots: { type: 'integer' }, coldspots: { type: 'integer' }, lowerHalfShare: nullableNumber, meanRank: nullableNumber, medianRank: nullableNumber },
              },
            },
          },
        },
      },
    },
  };
}
