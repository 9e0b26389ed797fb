/**
 * The two ONS Excel tables: the 2018 edition of the house price to residence-based earnings
 * ratio (sheets 5b and 5c, one column per year) and the 2022 Living Wage Foundation table 7
 * (sheet All, column "Per cent").
 */
import { SmiError } from '../../errors.js';
import { sourcePath } from '../checksum.js';
import { sourceFile } from '../manifest.js';
import { cellNumber, cellText, findColumn, findHeaderRow, getSheet, headerText, openWorkbook, type SheetTable } from '../readers/spreadsheet.js';

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

export const ASHE8_SHEET = 'All';

/** One district of ASHE table 8.1a (2017): the April 2017 median weekly pay and its % change on 2016. */
export interface Ashe2017Row {
  name: string;
  median: number | null;
  change: number | null;
}

/**
 * Sheet All of ASHE table 8.1a 2017 (place of residence, weekly gross pay): the header row holds
 * "Description", "Code", then the number of jobs, "Median" and its annual percentage change.
 */
export function readAsheTable8of2017(dataDir: string): Map<string, Ashe2017Row> {
  const source = sourceFile('ons-ashe-table8-2017');
  const workbook = openWorkbook(sourcePath(dataDir, source), source.path, [ASHE8_SHEET]);
  const sheet = getSheet(workbook, ASHE8_SHEET);
  const header = findHeaderRow(sheet, ['Description', 'Code', 'Median']);
  const codeColumn = findColumn(sheet, 'Code', [header]);
  const nameColumn = findColumn(sheet, 'Description', [header]);
  const medianColumn = findColumn(sheet, 'Median', [header]);
  const changeColumn = medianColumn + 1;
  if (headerText((sheet.rows[header] ?? [])[changeColumn]) !== 'change') {
    throw new SmiError(`${sheet.label}, sheet "${sheet.sheet}": the column after "Median" is not its annual % change; check that the file is the publisher's original.`);
  }
  const out = new Map<string, Ashe2017Row>();
  for (let r = header + 1; r < sheet.rows.length; r += 1) {
    const code = cellText(sheet, r, codeColumn);
    if (!AREA_CODE.test(code)) continue;
    out.set(code, { name: cellText(sheet, r, nameColumn), median: cellNumber(sheet, r, medianColumn), change: cellNumber(sheet, r, changeColumn) });
  }
  if (out.size === 0) throw new SmiError(`${sheet.label}, sheet "${sheet.sheet}": no rows with an area code; check that the file is the publisher's original.`);
  return out;
}

/** April 2016 back-cast from April 2017: median ÷ (1 + change ÷ 100); null when either is missing. */
export function backCast2016(row: Ashe2017Row | undefined): number | null {
  if (row === undefined || row.median === null || row.change === null) return null;
  return row.median / (1 + row.change / 100);
}
