/**
 * # The API's query parameters, as schemas
 *
 * Each parameter is a zod schema of its text (a query string holds text): a choice of the
 * vocabulary, free text, or a number parsed by the same parsers as the CLI's flags
 * (src/method/parameters.ts), so a bad value gets the same words everywhere. Each has a
 * description and an example, from which the OpenAPI document and the contract test come.
 */
import { z } from 'zod';
import { EDITIONS, SERIES_YEARS } from '../edition/catalogue.js';
import { ParameterError } from '../errors.js';
import { parseDecimal, parseSearchText, parseWholeNumber } from '../method/parameters.js';
import {
  AGGREGATION,
  AREA_CLASS,
  ASSUMPTION,
  COAST,
  GROUP_BY,
  LAYOUT,
  MISSING_RULE,
  NEIGHBOUR_BASIS,
  NORMALISATION,
  SEARCH,
  SORT_ORDER,
  UNCERTAINTY,
  WHATIF_TARGET,
  idsOf,
  type NumberParameter,
  type ParameterName,
  type Vocabulary,
} from '../method/vocabulary.js';

/** What the OpenAPI document says of a parameter beyond its schema. */
export interface ParameterMeta {
  /** A valid value, used by the document and by the contract test. */
  example: string;
  /** The JSON Schema to document instead of zod's (numbers arrive as text). */
  jsonSchema?: Record<string, unknown>;
}

function withMeta<S extends z.ZodType>(schema: S, description: string, meta: ParameterMeta): S {
  return schema.describe(description).meta({ ...meta, description }) as S;
}

/** The meta of a parameter schema (every parameter has one). */
export function parameterMeta(schema: z.ZodType): ParameterMeta & { description?: string } {
  const meta = schema.meta() as (ParameterMeta & { description?: string }) | undefined;
  if (meta === undefined) throw new Error('a query parameter without an example');
  return meta;
}

/** A choice among a vocabulary's ids. */
export function choiceParameter<Id extends string>(vocabulary: Vocabulary<Id>, description: string) {
  const ids = idsOf(vocabulary);
  return withMeta(z.enum(ids), `${description} One of ${ids.join(', ')}.`, { example: vocabulary.default });
}

/** One of a fixed list of words. */
export function enumParameter<const Id extends string>(values: readonly [Id, ...Id[]], description: string, example: Id) {
  return withMeta(z.enum(values), `${description} One of ${values.join(', ')}.`, { example });
}

export function textParameter(description: string, example: string) {
  return withMeta(z.string(), description, { example });
}

/** A number parsed as the CLI parses it; a bad one is an issue with the parser's words. */
function numberParameter(name: ParameterName, spec: NumberParameter, description: string) {
  const parse = spec.integer ? parseWholeNumber : parseDecimal;
  const schema = z.string().transform((text, context) => {
    try {
      return parse(name, text, spec);
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      context.addIssue({ code: 'custom', message: error.problem.message });
      return z.NEVER;
    }
  });
  const jsonSchema: Record<string, unknown> = { type: spec.integer ? 'integer' : 'number', default: spec.default };
  if (spec.minExclusive === true) jsonSchema.exclusiveMinimum = spec.min;
  else jsonSchema.minimum = spec.min;
  if (spec.max < Number.MAX_VALUE) jsonSchema.maximum = spec.max;
  return withMeta(schema, description, { example: String(spec.default), jsonSchema });
}

/** `k` of neighbours: at most the other areas of the largest edition (the handler checks the edition's own count). */
export const NEIGHBOURS_K: NumberParameter = {
  default: 10,
  min: 1,
  max: Math.max(...EDITIONS.map((entry) => entry.geography.areas)) - 1,
  integer: true,
  description: 'how many neighbours',
};

// ## The parameters, by name

/** The method choices: the CLI's `--weights`, `--normalise`, `--aggregate` and `--missing`. */
export const methodChoiceQuery = {
  weights: textParameter(
    'Weights: a comma list of <stage-or-indicator-id>=<number ≥ 0>, e.g. school=2,fsm-ks2-rwm=0; each group of weights is normalised to sum to 1.',
    'school=2',
  ),
  normalise: choiceParameter(NORMALISATION, 'Normalisation instead of the method’s.'),
  aggregate: choiceParameter(AGGREGATION, 'Aggregation instead of the method’s.'),
  missing: choiceParameter(MISSING_RULE, 'Missing-value rule instead of the method’s.'),
};

/** `since` of the league table and the map: a year of the series before the edition's own (the handler checks the edition). */
export const SERIES_SINCE: NumberParameter = {
  default: SERIES_YEARS[0],
  min: SERIES_YEARS[0],
  max: SERIES_YEARS[SERIES_YEARS.length - 1]!,
  integer: true,
  description: 'a year of the series',
};

export const leagueTableQuery = {
  ...methodChoiceQuery,
  stage: textParameter('Rank on one life stage (a stage id of the method, e.g. school) instead of overall.', 'school'),
  region: textParameter('Only areas of this region, e.g. "North West" (case ignored).', 'North West'),
  county: textParameter('Only districts of this county (on 2025 geography, a former county such as Cumbria names the councils carved from it).', 'Cumbria'),
  rural_urban: textParameter('Only areas of this rural-urban class, six-fold or broad, e.g. "Predominantly Rural".', 'Predominantly Rural'),
  class: choiceParameter(AREA_CLASS, 'Only hotspots, coldspots or neither.'),
  q: textParameter('Only areas whose name contains this text (case and punctuation ignored), or whose code it is.', 'carl'),
  coast: choiceParameter(COAST, 'Only coastal areas (more than 5 km of coast or open estuary, less the hand-checked river districts) or only inland ones.'),
  sort: textParameter('rank (best first, default), name (alphabetical), a life stage id (its rank, best first), or change (with since: the areas that rose most first).', 'name'),
  since: numberParameter('since', SERIES_SINCE, `On the 2025 councils (open-latest and open-series@<year>): each row's change in overall rank since this year of the series (${SERIES_YEARS[0]}–${SERIES_YEARS[SERIES_YEARS.length - 1]}, before the edition's year); with sort=change, the areas that rose most first.`),
  order: choiceParameter(SORT_ORDER, 'The order of the sort: ascending (default; best first, A to Z) or descending (worst first, Z to A); unranked areas stay last.'),
  format: enumParameter(['json', 'csv', 'xlsx'], 'json (default), or the same rows as a csv or xlsx download.', 'json'),
};

export const valuesQuery = {
  ...methodChoiceQuery,
  areas: textParameter('Only these areas: GSS codes separated by commas (every area when absent), e.g. an area\'s profile or a comparison.', 'E07000028,E07000026'),
  format: enumParameter(['json', 'csv', 'xlsx'], 'json (default), or the same rows as a csv or xlsx download.', 'csv'),
};

export const groupsQuery = {
  by: choiceParameter(GROUP_BY, 'What to group by (required).'),
  format: enumParameter(['json', 'csv', 'xlsx'], 'json (default), or the same groups as a csv or xlsx download.', 'csv'),
};

export const patternsQuery = {
  format: enumParameter(['json', 'csv', 'xlsx'], 'json (default); csv: one row per area with its rank, class, region, rural-urban class, coast, deprivation, third of deprivation and affluent-coldspot / deprived-hotspot flags; xlsx: those rows, the shares by group and the correlations on sheets of their own.', 'csv'),
};

export const geometryQuery = {
  layout: choiceParameter(LAYOUT, 'map (ONS boundaries, default) or hex (the ONS hex cartogram).'),
};

export const mapQuery = {
  measure: textParameter('what to map: overall (default), change (with since: places gained or lost in overall rank since that year), a stage id or an indicator id with a value somewhere', 'youth'),
  since: numberParameter('since', SERIES_SINCE, `On the 2025 councils (open-latest and open-series@<year>): each area's change in overall rank since this year of the series (${SERIES_YEARS[0]}–${SERIES_YEARS[SERIES_YEARS.length - 1]}, before the edition's year), as the league table's change column; measure=change maps it.`),
  ...methodChoiceQuery,
};

export const whatIfQuery = {
  set: textParameter(
    `A comma list of <indicator>=<number|${idsOf(WHATIF_TARGET).join('|')}> (required), e.g. fsm-attainment8=best-in-county.`,
    'fsm-ks2-rwm=median',
  ),
};

export const neighboursQuery = {
  k: numberParameter('k', NEIGHBOURS_K, 'How many neighbours (at most the number of other areas of the edition).'),
  on: choiceParameter(NEIGHBOUR_BASIS, 'Compare indicator values (default) or context.'),
};

export const uncertaintyQuery = {
  ...methodChoiceQuery,
  runs: numberParameter('runs', UNCERTAINTY.serverRuns, `Number of Monte Carlo runs (at most ${UNCERTAINTY.serverRuns.max.toLocaleString('en-GB')} per request).`),
  seed: numberParameter('seed', UNCERTAINTY.seed, 'Seed of the random numbers: the same seed gives the same numbers.'),
  concentration: numberParameter('concentration', UNCERTAINTY.concentration, UNCERTAINTY.concentration.description),
  omit: numberParameter('omit', UNCERTAINTY.omit, `Probability (0 to 1) that each stand-in or county-wide indicator is left out of a run when the data assumption varies (default ${UNCERTAINTY.omit.default}).`),
  vary: textParameter(`What to vary: a comma list of ${idsOf(ASSUMPTION).join(', ')}, or none (default: all).`, 'weights,normalisation'),
  format: enumParameter(['json', 'csv', 'xlsx'], 'json (default), or the per-area results as a csv or xlsx download.', 'csv'),
};

/** Text checked by a parser of src/method/parameters.ts; a bad one is an issue with the parser's words. */
function parsedText(parse: (text: string) => string, description: string, example: string) {
  const schema = z.string().transform((text, context) => {
    try {
      return parse(text);
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      context.addIssue({ code: 'custom', message: error.problem.message });
      return z.NEVER;
    }
  });
  return withMeta(schema, description, { example, jsonSchema: { type: 'string', minLength: 1, maxLength: SEARCH.maxLength } });
}

export const searchQuery = {
  q: parsedText(
    parseSearchText,
    `What to find (required, at most ${SEARCH.maxLength} characters): part of a name (typos, punctuation and former names tolerated), a GSS code, a postcode (CA1 1RD) or an outward code (CA1).`,
    'carl',
  ),
  limit: numberParameter('limit', SEARCH.limit, `How many results (1 to ${SEARCH.limit.max}; default ${SEARCH.limit.default}).`),
};

/** The query of a route, as the handler receives it: each given parameter, parsed. */
export type QueryOf<S extends Record<string, z.ZodType>> = { [K in keyof S]?: z.output<S[K]> };

const seriesYears = SERIES_YEARS.map(String) as [string, ...string[]];

/** The two years of the series /movers compares (either order; the same year twice moves nobody). */
export const moversQuery = {
  from: enumParameter(seriesYears, `The earlier year (default ${SERIES_YEARS[0]}).`, String(SERIES_YEARS[0])),
  to: enumParameter(seriesYears, `The later year (default ${SERIES_YEARS[SERIES_YEARS.length - 1]}).`, String(SERIES_YEARS[SERIES_YEARS.length - 1])),
};
