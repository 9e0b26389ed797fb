/**
 * The postcode lookup on the real tables of geo/postcodes. Expected codes are read in the test from
 * the CSV lines themselves (a plain split, not the pipeline's reader), so a mistake in reading or
 * in the order of the steps fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupPostcode, postcodeShape, type PostcodeAnswer } from '../../src/geo/postcodes.js';
import { postcodeTables } from '../../src/pipeline/postcodes.js';
import { DATA_DIR } from '../pipeline/helpers.js';

const FOLDER = join(DATA_DIR, 'geo/postcodes');
const lines = (file: string) => readFileSync(join(FOLDER, file), 'utf8').split('\n').slice(1).filter((line) => line !== '');
/** The rows of a file whose first field is `key` (none of these keys is quoted). */
const rowsOf = (file: string, key: string) => lines(file).filter((line) => line.startsWith(`${key},`)).map((line) => line.split(','));

const tables = postcodeTables(DATA_DIR);

function codes(answer: PostcodeAnswer): string[] {
  if (answer.kind === 'failed') throw new Error(`expected a place, got: ${answer.message}`);
  return answer.districts.map((district) => district.code);
}

describe('a full postcode', () => {
  it('CA1 1RD is in Carlisle (2016) and Cumberland (2025), its sector majority, as the files say', () => {
    expect(rowsOf('nspl_aug2024_postcode_exceptions_england.csv', 'CA1 1RD')).toEqual([]);
    const sector = rowsOf('nspl_aug2024_sector_lad_england.csv', 'CA1 1').find((row) => row[7] === '1')!;
    const sector16 = rowsOf('nspl_aug2024_sector_lad16_england.csv', 'CA1 1').find((row) => row[6] === '1')!;
    expect(sector[2]).toBe('E06000063');
    expect(sector16[1]).toBe('E07000028');
    const answer25 = lookupPostcode(tables, 'CA1 1RD', '2025');
    expect(codes(answer25)).toEqual([sector[2]]);
    expect(answer25).toMatchObject({ kind: 'postcode', postcode: 'CA1 1RD', sector: 'CA1 1', by: 'sector' });
    expect(codes(lookupPostcode(tables, 'CA1 1RD', '2016'))).toEqual([sector16[1]]);
  });

  it('an exception postcode takes its own row, not its sector majority, in both geographies', () => {
    // the first exception row of an English postcode whose 2016 code is given
    const row = lines('nspl_aug2024_postcode_exceptions_england.csv').map((line) => line.split(',')).find((r) => r[1]!.startsWith('E') && r[2] !== '')!;
    const [postcode, lad, lad16] = row as [string, string, string];
    const lad25 = rowsOf('nspl_aug2024_outcode_lad_england.csv', postcode.split(' ')[0]!).find((r) => r[1] === lad)?.[2] ?? lad;
    const majority = rowsOf('nspl_aug2024_sector_lad_england.csv', postcode.slice(0, -2)).find((r) => r[7] === '1')!;
    const answer = lookupPostcode(tables, postcode, '2025');
    expect(answer).toMatchObject({ kind: 'postcode', by: 'exception' });
    expect(codes(answer)).toEqual([lad25]);
    expect(codes(lookupPostcode(tables, postcode, '2016'))).toEqual([lad16]);
    // it is an exception because it differs from the majority in one geography at least
    const majority16 = rowsOf('nspl_aug2024_sector_lad16_england.csv', postcode.slice(0, -2)).find((r) => r[6] === '1')!;
    expect(majority[1] !== lad || majority16[1] !== lad16).toBe(true);
  });

  it('SW1A 1AA (central London, letter-suffix outward code) comes from the ONSPD ranges: Westminster', () => {
    const ranges = rowsOf('onspd_nov2022_letter_district_ranges.csv', 'SW1A').filter((row) => row[1]! <= '1AA');
    const expected = ranges[ranges.length - 1]![2];
    expect(expected).toBe('E09000033');
    const answer = lookupPostcode(tables, 'SW1A 1AA', '2025');
    expect(answer).toMatchObject({ kind: 'postcode', by: 'london-range' });
    expect(codes(answer)).toEqual([expected]);
    expect(codes(lookupPostcode(tables, 'sw1a1aa', '2016'))).toEqual([expected]);
  });

  it('a postcode in City of London or the Isles of Scilly is placed and marked as not ranked', () => {
    const answer = lookupPostcode(tables, 'EC2V 7HH', '2025');
    expect(codes(answer)).toEqual(['E09000001']);
    expect(answer.kind !== 'failed' && answer.districts[0]!.unranked).toBe(true);
  });
});

describe('an outward code', () => {
  it('CA1 is all Cumberland (2025), as its one row says', () => {
    const rows = rowsOf('nspl_aug2024_outcode_lad_england.csv', 'CA1');
    expect(rows.map((row) => row[2])).toEqual(['E06000063']);
    const answer = lookupPostcode(tables, 'CA1', '2025');
    expect(answer).toMatchObject({ kind: 'outcode', outcode: 'CA1', districts: [{ code: 'E06000063', share: 1 }] });
  });

  it('an outward code spanning districts gives each with its share, majority first, summing to 1 in both geographies', () => {
    const rows = rowsOf('nspl_aug2024_outcode_lad_england.csv', 'AL2');
    expect(rows.length).toBeGreaterThan(1);
    const answer = lookupPostcode(tables, 'AL2', '2025');
    if (answer.kind !== 'outcode') throw new Error('expected an outward code');
    expect(answer.districts.map((d) => d.code)).toEqual(rows.map((row) => row[2]));
    expect(answer.districts.map((d) => d.share)).toEqual(rows.map((row) => Number(row[6])));
    const sum = (a: PostcodeAnswer) => (a.kind === 'outcode' ? a.districts.reduce((s, d) => s + (d.share ?? 0), 0) : NaN);
    expect(sum(answer)).toBeCloseTo(1, 3);
    // 2016: counted from the sectors AL2 0 … AL2 9 of the lad16 file
    const counts = new Map<string, number>();
    let total = 0;
    for (const line of lines('nspl_aug2024_sector_lad16_england.csv').filter((l) => /^AL2 \d,/.test(l))) {
      const row = line.split(',');
      counts.set(row[1]!, (counts.get(row[1]!) ?? 0) + Number(row[3]));
      total += Number(row[3]);
    }
    const answer16 = lookupPostcode(tables, 'al2', '2016');
    expect(sum(answer16)).toBeCloseTo(1, 9);
    if (answer16.kind !== 'outcode') throw new Error('expected an outward code');
    for (const d of answer16.districts) expect(d.share).toBeCloseTo(counts.get(d.code)! / total, 9);
  });
});

describe('a postcode sector', () => {
  it('"CA1 1" is a sector of CA1 (all Carlisle, all Cumberland); "CA11", without the space, is the outward code CA11', () => {
    expect(postcodeShape('ca1 1')).toEqual({ kind: 'sector', outcode: 'CA1', sector: 'CA1 1' });
    expect(postcodeShape('CA1-1')).toEqual({ kind: 'sector', outcode: 'CA1', sector: 'CA1 1' });
    expect(postcodeShape('CA11')).toEqual({ kind: 'outcode', outcode: 'CA11' });
    // "SW1A1" can only be SW1A's sector 1: no outward code has five characters
    expect(postcodeShape('SW1A1')).toEqual({ kind: 'sector', outcode: 'SW1A', sector: 'SW1A 1' });
    expect(rowsOf('nspl_aug2024_sector_lad_england.csv', 'CA1 1').map((row) => row[2])).toEqual(['E06000063']);
    expect(rowsOf('nspl_aug2024_sector_lad16_england.csv', 'CA1 1').map((row) => row[1])).toEqual(['E07000028']);
    expect(lookupPostcode(tables, 'CA1 1', '2025')).toMatchObject({ kind: 'sector', sector: 'CA1 1', districts: [{ code: 'E06000063', share: 1 }] });
    expect(lookupPostcode(tables, 'CA1 1', '2016')).toMatchObject({ kind: 'sector', sector: 'CA1 1', districts: [{ code: 'E07000028', share: 1 }] });
  });

  it('a sector spanning districts gives each with its share as the sector files say, in both geographies', () => {
    const split = lines('nspl_aug2024_sector_lad16_england.csv').map((line) => line.split(',')).find((row) => row[6] === '2' && row[1]!.startsWith('E'))!;
    const sector = split[0]!;
    const rows16 = rowsOf('nspl_aug2024_sector_lad16_england.csv', sector).filter((row) => row[1] !== '');
    const answer16 = lookupPostcode(tables, sector.toLowerCase(), '2016');
    if (answer16.kind !== 'sector') throw new Error('expected a sector');
    expect(answer16.districts.map((d) => [d.code, d.share])).toEqual(rows16.map((row) => [row[1], Number(row[5])]));
    const rows25 = rowsOf('nspl_aug2024_sector_lad_england.csv', sector);
    const answer25 = lookupPostcode(tables, sector, '2025');
    if (answer25.kind !== 'sector') throw new Error('expected a sector');
    expect(new Set(answer25.districts.map((d) => d.code))).toEqual(new Set(rows25.map((row) => row[2])));
  });

  it('a central-London sector takes the letter ranges that start with its digit (SW1A 2: Westminster and the others the ranges name)', () => {
    const ranges = rowsOf('onspd_nov2022_letter_district_ranges.csv', 'SW1A');
    const expected = new Set(ranges.filter((row) => row[1]!.startsWith('2')).map((row) => row[2]));
    // the range in force at 2AA, from before the first that starts with 2
    expected.add([...ranges].reverse().find((row) => row[1]! <= '2AA')![2]);
    const answer = lookupPostcode(tables, 'SW1A 2', '2025');
    expect(new Set(codes(answer))).toEqual(expected);
    expect(codes(answer)).toContain('E09000033');
  });

  it('a sector not in the lookup, or outside England, says so', () => {
    expect(rowsOf('nspl_aug2024_sector_lad_england.csv', 'CA1 0')).toEqual([]);
    expect(lookupPostcode(tables, 'CA1 0', '2025')).toMatchObject({ kind: 'failed', reason: 'not-found', message: expect.stringMatching(/^The postcode sector CA1 0 is not in the August 2024 postcode lookup/) });
    expect(lookupPostcode(tables, 'EH1 1', '2016')).toMatchObject({ kind: 'failed', reason: 'not-england' });
  });
});

describe('a postcode that cannot be placed says why', () => {
  it.each([
    ['hello', 'invalid', /not a valid postcode/],
    ['CA1 1R', 'invalid', /not a valid postcode/],
    ['EH1 1YZ', 'not-england', /not in England/],
    ['BT1 1AA', 'not-england', /not in England/],
    ['CA1 0ZZ', 'not-found', /not in the August 2024 postcode lookup/],
  ])('%s: %s', (query, reason, message) => {
    // CA1 0: no such sector in the lookup (checked here)
    if (query === 'CA1 0ZZ') expect(rowsOf('nspl_aug2024_sector_lad_england.csv', 'CA1 0')).toEqual([]);
    const answer = lookupPostcode(tables, query, '2025');
    expect(answer).toMatchObject({ kind: 'failed', reason });
    if (answer.kind === 'failed') expect(answer.message).toMatch(message);
  });

  it('a Welsh postcode in a sector that crosses the border is not placed in England (CH4 0, mostly Flintshire)', () => {
    const majority = rowsOf('nspl_aug2024_sector_lad_england.csv', 'CH4 0').find((row) => row[7] === '1')!;
    expect(majority[1]).toMatch(/^W/);
    for (const geography of ['2016', '2025'] as const) expect(lookupPostcode(tables, 'CH4 0AB', geography)).toMatchObject({ kind: 'failed', reason: 'not-england' });
  });
});

describe('normalisation', () => {
  const known = ['CA1 1RD', 'SW1A 1AA', 'AL2 1BB', 'M1 1AE', 'B33 8TH', 'W1D 3QU'];
  /** The postcode with any case per letter and any run of spaces, dashes or dots between any characters. */
  const spelt = fc.constantFrom(...known).chain((postcode) => {
    const chars = postcode.replace(' ', '').split('');
    return fc
      .tuple(fc.array(fc.boolean(), { minLength: chars.length, maxLength: chars.length }), fc.array(fc.stringMatching(/^[ .\-\t]{0,2}$/), { minLength: chars.length + 1, maxLength: chars.length + 1 }))
      .map(([upper, gaps]) => ({ postcode, text: gaps[0] + chars.map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase()) + gaps[i + 1]).join('') }));
  });

  it('reads a postcode spelt with separators around every character (21 characters in all)', () => {
    expect(postcodeShape('- s.w .1\ta-.1..a..a .')).toMatchObject({ kind: 'postcode', postcode: 'SW1A 1AA' });
    expect(postcodeShape(`${'-'.repeat(40)}SW1A1AA`)).toBeNull();
  });

  it('any case, spacing or punctuation of a valid postcode gives the same answer as its normal form', () => {
    fc.assert(
      fc.property(spelt, fc.constantFrom('2016' as const, '2025' as const), ({ postcode, text }, geography) => {
        expect(postcodeShape(text)).toMatchObject({ kind: 'postcode', postcode });
        expect(lookupPostcode(tables, text, geography)).toEqual(lookupPostcode(tables, postcode, geography));
      }),
    );
  });

  it('text without the shape of a postcode is never read as one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
        // an outward code, then nothing, a sector's digit, or a whole inward code
        const isShape = /^[A-Z]{1,2}[0-9][A-Z0-9]?([0-9]([A-Z]{2})?)?$/.test(compact);
        expect(postcodeShape(text) !== null).toBe(isShape);
      }),
    );
  });
});
