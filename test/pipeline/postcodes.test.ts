/** Reading the postcode tables: every file checked against the manifest, with one-line errors. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourceFile } from '../../src/pipeline/manifest.js';
import { POSTCODE_CHECK_MS, POSTCODE_SOURCES, postcodeTables, readPostcodeTables } from '../../src/pipeline/postcodes.js';
import { DATA_DIR, makeTemp, removeTemp, smiErrorMessage } from './helpers.js';

const temp = makeTemp();
afterAll(() => removeTemp(temp));

/** A data folder with the postcode files copied, one of them changed by `edit` (or left out). */
function folderWith(name: string, file: string, edit: ((text: string) => string) | null): string {
  const dir = join(temp, name);
  mkdirSync(join(dir, 'geo/postcodes'), { recursive: true });
  for (const id of Object.values(POSTCODE_SOURCES)) {
    const { path } = sourceFile(id);
    if (path.endsWith(file) && edit === null) continue;
    if (path.endsWith(file) && edit !== null) writeFileSync(join(dir, path), edit(readFileSync(join(DATA_DIR, path), 'utf8')));
    else copyFileSync(join(DATA_DIR, path), join(dir, path));
  }
  return dir;
}

describe('postcode tables', () => {
  it('covers the manifest files, each read once into its index', () => {
    const tables = readPostcodeTables(DATA_DIR);
    // row counts from SOURCES.md: 10,042 sectors, 90,133 exceptions, 2,323 outward codes, 76 letter outward codes
    expect(tables.sectors.size).toBe(10_042);
    expect(tables.exceptions.size).toBe(90_133);
    expect(tables.outcodes.size).toBe(2_323);
    expect(tables.ranges.size).toBe(76);
  });

  it('names a missing file and what to do', async () => {
    const dir = folderWith('missing', 'nspl_aug2024_postcode_exceptions_england.csv', null);
    expect(await smiErrorMessage(() => readPostcodeTables(dir))).toMatch(/^geo\/postcodes\/nspl_aug2024_postcode_exceptions_england\.csv is missing from the data directory .*restore it/);
  });

  it('names a changed file with its expected checksum', async () => {
    const dir = folderWith('changed', 'onspd_nov2022_letter_district_ranges.csv', (text) => text.replace('E09000033', 'E09000032'));
    const message = await smiErrorMessage(() => readPostcodeTables(dir));
    expect(message).toContain('geo/postcodes/onspd_nov2022_letter_district_ranges.csv');
    expect(message).toContain(sourceFile(POSTCODE_SOURCES.ranges).sha256);
  });

  it('notices a file changed under it, refuses it naming the file, and reads it again once restored', async () => {
    const dir = folderWith('live', 'none', null);
    const ranges = join(dir, sourceFile(POSTCODE_SOURCES.ranges).path);
    const original = readFileSync(ranges, 'utf8');
    expect(postcodeTables(dir).ranges.size).toBe(76);
    writeFileSync(ranges, original.replace('E09000033', 'E09000032'));
    await new Promise((done) => setTimeout(done, POSTCODE_CHECK_MS + 50));
    expect(await smiErrorMessage(() => postcodeTables(dir))).toContain('geo/postcodes/onspd_nov2022_letter_district_ranges.csv');
    writeFileSync(ranges, original);
    expect(postcodeTables(dir).ranges.size).toBe(76);
  });
});
