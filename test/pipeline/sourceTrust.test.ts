/**
 * Trusting a verified source file by its identity and times (src/pipeline/sourceTrust.ts): a file is
 * read again whenever anything about it may have changed, and a changed file is always caught by
 * the checksum. The SHA-256 values are computed here with node:crypto from the bytes written.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SmiError } from '../../src/errors.js';
import type { SourceFile } from '../../src/edition/types.js';
import { sha256File, verifySource } from '../../src/pipeline/checksum.js';
import { SourceTrust, TRUST_FILE } from '../../src/pipeline/sourceTrust.js';
import { makeTemp, removeTemp } from './helpers.js';

const temp = makeTemp('smi-trust-');
afterAll(() => removeTemp(temp));

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
let folders = 0;

/** A data folder holding one source file with `text`, a cache folder, and its manifest entry. */
function setUp(text = 'code,value\nE07000028,1\n') {
  const root = join(temp, `case-${++folders}`);
  const dataDir = join(root, 'data');
  const cacheDir = join(root, 'cache');
  mkdirSync(join(dataDir, 'sources'), { recursive: true });
  mkdirSync(cacheDir);
  const path = join(dataDir, 'sources', 'file.csv');
  writeFileSync(path, text);
  const source = { id: 'file', path: 'sources/file.csv', sha256: sha(text) } as SourceFile;
  return { dataDir, cacheDir, path, source };
}

/** A trust record that counts the files it hashes; `racyNs` 0 so a file just written is recorded. */
function counting(cacheDir: string, racyNs = 0n) {
  const trust = new SourceTrust(cacheDir, racyNs);
  let hashed = 0;
  const hash = (path: string) => {
    hashed += 1;
    return sha256File(path);
  };
  const verify = (path: string, expected: string): boolean => {
    if (trust.trusts(path, expected)) return true;
    const { sha256, accept } = trust.hashAndRecord(path, hash);
    if (sha256 !== expected) return false;
    accept();
    return true;
  };
  return { trust, verify, hashed: () => hashed };
}

describe('SourceTrust', () => {
  it('hashes a file once, then trusts it while it is unchanged, across processes (the record is saved)', () => {
    const { cacheDir, path, source } = setUp();
    const first = counting(cacheDir);
    expect(first.verify(path, source.sha256)).toBe(true);
    expect(first.verify(path, source.sha256)).toBe(true);
    expect(first.hashed()).toBe(1);
    first.trust.save();
    const record = JSON.parse(readFileSync(join(cacheDir, TRUST_FILE), 'utf8')) as { files: Record<string, { sha256: string; size: string }> };
    expect(record.files[path]).toMatchObject({ sha256: source.sha256, size: String(statSync(path).size) });
    const later = counting(cacheDir);
    expect(later.verify(path, source.sha256)).toBe(true);
    expect(later.hashed()).toBe(0);
  });

  it('hashes again after new bytes of the same size with the old modification time put back', () => {
    const { cacheDir, path, source } = setUp('value 1\n');
    // a whole second, which utimes sets exactly (a Date would lose the nanoseconds of the file's own time)
    const old = 1_600_000_000;
    utimesSync(path, old, old);
    const first = counting(cacheDir);
    first.verify(path, source.sha256);
    first.trust.save();
    const { mtimeNs, size } = statSync(path, { bigint: true });
    writeFileSync(path, 'value 2\n');
    utimesSync(path, old, old);
    expect(statSync(path, { bigint: true }).size).toBe(size);
    expect(statSync(path, { bigint: true }).mtimeNs).toBe(mtimeNs);
    const later = counting(cacheDir);
    expect(later.trust.trusts(path, source.sha256)).toBe(false);
    expect(later.verify(path, source.sha256)).toBe(false);
    expect(later.hashed()).toBe(1);
  });

  it('hashes again after a touch, after the file is replaced by a copy of itself, and when the manifest expects another checksum', () => {
    const { cacheDir, path, source } = setUp();
    const run = counting(cacheDir);
    run.verify(path, source.sha256);
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(run.trust.trusts(path, source.sha256)).toBe(false);
    run.verify(path, source.sha256);
    writeFileSync(`${path}.new`, readFileSync(path));
    renameSync(`${path}.new`, path); // a new inode with the same bytes
    expect(run.trust.trusts(path, source.sha256)).toBe(false);
    expect(run.verify(path, source.sha256)).toBe(true);
    expect(run.hashed()).toBe(3);
    expect(run.trust.trusts(path, sha('something else'))).toBe(false);
  });

  it('does not record a file changed within two seconds before it was hashed (the default)', () => {
    const { cacheDir, path, source } = setUp();
    const run = counting(cacheDir, undefined);
    const trust = new SourceTrust(cacheDir);
    const { accept } = trust.hashAndRecord(path, sha256File);
    accept();
    expect(trust.trusts(path, source.sha256)).toBe(false);
    trust.save();
    expect(() => readFileSync(join(cacheDir, TRUST_FILE))).toThrow();
    expect(run.trust.trusts(path, source.sha256)).toBe(false);
  });

  it('treats a malformed or foreign record as empty, and a missing folder as nothing to record', () => {
    const { cacheDir, path, source } = setUp();
    for (const text of ['not json', 'null', '{"format":2,"files":{}}', JSON.stringify({ format: 1, files: { [path]: { sha256: source.sha256 } } })]) {
      writeFileSync(join(cacheDir, TRUST_FILE), text);
      const run = counting(cacheDir);
      expect(run.trust.trusts(path, source.sha256)).toBe(false);
      expect(run.verify(path, source.sha256)).toBe(true);
      expect(run.hashed()).toBe(1);
    }
    const nowhere = counting(join(cacheDir, 'missing', 'folder'));
    nowhere.verify(path, source.sha256);
    expect(() => nowhere.trust.save()).not.toThrow();
  });
});

describe('verifySource with a trust record', () => {
  it('still stops with the checksum message when a trusted file is changed, and the missing-file message when it is removed', () => {
    const { dataDir, cacheDir, path, source } = setUp('12345\n');
    utimesSync(path, 1_600_000_000, 1_600_000_000);
    const trust = new SourceTrust(cacheDir, 0n);
    expect(verifySource(dataDir, source, trust)).toBe(path);
    expect(trust.trusts(path, source.sha256)).toBe(true);
    trust.save();
    writeFileSync(path, '54321\n');
    utimesSync(path, 1_600_000_000, 1_600_000_000);
    const again = new SourceTrust(cacheDir, 0n);
    expect(() => verifySource(dataDir, source, again)).toThrow(SmiError);
    expect(() => verifySource(dataDir, source, again)).toThrow(`expected SHA-256 ${source.sha256}, found ${sha('54321\n')}`);
    rmSync(path);
    expect(() => verifySource(dataDir, source, again)).toThrow(/sources\/file\.csv is missing from the data directory/);
  });
});
