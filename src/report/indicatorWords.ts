/**
 * # Words that do not claim more than the data holds
 *
 * Defined once and used by every door (CLI, API, web app):
 * - {@link indicatorLabel}: what an indicator's values measure *in this edition*, a stand-in named
 *   as such ("All pupils not in a sustained destination after KS4 — stand-in for FSM pupils"); the
 *   method's own wording stays the indicator's `definition`;
 * - {@link countyValue} and {@link countyValuePhrase}: whether an area's value is its county's, shared
 *   with the county's other districts ("Cumbria's value, shared by its six districts");
 * - {@link stageCoverage} and {@link stageCoveragePhrase}: on how many of its stage's indicators an
 *   area's stage score rests, and whether that is fewer than half ("rests on 1 of its 4 indicators").
 */
import type { AreaResult } from '../engine/types.js';
import type { Edition, EditionArea } from '../edition/types.js';
import type { IndicatorDefinition, MethodDescription } from '../method/types.js';

/** The levels whose values are another measure than the method's: their label names the stand-in. */
export const STAND_IN_LEVELS = ['proxy', 'proxy-county'] as const;

/** The levels whose value is published for the county and given to each of its districts. */
export const COUNTY_LEVELS = ['exact-county', 'proxy-county'] as const;

/**
 * The label of an indicator in an edition: what its values measure there (the edition's own words
 * for a stand-in), else the method's label. Every table header, list and sentence uses this.
 */
export function indicatorLabel(edition: Pick<Edition, 'indicators'>, indicator: Pick<IndicatorDefinition, 'id' | 'label'>): string {
  return edition.indicators.find((entry) => entry.indicator === indicator.id)?.label ?? indicator.label;
}

/** Every indicator's label in the edition, by id (for the export and the views that draw from it). */
export function indicatorLabels(edition: Pick<Edition, 'indicators'>, method: Pick<MethodDescription, 'indicators'>): Record<string, string> {
  return Object.fromEntries(method.indicators.map((indicator) => [indicator.id, indicatorLabel(edition, indicator)]));
}

/** A county-wide value: the county and how many of its districts share the value, of how many. */
export interface CountyValue {
  county: string;
  /** Districts of the county (this one included) with exactly this value. */
  sharedBy: number;
  /** Districts of the county in the edition. */
  districts: number;
}

/**
 * The county whose value `area` carries for `indicatorId`, counted in the edition: set when the
 * value's level is a county level, the area is a district of a two-tier county, and at least one
 * other district of that county has exactly the same value. Null otherwise (a unitary authority's
 * county-level value is its own; an estimated value is the district's).
 */
export function countyValue(edition: Pick<Edition, 'areas'>, area: EditionArea, indicatorId: string): CountyValue | null {
  const value = area.values[indicatorId] ?? null;
  const level = area.provenance[indicatorId]?.level;
  if (value === null || area.countyCode === null || area.county === null || level === undefined) return null;
  if (!(COUNTY_LEVELS as readonly string[]).includes(level)) return null;
  let sharedBy = 0;
  let districts = 0;
  for (const other of edition.areas) {
    if (other.countyCode !== area.countyCode) continue;
    districts += 1;
    if (other.values[indicatorId] === value) sharedBy += 1;
  }
  return sharedBy > 1 ? { county: area.county, sharedBy, districts } : null;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "six" for 0–10, digits above (the usual style for counts in running text). */
export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** "Cumbria's value, shared by its six districts" (or "by five of its six districts" when one differs). */
export function countyValuePhrase(shared: CountyValue): string {
  const whose = `${shared.county}${shared.county.endsWith('s') ? "'" : "'s"} value`;
  const by = shared.sharedBy === shared.districts ? `its ${countWord(shared.districts)} districts` : `${countWord(shared.sharedBy)} of its ${countWord(shared.districts)} districts`;
  return `${whose}, shared by ${by}`;
}

/** On how many indicators an area's stage score rests. */
export interface StageCoverage {
  /** Indicators of the stage (weighted above 0) for which the area has a value. */
  indicatorsUsed: number;
  /** Indicators of the stage weighted above 0 in the method, with data or not. */
  indicatorsTotal: number;
  /** True when the score rests on fewer than half of them: flagged wherever the stage's rank is shown. */
  thin: boolean;
}

/** The coverage of `stageId` for one area's result under `method`. */
export function stageCoverage(method: Pick<MethodDescription, 'indicators'>, result: Pick<AreaResult, 'indicators'>, stageId: string): StageCoverage {
  const indicators = method.indicators.filter((indicator) => indicator.stage === stageId && indicator.weight > 0);
  const used = indicators.filter((indicator) => (result.indicators[indicator.id]?.value ?? null) !== null).length;
  return { indicatorsUsed: used, indicatorsTotal: indicators.length, thin: used * 2 < indicators.length };
}

/** "rests on 1 of its 4 indicators": said beside a thin stage's rank. */
export function stageCoveragePhrase(coverage: Pick<StageCoverage, 'indicatorsUsed' | 'indicatorsTotal'>): string {
  return `rests on ${coverage.indicatorsUsed} of its ${coverage.indicatorsTotal} indicators`;
}
