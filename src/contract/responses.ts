/**
 * # The API's responses, as schemas
 *
 * One schema per response body of /api/v1. From these come: the types the views return (so a
 * view cannot produce a field the contract lacks, or miss one), the OpenAPI document's response
 * schemas, the web app's response types, and the contract test that validates every route's real
 * answer. Field names are camelCase everywhere; every body that holds data carries the same
 * `attribution` object. Descriptions here become the OpenAPI document's.
 */
import { z } from 'zod';
import { methodSchema } from '../method/schema.js';
import { AREA_CLASS, ASSUMPTION, GROUP_BY, LEVEL, NEIGHBOUR_BASIS, SEARCH, SORT_ORDER, WHATIF_TARGET, idsOf } from '../method/vocabulary.js';
import { attributionSchema, choice, decile, nullableInteger, nullableNumber, nullableString, rank } from './common.js';

const areaClass = choice(AREA_CLASS).nullable();
const level = z.enum(idsOf(LEVEL)).describe(`How close the value is to the Commission's measure: ${LEVEL.choices.map((entry) => `${entry.id} (${entry.formula})`).join(' ')}`);
const direction = z.enum(['higher', 'lower']).describe('Whether a higher or a lower value is better.');
const interval = z.object({ lower: z.number(), upper: z.number() }).describe('A published 95% confidence interval.');
const editionId = z.string().describe('The edition, e.g. open-2016.');

/** A county-wide value (src/report/indicatorWords.ts): the county whose value it is and how many of its districts share it. */
export const countyValueSchema = z
  .object({
    county: z.string(),
    sharedBy: z.number().int().min(2).describe('Districts of the county (this one included) with exactly this value.'),
    districts: z.number().int().describe('Districts of the county in the edition.'),
  })
  .nullable()
  .describe("Set when the value is the county's, shared by its districts (level exact-county or proxy-county in a two-tier county); null otherwise.");

/** On how many of its indicators a stage's score rests (src/report/indicatorWords.ts). */
const stageCoverageFields = {
  indicatorsUsed: z.number().int().describe('Indicators of the stage (weighted above 0) for which the area has a value.'),
  indicatorsTotal: z.number().int().describe('Indicators of the stage weighted above 0 in the method, with data or not.'),
  thin: z.boolean().describe('True when the stage score rests on fewer than half of its indicators: its rank says little.'),
};

/** Where equal scores put an area: ranks best…worst shared by 1 + others areas. */
export const tieRangeSchema = z.object({ best: z.number().int(), worst: z.number().int(), others: z.number().int().min(1) });

// ## Editions

export const editionInfoSchema = z.object({
  id: editionId,
  label: z.string(),
  description: z.string(),
  geography: z.string().describe('"2016 districts" or "2025 councils".'),
  areaCount: z.number().int(),
  rankedCount: z.number().int(),
  years: z.array(z.string()).describe('The data years its indicators use.'),
  levels: z.record(z.string(), z.number().int()).describe('How many indicators are at each level.'),
  attribution: attributionSchema,
});

export const editionsResponseSchema = z.object({
  default: editionId.describe('The edition used when none is named.'),
  editions: z.array(editionInfoSchema),
  attribution: attributionSchema,
});

// ## League table

/** A change in overall rank since a year of the series: the league table's `change` and the map's change measure. */
export const rankChangeSchema = z.object({
  since: z.number().int(),
  rank: rank.describe('The overall rank in that year.'),
  places: nullableInteger.describe('Places gained since then (positive: up; negative: down); null when either rank is missing.'),
});

export const leagueRowSchema = z.object({
  rank: rank.describe('Overall rank, or the stage\'s rank when the table is for one stage.'),
  code: z.string(),
  name: z.string(),
  region: z.string(),
  county: nullableString,
  ruralUrban: z.string(),
  score: nullableNumber.describe('Overall (or stage) score.'),
  decile,
  class: areaClass.describe('Overall class, whatever the stage.'),
  overallRank: rank,
  stages: z.record(z.string(), z.object({ rank, decile, score: nullableNumber, ...stageCoverageFields })),
  unrankedReason: nullableString,
  change: rankChangeSchema.nullable().describe('With `since`: the change in overall rank since that year of the series; null otherwise. Ranks are relative: an area can fall while its values improve.'),
});

export const leagueTableResponseSchema = z.object({
  edition: editionId,
  stage: nullableString.describe('The stage the table ranks on; null for the overall index.'),
  sort: z.string(),
  order: z.enum(idsOf(SORT_ORDER)).describe('ascending: ranks best first, names A to Z; descending: the reverse, unranked areas still last.'),
  rankedCount: z.number().int().describe('The number of ranked areas: the "of" in "318th of 324".'),
  total: z.number().int().describe('The number of areas in the edition (before filters).'),
  rows: z.array(leagueRowSchema),
  leftOut: z
    .array(z.object({ indicator: z.string(), label: z.string(), reason: z.string().describe('"no area has a value", or "no spread: every area with a value has 50".') }))
    .describe('Indicators of the method left out of every stage, and why.'),
  method: methodSchema.nullable().describe('The method in force when method choices were given; null for the edition\'s own.'),
  attribution: attributionSchema,
});

// ## Area profile

export const profileStageSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: nullableNumber,
  rank,
  tie: tieRangeSchema.nullable(),
  decile,
  decilePhrase: nullableString.describe('"worst 10–20%".'),
  ...stageCoverageFields,
});

const editionLabel = z.string().describe("What the values measure in this edition, a stand-in named as such (\"All pupils not in a sustained destination after KS4 — stand-in for FSM pupils\"); the method's wording is `definition`.");

export const profileIndicatorSchema = z.object({
  id: z.string(),
  number: nullableInteger,
  label: editionLabel,
  definition: z.string().describe("The method's own wording of the indicator."),
  stage: z.string(),
  unit: z.string(),
  direction,
  value: nullableNumber,
  median: nullableNumber.describe('Median of the value over the ranked areas that have one.'),
  rank: rank.describe('The one indicator rank: among the ranked areas with a value, 1 = best by the direction; equal values share the best rank.'),
  rankOf: nullableInteger.describe('The number of ranked areas with a value.'),
  tie: tieRangeSchema.nullable().describe('The ranks shared with areas of exactly the same value; null when none.'),
  score: nullableNumber.describe('The normalised, direction-oriented score.'),
  level,
  year: nullableString,
  source: nullableString.describe('Id of the source file (see …/sources).'),
  measure: nullableString,
  carriedFromYear: nullableString.describe('Set when the value comes from another year than the edition\'s.'),
  seriesBreak: nullableString.describe('A break in the source\'s series that makes this value not comparable with other years (the series open-series), else null.'),
  note: nullableString,
  interval: interval.nullable(),
  countyValue: countyValueSchema,
});

export const indicatorStandingSchema = z.object({
  id: z.string(),
  label: z.string(),
  rank: z.number().int().describe('The indicator rank (shared with `tied` areas).'),
  rankOf: z.number().int(),
  tied: z.boolean(),
  countyValue: countyValueSchema,
});

export const peerSchema = z.object({ code: z.string(), name: z.string(), rank, class: areaClass });

export const peersSchema = z.object({
  countyName: nullableString.describe('The county (or former county) the peers share.'),
  county: z.array(peerSchema),
  region: z.array(peerSchema),
});

export const areaProfileSchema = z.object({
  edition: editionId,
  code: z.string(),
  name: z.string(),
  type: z.string(),
  region: z.string(),
  county: nullableString,
  ruralUrban: z.string(),
  successor: z.object({ code: z.string(), name: z.string() }).nullable().describe('The April 2025 council the area is part of, when that is a different code.'),
  predecessorCodes: z.array(z.string()),
  headline: z.string(),
  ranked: z.boolean(),
  unrankedReason: nullableString,
  rankedCount: z.number().int(),
  overall: z.object({ score: nullableNumber, rank, tie: tieRangeSchema.nullable(), decile, decilePhrase: nullableString, class: areaClass }),
  stages: z.array(profileStageSchema),
  indicators: z.array(profileIndicatorSchema),
  strongest: z.array(indicatorStandingSchema).describe('The (up to) three indicators on which the area ranks best, relative to the number ranked.'),
  weakest: z.array(indicatorStandingSchema),
});

/** An area's 90% rank interval and chances from the edition's default uncertainty run (src/report/areaInterval.ts). */
export const rankIntervalSchema = z
  .object({
    runs: z.number().int(),
    vary: z.array(choice(ASSUMPTION)),
    p05: z.number().describe('The 5th percentile rank over the runs (can be a fraction).'),
    p95: z.number().describe('The 95th percentile rank over the runs (can be a fraction).'),
    best: z.number().int().describe('The 90% interval\'s better end as a whole rank (p05 rounded down).'),
    worst: z.number().int().describe('The 90% interval\'s worse end as a whole rank (p95 rounded up).'),
    medianRank: z.number().int().describe('The median rank, to the nearest whole rank.'),
    pHotspot: z.number().describe('Share of runs in which the area is a hotspot.'),
    pColdspot: z.number().describe('Share of runs in which the area is a coldspot.'),
    sentence: z.string().describe('"In 90% of 1,000 runs Carlisle ranks between 203rd and 324th. It is a coldspot in 87% of the runs and a hotspot in 0%."'),
  })
  .nullable()
  .describe("How sure the rank is: the area's row of the edition's default uncertainty run (1,000 runs, every assumption varied, the data included; computed once per edition). Null for an unranked area, and from `smi area` without --interval.");

export const areaResponseSchema = areaProfileSchema.extend({
  context: peersSchema.describe('The other areas of its county (or former county) and region, best first.'),
  rankInterval: rankIntervalSchema,
  method: methodSchema.nullable().describe('The method in force when method choices were given (every rank of the profile is under it); null for the edition\'s own.'),
  attribution: attributionSchema,
});

// ## Trend: one council over the years of the series open-series

export const trendIndicatorPointSchema = profileIndicatorSchema.pick({ id: true, number: true, label: true, unit: true, value: true, median: true, rank: true, rankOf: true, level: true, year: true, carriedFromYear: true, seriesBreak: true });

export const trendYearSchema = z.object({
  year: z.number().int().describe('The year of the series.'),
  edition: editionId.describe('The edition of that year, open-series@<year>.'),
  rankedCount: z.number().int(),
  overall: z.object({ rank, class: areaClass, decile }),
  stages: z.array(z.object({ id: z.string(), label: z.string(), rank, decile })),
  indicators: z.array(trendIndicatorPointSchema),
});

export const trendResponseSchema = z.object({
  code: z.string().describe('The council of April 2025 whose series this is.'),
  name: z.string(),
  resolvedFrom: z.object({ code: z.string(), name: z.string() }).nullable().describe('The 2016 district asked for, when it resolved to the council it is now part of; else null.'),
  resolution: nullableString.describe('The sentence saying which council a 2016 district resolved to, or null.'),
  years: z.array(trendYearSchema).describe('One entry per year of the series, oldest first. Ranks are relative to the other councils that year.'),
  attribution: attributionSchema,
});

// ## Movers: who moved most between two years of the series

const seriesYear = z.number().int().describe('A year of the series open-series.');

export const moverSchema = z.object({
  code: z.string(),
  name: z.string(),
  fromRank: rank,
  toRank: rank,
  change: nullableInteger.describe('fromRank − toRank: positive = moved up (better); null when unranked in either year.'),
  scoreChange: nullableNumber.describe('The overall score\'s change, later − earlier (scores are relative to each year\'s councils).'),
  stages: z.array(z.object({ id: z.string(), label: z.string(), fromRank: rank, toRank: rank, change: nullableInteger })).describe('The (up to) three life stages whose ranks moved most, largest first.'),
  indicators: z
    .array(z.object({ id: z.string(), label: z.string(), contributionChange: z.number().describe("The change of the indicator's part of the overall score: positive raised it.") }))
    .describe('The (up to) three indicators whose parts of the overall score changed most, largest first: the contributions sum to the score, so their changes sum to its change.'),
});

export const moversResponseSchema = z.object({
  from: seriesYear,
  to: seriesYear,
  rankedCount: z.number().int(),
  areas: z.array(moverSchema).describe('Every council, largest move (up or down) first; ties by code.'),
  attribution: attributionSchema,
});

// ## Groups, indicators, sources, export

export const groupRowSchema = z.object({
  group: z.string(),
  areas: z.number().int(),
  ranked: z.number().int(),
  hotspots: z.number().int(),
  coldspots: z.number().int(),
  lowerHalfShare: nullableNumber.describe('Share of the group\'s ranked areas ranked below the middle (rank > N/2), 0–1.'),
  meanRank: nullableNumber,
  medianRank: nullableNumber,
});

export const groupsResponseSchema = z.object({
  edition: editionId,
  by: choice(GROUP_BY),
  rankedCount: z.number().int(),
  groups: z.array(groupRowSchema),
  ungrouped: z.number().int().describe('Areas outside every group (for county: unitary, metropolitan and London areas).'),
  attribution: attributionSchema,
});

export const catalogueIndicatorSchema = z.object({
  number: nullableInteger,
  id: z.string(),
  label: editionLabel,
  definition: z.string().describe("The method's own wording of the indicator."),
  description: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  direction,
  unit: z.string(),
  weight: z.number(),
  level,
  year: z.string(),
  source: nullableString,
  publisher: nullableString,
  licence: nullableString,
  measure: z.string(),
  note: z.string(),
  coverage: z.number().int().describe('Number of areas with a value.'),
});

export const indicatorsResponseSchema = z.object({
  edition: editionId,
  areas: z.number().int(),
  indicators: z.array(catalogueIndicatorSchema),
  attribution: attributionSchema,
});

export const sourceFileSchema = z.object({
  id: z.string(),
  path: z.string().describe('Path under the data directory.'),
  title: z.string(),
  publisher: z.string(),
  url: z.string(),
  licence: z.string(),
  attribution: z.string(),
  sha256: z.string(),
});

export const sourcesResponseSchema = z.object({
  edition: editionId,
  sources: z.array(sourceFileSchema),
  attribution: attributionSchema,
});

/** An area's place in the geography (src/edition/types.ts AreaGeography): no values, so it is public whatever is ranked on it. */
export const areaGeographySchema = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string().describe('Unitary authority, Non-metropolitan district, Metropolitan district or London borough.'),
  regionCode: z.string(),
  region: z.string(),
  countyCode: nullableString,
  county: nullableString.describe('Upper-tier county of a district in a two-tier area; null where the area is its own upper tier.'),
  ruralUrban: z.string(),
  ruralUrbanBroad: z.string(),
  successorCode: z.string().describe('The April 2025 council this area is (or is part of).'),
  successorName: z.string(),
  predecessorCodes: z.array(z.string()).describe('For a 2025 council formed by merging 2016 districts: their codes.'),
  formerCounty: z.string().optional().describe('For a 2025 unitary council made of districts of one abolished county: its name.'),
  note: z.string().optional(),
});

export const geographyResponseSchema = z.object({
  edition: editionId,
  geography: z.enum(['2016', '2025']).describe('The year of the areas: the districts of 2016 or the councils of April 2025.'),
  areas: z.array(areaGeographySchema),
});

export const exportedAreaSchema = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  county: nullableString,
  formerCounty: nullableString.describe('On 2025 geography, the abolished county a council was carved from (e.g. Cumbria).'),
  values: z.record(z.string(), nullableNumber),
  scores: z.record(z.string(), nullableNumber).describe('The normalised, direction-oriented indicator scores.'),
  ranks: z.record(z.string(), nullableInteger).describe('Each indicator\'s rank among the ranked areas with a value (equal values share the best rank).'),
  tiedWith: z.record(z.string(), nullableInteger).describe('How many other areas share that rank.'),
  stages: z.record(z.string(), z.object({ score: nullableNumber, rank, decile, thin: stageCoverageFields.thin })),
  overall: z.object({ score: nullableNumber, rank, decile, class: areaClass }),
  levels: z.record(z.string(), level),
  intervals: z.record(z.string(), interval),
  unadjusted: z.record(z.string(), z.number()).describe('For each value the small-area adjustment estimated, the county value it replaced (what the uncertainty analysis switches back to).'),
  unrankedReason: nullableString,
});

export const exportResponseSchema = z.object({
  edition: editionId,
  method: methodSchema,
  rankedCount: z.number().int(),
  medians: z.record(z.string(), nullableNumber).describe("Each indicator's England median: the median value of the ranked areas with a value, as the area profile gives it."),
  labels: z.record(z.string(), z.string()).describe("Each indicator's label in this edition (a stand-in named as such); the method's wording is in `method`."),
  attribution: attributionSchema,
  areas: z.array(exportedAreaSchema),
});

// ## Every value, tidy

export const tidyRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  period: z.string().describe('The year the index is of (the edition\'s period).'),
  indicator: z.string().describe('"overall", a stage id or an indicator id.'),
  label: z.string(),
  value: nullableNumber.describe('The score (overall, stages) or the indicator\'s value in `unit`.'),
  unit: z.string().describe('"score" for the overall index and the stages; the indicator\'s unit otherwise.'),
  level: z.string().describe('How close the value is to the Commission\'s measure (indicators); "" for the computed index and stages.'),
  year: z.string().describe('The year of the value; the period for the index and stages.'),
  carriedFromYear: nullableString.describe('Set when the value is carried from another year.'),
  rank,
  rankOf: nullableInteger,
  shared: z.boolean().describe('True when the rank is shared with another area (a tie).'),
  englandMedian: nullableNumber.describe('The England median of the indicator (ranked areas with a value); null for the index and stages.'),
});

export const valuesResponseSchema = z
  .object({
    edition: editionId,
    period: z.string(),
    rows: z.array(tidyRowSchema),
    method: methodSchema.nullable().describe('The method in force when method choices were given; null for the edition\'s own.'),
    attribution: attributionSchema,
  })
  .describe('Every value as a tidy long table: one row per area, period and indicator (the overall index and the stages first), as ONS\'s local statistics lay them out.');

// ## Analysis

export const driverSchema = z.object({
  indicator: z.string(),
  number: nullableInteger,
  label: editionLabel,
  countyValue: countyValueSchema,
  stage: z.string(),
  stageLabel: z.string(),
  unit: z.string(),
  direction,
  value: z.number(),
  median: nullableNumber.describe('England median of the value (ranked areas with a value).'),
  rank: rank.describe('The one indicator rank (as the profile shows it).'),
  rankOf: nullableInteger,
  tiedWith: nullableInteger.describe('How many other areas share the rank.'),
  position: nullableString.describe('"12th worst", "joint 3rd best": the rank counted from the nearer end.'),
  contribution: z.number(),
  gap: z.number().describe('Contribution minus the median area\'s.'),
  rankAtMedian: rank.describe('Overall rank if this value were the England median, everything else unchanged.'),
  places: nullableInteger.describe('rankAtMedian − rank: negative = the indicator costs that many places.'),
  sentence: z.string(),
});

export const stageExplanationSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: nullableNumber,
  rank,
  contribution: z.number(),
  gap: z.number(),
});

export const explainResponseSchema = z.object({
  code: z.string(),
  name: z.string(),
  overall: z.object({ score: z.number(), rank: z.number().int(), class: areaClass }),
  medianScore: z.number(),
  contributions: z.record(z.string(), z.number()).describe('Per indicator; they sum to overall.score (to its log under geometric aggregation).'),
  rankedCount: z.number().int(),
  scale: z.enum(['score', 'log']).describe('"log" under geometric aggregation: contributions sum to ln score.'),
  unused: z.array(z.string()).describe('Indicators without a contribution: no value, absent from the edition, or weight 0.'),
  gap: z.number().describe('score − median score (log scale under geometric aggregation).'),
  medianAreas: z.array(z.object({ code: z.string(), name: z.string(), score: z.number(), rank: z.number().int() })),
  gapContributions: z.record(z.string(), z.number()),
  stages: z.array(stageExplanationSchema),
  drivers: z.array(driverSchema).describe('Every indicator with a contribution, those that cost most places first.'),
  attribution: attributionSchema,
});

const snapshotSchema = z.object({
  overall: z.object({ score: nullableNumber, rank, class: areaClass }),
  stages: z.record(z.string(), z.object({ score: nullableNumber, rank })),
});

export const whatIfResponseSchema = z.object({
  code: z.string(),
  name: z.string(),
  rankedCount: z.object({ before: z.number().int(), after: z.number().int() }),
  changes: z.record(
    z.string(),
    z.object({ from: nullableNumber, to: z.number(), how: z.enum(['value', ...idsOf(WHATIF_TARGET)]).describe('How the new value was chosen.') }),
  ),
  warnings: z.array(z.string()).describe('A sentence for each new value beyond every value of the ranked areas ("higher than any area in England"): the result extrapolates.'),
  before: snapshotSchema,
  after: snapshotSchema,
  attribution: attributionSchema,
});

export const neighboursResponseSchema = z.object({
  code: z.string(),
  name: z.string(),
  on: choice(NEIGHBOUR_BASIS),
  dimensions: z.array(z.string()).describe('The dimensions used, in order.'),
  neighbours: z.array(z.object({ code: z.string(), name: z.string(), distance: z.number() })),
  attribution: attributionSchema,
});

const groupShareSchema = z.object({
  group: z.string(),
  ranked: z.number().int(),
  hotspots: z.number().int(),
  hotspotShare: z.number(),
  coldspots: z.number().int(),
  coldspotShare: z.number(),
  lowerHalfShare: z.number(),
});

const patternAreaSchema = z.object({ code: z.string(), name: z.string(), region: z.string(), rank: z.number().int(), class: areaClass, imd2015Score: nullableNumber });

export const patternsResponseSchema = z.object({
  edition: editionId,
  rankedCount: z.number().int(),
  measures: z.array(z.object({ id: z.string(), label: z.string() })),
  correlations: z.array(
    z.object({
      target: z.string().describe('"overall" or a stage id.'),
      label: z.string(),
      rho: z.record(z.string(), z.object({ rho: nullableNumber, n: z.number().int() })).describe('Deprivation measure id → Spearman\'s ρ and the number of pairs.'),
    }),
  ),
  thirds: z.object({ size: z.number().int(), leastDeprivedMaxImd2015: nullableNumber, mostDeprivedMinImd2015: nullableNumber }),
  affluentColdspots: z.array(patternAreaSchema),
  deprivedHotspots: z.array(patternAreaSchema),
  named: z.array(
    z.object({ code: z.string(), name: z.string(), rank, class: areaClass, inLeastDeprivedThird: z.boolean(), affluentColdspot: z.boolean() }),
  ).describe('The Commission\'s named affluent coldspots (Cotswold, West Berkshire), where the edition has them.'),
  byRegion: z.array(groupShareSchema),
  byRuralUrban: z.array(groupShareSchema),
  byCoastal: z.array(groupShareSchema),
  withoutContext: z.array(z.string()),
  coastalRule: z.object({ thresholdKm: z.number(), notCoastal: z.record(z.string(), z.string()) }),
  attribution: attributionSchema,
});

export const shiftRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  defaultRank: rank,
  rank,
  move: nullableInteger.describe('defaultRank − rank: positive = up.'),
  defaultClass: areaClass,
  class: areaClass,
});

export const shiftResponseSchema = z.object({
  edition: editionId,
  defaultMethod: z.string(),
  method: z.string(),
  changes: z.string().describe('The method choices, as query parameters.'),
  rankedCount: z.object({ default: z.number().int(), new: z.number().int() }),
  moved: z.number().int(),
  meanAbsMove: nullableNumber,
  maxAbsMove: nullableInteger,
  classChanges: z.number().int(),
  spearman: nullableNumber,
  areas: z.array(shiftRowSchema),
  attribution: attributionSchema,
});

const share = nullableNumber;

export const uncertaintyAreaSchema = z.object({
  code: z.string(),
  name: z.string(),
  rank: rank.describe('The point rank under the method as given.'),
  medianRank: nullableNumber,
  p05: nullableNumber.describe('5th percentile of the rank over the runs.'),
  p95: nullableNumber.describe('95th percentile of the rank over the runs.'),
  pHotspot: nullableNumber,
  pColdspot: nullableNumber,
});

export const uncertaintyResponseSchema = z.object({
  edition: editionId,
  method: z.string(),
  runs: z.number().int(),
  seed: z.number().int(),
  concentration: z.number(),
  vary: z.array(choice(ASSUMPTION)),
  rankedCount: z.number().int(),
  hotspotCount: z.number().int(),
  areas: z.array(uncertaintyAreaSchema),
  sensitivity: z.record(z.string(), share).describe('Per varied assumption, the mean over areas of the first-order share of rank variance.'),
  sensitivityPooled: z.record(z.string(), share).describe('Per varied assumption, the variance-weighted share.'),
  areasWithVariation: z.number().int(),
  sampledIndicators: z.array(z.string()),
  sampledValues: z.number().int(),
  omit: z.number().describe('The probability that the data assumption leaves out each stand-in or county-wide indicator in a run.'),
  dataIndicators: z.array(z.string()).describe('The stand-in or county-wide indicators the data assumption leaves out (empty unless data varies).'),
  unadjustedValues: z.number().int().describe('Values of the small-area adjustment that the data assumption switches back to their county value in about half the runs.'),
  attribution: attributionSchema,
});

// ## Geometry

export const geometryResponseSchema = z
  .object({
    type: z.literal('Topology'),
    objects: z.object({ areas: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(z.looseObject({ properties: z.object({ code: z.string(), name: z.string() }) })) }) }),
    arcs: z.array(z.array(z.array(z.number()))),
    transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }).optional(),
    bbox: z.array(z.number()).optional(),
    source: z.string().describe('The boundary file, under the data directory.'),
    attribution: attributionSchema,
  })
  .describe('TopoJSON with one object, areas: one shape per area (properties.code, properties.name).');

export const measureSchema = z.object({
  id: z.string().describe('"overall", "change" (with `since`), a stage id or an indicator id: the `measure` parameter.'),
  kind: z.enum(['overall', 'change', 'stage', 'indicator']).describe('change: places gained or lost in overall rank since `since`, a year of the series (only with `since`).'),
  label: z.string(),
  unit: nullableString,
  direction: direction.nullable(),
  number: z.number().int().nullable(),
});

export const mapResponseSchema = z
  .object({
    edition: editionId,
    method: z.object({ id: z.string(), stages: z.array(z.object({ id: z.string(), label: z.string() })), indicators: z.array(z.object({ id: z.string(), label: z.string() })) }),
    measures: z.array(measureSchema).describe('What can be mapped: overall, each stage, each indicator with a value somewhere.'),
    measure: z.string().describe('The measure mapped.'),
    rankedCount: z.number().int(),
    areas: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        rank: nullableInteger.describe('The rank on the measure.'),
        of: z.number().int().describe('How many areas are ranked on the measure.'),
        shared: z.boolean().describe('Other areas share the rank (equal values or scores).'),
        decile: nullableInteger,
        value: nullableNumber.describe('The raw value, for an indicator.'),
        class: areaClass,
        change: rankChangeSchema.nullable().describe('With `since`: the change in overall rank since that year of the series, as the league table\'s `change` (the same function); null otherwise. Ranks are relative: an area can fall while its values improve.'),
      }),
    ),
    coastal: z.array(z.string()).describe('The codes of the coastal areas (more than 5 km of coast or open estuary, less the hand-checked river districts), for the coast filter.'),
    attribution: attributionSchema,
  })
  .describe('What the map and its table draw for one measure: each area’s rank, decile and value on it, its overall class and, with `since`, its change in overall rank since that year.');

export const pathsResponseSchema = z
  .object({
    width: z.number().describe('Width of the map in SVG units (the viewBox is 0 0 width height).'),
    height: z.number(),
    shapes: z.array(z.object({ code: z.string(), name: z.string(), d: z.string().describe('SVG path data, projected (Mercator fitted to the width).') })),
    source: z.string().describe('The boundary file, under the data directory.'),
    attribution: attributionSchema,
  })
  .describe('The map projected once on the server: one SVG path per area, ready to draw.');

// ## Place search

export const searchResultSchema = z.object({
  code: z.string(),
  name: z.string(),
  match: z.enum(SEARCH.matches).describe('Why it was found, best first: code, name (exact), prefix (the name starts with the text), word (a word of it does), former (a former name: a 2016 district, or a council of today), postcode, outcode (a postcode district), contains, typo.'),
  reason: z.string().describe('The reason in words: "name", "former district", "postcode", "postcode district", "code" or "typo".'),
  sentence: nullableString.describe('A sentence where the reason needs one: "Carlisle was a district of 2016; it is now part of Cumberland.", "CA1 1RD is in Carlisle.", "Did you mean Hastings?".'),
  share: nullableNumber.describe('For a postcode or outward code: the share of its postcodes in this area (1 when placed exactly; null where not counted).'),
  rank,
  rankedCount: z.number().int(),
  class: areaClass,
});

export const searchResponseSchema = z.object({
  edition: editionId,
  query: z.string().describe('The text searched for, trimmed.'),
  results: z.array(searchResultSchema).describe('Best first, at most `limit`.'),
  postcode: z
    .object({
      query: z.string().describe('The postcode, postcode sector or outward code in its normal form ("CA1 1RD", "CA1 1", "CA1"), or the text as given when it is not one.'),
      kind: z.enum(['postcode', 'sector', 'outcode', 'failed']),
      reason: z.enum(SEARCH.postcodeFailures).nullable().describe('Why it could not be placed: invalid (not a postcode), not-england, not-found (not in the August 2024 lookup); null when placed.'),
      message: nullableString.describe('Why it could not be placed, or which part of it the index does not rank (City of London, Isles of Scilly) or lies outside England; null otherwise.'),
      attribution: z.string().describe('The credit the postcode lookup requires (ONS NSPL and ONSPD, OS and Royal Mail): show it beside the result.'),
    })
    .nullable()
    .describe('Set when the text has the shape of a postcode, a postcode sector or an outward code; null otherwise.'),
  attribution: attributionSchema,
});

export type EditionsResponse = z.infer<typeof editionsResponseSchema>;
export type EditionInfo = z.infer<typeof editionInfoSchema>;
export type LeagueRow = z.infer<typeof leagueRowSchema>;
export type LeagueTableResponse = z.infer<typeof leagueTableResponseSchema>;
export type TieRange = z.infer<typeof tieRangeSchema>;
export type ProfileStage = z.infer<typeof profileStageSchema>;
export type ProfileIndicator = z.infer<typeof profileIndicatorSchema>;
export type IndicatorStanding = z.infer<typeof indicatorStandingSchema>;
export type Peer = z.infer<typeof peerSchema>;
export type Peers = z.infer<typeof peersSchema>;
export type AreaProfile = z.infer<typeof areaProfileSchema>;
export type TidyRow = z.infer<typeof tidyRowSchema>;
export type ValuesResponse = z.infer<typeof valuesResponseSchema>;
export type AreaResponse = z.infer<typeof areaResponseSchema>;
export type TrendResponse = z.infer<typeof trendResponseSchema>;
export type MoversResponse = z.infer<typeof moversResponseSchema>;
export type TrendYearResponse = z.infer<typeof trendYearSchema>;
export type GroupRow = z.infer<typeof groupRowSchema>;
export type GroupsResponse = z.infer<typeof groupsResponseSchema>;
export type CatalogueIndicator = z.infer<typeof catalogueIndicatorSchema>;
export type IndicatorsResponse = z.infer<typeof indicatorsResponseSchema>;
export type SourcesResponse = z.infer<typeof sourcesResponseSchema>;
export type ExportedArea = z.infer<typeof exportedAreaSchema>;
export type GeographyResponse = z.infer<typeof geographyResponseSchema>;
export type ExportResponse = z.infer<typeof exportResponseSchema>;
export type Driver = z.infer<typeof driverSchema>;
export type StageExplanation = z.infer<typeof stageExplanationSchema>;
export type ExplainResponse = z.infer<typeof explainResponseSchema>;
export type WhatIfResponse = z.infer<typeof whatIfResponseSchema>;
export type NeighboursResponse = z.infer<typeof neighboursResponseSchema>;
export type PatternsResponse = z.infer<typeof patternsResponseSchema>;
export type ShiftRow = z.infer<typeof shiftRowSchema>;
export type ShiftResponse = z.infer<typeof shiftResponseSchema>;
export type UncertaintyArea = z.infer<typeof uncertaintyAreaSchema>;
export type UncertaintyResponse = z.infer<typeof uncertaintyResponseSchema>;
export type RankIntervalResponse = z.infer<typeof rankIntervalSchema>;
export type GeometryResponse = z.infer<typeof geometryResponseSchema>;
export type PathsResponse = z.infer<typeof pathsResponseSchema>;
export type MapResponse = z.infer<typeof mapResponseSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type AreaClass = NonNullable<z.infer<typeof areaClass>>;
