/** Helpers both editions and all readers share: cases the real data does not reach. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvFile } from '../../src/pipeline/readers/csv.js';
import { readParquetColumns } from '../../src/pipeline/readers/parquet.js';
import { openWorkbook } from '../../src/pipeline/readers/spreadsheet.js';
import { ownedPct, sumTenure } from '../../src/pipeline/sources/census.js';
import { elsEarliestPeriod, elsLatestPeriod, type ElsRow } from '../../src/pipeline/sources/els.js';
import { makeTemp, removeTemp, smiErrorMessage } from './helpers.js';

const temp = makeTemp();
afterAll(() => removeTemp(temp));

describe('reading a file', () => {
  it('gives the same message for a missing file in every reader', async () => {
    const missing = join(temp, 'none');
    expect(await smiErrorMessage(() => readCsvFile(missing, 'none.csv'))).toBe('none.csv: no such file.');
    expect(await smiErrorMessage(() => readParquetColumns(missing, 'none.parquet', ['a']))).toBe('none.parquet: no such file.');
    expect(await smiErrorMessage(() => openWorkbook(missing, 'none.xlsx'))).toBe('none.xlsx: no such file.');
  });

  it('says that a folder is not a file it can read', async () => {
    expect(await smiErrorMessage(() => readCsvFile(temp, 'folder.csv'))).toBe('folder.csv: not a regular file (a folder, a pipe or a device); give the path of a file.');
  });
});

describe('home ownership', () => {
  const tenure = new Map([
    ['A', { all: 100, owned: 60 }],
    ['B', { all: 300, owned: 100 }],
    ['Z', { all: 0, owned: 0 }],
  ]);

  it('sums the households of the parts', () => {
    expect(sumTenure(tenure, ['A'])).toEqual({ all: 100, owned: 60 });
    expect(sumTenure(tenure, ['A', 'B'])).toEqual({ all: 400, owned: 160 });
    expect(ownedPct(sumTenure(tenure, ['A', 'B'])!)).toBe(40);
  });

  it('has no sum when a part has no row or there are no parts, and no share without households', () => {
    expect(sumTenure(tenure, ['A', 'C'])).toBeUndefined();
    expect(sumTenure(tenure, [])).toBeUndefined();
    expect(ownedPct(sumTenure(tenure, ['Z'])!)).toBeNull();
  });
});

describe('ELS periods', () => {
  const row = (period: string, value: number | null, geography = 'Local Authority District'): ElsRow => ({ areacd: 'E07000001', areanm: 'X', geography, period, value, lower: null, upper: null, line: 2 });

  it('are the earliest and latest with a value for a local authority', () => {
    const table = { label: 'els.csv', rows: [row('2019-09-01/P1Y', 5), row('2015-09-01/P1Y', null), row('2016-09-01/P1Y', 4), row('2022-09-01/P1Y', 3, 'Country')] };
    expect(elsEarliestPeriod(table)).toBe('2016-09-01/P1Y');
    expect(elsLatestPeriod(table)).toBe('2019-09-01/P1Y');
  });

  it('fail when no local authority has a value', async () => {
    const table = { label: 'els.csv', rows: [row('2019-09-01/P1Y', null)] };
    expect(await smiErrorMessage(() => elsLatestPeriod(table))).toBe('els.csv: no local-authority row has a value.');
    expect(await smiErrorMessage(() => elsEarliestPeriod(table))).toBe('els.csv: no local-authority row has a value.');
  });
});
