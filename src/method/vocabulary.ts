/**
 * # The vocabulary: every named choice of the method and of its analyses, defined once
 *
 * Each choice is an entry with its id (what a method file, a flag or a query parameter says), a
 * label (what a person reads), a formula or rule, and the default. Everything else reads from here:
 * the TypeScript types (`Normalisation` = the ids of {@link NORMALISATION}), the zod schemas of
 * method files, the CLI's `--normalise` choices, the API's enumerations in its OpenAPI document,
 * and the web app's selects and explanations. Adding a choice means adding an entry here and its
 * implementation (e.g. a case of `normaliseColumn`); nothing else lists the names.
 *
 * This module imports nothing, so the web app can load it without the engine.
 *
 * Modelled on Observable Plot's named options: a small, documented union of names, and one clear
 * error for anything else ({@link ParameterError}).
 */

/** One named choice. */
export interface Choice<Id extends string = string> {
  readonly id: Id;
  /** Short, plain label, e.g. "z-scores". */
  readonly label: string;
  /** What it computes or means, in one line (a formula where there is one). */
  readonly formula: string;
}

/** A set of named choices with its default. */
export interface Vocabulary<Id extends string = string> {
  /** What the set chooses, in words ("normalisation"). */
  readonly name: string;
  readonly choices: readonly Choice<Id>[];
  readonly default: Id;
}

/** The ids of a vocabulary, in its order (for zod enums, CLI choices and OpenAPI enums). */
export function idsOf<Id extends string>(vocabulary: Vocabulary<Id>): [Id, ...Id[]] {
  return vocabulary.choices.map((choice) => choice.id) as [Id, ...Id[]];
}

/** True when `id` is one of the vocabulary's ids (own entries only: "constructor" is not). */
export function isChoice<Id extends string>(vocabulary: Vocabulary<Id>, id: unknown): id is Id {
  return typeof id === 'string' && vocabulary.choices.some((choice) => choice.id === id);
}

/** The entry of `id`. @throws RangeError for an id that is not in the vocabulary (a bug: ids are checked on the way in). */
export function choiceOf<Id extends string>(vocabulary: Vocabulary<Id>, id: Id): Choice<Id> {
  const found = vocabulary.choices.find((choice) => choice.id === id);
  if (found === undefined) throw new RangeError(`no ${vocabulary.name} "${String(id)}"`);
  return found;
}

/** The label of `id`, or `id` itself when it is not in the vocabulary. */
export function labelOf(vocabulary: Vocabulary, id: string): string {
  return vocabulary.choices.find((choice) => choice.id === id)?.label ?? id;
}

function vocabulary<const Id extends string>(name: string, choices: readonly Choice<Id>[], defaultId: NoInfer<Id>): Vocabulary<Id> {
  return { name, choices, default: defaultId };
}

// ## The method's choices

export const DIRECTION = vocabulary('direction', [
  { id: 'higher', label: 'higher is better', formula: 'scores keep the sign of the value' },
  { id: 'lower', label: 'lower is better', formula: 'scores are oriented so that a lower value scores higher (−z, or 100 − s)' },
], 'higher');

export const NORMALISATION = vocabulary('normalisation', [
  { id: 'zscore', label: 'z-scores', formula: 'z = (x − mean) / s, s the sample standard deviation (n − 1): the distance from the mean in standard deviations' },
  { id: 'minmax', label: 'min–max', formula: '100 × (x − min) / (max − min): 0 for the worst area, 100 for the best' },
  { id: 'rank', label: 'percentile ranks', formula: '100 × (r − 1) / (n − 1), r the average rank: 0 for the worst area, 100 for the best' },
], 'zscore');

export const AGGREGATION = vocabulary('aggregation', [
  { id: 'mean', label: 'arithmetic mean', formula: 'S = Σ wᵢ sᵢ / Σ wᵢ over the indicators present; overall = Σ Wₖ Sₖ / Σ Wₖ' },
  {
    id: 'geometric',
    label: 'geometric mean',
    formula: 'each score shifted so its minimum is 1, then S = exp(Σ wᵢ ln sᵢ′ / Σ wᵢ): a weak stage is harder to make up for',
  },
], 'mean');

export const MISSING_RULE = vocabulary('missing-value rule', [
  { id: 'available', label: 'use the indicators an area has', formula: 'a stage is scored from the indicators present; an area with no value in a whole stage is unranked' },
  { id: 'exclude', label: 'rank only complete areas', formula: 'an area missing any indicator that the edition has is unranked' },
], 'available');

export const TIE_RULE = vocabulary('tie rule', [
  { id: 'code', label: 'ordered by area code', formula: 'equal scores are ordered by GSS code, so ranks run 1…N and the hotspot count is exact' },
  { id: 'shared', label: 'shared', formula: 'equal scores share the best rank of their group ("1, 2, 2, 4")' },
], 'code');

/**
 * What values an indicator can take. Every way a value comes in — a user's dataset, a what-if, a
 * query parameter — is checked against its indicator's domain (method/domain.ts), so that an
 * impossible value (a percentage of 150) is refused rather than scored.
 */
export const DOMAIN = vocabulary('domain', [
  { id: 'percentage', label: 'a percentage from 0 to 100', formula: '0 ≤ x ≤ 100' },
  { id: 'positive', label: 'a number greater than 0', formula: 'x > 0 (pay, prices and ratios of them)' },
  { id: 'non-negative', label: 'a number of at least 0', formula: 'x ≥ 0 (scores and counts)' },
  { id: 'real', label: 'any finite number', formula: 'x finite' },
], 'real');
export type Domain = (typeof DOMAIN.choices)[number]['id'];

/**
 * The domain an indicator has when its description does not name one, from its unit: "%" a
 * percentage, "£" and "ratio" positive, "points" non-negative, anything else any finite number.
 */
export function domainOfUnit(unit: string): Domain {
  switch (unit) {
    case '%':
      return 'percentage';
    case '£':
    case 'ratio':
      return 'positive';
    case 'points':
      return 'non-negative';
    default:
      return 'real';
  }
}

export type Direction = (typeof DIRECTION.choices)[number]['id'];
export type Normalisation = (typeof NORMALISATION.choices)[number]['id'];
export type Aggregation = (typeof AGGREGATION.choices)[number]['id'];
export type MissingRule = (typeof MISSING_RULE.choices)[number]['id'];
export type TieRule = (typeof TIE_RULE.choices)[number]['id'];

/** The share of ranked areas that are hotspots (and, separately, coldspots). */
/**
 * How large a method may be: the Commission's has 4 stages and 16 indicators. The bounds keep a
 * method file from costing minutes of work (20,000 indicators took 71 s) while leaving room for
 * any index of this shape.
 */
export const METHOD_LIMITS = { stages: 20, indicators: 200 } as const;

export const HOTSPOT_SHARE = { default: 0.2, min: 0, max: 0.5, formula: 'hotspots are ranks 1 … round(share × N), coldspots the last round(share × N)' } as const;

// ## Results

export const AREA_CLASS = vocabulary('class', [
  { id: 'hotspot', label: 'Hotspot', formula: 'among the best 20% of ranked areas (ranks 1 … round(0.2 N))' },
  { id: 'coldspot', label: 'Coldspot', formula: 'among the worst 20% of ranked areas' },
  { id: 'neither', label: 'Neither', formula: 'neither a hotspot nor a coldspot' },
], 'neither');
export type AreaClass = (typeof AREA_CLASS.choices)[number]['id'];

/** How close a value is to the Commission's own measure (../shared/data/EDITIONS.md). */
export interface LevelChoice extends Choice<string> {
  /** True when the value stands in for the Commission's measure. */
  readonly standIn: boolean;
  /** Plain-words badge for the value ("County value"). */
  readonly badge: string;
}

export const LEVEL = {
  name: 'level',
  default: 'exact',
  choices: [
    { id: 'exact', label: 'exact', badge: 'Exact', standIn: false, formula: "The Commission's measure, for this area." },
    {
      id: 'exact-county',
      label: 'exact, county value',
      badge: 'County value',
      standIn: true,
      formula: "The Commission's measure, published only for the county or unitary authority: every district of a county gets the county's value.",
    },
    {
      id: 'estimated',
      label: 'estimated',
      badge: 'Estimated',
      standIn: true,
      formula: "The county's value adjusted to the district by its all-pupil results relative to the county's (the small-area adjustment).",
    },
    {
      id: 'proxy',
      label: 'proxy',
      badge: 'Stand-in',
      standIn: true,
      formula: 'A related measure for this area (for example all pupils instead of pupils eligible for free school meals, or another year).',
    },
    {
      id: 'proxy-county',
      label: 'proxy, county value',
      badge: 'County stand-in',
      standIn: true,
      formula: "A related measure, published only for the county: every district of a county gets the county's value.",
    },
    {
      id: 'missing',
      label: 'missing',
      badge: 'No data',
      standIn: true,
      formula: 'No open source: the indicator is left out and its life stage is averaged over the indicators that remain.',
    },
    { id: 'supplied', label: 'supplied', badge: 'Supplied', standIn: false, formula: 'A value from a dataset supplied by the user.' },
  ],
} as const satisfies { name: string; default: string; choices: readonly LevelChoice[] };
export type Level = (typeof LEVEL.choices)[number]['id'];

/** The level's entry; an unknown id is shown as itself and treated as a stand-in. */
export function levelChoice(level: string): LevelChoice {
  return LEVEL.choices.find((entry) => entry.id === level) ?? { id: level, label: level, badge: level, formula: '', standIn: true };
}

// ## Analyses

/** What `smi uncertainty` can vary. */
export const ASSUMPTION = vocabulary('assumption', [
  {
    id: 'weights',
    label: 'weights',
    formula: 'stage weights ~ Dirichlet(C · default shares), and each stage’s indicator weights ~ Dirichlet(C · default shares)',
  },
  { id: 'normalisation', label: 'normalisation', formula: 'z-scores, min–max or percentile ranks, each with probability ⅓' },
  { id: 'aggregation', label: 'aggregation', formula: 'arithmetic or geometric mean, each with probability ½' },
  { id: 'sampling', label: 'sampling error', formula: 'each value published with a 95% interval drawn from N(value, ((upper − lower) / (2 × 1.96))²)' },
  {
    id: 'data',
    label: 'data',
    formula: 'each stand-in or county-wide indicator left out with probability omit (default 0.25), never a whole stage; the small-area adjustment on or off, each with probability ½',
  },
], 'weights');
export type Assumption = (typeof ASSUMPTION.choices)[number]['id'];

/**
 * The number of categories an assumption draws among, read from the vocabulary of the choice it
 * varies (3 normalisations, 2 aggregations); null for the continuous ones.
 */
export const ASSUMPTION_CATEGORIES = {
  weights: null,
  normalisation: NORMALISATION,
  aggregation: AGGREGATION,
  sampling: null,
  data: null,
} as const satisfies Readonly<Record<Assumption, Vocabulary | null>>;

/** A whole or real number parameter with its default and bounds (inclusive unless said). */
export interface NumberParameter {
  readonly default: number;
  readonly min: number;
  /** True when `min` itself is not allowed (a number greater than min). */
  readonly minExclusive?: boolean;
  readonly max: number;
  readonly integer: boolean;
  readonly description: string;
}

/**
 * The most work one uncertainty request may ask of the server: runs × areas × indicators, 10,000
 * runs of 324 areas × 16 indicators (about a second of one core). An edition or method with more
 * areas or indicators gets proportionally fewer runs ({@link serverRunsLimit}).
 */
export const SERVER_UNCERTAINTY_WORK = 10_000 * 324 * 16;

/** The most runs one request may ask for on `areas` × `indicators`: within SERVER_UNCERTAINTY_WORK and the server's ceiling. */
export function serverRunsLimit(areas: number, indicators: number): number {
  return Math.max(1, Math.min(UNCERTAINTY.serverRuns.max, Math.floor(SERVER_UNCERTAINTY_WORK / Math.max(1, areas * indicators))));
}

/** The Monte Carlo's settings: the defaults of the CLI, the API and the web page, and their bounds. */
/** The place search: how many results (`?limit=`, `smi search --limit`) and the longest text it reads. */
export const SEARCH = {
  limit: { default: 10, min: 1, max: 50, integer: true, description: 'how many results' } satisfies NumberParameter,
  maxLength: 100,
  /** Why a result was found, best first (src/report/placeSearch.ts ranks in this order). */
  matches: ['code', 'name', 'prefix', 'word', 'former', 'postcode', 'sector', 'outcode', 'contains', 'typo'],
  /** Why a postcode could not be placed (src/geo/postcodes.ts). */
  postcodeFailures: ['invalid', 'not-england', 'not-found'],
} as const;

export const UNCERTAINTY = {
  runs: { default: 1000, min: 1, max: 10_000_000, integer: true, description: 'number of Monte Carlo runs' },
  /** The server's and the web page's ceiling: 10,000 runs take about a second of one core. */
  serverRuns: { default: 1000, min: 1, max: 10_000, integer: true, description: 'number of Monte Carlo runs (at most 10,000 per request)' },
  seed: { default: 1, min: 0, max: Number.MAX_SAFE_INTEGER, integer: true, description: 'seed of the random number generator (same seed, same result)' },
  concentration: {
    default: 50,
    // Below 1 the Dirichlet puts almost all weight on one stage (and the gamma draws slow down and
    // underflow: 5e-324 gave shape 0); above a million the weights no longer vary.
    min: 1,
    max: 1_000_000,
    integer: false,
    description: 'Dirichlet concentration of the weights: larger keeps them closer to the method’s (50: a stage’s 25% varies with SD 6 points)',
  },
  omit: {
    default: 0.25,
    min: 0,
    max: 1,
    integer: false,
    description: 'probability that each stand-in or county-wide indicator is left out of a run (the data assumption)',
  },
} as const satisfies Record<string, NumberParameter>;

/** What-if targets other than a number. */
export const WHATIF_TARGET = vocabulary('target', [
  { id: 'median', label: 'England median', formula: 'the median over the ranked areas with a value' },
  { id: 'best-in-county', label: 'best in its county', formula: 'the best value among the areas of its county (on 2025 geography, of its former county)' },
  { id: 'best-in-region', label: 'best in its region', formula: 'the best value among the areas of its region' },
], 'median');
export type WhatIfTarget = (typeof WHATIF_TARGET.choices)[number]['id'];

/** What `neighbours` measures similarity on. */
export const NEIGHBOUR_BASIS = vocabulary('basis', [
  { id: 'indicators', label: 'indicators', formula: 'every indicator with data, z-scored over the ranked areas' },
  { id: 'context', label: 'context', formula: 'deprivation (IMD 2015), rurality, region and coast' },
], 'indicators');
export type NeighbourBasis = (typeof NEIGHBOUR_BASIS.choices)[number]['id'];

/** How `groups` groups areas. */
export const GROUP_BY = vocabulary('grouping', [
  { id: 'region', label: 'region', formula: 'the nine English regions' },
  { id: 'county', label: 'county', formula: 'two-tier counties (on 2025 geography, their former counties too)' },
  { id: 'rural-urban', label: 'rural-urban class', formula: 'the 2011 rural-urban classification, six classes' },
  { id: 'rural-urban-broad', label: 'rural-urban class (broad)', formula: 'the 2011 rural-urban classification, three classes' },
], 'region');
export type GroupBy = (typeof GROUP_BY.choices)[number]['id'];

/** The order of a sorted list: a rank column best first (ascending) or worst first; a name A to Z or Z to A. Unranked areas stay last. */
export const SORT_ORDER = vocabulary('order', [
  { id: 'ascending', label: 'ascending', formula: 'ranks best first (1st at the top), names A to Z' },
  { id: 'descending', label: 'descending', formula: 'ranks worst first, names Z to A; unranked areas stay last' },
], 'ascending');
export type SortOrder = (typeof SORT_ORDER.choices)[number]['id'];

/** Coastal or not, by the rule of src/analysis/areaContext.ts. */
export const COAST = vocabulary('coast', [
  { id: 'coastal', label: 'coastal', formula: 'more than 5 km of coast or open estuary (MHW exterior boundary), less the hand-checked river districts' },
  { id: 'inland', label: 'not coastal', formula: 'every other area' },
], 'coastal');
export type Coast = (typeof COAST.choices)[number]['id'];

/** The map's layouts. */
export const LAYOUT = vocabulary('layout', [
  { id: 'map', label: 'map', formula: 'ONS boundaries' },
  { id: 'hex', label: 'hexagons', formula: 'the ONS hex cartogram: one equal hexagon per area' },
], 'map');
export type Layout = (typeof LAYOUT.choices)[number]['id'];

// ## Parameters: the names a flag or a query parameter has, and their structured errors

/**
 * The method-choice parameters and the vocabulary each one takes: `--normalise zscore` on the
 * command line is `normalise=zscore` in the API and the web app's URL.
 */
export const METHOD_CHOICE_PARAMETERS = {
  normalise: NORMALISATION,
  aggregate: AGGREGATION,
  missing: MISSING_RULE,
} as const;

/** Every parameter whose value the pure layer parses, so that errors can name it. */
export type ParameterName = 'weights' | keyof typeof METHOD_CHOICE_PARAMETERS | 'set' | 'runs' | 'seed' | 'concentration' | 'omit' | 'vary' | 'k' | 'stage' | 'sort' | 'order' | 'coast' | 'areas' | 'q' | 'limit' | 'since';

/**
 * A bad value for a named parameter: `{ parameter, message }`. The message says what is wrong
 * without naming the parameter's syntax (`--weights` or `?weights=`): each entry point words it its
 * own way (the CLI as `--weights: …`, the API as `query parameter "weights": …`).
 */
export interface ParameterProblem {
  readonly parameter: ParameterName;
  readonly message: string;
}

/**
 * A problem as one sentence about `subject`, the parameter as the entry point names it
 * (`--runs`, `query parameter "runs"`): "--runs must be a whole number…", "--weights: the weight
 * of "school" must not be negative…".
 */
export function describeProblem(subject: string, problem: ParameterProblem): string {
  return /^must\b/.test(problem.message) ? `${subject} ${problem.message}` : `${subject}: ${problem.message}`;
}

/** "a", "a or b", "a, b or c". */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "a", "a and b", "a, b and c". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A decimal number as people write it: an optional sign, digits with an optional fraction (or a
 * fraction alone), and an optional exponent — "2", "-0.5", ".5", "1e3". Not "0x10", "Infinity",
 * "1_000" or an empty text. The one number syntax of every parameter and every user value.
 */
export const DECIMAL_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A whole number 0, 1, 2… written in digits only. */
export const WHOLE_NUMBER = /^\d+$/;
