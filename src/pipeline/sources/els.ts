/**
 * ONS "Explore local statistics" CSV files (areacd, geography, period, observation, lci_95,
 * uci_95, status): weekly pay, housing affordability, KS2 and GCSE all-pupil measures.
 */
import { SmiError } from '../../errors.js';
import { sourcePath } from '../checksum.js';
import { sourceFile } from '../manifest.js';
import { readCsvFile } from '../readers/csv.js';
import { parseStatValue } from '../readers/values.js';

export interface ElsValue {
  value: number | null;
  lower: number | null;
  upper: number | null;
}

export interface ElsRow extends ElsValue {
  areacd: string;
  areanm: string;
  geography: string;
  period: string;
  line: number;
}

export interface ElsTable {
  label: string;
  rows: ElsRow[];
}

/** Geography labels of the rows that are local authorities (districts and unitaries/counties). */
export const ELS_AUTHORITY_GEOGRAPHIES: readonly string[] = ['Local Authority District', 'County or Unitary Authority'];

const COLUMNS = ['areacd', 'areanm', 'geography', 'period', 'observation', 'lci_95', 'uci_95'];

/** Reads an ELS file of the manifest by source id. */
export function readEls(dataDir: string, sourceId: string): ElsTable {
  const source = sourceFile(sourceId);
  const table = readCsvFile(sourcePath(dataDir, source), source.path);
  for (const name of COLUMNS) {
    if (!table.columns.includes(name)) {
      throw new SmiError(`${source.path}: the column "${name}" is missing; check that the file is the publisher's original.`);
    }
  }
  const rows = table.records.map(({ cells, line }): ElsRow => {
    const where = (column: string) => (): string => `${source.path}, line ${line}, column "${column}"`;
    return {
      areacd: (cells.areacd ?? '').trim(),
      areanm: (cells.areanm ?? '').trim(),
      geography: (cells.geography ?? '').trim(),
      period: (cells.period ?? '').trim(),
      value: parseStatValue(cells.observation, where('observation')),
      lower: parseStatValue(cells.lci_95, where('lci_95')),
      upper: parseStatValue(cells.uci_95, where('uci_95')),
      line,
    };
  });
  return { label: source.path, rows };
}

/**
 * A period as people write it: "2016-09-01/P1Y" (an academic year) → "2016/17";
 * "2025-04-30" or "2025-04-01" (a date in April) → "2025".
 */
export function elsPeriodLabel(period: string): string {
  const academic = /^(\d{4})-\d{2}-\d{2}\/P1Y$/.exec(period);
  if (academic !== null) {
    const start = Number(academic[1]);
    return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  }
  const date = /^(\d{4})-\d{2}-\d{2}$/.exec(period);
  if (date !== null) return date[1]!;
  return period;
}

/** The distinct periods of a table in time order (ISO dates sort as text). */
export function elsPeriods(table: ElsTable): string[] {
  return [...new Set(table.rows.map((row) => row.period))].sort();
}

/** The periods with a numeric value for some local authority, in time order; at least one. */
function elsPeriodsWithValues(table: ElsTable): [string, ...string[]] {
  const periods = [...new Set(table.rows.filter((r) => r.value !== null && ELS_AUTHORITY_GEOGRAPHIES.includes(r.geography)).map((r) => r.period))].sort();
  if (periods.length === 0) throw new SmiError(`${table.label}: no local-authority row has a value.`);
  return periods as [string, ...string[]];
}

/** The year a period ends in: "2015-09-01/P1Y" → 2016, "2016-04-13" → 2016. */
export function elsPeriodEndYear(period: string): number {
  const academic = /^(\d{4})-\d{2}-\d{2}\/P1Y$/.exec(period);
  if (academic !== null) return Number(academic[1]) + 1;
  return Number(period.slice(0, 4));
}

/**
 * The period with data nearest to `year` (by the year it ends in); of two equally near, the
 * earlier. The small-area adjustment of every edition takes its all-pupil periods this way.
 */
export function elsNearestPeriod(table: ElsTable, year: number): string {
  let best: string | undefined;
  for (const period of elsPeriodsWithValues(table)) {
    if (best === undefined || Math.abs(elsPeriodEndYear(period) - year) < Math.abs(elsPeriodEndYear(best) - year)) best = period;
  }
  return best!;
}

/** The period of a table whose year (as `elsPeriodLabel` writes it) is `label`; undefined when none. */
export function elsPeriodOfYear(table: ElsTable, label: string): string | undefined {
  return elsPeriods(table).find((period) => elsPeriodLabel(period) === label);
}

/** The latest period with a numeric value for some local authority. */
export function elsLatestPeriod(table: ElsTable): string {
  return elsPeriodsWithValues(table).at(-1)!;
}

/** The earliest period with a numeric value for some local authority. */
export function elsEarliestPeriod(table: ElsTable): string {
  return elsPeriodsWithValues(table)[0];
}

/**
 * Local-authority values of one period keyed by area code. A unitary appears both as a
 * district and as a county-or-unitary row in some files; the two must agree.
 */
export function elsAuthorityValues(table: ElsTable, period: string): Map<string, ElsValue> {
  const out = new Map<string, ElsValue>();
  for (const row of table.rows) {
    if (row.period !== period || !ELS_AUTHORITY_GEOGRAPHIES.includes(row.geography)) continue;
    const previous = out.get(row.areacd);
    if (previous !== undefined && previous.value !== row.value) {
      throw new SmiError(`${table.label}, line ${row.line}: ${row.areacd} has two different values for ${period} (${previous.value} and ${row.value}); check that the file is the publisher's original.`);
    }
    out.set(row.areacd, { value: row.value, lower: row.lower, upper: row.upper });
  }
  if (out.size === 0) throw new SmiError(`${table.label}: there are no local-authority rows for the period ${period}.`);
  return out;
}
