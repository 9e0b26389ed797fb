/**
 * An edition: a set of areas with their geography and, for each indicator, a value with its
 * provenance. Plain data, produced by the pipeline (src/pipeline) and read by every front end.
 */
import type { MethodDescription } from '../method/types.js';
import type { Level } from '../method/vocabulary.js';

export type { Level };


export interface ValueProvenance {
  level: Level;
  /** Data year as the source labels it, e.g. "2016", "2015/16", "2025". */
  year: string;
  /** Id of the source file in the manifest (src/pipeline/manifest.ts). */
  source: string;
  /** The measure in the source (column, sheet or LAIT short name). */
  measure: string;
  /** Set when the value was taken from another year because the edition's year is suppressed. */
  carriedFromYear?: string;
  /** Anything else a reader must know about this value ("county value is the mean of its districts"). */
  note?: string;
  /**
   * A break in the source's series that affects this value, so that it is not comparable with
   * the values of other years ("EYFS profile reformed in 2021/22: values before and after are not
   * comparable"). Set on the values of the years the contract's `open-series` table names.
   */
  seriesBreak?: string;
}

/** A 95% confidence interval published with a value (ASHE pay has one). */
export interface Interval {
  lower: number;
  upper: number;
}

export interface AreaGeography {
  code: string;
  name: string;
  /** "Unitary authority", "Non-metropolitan district", "Metropolitan district", "London borough". */
  type: string;
  regionCode: string;
  region: string;
  /** Upper-tier county for districts in two-tier areas; null where the area is its own upper tier. */
  countyCode: string | null;
  county: string | null;
  /** 2011 rural-urban classification (six-fold label) and its broad three-fold class. */
  ruralUrban: string;
  ruralUrbanBroad: string;
  /** The April 2025 council this area is (or is part of). */
  successorCode: string;
  successorName: string;
  /** For 2025 councils formed by merging 2016 districts: those districts' codes. */
  predecessorCodes: string[];
  /**
   * For a 2025 unitary council made of districts of one abolished 2016 county (Cumberland and
   * Westmorland and Furness of Cumbria, say): that county's name, so that "the districts of
   * Cumbria" still means something on 2025 geography. Absent otherwise.
   */
  formerCounty?: string;
  /** Anything a reader must know about this area's geography (e.g. a recomputed rural-urban class). */
  note?: string;
}

export interface EditionArea extends AreaGeography {
  values: Record<string, number | null>;
  provenance: Record<string, ValueProvenance>;
  intervals: Record<string, Interval>;
  /**
   * For each value the small-area adjustment estimated (level `estimated`), the value it replaced:
   * the county's, which the district carries with the adjustment off. The uncertainty analysis's
   * `data` assumption switches between the two (src/analysis/uncertainty/data.ts). Absent when no
   * value of the area was adjusted.
   */
  unadjusted?: Record<string, number>;
}

/** What the edition uses for one indicator, whatever the area. */
export interface IndicatorSourceSummary {
  indicator: string;
  level: Level;
  year: string;
  source: string | null;
  measure: string;
  note: string;
  /** Number of areas with a value. */
  coverage: number;
  /**
   * What the values measure where it is not the method's measure, the stand-in named as such
   * ("All pupils not in a sustained destination after KS4 — stand-in for FSM pupils"). Read it
   * through `indicatorLabel` (src/report/indicatorWords.ts), which falls back on the method's label.
   */
  label?: string;
}

export interface SourceFile {
  id: string;
  /** Path under the data directory. */
  path: string;
  title: string;
  publisher: string;
  url: string;
  licence: string;
  attribution: string;
  sha256: string;
}

export interface Edition {
  id: string;
  label: string;
  description: string;
  /** The method the edition is computed with by default. */
  method: MethodDescription;
  areas: EditionArea[];
  indicators: IndicatorSourceSummary[];
  sources: SourceFile[];
  /** Checksums of the source files the edition was built from, keyed by source id. */
  checksums: Record<string, string>;
}
