/**
 * What both open editions are made of: the indicator plans, the empty area, setting a value,
 * the per-indicator summary and the final Edition object. The indicators both editions build
 * the same way are in ./indicators.ts.
 */
import type { AreaGeography, Edition, EditionArea, IndicatorSourceSummary, Level, ValueProvenance } from '../../edition/types.js';
import { presetMethod } from '../../method/presets.js';
import { sourceFile } from '../manifest.js';

const METHOD_ID = 'smi-2017';

/** Indicator ids of the SMI 2017 method by their number 1–16. */
export function indicatorIdByNumber(): Map<number, string> {
  const method = presetMethod(METHOD_ID)!;
  return new Map(method.indicators.map((indicator) => [indicator.number!, indicator.id]));
}

/** The id of indicator `number` (1–16). */
export function indicatorId(number: number): string {
  const id = indicatorIdByNumber().get(number);
  if (id === undefined) throw new Error(`No indicator number ${number} in ${METHOD_ID}.`);
  return id;
}

/** What an edition uses for one indicator: becomes its IndicatorSourceSummary. */
export interface IndicatorPlan {
  number: number;
  level: Level;
  year: string;
  source: string | null;
  measure: string;
  note: string;
  /**
   * What the edition's values measure, in a reader's words, where that differs from the method's
   * wording: a stand-in named as such ("All pupils … — stand-in for FSM pupils"). Absent where the
   * values are the method's measure (exact, county or estimated), whose label then stands.
   */
  label?: string;
}

export function emptyArea(geography: AreaGeography): EditionArea {
  return { ...geography, predecessorCodes: [...geography.predecessorCodes], values: {}, provenance: {}, intervals: {} };
}

export function setValue(area: EditionArea, id: string, value: number | null, provenance: ValueProvenance): void {
  area.values[id] = value === null || Number.isFinite(value) ? value : null;
  const clean: ValueProvenance = { level: provenance.level, year: provenance.year, source: provenance.source, measure: provenance.measure };
  if (provenance.carriedFromYear !== undefined) clean.carriedFromYear = provenance.carriedFromYear;
  if (provenance.note !== undefined && provenance.note !== '') clean.note = provenance.note;
  if (provenance.seriesBreak !== undefined) clean.seriesBreak = provenance.seriesBreak;
  area.provenance[id] = clean;
}

/** The per-indicator summary with the coverage (areas with a value) measured on the areas. */
export function summarise(areas: readonly EditionArea[], plans: readonly IndicatorPlan[]): IndicatorSourceSummary[] {
  return [...plans]
    .sort((a, b) => a.number - b.number)
    .map((plan) => {
      const id = indicatorId(plan.number);
      const coverage = areas.filter((area) => area.values[id] !== null && area.values[id] !== undefined).length;
      const summary: IndicatorSourceSummary = { indicator: id, level: plan.level, year: plan.year, source: plan.source, measure: plan.measure, note: plan.note, coverage };
      if (plan.label !== undefined) summary.label = plan.label;
      return summary;
    });
}

export interface EditionParts {
  id: string;
  label: string;
  description: string;
  areas: EditionArea[];
  plans: IndicatorPlan[];
  sourceIds: readonly string[];
}

/** Assembles the Edition; every area gets a value slot for all 16 indicators. */
export function finishEdition(parts: EditionParts): Edition {
  const ids = [...indicatorIdByNumber().values()];
  for (const area of parts.areas) {
    for (const id of ids) {
      if (!(id in area.values)) throw new Error(`${parts.id}: ${area.code} has no slot for ${id}.`);
    }
  }
  const sources = parts.sourceIds.map((sourceId) => ({ ...sourceFile(sourceId) }));
  const checksums = Object.fromEntries(sources.map((source) => [source.id, source.sha256]));
  return {
    id: parts.id,
    label: parts.label,
    description: parts.description,
    method: presetMethod(METHOD_ID)!,
    areas: [...parts.areas].sort((a, b) => a.code.localeCompare(b.code)),
    indicators: summarise(parts.areas, parts.plans),
    sources,
    checksums,
  };
}


/** Options of an open-edition build. */
export interface BuildOptions {
  /** The small-area adjustment of indicators 4, 6, 9 and 10 (EDITIONS.md); on by default. */
  smallAreaAdjustment: boolean;
}
