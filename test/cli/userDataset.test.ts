import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMI_2017 } from '../../src/method/presets.js';
import { expectOneLineError, parseCsv, smi } from './smi.js';

const ids = SMI_2017.indicators.map((indicator) => indicator.id);
const dir = mkdtempSync(join(tmpdir(), 'smi-user-'));

function writeDataset(name: string, header: string[], rows: string[][]): string {
  const file = join(dir, name);
  writeFileSync(file, [header, ...rows].map((row) => row.join(',')).join('\n') + '\n');
  return file;
}

/** Five Cumbrian districts with one indicator per stage; every other column left empty. */
function cumbria(values: Record<string, Record<string, string>>): string[][] {
  return Object.entries(values).map(([code, byId]) => [code, ...ids.map((id) => byId[id] ?? '')]);
}

const FIVE = cumbria({
  E07000030: { 'ey-fsm-good-development': '40', 'fsm-ks2-rwm': '50', 'fsm-not-sustained': '10', 'median-pay': '400' },
  E07000028: { 'ey-fsm-good-development': '60', 'fsm-ks2-rwm': '70', 'fsm-not-sustained': '2', 'median-pay': '600' },
  E07000026: { 'ey-fsm-good-development': '55', 'fsm-ks2-rwm': '65', 'fsm-not-sustained': '4', 'median-pay': '550' },
  E07000027: { 'ey-fsm-good-development': '50', 'fsm-ks2-rwm': '60', 'fsm-not-sustained': '6', 'median-pay': '500' },
  E07000029: { 'ey-fsm-good-development': '45', 'fsm-ks2-rwm': '55', 'fsm-not-sustained': '8', 'median-pay': '450' },
});

describe('a dataset of your own', () => {
  it('is ranked with the method, worked by hand', async () => {
    // Each indicator is evenly spaced in the same order (lower is better for not-sustained), so every
    // stage score equals the same z-score: mean 50, sample sd √((100+25+0+25+100)/4) = √62.5 ≈ 7.9057;
    // Carlisle (60) scores 10/7.9057 = 1.26491 on every stage and overall; Eden (40) −1.26491.
    const file = writeDataset('five.csv', ['code', ...ids], FIVE);
    const run = await smi(['export', '--edition', file, '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const exported = JSON.parse(run.stdout) as { areas: Array<{ name: string; overall: { score: number; rank: number; class: string } }> };
    const byName = Object.fromEntries(exported.areas.map((area) => [area.name, area.overall]));
    expect(byName.Carlisle?.score).toBeCloseTo(10 / Math.sqrt(62.5), 10);
    expect(byName.Eden?.score).toBeCloseTo(-10 / Math.sqrt(62.5), 10);
    expect([byName.Carlisle?.rank, byName.Allerdale?.rank, byName['Barrow-in-Furness']?.rank, byName.Copeland?.rank, byName.Eden?.rank]).toEqual([1, 2, 3, 4, 5]);
    // round(5 × 0.2) = 1 hotspot and 1 coldspot
    expect(byName.Carlisle?.class).toBe('hotspot');
    expect(byName.Eden?.class).toBe('coldspot');
    expect(byName.Copeland?.class).toBe('neither');
  });

  it('takes names from the file when given', async () => {
    const rows = FIVE.map((row) => [row[0]!, `Area ${row[0]}`, ...row.slice(1)]);
    const file = writeDataset('named.csv', ['code', 'name', ...ids], rows);
    const table = parseCsv((await smi(['rank', '--edition', file, '--format', 'csv'])).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(table[0]?.name).toBe('Area E07000028');
  });

  it('reports an area with no value in a whole stage as unranked, with the reason, not silently dropped', async () => {
    const rows = FIVE.map((row) => [...row]);
    rows[1]![ids.indexOf('fsm-not-sustained') + 1] = ''; // Carlisle loses its only Youth value
    const file = writeDataset('gap.csv', ['code', ...ids], rows);
    const table = parseCsv((await smi(['rank', '--edition', file, '--format', 'csv'])).stdout, { columns: true }) as Array<Record<string, string>>;
    expect(table).toHaveLength(5);
    expect(table.map((row) => row.rank)).toEqual(['1', '2', '3', '4', '']);
    expect(table[4]).toMatchObject({ name: 'Carlisle', class: '' });
    const profile = await smi(['area', 'Carlisle', '--edition', file]);
    expect(profile.status, profile.stderr).toBe(0);
    expect(profile.stdout).toMatch(/^Carlisle is not ranked: no value in the Youth stage\./);
  });

  const header = ['code', ...ids];
  it('rejects an unknown area code, naming line and column', async () => {
    const rows = [...FIVE.slice(0, 2), ['E07999999', ...FIVE[2]!.slice(1)]];
    expectOneLineError(await smi(['rank', '--edition', writeDataset('unknown.csv', header, rows)]), /unknown\.csv, line 4, column code: unknown area code "E07999999"/);
  });
  it('rejects a duplicate code', async () => {
    const rows = [...FIVE, FIVE[1]!];
    expectOneLineError(await smi(['rank', '--edition', writeDataset('dup.csv', header, rows)]), /dup\.csv, line 7, column code: the area code E07000028 appears again \(first on line 3\)/);
  });
  it('rejects a non-numeric cell', async () => {
    const rows = FIVE.map((row) => [...row]);
    rows[2]![ids.indexOf('median-pay') + 1] = 'lots';
    expectOneLineError(await smi(['rank', '--edition', writeDataset('text.csv', header, rows)]), /text\.csv, line 4, column median-pay: expected a number or an empty cell, got "lots"/);
  });
  it('rejects a quoted cell with line breaks in one line of error', async () => {
    const rows = FIVE.map((row) => [...row]);
    rows[2]![ids.indexOf('median-pay') + 1] = '"lots\r\nof"'; // a record on lines 5 and 6: the line it ends on is named
    expectOneLineError(await smi(['rank', '--edition', writeDataset('breaks.csv', header, rows)]), /breaks\.csv, line 6, column median-pay: expected a number or an empty cell, got "lots\\r\\nof"/);
  });
  it('rejects a value outside its indicator\'s domain, naming line, column, indicator and domain', async () => {
    const rows = FIVE.map((row) => [...row]);
    rows[1]![ids.indexOf('ey-fsm-good-development') + 1] = '150';
    expectOneLineError(
      await smi(['rank', '--edition', writeDataset('pct.csv', header, rows)]),
      /pct\.csv, line 3, column ey-fsm-good-development: ey-fsm-good-development \(FSM children with a good level of development\) must be a percentage from 0 to 100 \(got "150"\)\./,
    );
    rows[1]![ids.indexOf('ey-fsm-good-development') + 1] = '60';
    rows[3]![ids.indexOf('median-pay') + 1] = '-400';
    expectOneLineError(await smi(['rank', '--edition', writeDataset('pay.csv', header, rows)]), /pay\.csv, line 5, column median-pay: .*must be a number greater than 0 \(got "-400"\)/);
  });
  it('reports a dataset of identical values as unrankable instead of ranking it by code', async () => {
    const same = FIVE.map(([code]) => [code!, ...ids.map((id) => ({ 'ey-fsm-good-development': '50', 'fsm-ks2-rwm': '60', 'fsm-not-sustained': '5', 'median-pay': '500' } as Record<string, string>)[id] ?? '')]);
    expectOneLineError(
      await smi(['rank', '--edition', writeDataset('same.csv', header, same)]),
      /^smi: same\.csv cannot be ranked: every indicator with values has the same value in every area \(ey-fsm-good-development 50, fsm-ks2-rwm 60, fsm-not-sustained 5, median-pay 500\), so there is nothing to rank the areas by; check that the values differ between areas$/,
    );
  });

  it('reports areas that tie overall although their values differ, instead of ranking them by code', async () => {
    // two indicators of one stage that cancel: (a, b) = (60, 40) and (40, 60) give the same mean of min–max scores
    const mirror = FIVE.map(([code], j) => [code!, ...ids.map((id) => ({ 'fsm-ks2-rwm': j % 2 === 0 ? '60' : '40', 'fsm-attainment8': j % 2 === 0 ? '40' : '60' } as Record<string, string>)[id] ?? '')]);
    expectOneLineError(
      await smi(['rank', '--edition', writeDataset('mirror.csv', header, mirror), '--missing', 'available', '--weights', 'early-years=0,youth=0,adulthood=0', '--normalise', 'minmax']),
      /mirror\.csv cannot be ranked: all 5 ranked areas have the same overall score, so any order \(by area code, say\) would be arbitrary/,
    );
  });

  it('leaves out an indicator with no spread and says so under the table', async () => {
    const rows = FIVE.map((row) => [...row]);
    for (const row of rows) row[ids.indexOf('median-pay') + 1] = '500';
    const run = await smi(['rank', '--edition', writeDataset('flatpay.csv', header, rows)]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Left out of its stage: .*Median pay.* \(no spread: every area with a value has 500\)\./);
    const json = JSON.parse((await smi(['rank', '--edition', writeDataset('flatpay.csv', header, rows), '--format', 'json'])).stdout) as { leftOut: Array<{ indicator: string; reason: string }> };
    expect(json.leftOut).toContainEqual(expect.objectContaining({ indicator: 'median-pay', reason: 'no spread: every area with a value has 500' }));
  });
  it('rejects a missing indicator column', async () => {
    const cut = ids.indexOf('median-pay') + 1;
    const rows = FIVE.map((row) => row.filter((_, index) => index !== cut));
    expectOneLineError(await smi(['rank', '--edition', writeDataset('short.csv', header.filter((_, index) => index !== cut), rows)]), /short\.csv, line 1: missing column "median-pay"/);
  });
  it('rejects an unknown column with a suggestion', async () => {
    const renamed = header.map((name) => (name === 'median-pay' ? 'median_pay' : name));
    expectOneLineError(await smi(['rank', '--edition', writeDataset('typo.csv', renamed, FIVE)]), /typo\.csv, line 1: unknown column "median_pay" \(did you mean "median-pay"\?\)/);
  });
  it('rejects malformed CSV', async () => {
    const file = join(dir, 'quote.csv');
    writeFileSync(file, `${header.join(',')}\nE07000028,"60${',1'.repeat(ids.length - 1)}\n`);
    expectOneLineError(await smi(['rank', '--edition', file]), /quote\.csv, line \d+: malformed CSV/);
  });
  it('rejects a row with too many cells', async () => {
    const file = join(dir, 'ragged.csv');
    writeFileSync(file, `${header.join(',')}\n${FIVE[0]!.join(',')}\n${FIVE[1]!.join(',')},99\n`);
    expectOneLineError(await smi(['rank', '--edition', file]), /ragged\.csv, line 3: malformed CSV \(this row has a different number of fields from the header\)/);
  });
  it('rejects an empty file', async () => {
    const file = join(dir, 'empty.csv');
    writeFileSync(file, '');
    expectOneLineError(await smi(['rank', '--edition', file]), /empty\.csv: the file is empty/);
  });
});

describe('input files that are not plain files of a sensible size', () => {
  it('refuses a pipe, a folder, a runaway cell and an oversized file with one line each, writing nothing to standard output', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdirSync, truncateSync } = await import('node:fs');
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    const header = ['code', ...ids];
    const runaway = writeDataset('runaway.csv', header, [['E07000028', '1'.repeat(2_000_000), ...ids.slice(1).map(() => '')]]);
    const huge = writeDataset('huge.csv', header, [['E07000028', ...ids.map(() => '')]]);
    truncateSync(huge, 21_000_000);
    const tooManyRows = writeDataset('rows.csv', header, Array.from({ length: 100_001 }, () => ['E07000028', ...ids.map(() => '')]));
    const tooManyColumns = writeDataset('columns.csv', [...header, ...Array.from({ length: 500 }, (_, i) => `extra${i}`)], [['E07000028', ...ids.map(() => ''), ...Array.from({ length: 500 }, () => '')]]);
    const methodPipe = join(dir, 'method.json');
    execFileSync('mkfifo', [methodPipe]);
    const cases: Array<[string[], RegExp]> = [
      [['rank', '--edition', fifo], /^smi: pipe\.csv: not a regular file \(a folder, a pipe or a device\); give the path of a file\.$/],
      [['rank', '--edition', folder], /^smi: folder\.csv: not a regular file/],
      [['rank', '--edition', runaway], /^smi: runaway\.csv, line 2: malformed CSV \(a row is longer than this accepts \(10,000 characters\)/],
      [['rank', '--edition', huge], /^smi: huge\.csv: the file is 21 MB, more than the 20 MB this accepts\.$/],
      [['rank', '--edition', tooManyRows], /^smi: rows\.csv: the file has 100,001 data rows, more than the 100,000 this accepts\.$/],
      [['rank', '--edition', tooManyColumns], new RegExp(`^smi: columns\\.csv, line 1: the header has ${(header.length + 500).toLocaleString('en-GB')} columns, more than the 500 this accepts\\.$`)],
      [['rank', '--method', methodPipe], /^smi: method\.json: not a regular file/],
    ];
    for (const [args, pattern] of cases) {
      const run = await smi(args);
      expectOneLineError(run, pattern);
      expect(run.stdout, args.join(' ')).toBe('');
    }
  });
});
