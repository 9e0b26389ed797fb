/**
 * Files the API hands out, each crediting its sources and carrying the caveat line (an open
 * edition, not the Commission's index: src/report/attribution.ts):
 * - CSV: RFC 4180, UTF-8, strictly rectangular (every record has the header's fields, so strict
 *   parsers and spreadsheet programs read it as it is); the last two columns, `caveat` and `source`,
 *   hold the caveat line and the short credit, the same on every row so that they travel with any
 *   rows copied out of it (a free-standing first line would break strict parsers);
 * - XLSX: a real Office Open XML workbook (SheetJS) with the rows on one sheet (the same two
 *   columns; a download of several tables has one sheet for each) and the caveat line then the full attribution on a "Sources" sheet.
 */
import { stringify } from 'csv-stringify/sync';
import XLSX from 'xlsx';
import { caveatLine } from '../report/attribution.js';

export type Cell = string | number | null;

export interface Sheet {
  header: string[];
  rows: ReadonlyArray<ReadonlyArray<Cell>>;
}

export function csvDownload(sheet: Sheet, credit: string): string {
  const caveat = caveatLine();
  return stringify([[...sheet.header, 'caveat', 'source'], ...sheet.rows.map((row) => [...row.map((cell) => (cell === null ? '' : cell)), caveat, credit])], { record_delimiter: 'windows' });
}

/** A further named sheet of a workbook (after the first, before "Sources"). */
export interface NamedSheet {
  name: string;
  sheet: Sheet;
}

export function xlsxDownload(sheet: Sheet, sheetName: string, attribution: readonly string[], more: readonly NamedSheet[] = []): Buffer {
  const caveat = caveatLine();
  const workbook = XLSX.utils.book_new();
  for (const { name, sheet: each } of [{ name: sheetName, sheet }, ...more]) {
    const data = XLSX.utils.aoa_to_sheet([[...each.header, 'caveat'], ...each.rows.map((row) => [...row, caveat])]);
    XLSX.utils.book_append_sheet(workbook, data, name.slice(0, 31));
  }
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([caveat, ...attribution].map((line) => [line])), 'Sources');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
