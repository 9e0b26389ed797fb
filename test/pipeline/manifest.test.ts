import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256File, verifySource, verifySources } from '../../src/pipeline/checksum.js';
import { SOURCE_FILES, sourceFile } from '../../src/pipeline/manifest.js';
import { buildEdition, EDITION_SOURCES, loadEditionWithInfo } from '../../src/pipeline/editions/index.js';
import { DATA_DIR, makeTemp, removeTemp, smiErrorMessage } from './helpers.js';

describe('manifest', () => {
  it('describes every source with a unique id, its publisher page, the OGL and a checksum', () => {
    const ids = SOURCE_FILES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const source of SOURCE_FILES) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.licence).toBe('Open Government Licence v3.0');
      expect(source.attribution).toMatch(/Open Government Licence v\.?3\.0/);
      expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(source.path).not.toMatch(/DERIVED/);
    }
  });

  it('matches the files in the data directory', () => {
    const checksums = verifySources(DATA_DIR, SOURCE_FILES);
    expect(Object.keys(checksums)).toHaveLength(SOURCE_FILES.length);
  });

  it('lists only manifest sources for each edition', () => {
    for (const ids of Object.values(EDITION_SOURCES)) for (const id of ids) expect(() => sourceFile(id)).not.toThrow();
  });
});

describe('checksum errors', () => {
  const temp = makeTemp();
  afterAll(() => removeTemp(temp));
  const census = sourceFile('census-2011-qs405ew');

  it('names a missing file, the data directory and what to do', async () => {
    const message = await smiErrorMessage(() => verifySource(temp, census));
    expect(message).toContain(`${census.path} is missing from the data directory ${temp}`);
    expect(message).toMatch(/restore it/);
  });

  it('names a changed file with the expected and the actual SHA-256', async () => {
    const dir = join(temp, 'changed');
    const target = join(dir, census.path);
    mkdirSync(dirname(target), { recursive: true });
    const text = readFileSync(join(DATA_DIR, census.path), 'utf8');
    writeFileSync(target, text.replace('46670', '46671'));
    const actual = sha256File(target);
    const message = await smiErrorMessage(() => verifySource(dir, census));
    expect(message).toContain(census.path);
    expect(message).toContain(census.sha256);
    expect(message).toContain(actual);
    expect(message).toMatch(/restore the original publisher file/);
  });

  it('stops a build when a source file is missing', async () => {
    const dir = join(temp, 'incomplete');
    mkdirSync(dir);
    writeFileSync(join(dir, 'EDITIONS.md'), '# test\n');
    const message = await smiErrorMessage(() => buildEdition('open-2016', { dataDir: dir }));
    expect(message).toMatch(/is missing from the data directory/);
  });

  it('stops a cached load when one source file has changed', async () => {
    // A data directory of links to the real files, except one altered copy.
    const dir = join(temp, 'linked');
    for (const source of SOURCE_FILES) {
      const target = join(dir, source.path);
      mkdirSync(dirname(target), { recursive: true });
      if (source.id === census.id) copyFileSync(join(DATA_DIR, source.path), target);
      else symlinkSync(join(DATA_DIR, source.path), target);
    }
    writeFileSync(join(dir, census.path), readFileSync(join(dir, census.path), 'utf8').replace('30289', '30288'));
    const message = await smiErrorMessage(() => loadEditionWithInfo('open-2016', { dataDir: dir, cacheDir: join(temp, 'cache') }));
    expect(message).toContain(census.path);
    expect(message).toContain('expected SHA-256');
  });
});
