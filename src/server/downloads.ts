/**
 * Files the API hands out: CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
 * read "£" and accents right) and XLSX (a real Office Open XML workbook written by SheetJS), each
 * crediting its sources. In the CSV the data rows come first and the attribution follows after
 * one empty line; in the workbook it is on its own "Sources" sheet.
 */
import { stringify } from 'csv-stringify/sync';
import XLSX from 'xlsx';

export type Cell = string | number | null;

export interface Sheet {
  header: string[];
  rows: ReadonlyArray<ReadonlyArray<Cell>>;
}

export function csvDownload(sheet: Sheet, attribution: readonly string[]): string {
  const data = stringify([sheet.header, ...sheet.rows.map((row) => row.map((cell) => (cell === null ? '' : cell)))], { record_delimiter: 'windows' });
  const credit = stringify(attribution.map((line) => [line]), { record_delimiter: 'windows' });
  return `\uFEFF${data}\r\n${credit}`;
}

export function xlsxDownload(sheet: Sheet, sheetName: string, attribution: readonly string[]): Buffer {
  const workbook = XLSX.utils.book_new();
  const data = XLSX.utils.aoa_to_sheet([sheet.header, ...sheet.rows.map((row) => [...row])]);
  XLSX.utils.book_append_sheet(workbook, data, sheetName.slice(0, 31));
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(attribution.map((line) => [line])), 'Sources');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
