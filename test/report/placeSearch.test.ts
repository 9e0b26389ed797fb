/**
 * The place search over the real editions' areas. What a district of 2016 became is read in the
 * test from geo/lad16_england_lookup.csv (a plain split), not from the edition's own fields.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionArea } from '../../src/edition/types.js';
import { lookupPostcode } from '../../src/geo/postcodes.js';
import { loadEdition } from '../../src/pipeline/editions/index.js';
import { postcodeTables } from '../../src/pipeline/postcodes.js';
import { placeSearch, postcodeArea, type PlaceSearchInput } from '../../src/report/placeSearch.js';
import { DATA_DIR } from '../pipeline/helpers.js';

let districts: EditionArea[];
let councils: EditionArea[];
let on2016: PlaceSearchInput;
let on2025: PlaceSearchInput;

/** lad16cd → { name, lad25cd } from the lookup file itself. */
const lookup = new Map(
  readFileSync(join(DATA_DIR, 'geo/lad16_england_lookup.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(','))
    .map((row) => [row[0]!, { name: row[1]!, lad25cd: row[18]! }]),
);

beforeAll(async () => {
  districts = (await loadEdition('open-2016')).areas;
  councils = (await loadEdition('open-latest')).areas;
  on2016 = { areas: districts, geography: '2016' };
  on2025 = { areas: councils, geography: '2025', formerAreas: districts };
});

const names = (input: PlaceSearchInput, query: string) => placeSearch(input, query).results.map((result) => result.name);

describe('names as you type', () => {
  it('"carl" offers Carlisle first on the 2016 districts, by the start of its name', () => {
    const [first] = placeSearch(on2016, 'carl').results;
    expect(first).toMatchObject({ code: lookup.get('E07000028') && 'E07000028', name: 'Carlisle', match: 'prefix', reason: 'name' });
  });

  it('puts names that start with the text before names with a word that does, before names that contain it', () => {
    const results = placeSearch(on2016, 'york').results;
    expect(results[0]).toMatchObject({ name: 'York', match: 'name' });
    const kinds = results.map((result) => result.match);
    expect(kinds).toContain('word'); // "North Yorkshire"…
    const order = ['code', 'name', 'prefix', 'word', 'former', 'postcode', 'sector', 'outcode', 'contains', 'typo'];
    const positions = kinds.map((kind) => order.indexOf(kind));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('tolerates typos: "Hastngs" finds Hastings, with the reason', () => {
    const [first] = placeSearch(on2016, 'Hastngs').results;
    expect(first).toMatchObject({ name: 'Hastings', match: 'typo', reason: 'typo', sentence: 'Did you mean Hastings?' });
  });

  it('ignores punctuation, diacritics, "&"/"and" and "St."/"Saint"', () => {
    expect(names(on2016, 'saint helens')[0]).toBe('St. Helens');
    expect(names(on2016, 'St Helens')[0]).toBe('St. Helens');
    expect(names(on2016, 'hammersmith & fulham')[0]).toBe('Hammersmith and Fulham');
    expect(names(on2016, 'Cárlíslé')[0]).toBe('Carlisle');
    expect(names(on2016, 'kingston-upon-hull')[0]).toBe('Kingston upon Hull, City of');
  });

  it('any case, and punctuation or extra spaces between words, of an area\'s name finds that area first', () => {
    const spelt = fc.integer({ min: 0, max: 323 }).chain((index) => {
      const name = districts[index]!.name;
      const words = name.replace(/[.,()']/g, ' ').split(/[\s-]+/).filter((word) => word !== '');
      return fc
        .tuple(fc.array(fc.constantFrom('upper', 'lower', 'same'), { minLength: words.length, maxLength: words.length }), fc.array(fc.constantFrom(' ', '  ', ' - ', '. ', ', '), { minLength: words.length, maxLength: words.length }))
        .map(([cases, gaps]) => ({ code: districts[index]!.code, text: words.map((word, i) => (cases[i] === 'upper' ? word.toUpperCase() : cases[i] === 'lower' ? word.toLowerCase() : word) + (i < words.length - 1 ? gaps[i] : '')).join('') }));
    });
    fc.assert(
      fc.property(spelt, ({ code, text }) => {
        expect(placeSearch(on2016, text).results[0]?.code).toBe(code);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a GSS code, any case', () => {
    expect(placeSearch(on2016, 'e07000028').results[0]).toMatchObject({ name: 'Carlisle', match: 'code' });
  });

  it('gives nothing for text that is nothing like a name, and never more than the limit', () => {
    expect(placeSearch(on2016, 'zzzzqqqq').results).toEqual([]);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 50 }), (text, limit) => {
        expect(placeSearch(on2016, text, limit).results.length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 200 },
    );
  });
});

describe('former names', () => {
  it('a 2016 district on the 2025 councils finds its council and says so (Carlisle → Cumberland)', () => {
    const expected = lookup.get('E07000028')!.lad25cd;
    const [first] = placeSearch(on2025, 'Carlisle').results;
    expect(first).toMatchObject({ code: expected, name: 'Cumberland', match: 'former', reason: 'former district' });
    expect(first!.sentence).toBe('Carlisle was a district of 2016; it is now part of Cumberland.');
    // and by its 2016 code
    expect(placeSearch(on2025, 'E07000028').results[0]).toMatchObject({ code: expected, match: 'former' });
  });

  it('a council of 2025 on the 2016 districts finds its districts (Cumberland → Allerdale, Carlisle, Copeland)', () => {
    const expected = [...lookup.entries()].filter(([code, row]) => row.lad25cd === 'E06000063' && districts.some((d) => d.code === code)).map(([, row]) => row.name).sort();
    expect(expected).toEqual(['Allerdale', 'Carlisle', 'Copeland']);
    const results = placeSearch(on2016, 'Cumberland').results;
    expect(results.map((r) => r.name).sort()).toEqual(expected);
    for (const result of results) {
      expect(result).toMatchObject({ match: 'former', reason: 'former district' });
      expect(result.sentence).toContain('Cumberland, a council of today, is made of the districts Allerdale, Carlisle and Copeland');
    }
    expect(placeSearch(on2016, 'E06000063').results.map((r) => r.name).sort()).toEqual(expected);
  });
});

describe('postcodes', () => {
  const tables = postcodeTables(DATA_DIR);
  const withPostcode = (input: PlaceSearchInput, query: string) => placeSearch({ ...input, postcode: lookupPostcode(tables, query, input.geography) }, query);

  it('a full postcode gives its district first, with a sentence (CA1 1RD)', () => {
    expect(withPostcode(on2016, 'CA1 1RD').results[0]).toMatchObject({ name: 'Carlisle', match: 'postcode', reason: 'postcode', share: 1, sentence: 'CA1 1RD is in Carlisle.' });
    expect(withPostcode(on2025, 'ca11rd').results[0]).toMatchObject({ name: 'Cumberland', match: 'postcode', share: 1 });
  });

  it('an outward code gives the districts it spans with their shares', () => {
    const search = withPostcode(on2025, 'AL2');
    const shares = search.results.filter((r) => r.match === 'outcode').map((r) => r.share!);
    expect(shares.length).toBeGreaterThan(1);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  });

  it('a postcode sector ("CA1 1") gives its district, and one split between districts names each and is no single area', () => {
    expect(withPostcode(on2016, 'CA1 1').results[0]).toMatchObject({ name: 'Carlisle', match: 'sector', reason: 'postcode sector', share: 1, sentence: 'All of the postcodes of CA1 1 are in Carlisle.' });
    expect(postcodeArea(councils, lookupPostcode(tables, 'CA1 1', '2025'))).toMatchObject({ area: { name: 'Cumberland' } });
    // AL2 1 is split (the sector file has more than one row for it)
    const rows = readFileSync(join(DATA_DIR, 'geo/postcodes/nspl_aug2024_sector_lad_england.csv'), 'utf8').split('\n').filter((line) => line.startsWith('AL2 1,'));
    expect(rows.length).toBeGreaterThan(1);
    const search = withPostcode(on2025, 'AL2 1');
    expect(search.results.filter((r) => r.match === 'sector')).toHaveLength(rows.length);
    expect(postcodeArea(councils, lookupPostcode(tables, 'AL2 1', '2025'))).toEqual({ problem: expect.stringMatching(/^the postcode sector AL2 1 spans \d areas: .*; give a full postcode, a name or a code\.$/) });
  });

  it('a postcode whose sector is mostly the Isles of Scilly is there, not ranked, and not put in Cornwall', () => {
    // TR21 0: the Isles of Scilly's majority sector, with a part in Cornwall; TR21 0HE is no exception
    const row = readFileSync(join(DATA_DIR, 'geo/postcodes/nspl_aug2024_sector_lad_england.csv'), 'utf8').split('\n').find((line) => line.startsWith('TR21 0,') && line.endsWith(',1,nspl_aug2024'))!;
    expect(row.split(',')[2]).toBe('E06000053');
    expect(readFileSync(join(DATA_DIR, 'geo/postcodes/nspl_aug2024_postcode_exceptions_england.csv'), 'utf8')).not.toContain('\nTR21 0HE,');
    const search = withPostcode(on2016, 'TR21 0HE');
    expect(search.results).toEqual([]);
    expect(search.postcodeMessage).toBe('TR21 0HE is in Isles of Scilly, which the index does not rank.');
    const answer = lookupPostcode(tables, 'TR21', '2016');
    expect(postcodeArea(districts, answer)).toEqual({ problem: expect.stringMatching(/^the outward code TR21 is partly in Cornwall \(\d+%\); \d+% of TR21 is in Isles of Scilly, which the index does not rank; give a full postcode/) });
  });

  it('a full postcode of a split sector is in its majority, with the others offered after it', () => {
    // AL2 1: St Albans with a part in Hertsmere; AL2 1ZZ is no exception
    const rows = readFileSync(join(DATA_DIR, 'geo/postcodes/nspl_aug2024_sector_lad_england.csv'), 'utf8').split('\n').filter((line) => line.startsWith('AL2 1,')).map((line) => line.split(','));
    expect(rows.length).toBeGreaterThan(1);
    expect(readFileSync(join(DATA_DIR, 'geo/postcodes/nspl_aug2024_postcode_exceptions_england.csv'), 'utf8')).not.toContain('\nAL2 1ZZ,');
    const search = withPostcode(on2025, 'AL2 1ZZ');
    expect(search.results.map((r) => r.code)).toEqual(rows.map((row) => row[2]));
    expect(search.results[0]!.sentence).toMatch(/^AL2 1ZZ is in St Albans, as \d+% of the postcodes of its sector AL2 1 are/);
    expect(postcodeArea(councils, lookupPostcode(tables, 'AL2 1ZZ', '2025'))).toMatchObject({ area: { code: rows[0]![2] } });
  });

  it('says why a postcode cannot be placed, and that City of London is not ranked', () => {
    expect(withPostcode(on2016, 'EH1 1YZ').postcodeMessage).toMatch(/not in England/);
    const city = withPostcode(on2025, 'EC2V 7HH');
    expect(city.results.filter((r) => r.match === 'postcode')).toEqual([]);
    expect(city.postcodeMessage).toBe('EC2V 7HH is in City of London, which the index does not rank.');
  });
});
