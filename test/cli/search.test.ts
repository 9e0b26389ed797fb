/**
 * Postcodes wherever an area is taken, and `smi search`, in-process on the real data. Where a
 * postcode is, and what a district became, are read in the test from the data files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../src/contract/responses.js';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { expectOneLineError, smi } from './smi.js';

const DATA = resolveDataDir();
const CREDIT = 'Contains OS data © Crown copyright and database right 2022, 2024. Contains Royal Mail data © Royal Mail copyright and database right 2022, 2024. Source: Office for National Statistics licensed under the Open Government Licence v.3.0.';
/** The majority row of a sector in a postcode file, split plainly. */
const majority = (file: string, sector: string, rankColumn: number) =>
  readFileSync(join(DATA, 'geo/postcodes', file), 'utf8').split('\n').map((line) => line.split(',')).find((row) => row[0] === sector && row[rankColumn] === '1')!;

describe('a postcode wherever an area is', () => {
  it('smi area "CA1 1RD" is Carlisle on open-2016, with the lookup credit on stderr', async () => {
    const code16 = majority('nspl_aug2024_sector_lad16_england.csv', 'CA1 1', 6)[1];
    const run = await smi(['area', 'CA1 1RD', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { code: string; name: string })).toMatchObject({ code: code16, name: 'Carlisle' });
    expect(run.stderr).toBe(`CA1 1RD is in Carlisle. Postcode lookup: ${CREDIT}\n`);
  });

  it('smi area ca11rd --edition open-latest is Cumberland', async () => {
    const code25 = majority('nspl_aug2024_sector_lad_england.csv', 'CA1 1', 7)[2];
    const run = await smi(['area', 'ca11rd', '--edition', 'open-latest']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Cumberland is ranked/);
    expect(code25).toBe('E06000063');
    expect(run.stderr).toContain(CREDIT);
  });

  it('explain and compare take postcodes too', async () => {
    const run = await smi(['compare', 'CA1 1RD', 'SW1A 1AA']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Carlisle');
    expect(run.stdout).toContain('Westminster');
    expect((await smi(['explain', 'CA1 1RD'])).stdout).toMatch(/Carlisle/);
  });

  it.each([
    [['area', 'EH1 1YZ'], /^smi: EH1 1YZ is not in England/],
    [['area', 'EC2V 7HH'], /^smi: EC2V 7HH is in City of London, which the index does not rank \(in open-2016\)\.$/],
    [['area', 'AL2'], /^smi: the outward code AL2 spans 2 areas: St Albans \(\d+%\), Hertsmere \(\d+%\); give a full postcode, a name or a code \(in open-2016\)\.$/],
  ])('%j: one line, exit 2', async (args, message) => {
    const run = await smi(args);
    expect(run.status).toBe(2);
    expectOneLineError(run, message);
  });
});

describe('smi search', () => {
  it('"carl" lists Carlisle with its rank and reason', async () => {
    const run = await smi(['search', 'carl']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Carlisle\s+E07000028\s+\d+(st|nd|rd|th) of 324\s+name/);
  });

  it('--format json is the API answer, with former names on open-latest', async () => {
    const run = await smi(['search', 'Carlisle', '--edition', 'open-latest', '--format', 'json']);
    expect(run.status, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout) as SearchResponse;
    expect(body.results[0]).toMatchObject({ code: 'E06000063', match: 'former', reason: 'former district' });
    expect(body.postcode).toBeNull();
  });

  it('a postcode result carries the credit in its sources', async () => {
    const run = await smi(['search', 'SW1A', '1AA']);
    expect(run.stdout).toMatch(/Westminster\s+E09000033/);
    expect(run.stdout).toContain(CREDIT);
  });

  it.each([
    [['search', ' '], /^smi: the search text must not be empty/],
    [['search', 'x'.repeat(101)], /^smi: the search text must be at most 100 characters \(got 101\)\.$/],
    [['search', 'carl', '--limit', '0'], /^smi: --limit must be a whole number from 1 to 50 \(got "0"\)\.$/],
  ])('%j: one line, exit 2', async (args, message) => {
    const run = await smi(args);
    expect(run.status).toBe(2);
    expectOneLineError(run, message);
  });
});
