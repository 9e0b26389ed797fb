import { join } from 'node:path';
import XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { readParquetColumns } from '../../src/pipeline/readers/parquet.js';
import { cellNumber, findColumn, findHeaderRow, getSheet, openWorkbook } from '../../src/pipeline/readers/spreadsheet.js';
import { isSuppressionMarker, parseStatValue } from '../../src/pipeline/readers/values.js';
import { sourceFile } from '../../src/pipeline/manifest.js';
import { DATA_DIR, makeTemp, removeTemp, smiErrorMessage } from './helpers.js';

const here = () => 'file.csv, line 3, column "v"';

describe('statistical cells', () => {
  it('reads numbers, including thousands separators', () => {
    expect(parseStatValue('12.5', here)).toBe(12.5);
    expect(parseStatValue(' 7 ', here)).toBe(7);
    expect(parseStatValue('1,234.5', here)).toBe(1234.5);
    expect(parseStatValue(42, here)).toBe(42);
    expect(parseStatValue('57.140999999999998', here)).toBeCloseTo(57.141, 9);
  });

  it('turns suppression markers and blanks into null', () => {
    for (const marker of ['x', 'X', ':', 'c', '..', '-', '', '  ', 'z', 'u', '~', '!', '*', 'NA']) {
      expect(isSuppressionMarker(marker)).toBe(true);
      expect(parseStatValue(marker, here)).toBeNull();
    }
    expect(parseStatValue(null, here)).toBeNull();
    expect(parseStatValue(undefined, here)).toBeNull();
  });

  it('rejects anything else, naming where it is', async () => {
    const message = await smiErrorMessage(() => parseStatValue('twelve', here));
    expect(message).toContain('file.csv, line 3, column "v"');
    expect(message).toContain('"twelve"');
  });
});

describe('spreadsheets', () => {
  const temp = makeTemp();
  afterAll(() => removeTemp(temp));
  const path = join(temp, 'table.xlsx');
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([
      ['Table 1'],
      ['Code', 'Name', 2016, 'Per cent'],
      ['E06000001', 'Hartlepool', 3.5, 'x'],
      ['E06000002', 'Middlesbrough', 'oops', 12],
    ]),
    'Data',
  );
  XLSX.writeFile(book, path);

  it('finds sheets, header rows and columns, and reads numbers', () => {
    const workbook = openWorkbook(path, 'table.xlsx');
    const sheet = getSheet(workbook, 'Data');
    const header = findHeaderRow(sheet, ['Code', 'Per cent']);
    expect(header).toBe(1);
    expect(findColumn(sheet, 2016, [header])).toBe(2);
    expect(findColumn(sheet, ' per  CENT ', [header])).toBe(3);
    expect(cellNumber(sheet, 2, 2)).toBe(3.5);
    expect(cellNumber(sheet, 2, 3)).toBeNull();
    expect(cellNumber(sheet, 3, 3)).toBe(12);
  });

  it('names the file and the sheet when a sheet is missing', async () => {
    const message = await smiErrorMessage(() => getSheet(openWorkbook(path, 'table.xlsx'), '5c'));
    expect(message).toMatch(/^table\.xlsx: the sheet "5c" is missing \(the workbook has "Data"\)/);
  });

  it('names the file, sheet and column when a column is missing', async () => {
    const sheet = getSheet(openWorkbook(path, 'table.xlsx'), 'Data');
    const message = await smiErrorMessage(() => findColumn(sheet, 'Median', [1]));
    expect(message).toContain('table.xlsx, sheet "Data"');
    expect(message).toContain('the column "Median" is missing');
    expect(await smiErrorMessage(() => findHeaderRow(sheet, ['Local authority code']))).toContain('no header row with "Local authority code"');
  });

  it('names the row and column of an unexpected cell as Excel shows them', async () => {
    const sheet = getSheet(openWorkbook(path, 'table.xlsx'), 'Data');
    const message = await smiErrorMessage(() => cellNumber(sheet, 3, 2));
    expect(message).toContain('table.xlsx, sheet "Data", row 4, column C');
  });

  it('reports a missing workbook file', async () => {
    expect(await smiErrorMessage(() => openWorkbook(join(temp, 'none.xls'), 'none.xls'))).toBe('none.xls: no such file.');
  });

  it('reads a sheet of the real LWF workbook', () => {
    const source = sourceFile('ons-lwf-2022');
    const workbook = openWorkbook(join(DATA_DIR, source.path), source.path, ['All']);
    expect(workbook.sheetNames).toContain('Male');
    const sheet = getSheet(workbook, 'All');
    const header = findHeaderRow(sheet, ['Description', 'Code']);
    expect(findColumn(sheet, 'Per cent', [header, header - 1])).toBe(3);
  });
});

describe('parquet', () => {
  const source = sourceFile('lait');

  it('reads only the requested columns', async () => {
    const table = await readParquetColumns(join(DATA_DIR, source.path), source.path, ['Short Desc', 'Values']);
    expect(Object.keys(table.columns)).toEqual(['Short Desc', 'Values']);
    expect(table.rowCount).toBe(641070);
    expect(table.columns['Values']).toHaveLength(641070);
  });

  it('names the file and the missing column', async () => {
    const message = await smiErrorMessage(() => readParquetColumns(join(DATA_DIR, source.path), source.path, ['Short Desc', 'GSS code']));
    expect(message).toContain(source.path);
    expect(message).toContain('the column "GSS code" is missing');
    expect(message).toContain('"LA and Regions"');
  });
});

describe('plain CSV (readPlainCsvFile)', async () => {
  const { readCsvFile, readPlainCsvFile } = await import('../../src/pipeline/readers/csv.js');
  const { writeFileSync } = await import('node:fs');
  const temp = makeTemp();
  afterAll(() => removeTemp(temp));

  it('reads a quote-free file exactly as the RFC 4180 parser does, line numbers included', () => {
    const path = join(DATA_DIR, 'geo/postcodes/nspl_aug2024_postcode_exceptions_england.csv');
    const plain = readPlainCsvFile(path, 'exceptions');
    const parsed = readCsvFile(path, 'exceptions');
    expect(plain.columns).toEqual(parsed.columns);
    expect(plain.records.length).toBe(parsed.records.length);
    expect(plain.records).toEqual(parsed.records);
  });

  it('hands a file with quotes to the general parser', () => {
    const path = join(temp, 'quoted.csv');
    writeFileSync(path, 'a,b\n"x, y",2\n');
    expect(readPlainCsvFile(path, 'quoted.csv').records).toEqual([{ line: 2, cells: { a: 'x, y', b: '2' } }]);
  });

  it('names the file and the line of a row with the wrong number of fields', async () => {
    const path = join(temp, 'short.csv');
    writeFileSync(path, 'a,b\n1,2\n3\n');
    expect(await smiErrorMessage(() => readPlainCsvFile(path, 'short.csv'))).toBe('short.csv, line 3: malformed CSV (this row has a different number of fields from the header).');
  });
});
