/**
 * Reads the postcode lookup tables of `<data>/geo/postcodes` (see its SOURCES.md) into the maps
 * src/geo/postcodes.ts looks up: each file checked against its SHA-256 in the manifest, read once
 * per data directory on first use and kept. A missing column or a malformed row is a one-line
 * SmiError naming the file and the line. A running server notices a file changed under it
 * ({@link postcodeTables}).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { SmiError } from '../errors.js';
import type { PostcodeTables, ShareRow } from '../geo/postcodes.js';
import { verifySource } from './checksum.js';
import { sourceFile } from './manifest.js';
import { readPlainCsvFile, type CsvRecord, type CsvTable } from './readers/csv.js';

/** The manifest ids of the postcode files. */
export const POSTCODE_SOURCES = {
  sectors: 'geo-postcode-sectors',
  sectors16: 'geo-postcode-sectors-lad16',
  exceptions: 'geo-postcode-exceptions',
  outcodes: 'geo-postcode-outcodes',
  ranges: 'geo-postcode-london-ranges',
} as const;

/** The manifest entries of the postcode files: their credit joins a response's attribution when a postcode was looked up. */
export const POSTCODE_SOURCE_FILES = Object.values(POSTCODE_SOURCES).map((id) => sourceFile(id));

function readTable(dataDir: string, id: string, columns: readonly string[]): CsvTable {
  const source = sourceFile(id);
  const table = readPlainCsvFile(verifySource(dataDir, source), source.path);
  const missing = columns.filter((column) => !table.columns.includes(column));
  if (missing.length > 0) throw new SmiError(`${source.path}: expected the column(s) ${missing.join(', ')} in the header.`);
  return table;
}

function fail(table: CsvTable, record: CsvRecord, column: string, expected: string): never {
  throw new SmiError(`${table.label}, line ${record.line}, column ${column}: expected ${expected}, found "${record.cells[column] ?? ''}".`);
}

function optionalNumber(table: CsvTable, record: CsvRecord, column: string): number | null {
  const text = record.cells[column] ?? '';
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) fail(table, record, column, 'a number of 0 or more, or nothing');
  return value;
}

function code(table: CsvTable, record: CsvRecord, column: string, blank: boolean): string {
  const text = record.cells[column] ?? '';
  if (blank && text === '') return '';
  if (!/^[EWS]\d{8}$/.test(text)) fail(table, record, column, blank ? 'a GSS code such as E07000028, or nothing' : 'a GSS code such as E07000028');
  return text;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function byRank(rows: Map<string, Array<ShareRow & { rank: number }>>): Map<string, ShareRow[]> {
  const sorted = new Map<string, ShareRow[]>();
  for (const [key, list] of rows) sorted.set(key, list.sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...row }) => row));
  return sorted;
}

function rank(table: CsvTable, record: CsvRecord): number {
  const value = Number(record.cells.rank);
  if (!Number.isInteger(value) || value < 1) fail(table, record, 'rank', 'a whole number of 1 or more');
  return value;
}

/** Reads and indexes the five files (a few hundred milliseconds; see {@link postcodeTables}). */
export function readPostcodeTables(dataDir: string): PostcodeTables {
  const code25 = new Map<string, string>();
  const names = new Map<string, string>();
  const areas = new Set<string>();
  const shareRows = (id: string, key: string) => {
    const table = readTable(dataDir, id, [key, 'lad_code', 'lad25cd', 'lad_name', 'n_postcodes', 'share', 'rank']);
    const rows = new Map<string, Array<ShareRow & { rank: number }>>();
    for (const record of table.records) {
      const lad = code(table, record, 'lad_code', false);
      const lad25 = code(table, record, 'lad25cd', false);
      code25.set(lad, lad25);
      if (record.cells.lad_name) names.set(lad, record.cells.lad_name);
      if (lad.startsWith('E')) areas.add(/^[A-Z]+/.exec(record.cells[key] ?? '')?.[0] ?? '');
      pushTo(rows, record.cells[key] ?? '', { code: lad, code25: lad25, share: optionalNumber(table, record, 'share'), count: optionalNumber(table, record, 'n_postcodes'), rank: rank(table, record) });
    }
    return byRank(rows);
  };
  const sectors = shareRows(POSTCODE_SOURCES.sectors, 'sector');
  const outcodes = shareRows(POSTCODE_SOURCES.outcodes, 'outcode');

  const table16 = readTable(dataDir, POSTCODE_SOURCES.sectors16, ['sector', 'lad16cd', 'n_postcodes', 'share', 'rank']);
  const rows16 = new Map<string, Array<ShareRow & { rank: number }>>();
  for (const record of table16.records) {
    const lad16 = code(table16, record, 'lad16cd', true);
    if (lad16 === '') continue; // the 22 postcodes SOURCES.md leaves unresolved
    pushTo(rows16, record.cells.sector ?? '', { code: lad16, code25: lad16, share: optionalNumber(table16, record, 'share'), count: optionalNumber(table16, record, 'n_postcodes'), rank: rank(table16, record) });
  }

  const exceptionTable = readTable(dataDir, POSTCODE_SOURCES.exceptions, ['postcode', 'lad_code', 'lad16cd']);
  const exceptions = new Map<string, { code: string; code16: string | null }>();
  for (const record of exceptionTable.records) {
    const code16 = code(exceptionTable, record, 'lad16cd', true);
    exceptions.set(record.cells.postcode ?? '', { code: code(exceptionTable, record, 'lad_code', false), code16: code16 === '' ? null : code16 });
  }

  const rangeTable = readTable(dataDir, POSTCODE_SOURCES.ranges, ['outcode', 'inward_from', 'lad_code']);
  const ranges = new Map<string, Array<{ from: string; code: string | null }>>();
  for (const record of rangeTable.records) {
    const from = record.cells.inward_from ?? '';
    if (!/^[0-9][A-Z]{2}$/.test(from)) fail(rangeTable, record, 'inward_from', 'an inward code such as 1AA');
    const lad = code(rangeTable, record, 'lad_code', true);
    pushTo(ranges, record.cells.outcode ?? '', { from, code: lad === '' ? null : lad });
  }
  for (const list of ranges.values()) list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  return { sectors, sectors16: byRank(rows16), exceptions, ranges, outcodes, code25, names, areas };
}

/** How often (at most) the kept tables' files are compared with those they were read from, as the server's editions are. */
export const POSTCODE_CHECK_MS = 1000;

const kept = new Map<string, { tables: PostcodeTables; stamp: string; checkedAt: number }>();

/** "path size mtime" of each postcode file ("path missing" for an absent one). */
function stampOf(dataDir: string): string {
  return POSTCODE_SOURCE_FILES.map(({ path }) => {
    try {
      const stat = statSync(join(dataDir, path));
      return `${path} ${stat.size} ${stat.mtimeMs}`;
    } catch {
      return `${path} missing`;
    }
  }).join('\n');
}

/**
 * The postcode tables of a data directory, read on first use and kept. At most once every
 * POSTCODE_CHECK_MS the files' sizes and modification times are compared with those they were read
 * from; a change drops the tables, so they are read (and their checksums verified) again, and a
 * changed or missing file is refused with the checksum's message rather than served stale.
 */
export function postcodeTables(dataDir: string): PostcodeTables {
  const entry = kept.get(dataDir);
  if (entry !== undefined) {
    if (Date.now() - entry.checkedAt < POSTCODE_CHECK_MS) return entry.tables;
    entry.checkedAt = Date.now();
    if (stampOf(dataDir) === entry.stamp) return entry.tables;
    kept.delete(dataDir);
  }
  const stamp = stampOf(dataDir);
  const tables = readPostcodeTables(dataDir);
  kept.set(dataDir, { tables, stamp, checkedAt: Date.now() });
  return tables;
}
