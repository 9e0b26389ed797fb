/** The Census files by local authority district: tenure (households) and occupation (residents in employment). */
import { SmiError } from '../../errors.js';
import { sourcePath } from '../checksum.js';
import { sourceFile } from '../manifest.js';
import { readCsvFile } from '../readers/csv.js';
import { parseStatValue } from '../readers/values.js';

export interface TenureCounts {
  all: number;
  owned: number;
}

/** Where the household counts are in each census tenure file. */
const TENURE_COLUMNS: Readonly<Record<'census-2011-qs405ew' | 'census-2021-ts054', { all: string; owned: string; filter?: [string, string] }>> = {
  'census-2011-qs405ew': { all: 'Tenure: All categories: Tenure; measures: Value', owned: 'Tenure: Owned: Total; measures: Value', filter: ['Rural Urban', 'Total'] },
  'census-2021-ts054': { all: 'Tenure of household: Total: All households', owned: 'Tenure of household: Owned' },
};

/**
 * Households by tenure keyed by district code: Census 2011 QS405EW (its "Total" rural-urban rows)
 * or Census 2021 TS054 (2021 codes; shared ownership is not "Owned").
 */
export function readCensusTenure(dataDir: string, sourceId: 'census-2011-qs405ew' | 'census-2021-ts054'): Map<string, TenureCounts> {
  const source = sourceFile(sourceId);
  const { all: allColumn, owned: ownedColumn, filter } = TENURE_COLUMNS[sourceId];
  const table = readCsvFile(sourcePath(dataDir, source), source.path);
  for (const name of ['geography code', allColumn, ownedColumn, ...(filter ? [filter[0]] : [])]) {
    if (!table.columns.includes(name)) throw new SmiError(`${source.path}: the column "${name}" is missing; check that the file is the publisher's original.`);
  }
  const out = new Map<string, TenureCounts>();
  for (const { cells, line } of table.records) {
    if (filter !== undefined && cells[filter[0]] !== filter[1]) continue;
    const code = (cells['geography code'] ?? '').trim();
    const where = (column: string) => (): string => `${source.path}, line ${line}, column "${column}"`;
    const all = parseStatValue(cells[allColumn], where(allColumn));
    const owned = parseStatValue(cells[ownedColumn], where(ownedColumn));
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

/** Residents in employment: all, and in SOC major groups 1 (managers…) and 2 (professional). */
export interface OccupationCounts {
  all: number;
  soc12: number;
}

/** The columns of one census occupation file (Nomis cleaned headers). */
const OCCUPATION_TOTAL: Readonly<Record<'census-2011-ks608ew' | 'census-2021-ts063', string>> = {
  'census-2011-ks608ew': 'all_categories_occupation',
  'census-2021-ts063': 'total_all_usual_residents_aged_16_years_and_over_in_employment_the_week_before_the_census',
};

/**
 * Census occupation counts keyed by district code: KS608EW (2011, SOC 2010, residents aged 16–74
 * in employment) or TS063 (2021, SOC 2020, residents aged 16+ in employment). Group 1 and group 2
 * are the columns whose names start "1." and "2.".
 */
export function readCensusOccupation(dataDir: string, sourceId: 'census-2011-ks608ew' | 'census-2021-ts063'): Map<string, OccupationCounts> {
  const source = sourceFile(sourceId);
  const table = readCsvFile(sourcePath(dataDir, source), source.path);
  const total = OCCUPATION_TOTAL[sourceId];
  const group1 = table.columns.find((name) => name.startsWith('1.'));
  const group2 = table.columns.find((name) => name.startsWith('2.'));
  for (const [name, found] of [['mnemonics', table.columns.includes('mnemonics')], [total, table.columns.includes(total)], ['1._managers…', group1 !== undefined], ['2._professional_occupations', group2 !== undefined]] as const) {
    if (!found) throw new SmiError(`${source.path}: the column "${name}" is missing; check that the file is the publisher's original.`);
  }
  const out = new Map<string, OccupationCounts>();
  for (const { cells, line } of table.records) {
    const code = (cells.mnemonics ?? '').trim();
    const where = (column: string) => (): string => `${source.path}, line ${line}, column "${column}"`;
    const all = parseStatValue(cells[total], where(total));
    const g1 = parseStatValue(cells[group1!], where(group1!));
    const g2 = parseStatValue(cells[group2!], where(group2!));
    if (all === null || g1 === null || g2 === null) throw new SmiError(`${source.path}, line ${line}: the occupation counts of ${code} are missing; check that the file is the publisher's original.`);
    if (out.has(code)) throw new SmiError(`${source.path}, line ${line}: a second row for ${code}; check that the file is the publisher's original.`);
    out.set(code, { all, soc12: g1 + g2 });
  }
  return out;
}

/** Occupation counts summed over districts; undefined when there are none or one has no row. */
export function sumOccupation(counts: ReadonlyMap<string, OccupationCounts>, codes: readonly string[]): OccupationCounts | undefined {
  const rows = codes.map((code) => counts.get(code));
  if (rows.length === 0 || rows.some((row) => row === undefined)) return undefined;
  return { all: rows.reduce((sum, row) => sum + row!.all, 0), soc12: rows.reduce((sum, row) => sum + row!.soc12, 0) };
}

/** SOC groups 1 + 2 as % of all residents in employment; null when there are none. */
export function soc12Pct(counts: OccupationCounts): number | null {
  return counts.all > 0 ? (100 * counts.soc12) / counts.all : null;
}
