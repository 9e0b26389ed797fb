/**
 * The two ONS Excel tables: the 2018 edition of the house price to residence-based earnings
 * ratio (sheets 5b and 5c, one column per year) and the 2022 Living Wage Foundation table 7
 * (sheet All, column "Per cent").
 */
import { SmiError } from '../../errors.js';
import { sourcePath } from '../checksum.js';
import { sourceFile } from '../manifest.js';
import { cellNumber, cellText, findColumn, findHeaderRow, getSheet, openWorkbook, type SheetTable } from '../readers/spreadsheet.js';

const AREA_CODE = /^[EWSNK]\d{8}$/;

/** Values by area code and year of one sheet of the affordability workbook. */
export interface YearTable {
  label: string;
  sheet: string;
  years: number[];
  byCode: Map<string, Map<number, number | null>>;
}

export const AFFORDABILITY_EARNINGS_SHEET = '5b';
export const AFFORDABILITY_RATIO_SHEET = '5c';

/** Sheets 5b (median gross annual residence-based earnings, £) and 5c (median price ÷ earnings). */
export function readAffordability2018(dataDir: string): { earnings: YearTable; ratio: YearTable } {
  const source = sourceFile('ons-affordability-2018');
  const workbook = openWorkbook(sourcePath(dataDir, source), source.path, [AFFORDABILITY_EARNINGS_SHEET, AFFORDABILITY_RATIO_SHEET]);
  return {
    earnings: yearTable(getSheet(workbook, AFFORDABILITY_EARNINGS_SHEET)),
    ratio: yearTable(getSheet(workbook, AFFORDABILITY_RATIO_SHEET)),
  };
}

function yearTable(sheet: SheetTable): YearTable {
  const header = findHeaderRow(sheet, ['Local authority code', 'Local authority name']);
  const codeColumn = findColumn(sheet, 'Local authority code', [header]);
  const yearColumns = new Map<number, number>();
  (sheet.rows[header] ?? []).forEach((cell, column) => {
    const text = String(cell ?? '').trim();
    if (/^(19|20)\d{2}$/.test(text)) yearColumns.set(Number(text), column);
  });
  if (yearColumns.size === 0) throw new SmiError(`${sheet.label}, sheet "${sheet.sheet}": the header row has no year columns; check that the file is the publisher's original.`);
  const byCode = new Map<string, Map<number, number | null>>();
  for (let r = header + 1; r < sheet.rows.length; r += 1) {
    const code = cellText(sheet, r, codeColumn);
    if (!AREA_CODE.test(code)) continue;
    if (byCode.has(code)) throw new SmiError(`${sheet.label}, sheet "${sheet.sheet}", row ${sheet.firstRow + r}: a second row for ${code}; check that the file is the publisher's original.`);
    const values = new Map<number, number | null>();
    for (const [year, column] of yearColumns) values.set(year, cellNumber(sheet, r, column));
    byCode.set(code, values);
  }
  return { label: sheet.label, sheet: sheet.sheet, years: [...yearColumns.keys()].sort(), byCode };
}

export const LWF_SHEET = 'All';
export const LWF_COLUMN = 'Per cent';

export interface LivingWageRow {
  name: string;
  /** Percentage of employee jobs paid below the Living Wage Foundation rate; null when suppressed. */
  percent: number | null;
}

/** Sheet All of LWF table 7: percentage of jobs below the LWF rate, by area code (2022 codes). */
export function readLivingWage2022(dataDir: string): Map<string, LivingWageRow> {
  const source = sourceFile('ons-lwf-2022');
  const workbook = openWorkbook(sourcePath(dataDir, source), source.path, [LWF_SHEET]);
  const sheet = getSheet(workbook, LWF_SHEET);
  const header = findHeaderRow(sheet, ['Description', 'Code']);
  const codeColumn = findColumn(sheet, 'Code', [header]);
  const nameColumn = findColumn(sheet, 'Description', [header]);
  const percentColumn = findColumn(sheet, LWF_COLUMN, [header, header - 1, header - 2].filter((r) => r >= 0));
  const out = new Map<string, LivingWageRow>();
  for (let r = header + 1; r < sheet.rows.length; r += 1) {
    const code = cellText(sheet, r, codeColumn);
    if (!AREA_CODE.test(code)) continue;
    const row = { name: cellText(sheet, r, nameColumn), percent: cellNumber(sheet, r, percentColumn) };
    const previous = out.get(code);
    if (previous !== undefined && previous.percent !== row.percent) {
      throw new SmiError(`${sheet.label}, sheet "${sheet.sheet}", row ${sheet.firstRow + r}: ${code} appears twice with different values; check that the file is the publisher's original.`);
    }
    out.set(code, row);
  }
  if (out.size === 0) throw new SmiError(`${sheet.label}, sheet "${sheet.sheet}": no rows with an area code; check that the file is the publisher's original.`);
  return out;
}
