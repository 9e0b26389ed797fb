/**
 * Excel workbooks (.xls and .xlsx) on SheetJS `xlsx`: open a workbook, take a sheet by name,
 * find a header row and a column by its header text, and read cells as numbers with the shared
 * suppression rule. Every error is an SmiError naming the file, the sheet and, where it helps,
 * the row and column as Excel shows them (row 8, column C).
 */
import XLSX from 'xlsx';
import { SmiError } from '../../errors.js';
import { readFileBytes } from './file.js';
import { parseStatValue } from './values.js';

export interface Workbook {
  /** The file's name as shown in messages. */
  label: string;
  sheetNames: string[];
  sheets: Record<string, XLSX.WorkSheet | undefined>;
}

/** One sheet as a grid of raw cell values (numbers, strings, booleans or null). */
export interface SheetTable {
  label: string;
  sheet: string;
  /** rows[r][c]; r and c are 0-based offsets from the sheet's first used cell. */
  rows: unknown[][];
  /** Excel row number (1-based) and column index (0-based) of rows[0][0]. */
  firstRow: number;
  firstColumn: number;
}

/**
 * Opens a workbook. `sheets` limits parsing to the named sheets (much faster for big files);
 * the names of all sheets are still known, for messages.
 */
export function openWorkbook(path: string, label: string, sheets?: readonly string[]): Workbook {
  const bytes = readFileBytes(path, label);
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'buffer', cellDates: false, cellFormula: false, cellHTML: false, cellStyles: false, ...(sheets ? { sheets: [...sheets] } : {}) });
  } catch (error) {
    throw new SmiError(`${label}: not a readable Excel workbook (${(error as Error).message}); check that it is the publisher's original.`);
  }
  return { label, sheetNames: workbook.SheetNames, sheets: workbook.Sheets };
}

/** A sheet by its exact name; an SmiError listing the sheets when it is missing. */
export function getSheet(workbook: Workbook, name: string): SheetTable {
  const sheet = workbook.sheetNames.includes(name) ? workbook.sheets[name] : undefined;
  if (sheet === undefined) {
    throw new SmiError(
      `${workbook.label}: the sheet "${name}" is missing (the workbook has ${workbook.sheetNames.map((s) => `"${s}"`).join(', ')}); check that the file is the publisher's original.`,
    );
  }
  const ref = sheet['!ref'];
  if (ref === undefined) return { label: workbook.label, sheet: name, rows: [], firstRow: 1, firstColumn: 0 };
  const range = XLSX.utils.decode_range(ref);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null, blankrows: true });
  return { label: workbook.label, sheet: name, rows, firstRow: range.s.r + 1, firstColumn: range.s.c };
}

/** "file, sheet X, row 8, column C" for messages; row and column are optional. */
export function cellLocation(table: SheetTable, row?: number, column?: number): string {
  let where = `${table.label}, sheet "${table.sheet}"`;
  if (row !== undefined) where += `, row ${table.firstRow + row}`;
  if (column !== undefined) where += `, column ${XLSX.utils.encode_col(table.firstColumn + column)}`;
  return where;
}

/** Header text as compared: trimmed, spaces collapsed, lower case; numbers as their digits. */
export function headerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The first row (0-based index into `rows`) within the first `maxRows` rows that contains every
 * one of `headers` (compared with `headerText`). An SmiError naming the file and sheet otherwise.
 */
export function findHeaderRow(table: SheetTable, headers: readonly (string | number)[], maxRows = 40): number {
  const wanted = headers.map(headerText);
  const limit = Math.min(table.rows.length, maxRows);
  for (let r = 0; r < limit; r += 1) {
    const texts = new Set((table.rows[r] ?? []).map(headerText));
    if (wanted.every((text) => texts.has(text))) return r;
  }
  throw new SmiError(
    `${cellLocation(table)}: no header row with ${headers.map((h) => `"${h}"`).join(', ')} in the first ${maxRows} rows; check that the file is the publisher's original.`,
  );
}

/**
 * The column (0-based) whose header is `header`, looked for in the given header rows (the first
 * match wins). An SmiError naming the file, sheet and column text when no cell matches.
 */
export function findColumn(table: SheetTable, header: string | number, headerRows: readonly number[]): number {
  const wanted = headerText(header);
  for (const r of headerRows) {
    const row = table.rows[r] ?? [];
    const c = row.findIndex((cell) => headerText(cell) === wanted);
    if (c >= 0) return c;
  }
  const rowsText = headerRows.map((r) => table.firstRow + r).join(', ');
  throw new SmiError(
    `${cellLocation(table)}: the column "${header}" is missing (looked in header row${headerRows.length > 1 ? 's' : ''} ${rowsText}); check that the file is the publisher's original.`,
  );
}

/** A cell's raw value (null when empty or outside the grid). */
export function cellValue(table: SheetTable, row: number, column: number): unknown {
  return table.rows[row]?.[column] ?? null;
}

/** A cell's text, trimmed ('' when empty). */
export function cellText(table: SheetTable, row: number, column: number): string {
  const value = cellValue(table, row, column);
  return value === null || value === undefined ? '' : String(value).trim();
}

/** A cell as a number; null for a blank or a suppression marker; an SmiError otherwise. */
export function cellNumber(table: SheetTable, row: number, column: number): number | null {
  return parseStatValue(cellValue(table, row, column), () => cellLocation(table, row, column));
}
