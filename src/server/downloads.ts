/**
 * Files the API hands out, each crediting its sources:
 * - CSV: RFC 4180, UTF-8, strictly rectangular (every record has the header's fields, so strict
 *   parsers and spreadsheet programs read it as it is); the credit is the last column, `source`,
 *   the same short statement on every row so that it travels with any rows copied out of it;
 * - XLSX: a real Office Open XML workbook (SheetJS) with the rows on one sheet and the full
 *   attribution on a "Sources" sheet.
 */
import { stringify } from 'csv-stringify/sync';
import XLSX from 'xlsx';

export type Cell = string | number | null;

export interface Sheet {
  header: string[];
  rows: ReadonlyArray<ReadonlyArray<Cell>>;
}

export function csvDownload(sheet: Sheet, credit: string): string {
  return stringify([[...sheet.header, 'source'], ...sheet.rows.map((row) => [...row.map((cell) => (cell === null ? '' : cell)), credit])], { record_delimiter: 'windows' });
}

export function xlsxDownload(sheet: Sheet, sheetName: string, attribution: readonly string[]): Buffer {
  const workbook = XLSX.utils.book_new();
  const data = XLSX.utils.aoa_to_sheet([sheet.header, ...sheet.rows.map((row) => [...row])]);
  XLSX.utils.book_append_sheet(workbook, data, sheetName.slice(0, 31));
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(attribution.map((line) => [line])), 'Sources');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
