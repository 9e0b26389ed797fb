/**
 * CSV reading for the pipeline and for user datasets, on `csv-parse` (strict RFC 4180 parsing
 * with line numbers in its errors). Every error is an SmiError naming the file and the line.
 */
import { parse, CsvError } from 'csv-parse/sync';
import { SmiError } from '../../errors.js';
import { readFileBytes } from './file.js';

import { rowTooLong, tooManyColumns, tooManyRows, type CsvRecord, type CsvTable } from '../../edition/table.js';

export type { CsvRecord, CsvTable };

/** Limits of a file a user gives: its size, the characters of one row (a cell of megabytes is no value), its data rows and its columns. */
export interface CsvLimits {
  maxBytes: number;
  maxRowCharacters: number;
  maxRows: number;
  maxColumns: number;
}

/** Reads a CSV file with a header row; `label` names the file in error messages. */
export function readCsvFile(path: string, label: string = path, limits?: CsvLimits): CsvTable {
  const text = readFileBytes(path, label, limits?.maxBytes).toString('utf8');
  return parseCsvText(text, label, limits);
}

/**
 * Reads a large machine-written CSV file: when the text holds no quote and no carriage return,
 * every line is a record and every comma a separator (so RFC 4180 reads it the same), and it is
 * split directly, a few times faster than the general parser; otherwise it is read by
 * {@link parseCsvText}. Cells are trimmed and blank lines skipped, as there.
 */
export function readPlainCsvFile(path: string, label: string = path): CsvTable {
  const text = readFileBytes(path, label).toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('"') || text.includes('\r')) return parseCsvText(text, label);
  const lines = text.split('\n');
  const header = (lines[0] ?? '').split(',').map((name) => name.trim());
  if (header.length === 1 && header[0] === '') throw new SmiError(`${label}: the file is empty; expected a header row.`);
  const records: CsvRecord[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    const fields = line.split(',');
    if (fields.length !== header.length) throw new SmiError(`${label}, line ${index + 1}: malformed CSV (this row has a different number of fields from the header).`);
    const cells: Record<string, string> = {};
    header.forEach((name, column) => {
      cells[name] = fields[column]!.trim();
    });
    records.push({ line: index + 1, cells });
  }
  return { label, columns: header, records };
}

/** Parses CSV text with a header row (a UTF-8 byte-order mark is ignored). */
export function parseCsvText(text: string, label: string, limits?: Partial<Omit<CsvLimits, 'maxBytes'>>): CsvTable {
  const maxRowCharacters = limits?.maxRowCharacters;
  if (text.trim() === '') throw new SmiError(`${label}: the file is empty; expected a header row and at least one data row.`);
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = parse(text, { bom: true, info: true, skip_empty_lines: true, trim: true, ...(maxRowCharacters === undefined ? {} : { max_record_size: maxRowCharacters }) }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new SmiError(`${label}${line === undefined ? '' : `, line ${line}`}: malformed CSV (${describeCsvError(error, maxRowCharacters)}).`);
    }
    throw error;
  }
  const [headerEntry, ...body] = parsed;
  if (headerEntry === undefined) throw new SmiError(`${label}: the file is empty; expected a header row.`);
  const header = headerEntry.record;
  if (limits?.maxColumns !== undefined && header.length > limits.maxColumns) {
    throw new SmiError(tooManyColumns(`${label}, line 1`, header.length, limits.maxColumns));
  }
  if (limits?.maxRows !== undefined && body.length > limits.maxRows) {
    throw new SmiError(tooManyRows(label, body.length, limits.maxRows));
  }
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') throw new SmiError(`${label}, line 1, column ${index + 1}: the header has an empty column name.`);
    if (seen.has(name)) throw new SmiError(`${label}, line 1: the column "${name}" appears twice in the header.`);
    seen.add(name);
  });
  // `info.lines` is the line on which a record ends: for the one-line records of statistical
  // files, the line a spreadsheet user would look at.
  const records = body.map(({ record, info }) => {
    const cells: Record<string, string> = {};
    header.forEach((name, column) => {
      cells[name] = record[column] ?? '';
    });
    return { line: info.lines, cells };
  });
  return { label, columns: header, records };
}

function describeCsvError(error: CsvError, maxRowCharacters: number | undefined): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
      return 'this row has a different number of fields from the header';
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a closing quote is followed by other characters';
    case 'CSV_MAX_RECORD_SIZE':
      return rowTooLong(maxRowCharacters ?? 0);
    default:
      return error.message.replace(/^Invalid [^:]*: /, '');
  }
}
