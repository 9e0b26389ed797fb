/**
 * Editions as data: an edition is a geography, a year and a list of indicator specifications,
 * run by the one builder (./build.ts). Each specification says where an indicator's values come
 * from (source and measure), which year of the source year Y takes, what happens where a year or
 * an area is missing, its level, note and label — and carries the contract's own wording
 * (../shared/data/EDITIONS.md) so that a test renders the specifications as the contract's tables
 * and compares them with the file.
 */
import type { Level } from '../../edition/types.js';

/** Where the values come from. */
export type SourceSpec =
  /** A LAIT measure (`Short Desc`) of the upper-tier authority; `what` describes it for the note. */
  | { kind: 'lait'; sourceIds: readonly ['lait']; measure: string; what: string }
  /** KS4 destinations: all_notsust / cohort. */
  | { kind: 'ks4'; sourceIds: readonly ['ks4-destinations'] }
  /** An "Explore local statistics" file on current codes, period of year Y. */
  | { kind: 'els'; sourceIds: readonly ['els-weekly-pay' | 'els-affordability']; measure: string; intervals: boolean }
  /** Weekly pay April 2016: the ELS series, and for districts it lacks ASHE table 8 (2017) back-cast. */
  | { kind: 'weekly-pay-2016'; sourceIds: readonly ['els-weekly-pay', 'ons-ashe-table8-2017'] }
  /** The 2018 edition of the affordability ratio, sheet 5c. */
  | { kind: 'affordability-2018'; sourceIds: readonly ['ons-affordability-2018'] }
  /** LWF table 7 (2022), % of jobs below the Living Wage Foundation rate. */
  | { kind: 'living-wage'; sourceIds: readonly ['ons-lwf-2022'] }
  /** SOC 1–2 share: Census 2011 KS608EW or Census 2021 TS063 (by the year rule). */
  | { kind: 'occupation'; sourceIds: readonly ['census-2011-ks608ew', 'census-2021-ts063'] }
  /** Owned ÷ all households: Census 2011 QS405EW or Census 2021 TS054 (by the year rule). */
  | { kind: 'tenure'; sourceIds: readonly ['census-2011-qs405ew', 'census-2021-ts054'] }
  /** DfE widening participation: FSM entry to a high-tariff provider by 19, one cohort. */
  | { kind: 'selective-he'; sourceIds: readonly ['dfe-wp-selective-he'] }
  /** No open source. */
  | { kind: 'missing'; sourceIds: readonly [] };

/** Which year of the source year Y of an edition takes. */
export type YearRule =
  /** Year Y of the source; a year the source has no data for is carried from the latest earlier year that has. */
  | { kind: 'year' }
  /**
   * One year of the source in every year Y: `carried` flags it as carried from that year when Y is
   * another (a series); otherwise the level says it is a proxy in time (open-2016's 2022 table).
   */
  | { kind: 'fixed'; year: string; carried: boolean }
  /** Census 2011 for Y up to 2020, Census 2021 from 2021 (the source's two files). */
  | { kind: 'census' };

/**
 * What happens where an area has no row of its own (the builder's rules, named here so that a
 * reader of the specification knows which applies).
 */
export type AreaRule =
  /** The upper-tier authority's value (LAIT): a council that did not exist takes its predecessor authority's. */
  | 'upper-tier'
  /** The upper tier, or the county a council was carved from (one-cohort DfE files of 2021). */
  | 'upper-tier-or-former-county'
  /** Counts summed over the districts that form the area, as coded in the source's year. */
  | 'sum-districts'
  /** The row under the area's code, else its former code (a recoded council). */
  | 'own-or-former-code'
  /** A district merged by 2022 takes its 2022 council's row. */
  | 'successor-2022'
  /** A council created in 2023 whose area is exactly a 2022 county takes that county's row. */
  | 'county-2022'
  /** The ELS series; a district it lacks (merged since 2019) back-cast from ASHE table 8 of 2017. */
  | 'back-cast-2017';

/** What a value suppressed in its year becomes. */
export type SuppressedRule =
  | 'missing'
  /** The median of the values published for the two years either side, flagged as carried. */
  | 'median-either-side';

/** A series break: the years whose values it affects and what a reader must know. */
export interface SeriesBreak {
  from: number;
  to?: number;
  text: string;
}

/** The contract's row of the `open-2016` table, word for word. */
export interface Contract2016Row {
  source: string;
  measure: string;
  year: string;
  level: string;
}

/** The contract's row of the `open-series` table, word for word (one row may cover two indicators). */
export interface ContractSeriesRow {
  numbers: string;
  source: string;
  year: string;
  level: string;
  breaks: string;
}

export interface IndicatorSpec {
  /** Indicator number 1–16 of the SMI 2017 method. */
  number: number;
  source: SourceSpec;
  year: YearRule;
  area: AreaRule | null;
  suppressed: SuppressedRule;
  level: Level;
  /** A different level from a year on (Census 2021 is exact where Census 2011 was a proxy in time). */
  levelFrom?: { year: number; level: Level };
  /** The note of the indicator (what it measures, how areas are found). */
  note: string;
  /** What the values measure where it is a stand-in (IndicatorSourceSummary.label). */
  label?: string;
  breaks?: readonly SeriesBreak[];
  /** The contract's wording for this indicator (absent where the contract's table has no row). */
  contract?: Contract2016Row | ContractSeriesRow;
}

/** An edition's definition: its geography, and its specifications. */
export interface EditionDefinition {
  /** The geography of the areas: the 324 districts of 2016 or the 294 councils of 2025. */
  geography: '2016' | '2025';
  /** One specification per indicator 1–16, in number order. */
  specs: readonly IndicatorSpec[];
}

/** The level of a specification in year Y. */
export function levelIn(spec: IndicatorSpec, year: number): Level {
  return spec.levelFrom !== undefined && year >= spec.levelFrom.year ? spec.levelFrom.level : spec.level;
}

/** The series breaks of a specification that affect year Y, joined as one sentence. */
export function breakIn(spec: IndicatorSpec, year: number): string | undefined {
  const texts = (spec.breaks ?? []).filter((b) => year >= b.from && (b.to === undefined || year <= b.to)).map((b) => b.text);
  return texts.length === 0 ? undefined : texts.join(' ');
}

const geographyFiles = (geography: '2016' | '2025'): string[] => (geography === '2016' ? ['geo-lad16-lookup', 'geo-ons-topojson'] : ['geo-lad16-lookup', 'geo-ruc-2011', 'geo-ons-topojson']);

/** The source files a specification reads in year Y (a census indicator reads one census). */
export function specSourceIds(spec: IndicatorSpec, year: number): string[] {
  const ids = spec.source.sourceIds;
  if (spec.source.kind === 'occupation' || spec.source.kind === 'tenure') return [ids[year <= 2020 ? 0 : 1]!];
  return [...ids];
}

/** Every source file of a definition in year Y, the geography's included, in a stable order. */
export function editionSourceIds(definition: EditionDefinition, year: number): string[] {
  return [...new Set([...definition.specs.flatMap((spec) => specSourceIds(spec, year)), ...geographyFiles(definition.geography)])];
}
