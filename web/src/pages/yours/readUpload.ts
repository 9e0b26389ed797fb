/**
 * Reading an uploaded file in the browser: a workbook (XLSX, XLS, ODS) or a CSV, with SheetJS
 * (`xlsx`, already the server's writer of XLSX downloads; it reads every spreadsheet format the
 * Commission's and councils' files come in). It is imported here, and this module only when a
 * file is chosen, so its ~140 KB reach no one who does not upload. Nothing is sent anywhere.
 */
import { fileTooLarge, rowTooLong, tooManyColumns, tooManyRows } from '../../../../src/edition/table.js';
import { SmiError } from '../../../../src/errors.js';
import { USER_CSV_LIMITS } from '../../../../src/report/userDataset.js';
import type { UploadedSheet } from './sheetTable.js';

export interface Upload {
  /** The file's name, as messages name it. */
  file: string;
  /** True for a CSV (one sheet, whose label is the file's name, as the CLI's). */
  csv: boolean;
  sheets: UploadedSheet[];
}

/** The cell as text: numbers as JavaScript writes them (all their digits), empty cells as ''. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Reads the sheets of a file's bytes (a CSV is read as text, its cells kept as written). */
export async function readUploadBytes(name: string, bytes: ArrayBuffer): Promise<Upload> {
  if (bytes.byteLength > USER_CSV_LIMITS.maxBytes) throw new SmiError(fileTooLarge(name, bytes.byteLength, USER_CSV_LIMITS.maxBytes));
  const { read, utils } = await import('xlsx');
  const csv = /\.(csv|txt)$/i.test(name);
  let book;
  try {
    book = csv ? read(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''), { type: 'string', raw: true, dense: true }) : read(new Uint8Array(bytes), { type: 'array', dense: true });
  } catch (error) {
    throw new SmiError(`${name}: cannot be read as a ${csv ? 'CSV file' : 'workbook'} (${error instanceof Error ? error.message : String(error)}); give a CSV or an XLSX file.`);
  }
  const sheets = book.SheetNames.map((sheetName): UploadedSheet => {
    const sheet = book.Sheets[sheetName]!;
    const ref = sheet['!ref'];
    if (ref === undefined) return { name: sheetName, rows: [], firstRow: 1 };
    const range = utils.decode_range(ref);
    // the CLI's limits, checked on the sheet's extent before its cells are turned into rows
    const where = csv ? name : `${name}, sheet "${sheetName}"`;
    const columns = range.e.c - range.s.c + 1;
    if (columns > USER_CSV_LIMITS.maxColumns) throw new SmiError(tooManyColumns(where, columns, USER_CSV_LIMITS.maxColumns));
    const dataRows = range.e.r - range.s.r;
    if (dataRows > USER_CSV_LIMITS.maxRows) throw new SmiError(tooManyRows(where, dataRows, USER_CSV_LIMITS.maxRows));
    const rows = utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: '', blankrows: true }).map((row) => (Array.isArray(row) ? row.map(cellText) : []));
    rows.forEach((row, index) => {
      if (row.reduce((length, cell) => length + cell.length, 0) > USER_CSV_LIMITS.maxRowCharacters) {
        throw new SmiError(`${where}, line ${range.s.r + 1 + index}: ${rowTooLong(USER_CSV_LIMITS.maxRowCharacters)}`);
      }
    });
    return { name: sheetName, rows, firstRow: range.s.r + 1 };
  });
  if (sheets.every((sheet) => sheet.rows.length === 0)) throw new SmiError(`${name}: the file is empty; expected a header row and at least one data row.`);
  return { file: name, csv, sheets };
}

/** Reads a chosen file. */
export async function readUpload(file: File): Promise<Upload> {
  if (file.size > USER_CSV_LIMITS.maxBytes) throw new SmiError(fileTooLarge(file.name, file.size, USER_CSV_LIMITS.maxBytes));
  return readUploadBytes(file.name, await file.arrayBuffer());
}
