/**
 * The "Your own data" page's pure parts: matching a sheet's columns to the indicators (by id, by
 * number, by label; the same whatever the order of the columns), guessing the header row, the
 * area column and the geography, and turning a sheet into the validator's table with the sheet's
 * own row numbers — so the CLI's validator names the row the user sees.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMI_2017 } from '../../src/method/presets.js';
import { userDatasetEdition } from '../../src/report/userDataset.js';
import type { AreaGeography } from '../../src/edition/types.js';
import { guessAreaColumn, guessGeography, guessHeaderIndex, headerNumber, matchIndicators } from '../../web/src/pages/yours/matchColumns.js';
import { tableFromSheet, type UploadedSheet } from '../../web/src/pages/yours/sheetTable.js';
import { templateSheet } from '../../web/src/pages/yours/yourFiles.js';

const indicators = SMI_2017.indicators;
const ids = indicators.map((indicator) => indicator.id);

function area(code: string, name: string): AreaGeography {
  return { code, name, type: 'Non-metropolitan district', regionCode: 'E12000002', region: 'North West', countyCode: 'E10000006', county: 'Cumbria', ruralUrban: 'x', ruralUrbanBroad: 'x', successorCode: code, successorName: name, predecessorCodes: [] };
}
const CUMBRIA = [area('E07000026', 'Allerdale'), area('E07000027', 'Barrow-in-Furness'), area('E07000028', 'Carlisle'), area('E07000029', 'Copeland'), area('E07000030', 'Eden')];
const GEOGRAPHY = new Map(CUMBRIA.map((each) => [each.code, each]));

describe('matching columns to indicators', () => {
  it('matches by id, by number and by label, the strongest first', () => {
    // written by hand: column 0 the id of indicator 1; 1 "Indicator 2"; 2 "(3) …"; 3 the label of 4 in capitals with punctuation; 4 nothing
    const headers = ['ey-providers-good', 'Indicator 2', '(3) primaries', 'FSM pupils at the expected standard, at KS2!', 'Notes'];
    const matched = matchIndicators(headers, indicators);
    expect(matched['ey-providers-good']).toEqual({ column: 0, by: 'id' });
    expect(matched['ey-fsm-good-development']).toEqual({ column: 1, by: 'number' });
    expect(matched['fsm-primary-good']).toEqual({ column: 2, by: 'number' });
    expect(matched['fsm-ks2-rwm']).toEqual({ column: 3, by: 'label' });
    expect(matched['median-pay']).toEqual({ column: null, by: null });
  });

  it('reads the number a header starts with, and no number inside words', () => {
    expect([headerNumber('7'), headerNumber('07. FSM'), headerNumber('Indicator 16'), headerNumber('ind. 3'), headerNumber('(12) pay')]).toEqual([7, 7, 16, 3, 12]);
    expect([headerNumber('KS2'), headerNumber('2+ A levels'), headerNumber('Area'), headerNumber('16a')]).toEqual([null, null, null, null]);
  });

  it('takes a number over a label contained in another header, and uses a column once', () => {
    // "median-pay" matches column 1 by id; the numbered column 0 is 12 as well but already taken by the stronger match
    const matched = matchIndicators(['12. Median pay of residents', 'median-pay'], indicators);
    expect(matched['median-pay']).toEqual({ column: 1, by: 'id' });
    expect(Object.values(matched).filter((match) => match.column === 0)).toEqual([]);
  });

  it('matches the same headers to the same indicators whatever the order of the columns, two forms of one indicator included (property)', () => {
    const forms = (index: number): string[] => {
      const indicator = indicators[index]!;
      return [indicator.id, `${indicator.number}. ${indicator.label}`, `Indicator ${indicator.number}`, indicator.label.toUpperCase(), `Notes ${index}`];
    };
    const headerSet = fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: indicators.length - 1 }), fc.integer({ min: 0, max: 4 })), { selector: ([index, form]) => `${index} ${form}`, maxLength: 30 });
    fc.assert(
      fc.property(headerSet.chain((chosen) => fc.tuple(fc.constant(chosen.map(([index, form]) => forms(index)[form]!)), fc.shuffledSubarray(chosen.map((_, i) => i), { minLength: chosen.length }))), ([headers, order]) => {
        const permuted = order.map((i) => headers[i]!);
        const byHeader = (list: readonly string[]) => Object.fromEntries(Object.entries(matchIndicators(list, indicators)).map(([id, match]) => [id, match.column === null ? null : list[match.column]]));
        expect(byHeader(permuted)).toEqual(byHeader(headers));
      }),
      { numRuns: 200 },
    );
  });

  it('guesses the header below a title, the area column by its values and the geography that knows them', () => {
    const rows = [['Social Mobility Index'], [], ['Area', 'Code', ...ids.slice(0, 5)], ['Carlisle', 'E07000028', '1', '2', '3', '4', '5']];
    expect(guessHeaderIndex(rows, indicators)).toBe(2);
    expect(guessHeaderIndex([['a'], ['b']], indicators)).toBe(0);
    expect(guessAreaColumn(rows[2]!, rows.slice(3), CUMBRIA)).toEqual({ column: 1, kind: 'code' });
    expect(guessAreaColumn(['Area', 'x'], [['carlisle', '1'], ['EDEN', '2']], CUMBRIA)).toEqual({ column: 0, kind: 'name' });
    expect(guessAreaColumn(['Area'], [['Atlantis']], CUMBRIA)).toBeNull();
    const councils = [area('E06000063', 'Cumberland')];
    expect(guessGeography(['E07000028', 'E06000063', 'E07000029'], [{ id: '2016', areas: CUMBRIA }, { id: '2025', areas: councils }], 'code')).toBe('2016');
    expect(guessGeography(['Cumberland'], [{ id: '2016', areas: CUMBRIA }, { id: '2025', areas: councils }], 'name')).toBe('2025');
  });
});

describe('a sheet as the validator\'s table', () => {
  const sheet: UploadedSheet = {
    name: 'Data',
    firstRow: 1,
    rows: [['A title row'], [], ['Local authority', ...ids], ['Carlisle', ...ids.map(() => '50')], [], ['eden', ...ids.map((_, i) => (i === 3 ? 'x' : '40'))]],
  };
  const mapping = { area: { column: 0, kind: 'name' as const }, name: null, indicators: Object.fromEntries(ids.map((id, i) => [id, i + 1])) };

  it('keeps the sheet\'s row numbers, skips blank rows and resolves names to codes', () => {
    const table = tableFromSheet(sheet, 2, 'book.xlsx, sheet "Data"', mapping, ids, CUMBRIA, '2016 districts');
    expect(table.columns).toEqual(['code', 'name', ...ids]);
    expect(table.records.map((record) => [record.line, record.cells.code, record.cells.name])).toEqual([
      [4, 'E07000028', 'Carlisle'],
      [6, 'E07000030', 'eden'],
    ]);
  });

  it('gives the validator\'s message with the row the user sees (a title above the header counts)', () => {
    const table = tableFromSheet(sheet, 2, 'book.xlsx, sheet "Data"', mapping, ids, CUMBRIA, '2016 districts');
    expect(() => userDatasetEdition(table, SMI_2017, GEOGRAPHY)).toThrow(`book.xlsx, sheet "Data", line 6, column ${ids[3]}: expected a number or an empty cell, got "x".`);
    // a sheet whose first used row is row 5 numbers its rows from there
    const lower = tableFromSheet({ ...sheet, firstRow: 5 }, 2, 'b', mapping, ids, CUMBRIA, '2016 districts');
    expect(lower.records.map((record) => record.line)).toEqual([8, 10]);
  });

  it('names a name it cannot place, with the row and the column header, and leaves out an unmatched indicator for the validator to name', () => {
    const unknown: UploadedSheet = { ...sheet, rows: [sheet.rows[2]!, ['Carlise', ...ids.map(() => '1')]] };
    expect(() => tableFromSheet(unknown, 0, 'f.csv', mapping, ids, CUMBRIA, '2016 districts')).toThrow('f.csv, line 2, column Local authority: no area called "Carlise" in the 2016 districts; did you mean Carlisle?');
    const partial = tableFromSheet(sheet, 2, 'f.csv', { ...mapping, indicators: { ...mapping.indicators, 'median-pay': null } }, ids, CUMBRIA, '2016 districts');
    expect(partial.columns).not.toContain('median-pay');
    expect(() => userDatasetEdition(partial, SMI_2017, GEOGRAPHY)).toThrow('f.csv, line 1: missing column "median-pay"; give every indicator a column, left empty where there is no value.');
    expect(() => userDatasetEdition(tableFromSheet(sheet, 2, 'f.csv', { ...mapping, area: null }, ids, CUMBRIA, '2016 districts'), SMI_2017, GEOGRAPHY)).toThrow(/^f\.csv: no "code" column/);
  });

  it('makes a template of every area with an empty column per indicator id', () => {
    expect(templateSheet(CUMBRIA.slice(0, 2), ['a', 'b'])).toEqual({
      header: ['code', 'name', 'a', 'b'],
      rows: [
        ['E07000026', 'Allerdale', '', ''],
        ['E07000027', 'Barrow-in-Furness', '', ''],
      ],
    });
  });
});

describe('the limits of an uploaded workbook (the CLI\'s, in its words)', () => {
  const workbook = async (sheet: Record<string, unknown>): Promise<ArrayBuffer> => {
    const XLSX = (await import('xlsx')).default;
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'Data');
    const bytes = XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    return bytes;
  };

  it('refuses a header wider than 500 columns, a sheet of more than 100,000 data rows and a row of more than 10,000 characters', async () => {
    const XLSX = (await import('xlsx')).default;
    const { readUploadBytes } = await import('../../web/src/pages/yours/readUpload.js');
    const wide = XLSX.utils.aoa_to_sheet([Array.from({ length: 501 }, (_, i) => `c${i}`), Array.from({ length: 501 }, () => 1)]);
    await expect(readUploadBytes('wide.xlsx', await workbook(wide))).rejects.toThrow('wide.xlsx, sheet "Data": the header has 501 columns, more than the 500 this accepts.');
    // a sheet that says it reaches row 100,002 (a header and 100,001 data rows), as a crafted file can, is refused before its cells are read
    const tall = XLSX.utils.aoa_to_sheet([['code'], ['E07000028']]);
    tall['!ref'] = 'A1:A100002';
    await expect(readUploadBytes('tall.xlsx', await workbook(tall))).rejects.toThrow('tall.xlsx, sheet "Data": the file has 100,001 data rows, more than the 100,000 this accepts.');
    const long = XLSX.utils.aoa_to_sheet([['Title'], ['code', 'x'], ['E07000028', 'y'.repeat(10_001)]]);
    await expect(readUploadBytes('long.xlsx', await workbook(long))).rejects.toThrow('long.xlsx, sheet "Data", line 3: a row is longer than this accepts (10,000 characters); is a cell holding something other than a value?');
    // just inside every limit, the sheet is read
    const inside = XLSX.utils.aoa_to_sheet([Array.from({ length: 500 }, (_, i) => `c${i}`), ['y'.repeat(9_000)]]);
    expect((await readUploadBytes('inside.xlsx', await workbook(inside))).sheets[0]!.rows).toHaveLength(2);
  });
});
