/**
 * DfE key stage 4 destination measures by local authority district (school location): the
 * share of the cohort not in a sustained destination, all_notsust / cohort.
 */
import { SmiError } from '../../errors.js';
import { sourcePath } from '../checksum.js';
import { sourceFile } from '../manifest.js';
import { readCsvFile } from '../readers/csv.js';
import { parseStatValue } from '../readers/values.js';

export interface Ks4Counts {
  cohort: number | null;
  notSustained: number | null;
}

/** The row filter: the file holds only these, but a different extract would not. */
export const KS4_FILTER: Readonly<Record<string, string>> = {
  geographic_level: 'Local authority district',
  breakdown_topic: 'Total',
  breakdown: 'Total',
  level_methodology: 'Provider location',
  institution_group: 'State-funded mainstream schools',
  data_type: 'Number of pupils',
};

/** Counts by `time_period` (e.g. "201516") and district code, every period of the file read at once. */
export function readKs4Destinations(dataDir: string): Map<string, Map<string, Ks4Counts>> {
  const source = sourceFile('ks4-destinations');
  const table = readCsvFile(sourcePath(dataDir, source), source.path);
  for (const name of ['time_period', 'lad_code', 'cohort', 'all_notsust', ...Object.keys(KS4_FILTER)]) {
    if (!table.columns.includes(name)) throw new SmiError(`${source.path}: the column "${name}" is missing; check that the file is the publisher's original.`);
  }
  const out = new Map<string, Map<string, Ks4Counts>>();
  for (const { cells, line } of table.records) {
    if (Object.entries(KS4_FILTER).some(([column, value]) => cells[column] !== value)) continue;
    const timePeriod = (cells.time_period ?? '').trim();
    const code = (cells.lad_code ?? '').trim();
    let period = out.get(timePeriod);
    if (period === undefined) out.set(timePeriod, (period = new Map()));
    if (period.has(code)) throw new SmiError(`${source.path}, line ${line}: a second row for ${code} in ${timePeriod}; check that the file is the publisher's original.`);
    const where = (column: string) => (): string => `${source.path}, line ${line}, column "${column}"`;
    period.set(code, { cohort: parseStatValue(cells.cohort, where('cohort')), notSustained: parseStatValue(cells.all_notsust, where('all_notsust')) });
  }
  if (out.size === 0) throw new SmiError(`${source.path}: no district rows.`);
  return out;
}

/** One period's counts; an SmiError when the file has none for it. */
export function ks4Period(all: ReadonlyMap<string, Map<string, Ks4Counts>>, timePeriod: string): Map<string, Ks4Counts> {
  const period = all.get(timePeriod);
  if (period === undefined) throw new SmiError(`${sourceFile('ks4-destinations').path}: no district rows for time_period ${timePeriod}.`);
  return period;
}

/** Counts summed; a count missing in any row is missing in the sum. */
export function sumKs4Counts(rows: readonly Ks4Counts[]): Ks4Counts {
  const sum = (pick: (r: Ks4Counts) => number | null): number | null =>
    rows.some((r) => pick(r) === null) ? null : rows.reduce((total, r) => total + pick(r)!, 0);
  return { cohort: sum((r) => r.cohort), notSustained: sum((r) => r.notSustained) };
}

/** Not sustained as a percentage of the cohort; null when either count is missing or the cohort is 0. */
export function notSustainedPct(counts: Ks4Counts): number | null {
  if (counts.cohort === null || counts.notSustained === null || counts.cohort <= 0) return null;
  return (100 * counts.notSustained) / counts.cohort;
}
