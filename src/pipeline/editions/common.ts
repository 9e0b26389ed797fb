/**
 * What both open editions share: the empty area, the LAIT indicators inherited from the upper
 * tier, missing indicators, the per-indicator summary and the final Edition object.
 */
import type { AreaGeography, Edition, EditionArea, IndicatorSourceSummary, Level, ValueProvenance } from '../../edition/types.js';
import { presetMethod } from '../../method/presets.js';
import { laitValue, upperTierCode, type LaitData } from '../lait.js';
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
}

export function emptyArea(geography: AreaGeography): EditionArea {
  return { ...geography, predecessorCodes: [...geography.predecessorCodes], values: {}, provenance: {}, intervals: {} };
}

export function setValue(area: EditionArea, id: string, value: number | null, provenance: ValueProvenance): void {
  area.values[id] = value === null || Number.isFinite(value) ? value : null;
  const clean: ValueProvenance = { level: provenance.level, year: provenance.year, source: provenance.source, measure: provenance.measure };
  if (provenance.carriedFromYear !== undefined) clean.carriedFromYear = provenance.carriedFromYear;
  if (provenance.note !== undefined && provenance.note !== '') clean.note = provenance.note;
  area.provenance[id] = clean;
}

/** An indicator with no open source: every value null, level `missing`. */
export function setMissing(areas: EditionArea[], plan: IndicatorPlan): void {
  const id = indicatorId(plan.number);
  for (const area of areas) setValue(area, id, null, { level: 'missing', year: '', source: '', measure: '', note: plan.note });
}

/**
 * A LAIT measure for every area from its upper-tier authority (its county, or itself).
 * `mapping` takes upper-tier GSS codes to LAIT names.
 */
export function applyLaitIndicator(areas: EditionArea[], plan: IndicatorPlan, lait: LaitData, laitMeasure: string, year: string, mapping: ReadonlyMap<string, string>): void {
  const id = indicatorId(plan.number);
  for (const area of areas) {
    const upper = upperTierCode(area);
    const laitName = mapping.get(upper);
    if (laitName === undefined) throw new Error(`No LAIT name for the upper-tier authority ${upper} of ${area.code}.`);
    const value = laitValue(lait, laitMeasure, year, laitName);
    const whose = area.countyCode !== null ? `Value of ${area.county} (${area.countyCode}), the upper-tier authority, inherited by each of its districts` : `Value of the authority itself as an upper-tier authority`;
    const note = `${whose} (LAIT name "${laitName}").${value === null ? ` Suppressed or not published for ${laitName} in ${year}.` : ''}`;
    setValue(area, id, value, { level: plan.level, year, source: 'lait', measure: laitMeasure, note });
  }
}

/** The per-indicator summary with the coverage (areas with a value) measured on the areas. */
export function summarise(areas: readonly EditionArea[], plans: readonly IndicatorPlan[]): IndicatorSourceSummary[] {
  return [...plans]
    .sort((a, b) => a.number - b.number)
    .map((plan) => {
      const id = indicatorId(plan.number);
      const coverage = areas.filter((area) => area.values[id] !== null && area.values[id] !== undefined).length;
      return { indicator: id, level: plan.level, year: plan.year, source: plan.source, measure: plan.measure, note: plan.note, coverage };
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

/** A number for notes: at most three decimals. */
export function formatForNote(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** Options of an open-edition build. */
export interface BuildOptions {
  /** The small-area adjustment of indicators 4, 6, 9 and 10 (EDITIONS.md); on by default. */
  smallAreaAdjustment: boolean;
}

/** Why the four indicators without an open source are missing (both editions). */
export const MISSING_NOTES: Readonly<Record<number, string>> = {
  3: 'No open source gives the share of FSM pupils at good or outstanding primary schools by district; the indicator is left out of its stage.',
  5: 'No open source gives the share of FSM pupils at good or outstanding secondary schools by district; the indicator is left out of its stage.',
  11: 'No open source gives entry to selective universities of FSM young people by district; the indicator is left out of its stage.',
  14: 'The only open file (APS via Nomis, managerial_professional/) has most denominators suppressed and is not usable; the indicator is left out of its stage.',
};
