/** Census 2011 QS405EW (tenure, households) by local authority district. */
import { SmiError } from '../../errors.js';
import { sourcePath } from '../checksum.js';
import { sourceFile } from '../manifest.js';
import { readCsvFile } from '../readers/csv.js';
import { parseStatValue } from '../readers/values.js';

export const CENSUS_ALL = 'Tenure: All categories: Tenure; measures: Value';
export const CENSUS_OWNED = 'Tenure: Owned: Total; measures: Value';

export interface TenureCounts {
  all: number;
  owned: number;
}

/** Households by tenure keyed by district code (the "Total" rural-urban rows). */
export function readCensusTenure(dataDir: string): Map<string, TenureCounts> {
  const source = sourceFile('census-2011-qs405ew');
  const table = readCsvFile(sourcePath(dataDir, source), source.path);
  for (const name of ['geography code', 'Rural Urban', CENSUS_ALL, CENSUS_OWNED]) {
    if (!table.columns.includes(name)) throw new SmiError(`${source.path}: the column "${name}" is missing; check that the file is the publisher's original.`);
  }
  const out = new Map<string, TenureCounts>();
  for (const { cells, line } of table.records) {
    if (cells['Rural Urban'] !== 'Total') continue;
    const code = (cells['geography code'] ?? '').trim();
    const where = (column: string) => (): string => `${source.path}, line ${line}, column "${column}"`;
    const all = parseStatValue(cells[CENSUS_ALL], where(CENSUS_ALL));
    const owned = parseStatValue(cells[CENSUS_OWNED], where(CENSUS_OWNED));
    if (all === null || owned === null) throw new SmiError(`${source.path}, line ${line}: the household counts of ${code} are missing; check that the file is the publisher's original.`);
    out.set(code, { all, owned });
  }
  return out;
}

/** Households summed over districts; undefined when there are none or one has no row. */
export function sumTenure(tenure: ReadonlyMap<string, TenureCounts>, codes: readonly string[]): TenureCounts | undefined {
  const rows = codes.map((code) => tenure.get(code));
  if (rows.length === 0 || rows.some((row) => row === undefined)) return undefined;
  return { all: rows.reduce((sum, row) => sum + row!.all, 0), owned: rows.reduce((sum, row) => sum + row!.owned, 0) };
}

/** Owned households as % of all households; null when there are none. */
export function ownedPct(counts: TenureCounts): number | null {
  return counts.all > 0 ? (100 * counts.owned) / counts.all : null;
}
