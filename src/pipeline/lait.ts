/**
 * The DfE Local Authority Interactive Tool (LAIT) long file: FSM and all-pupil measures for
 * upper-tier authorities (counties, unitaries, metropolitan districts, London boroughs), named
 * but not coded. This module reads the measures the editions need and maps LAIT names to GSS
 * codes of the 2016 and 2025 upper tiers.
 */
import { SmiError } from '../errors.js';
import type { AreaGeography } from '../edition/types.js';
import { sourceFile } from './manifest.js';
import { sourcePath } from './checksum.js';
import { readParquetColumns } from './readers/parquet.js';
import { parseStatValue } from './readers/values.js';

export const LAIT_COLUMNS = ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number'] as const;

/** Rows of LAIT that are not local authorities. */
export const LAIT_NON_AUTHORITY_NAMES: ReadonlySet<string> = new Set([
  'England', 'North East', 'North West', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands',
  'East of England', 'London', 'London (Inner)', 'London (Outer)', 'South East', 'South West',
]);

export const LAIT_ENGLAND = 'England';

export interface LaitData {
  label: string;
  /** measure → year → LAIT name → value (null when suppressed). */
  values: Map<string, Map<string, Map<string, number | null>>>;
  /** LAIT authority names (England and the regions excluded) with their DfE LA numbers. */
  authorities: Map<string, number | null>;
}

/** Reads the given LAIT measures (by `Short Desc`) from the parquet file in the data directory. */
export async function readLait(dataDir: string, measures: readonly string[]): Promise<LaitData> {
  const source = sourceFile('lait');
  const table = await readParquetColumns(sourcePath(dataDir, source), source.path, LAIT_COLUMNS);
  const [desc, years, names, rawValues, numbers] = LAIT_COLUMNS.map((c) => table.columns[c]!) as [unknown[], unknown[], unknown[], unknown[], unknown[]];
  const wanted = new Set(measures);
  const values = new Map<string, Map<string, Map<string, number | null>>>();
  for (const measure of measures) values.set(measure, new Map());
  const authorities = new Map<string, number | null>();
  for (let i = 0; i < table.rowCount; i += 1) {
    const name = String(names[i] ?? '').trim();
    if (name !== '' && !LAIT_NON_AUTHORITY_NAMES.has(name) && !authorities.has(name)) {
      const number = numbers[i];
      authorities.set(name, typeof number === 'number' ? number : null);
    }
    const measure = desc[i];
    if (typeof measure !== 'string' || !wanted.has(measure)) continue;
    const year = String(years[i] ?? '').trim();
    const where = (): string => `${source.path}, row ${i + 1} (${measure}, ${year}, ${name})`;
    if (year === '' || name === '') throw new SmiError(`${where()}: the year or the authority name is empty; check that the file is the publisher's original.`);
    const value = parseStatValue(rawValues[i], where);
    const byYear = values.get(measure)!;
    let byName = byYear.get(year);
    if (byName === undefined) {
      byName = new Map();
      byYear.set(year, byName);
    }
    const previous = byName.get(name);
    if (previous !== undefined && previous !== null && value !== null && previous !== value) {
      throw new SmiError(`${where()}: the value ${value} contradicts an earlier row with ${previous}; check that the file is the publisher's original.`);
    }
    if (previous === undefined || previous === null) byName.set(name, value);
  }
  for (const measure of measures) {
    if (values.get(measure)!.size === 0) {
      throw new SmiError(`${source.path}: the measure "${measure}" (column "Short Desc") is missing; check that the file is the publisher's original.`);
    }
  }
  return { label: source.path, values, authorities };
}

/**
 * LAIT years in time order: "2016", "2015-16" (academic year, ends 2016), "2014-16" (three
 * years to 2016), "2018 (Rev)". Sorted by the last year covered, then by the first.
 */
export function laitYearKey(year: string): [number, number] {
  const match = /^(\d{4})(?:\s*[-/]\s*(\d{2}|\d{4}))?(?:\s*\(.*\))?$/.exec(year.trim());
  if (match === null) throw new SmiError(`lait: the year "${year}" has an unexpected form; expected e.g. "2016", "2015-16" or "2018 (Rev)".`);
  const start = Number(match[1]);
  let end = start;
  if (match[2] !== undefined) {
    end = match[2].length === 4 ? Number(match[2]) : Math.floor(start / 100) * 100 + Number(match[2]);
    if (end < start) end += 100;
  }
  return [end, start];
}

export function compareLaitYears(a: string, b: string): number {
  const [endA, startA] = laitYearKey(a);
  const [endB, startB] = laitYearKey(b);
  return endA - endB || startA - startB || a.localeCompare(b);
}

/** The years of a measure in time order. */
export function laitYears(data: LaitData, measure: string): string[] {
  return [...(measureTable(data, measure).keys())].sort(compareLaitYears);
}

/** The latest year of a measure with at least one numeric value for an authority or England. */
export function latestLaitYear(data: LaitData, measure: string): string {
  const table = measureTable(data, measure);
  const years = laitYears(data, measure).filter((year) => [...table.get(year)!.values()].some((v) => v !== null));
  const latest = years.at(-1);
  if (latest === undefined) throw new SmiError(`${data.label}: the measure "${measure}" has no numeric value in any year.`);
  return latest;
}

/** A value by LAIT name; null when suppressed or absent. */
export function laitValue(data: LaitData, measure: string, year: string, laitName: string): number | null {
  return measureTable(data, measure).get(year)?.get(laitName) ?? null;
}

/** England's value of a measure in a year. */
export function englandValue(data: LaitData, measure: string, year: string): number | null {
  return laitValue(data, measure, year, LAIT_ENGLAND);
}

function measureTable(data: LaitData, measure: string): Map<string, Map<string, number | null>> {
  const table = data.values.get(measure);
  if (table === undefined) throw new Error(`LAIT measure "${measure}" was not read.`);
  return table;
}

/** An upper-tier authority: a county (E10) or a unitary, metropolitan or London district. */
export interface UpperTierArea {
  code: string;
  name: string;
}

/**
 * Upper tier of a set of districts: E06/E08/E09 districts themselves and the E10 counties of
 * the non-metropolitan districts. For the 324 districts of 2016 this gives 150 authorities.
 */
export function upperTierOf(areas: readonly AreaGeography[]): UpperTierArea[] {
  const out = new Map<string, UpperTierArea>();
  for (const area of areas) {
    if (area.countyCode !== null && area.county !== null) out.set(area.countyCode, { code: area.countyCode, name: area.county });
    else out.set(area.code, { code: area.code, name: area.name });
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The upper-tier code of an area: its county, or itself. */
export function upperTierCode(area: AreaGeography): string {
  return area.countyCode ?? area.code;
}

/**
 * Names in LAIT's spelling where the name alone would be wrong: LAIT keeps the authorities
 * abolished in 2019 under "(Pre LG)" names, and its plain "Dorset" is the unitary of 2019.
 */
const LAIT_NAME_BY_CODE: Record<'2016' | '2025', Record<string, string>> = {
  2016: {
    E06000028: 'Bournemouth (Pre LG)',
    E06000029: 'Poole (Pre LG)',
    E10000009: 'Dorset (Pre LG)',
  },
  2025: {},
};

/** Spellings that differ between LAIT and ONS after normalisation: LAIT → ONS. */
const NAME_ALIASES: Record<string, string> = {
  durham: 'county durham',
  'bedford borough': 'bedford',
};

/**
 * A name reduced for matching: lower case, "&" as "and", ", City of" / ", County of" / leading
 * "City of" dropped, punctuation as spaces ("St. Helens" = "St Helens"), then LAIT's two
 * different spellings (Durham, Bedford Borough) mapped to ONS's.
 */
export function normaliseAuthorityName(name: string): string {
  let text = name.toLowerCase().replace(/&/g, ' and ');
  text = text.replace(/,\s*(city|county) of\s*$/, '').replace(/^\s*city of\s+/, '');
  text = text.replace(/[^a-z0-9()]+/g, ' ').replace(/\s+/g, ' ').trim();
  return NAME_ALIASES[text] ?? text;
}

/**
 * Maps each upper-tier authority to its LAIT name. Every authority must match exactly one LAIT
 * authority; otherwise an SmiError lists those that do not.
 */
export function matchLaitNames(targets: readonly UpperTierArea[], laitNames: Iterable<string>, vintage: '2016' | '2025'): Map<string, string> {
  const names = [...laitNames];
  const available = new Set(names);
  const byKey = new Map<string, string[]>();
  for (const name of names) {
    const key = normaliseAuthorityName(name);
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
  }
  const overrides = LAIT_NAME_BY_CODE[vintage];
  const out = new Map<string, string>();
  const problems: string[] = [];
  for (const target of targets) {
    const override = overrides[target.code];
    if (override !== undefined) {
      if (available.has(override)) out.set(target.code, override);
      else problems.push(`${target.name} (${target.code}) has no row "${override}"`);
      continue;
    }
    const matches = byKey.get(normaliseAuthorityName(target.name)) ?? [];
    if (matches.length === 1) out.set(target.code, matches[0]!);
    else if (matches.length === 0) problems.push(`${target.name} (${target.code}) matches no LAIT authority`);
    else problems.push(`${target.name} (${target.code}) matches several LAIT authorities (${matches.join(', ')})`);
  }
  if (problems.length > 0) {
    throw new SmiError(
      `sources/lait_upper_tier/lait_bds_long_0.parquet: ${problems.length} upper-tier authorit${problems.length > 1 ? 'ies' : 'y'} of ${vintage} cannot be matched by name (${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}); add the spelling to the aliases in src/pipeline/lait.ts.`,
    );
  }
  return out;
}
