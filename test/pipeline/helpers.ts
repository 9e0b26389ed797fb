/** Shared helpers of the pipeline tests: the real data directory and temporary folders in /tmp. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { readCsvFile } from '../../src/pipeline/readers/csv.js';

export const DATA_DIR = resolveDataDir();

/** A fresh temporary folder outside the repository; remove it with `removeTemp`. */
export function makeTemp(prefix = 'smi-pipeline-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeTemp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

const csvCache = new Map<string, Array<Record<string, string>>>();

/** Records of a CSV in the data directory (the project's CSV reader; used for DERIVED cross-checks). Memoised. */
export function readDataCsv(path: string): Array<Record<string, string>> {
  let records = csvCache.get(path);
  if (records === undefined) {
    records = readCsvFile(join(DATA_DIR, path), path).records.map((record) => record.cells);
    csvCache.set(path, records);
  }
  return records;
}

/** Expects `fn` to throw an SmiError and returns its message. */
export async function smiErrorMessage(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if ((error as Error).name !== 'SmiError') throw error;
    return (error as Error).message;
  }
  throw new Error('expected an SmiError, but nothing was thrown');
}
