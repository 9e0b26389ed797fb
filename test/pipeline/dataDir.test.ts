import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, resolveDataDir } from '../../src/pipeline/dataDir.js';
import { SmiError } from '../../src/errors.js';
import { makeTemp, removeTemp } from './helpers.js';

describe('resolveDataDir', () => {
  const temp = makeTemp();
  afterAll(() => removeTemp(temp));

  it('defaults to ../shared/data beside the project root', () => {
    expect(existsSync(join(PROJECT_ROOT, 'package.json'))).toBe(true);
    const expected = resolve(PROJECT_ROOT, '..', 'shared', 'data');
    // A checkout need not sit beside the data (a developer may use SMI_DATA_DIR instead), so the
    // default is checked either way: it is returned when it exists, and named when it does not.
    if (existsSync(join(expected, 'EDITIONS.md'))) {
      expect(resolveDataDir({})).toBe(expected);
    } else {
      expect(() => resolveDataDir({})).toThrow(expected);
    }
  });

  it('uses SMI_DATA_DIR when set', () => {
    const elsewhere = join(temp, 'elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    writeFileSync(join(elsewhere, 'EDITIONS.md'), '# test\n');
    expect(resolveDataDir({ SMI_DATA_DIR: elsewhere })).toBe(elsewhere);
  });

  it('says in one sentence which folder is missing and how to set it', () => {
    const missing = join(temp, 'nowhere');
    let error: unknown;
    try {
      resolveDataDir({ SMI_DATA_DIR: missing });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SmiError);
    const message = (error as SmiError).message;
    expect(message).toContain(missing);
    expect(message).toContain('set SMI_DATA_DIR to the folder that holds EDITIONS.md');
    expect(message.trim().split(/\.\s+[A-Z]/)).toHaveLength(1);
  });

  it('rejects a folder without EDITIONS.md', () => {
    const empty = join(temp, 'empty');
    mkdirSync(empty);
    expect(() => resolveDataDir({ SMI_DATA_DIR: empty })).toThrow(/has no EDITIONS\.md; set SMI_DATA_DIR to the folder that holds EDITIONS\.md/);
  });
});
