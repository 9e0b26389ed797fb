/**
 * An uploaded sheet as the table the dataset validator reads (src/edition/table.ts): the header
 * row the user chose, the matched columns renamed to `code`, `name` and the indicator ids, and
 * each row with its real row number in the sheet (a title above the header does not shift them),
 * so the validator's "line 7" is the row the user sees. Area names are resolved to codes with the
 * CLI's lookup (src/report/areaLookup.ts). Pure.
 */
import type { CsvRecord, CsvTable } from '../../../../src/edition/table.js';
import { SmiError, UsageError } from '../../../../src/errors.js';
import { findArea, type NamedArea } from '../../../../src/report/areaLookup.js';
import { CODE_COLUMN, NAME_COLUMN } from '../../../../src/report/userDataset.js';
import type { AreaColumn } from './matchColumns.js';

/** A sheet of text cells: `rows[i]` is the sheet's row `firstRow + i` (1-based, as a spreadsheet numbers them). */
export interface UploadedSheet {
  name: string;
  rows: string[][];
  firstRow: number;
}

/** Which column holds what (indexes into the header row). */
export interface ColumnMapping {
  area: AreaColumn | null;
  /** A column of names beside a column of codes (the names then shown are the file's). */
  name: number | null;
  /** Each indicator id's column, or null when none holds it. */
  indicators: Record<string, number | null>;
}

/** The sheet's row number of `rows[index]`. */
export function rowNumber(sheet: UploadedSheet, index: number): number {
  return sheet.firstRow + index;
}

/**
 * The table of the rows below `headerIndex`, for the validator. Columns: `code` when the area
 * column is known (codes, or names resolved to codes), `name` when names are given, then each
 * matched indicator's id in the method's order (an unmatched one is left out, so the validator
 * names it as missing). A row blank in every used column is skipped, as a blank line of a CSV.
 * `areas` are the areas names are looked up in; `geographyLabel` names them in a message.
 */
export function tableFromSheet(
  sheet: UploadedSheet,
  headerIndex: number,
  label: string,
  mapping: ColumnMapping,
  indicatorIds: readonly string[],
  areas: readonly NamedArea[],
  geographyLabel: string,
): CsvTable {
  const header = sheet.rows[headerIndex] ?? [];
  const used: Array<{ name: string; column: number }> = [];
  const nameColumn = mapping.area?.kind === 'name' ? mapping.area.column : mapping.name;
  if (mapping.area !== null) used.push({ name: CODE_COLUMN, column: mapping.area.column });
  if (nameColumn !== null && !(mapping.area?.kind === 'code' && nameColumn === mapping.area.column)) used.push({ name: NAME_COLUMN, column: nameColumn });
  for (const id of indicatorIds) {
    const column = mapping.indicators[id];
    if (column !== null && column !== undefined) used.push({ name: id, column });
  }
  const records: CsvRecord[] = [];
  for (let index = headerIndex + 1; index < sheet.rows.length; index += 1) {
    const row = sheet.rows[index]!;
    const text = (column: number) => (row[column] ?? '').trim();
    if (used.every(({ column }) => text(column) === '')) continue;
    const line = rowNumber(sheet, index);
    const cells: Record<string, string> = {};
    for (const { name, column } of used) cells[name] = text(column);
    if (mapping.area?.kind === 'name') {
      const given = text(mapping.area.column);
      if (given !== '') {
        try {
          cells[CODE_COLUMN] = findArea(areas, given, `in the ${geographyLabel}`).code;
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          throw new SmiError(`${label}, line ${line}, column ${header[mapping.area.column] || mapping.area.column + 1}: ${error.message}`);
        }
      }
    }
    records.push({ line, cells });
  }
  return { label, columns: used.map(({ name }) => name), records };
}
