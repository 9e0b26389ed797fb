/**
 * A table of text cells with a header, as a user's dataset arrives: from a CSV file (the CLI,
 * src/pipeline/readers/csv.ts) or from a sheet of a workbook read in the browser. Plain data, so
 * the one validator of a dataset (src/report/userDataset.ts) reads both.
 */

export interface CsvRecord {
  /** 1-based line number of the record in the file (the header is line 1), or the row number of a sheet. */
  line: number;
  /** Cell text by column name (trimmed of surrounding spaces). */
  cells: Record<string, string>;
}

export interface CsvTable {
  /** The file's name as shown in messages. */
  label: string;
  columns: string[];
  records: CsvRecord[];
}

/** "20 MB", "1 MB": a byte limit in words. */
function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000)} MB`;
}

/** What is said of a header wider than a reader accepts (`where`: the file, or the file and sheet, with the header's line). */
export function tooManyColumns(where: string, columns: number, maxColumns: number): string {
  return `${where}: the header has ${columns.toLocaleString('en-GB')} columns, more than the ${maxColumns.toLocaleString('en-GB')} this accepts.`;
}

/** What is said of more data rows than a reader accepts. */
export function tooManyRows(label: string, rows: number, maxRows: number): string {
  return `${label}: the file has ${rows.toLocaleString('en-GB')} data rows, more than the ${maxRows.toLocaleString('en-GB')} this accepts.`;
}

/** Why a row is refused when its text is longer than a reader accepts (said after the file and line). */
export function rowTooLong(maxRowCharacters: number): string {
  return `a row is longer than this accepts (${maxRowCharacters.toLocaleString('en-GB')} characters); is a cell holding something other than a value?`;
}

/** What is said of a file larger than a reader accepts (the CLI's readers and the browser's upload). */
export function fileTooLarge(label: string, size: number, maxBytes: number): string {
  return `${label}: the file is ${megabytes(size)}, more than the ${megabytes(maxBytes)} this accepts.`;
}
