/**
 * Where the shared data lives. `SMI_DATA_DIR` wins; otherwise `../shared/data` relative to the
 * project root, which is two levels above this module both as source (src/pipeline/dataDir.ts)
 * and as compiled code (dist/pipeline/dataDir.js).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SmiError } from '../errors.js';

/** The project root: the folder that holds package.json, src/ and dist/. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The file whose presence marks a data directory. */
export const DATA_DIR_MARKER = 'EDITIONS.md';

/** The data directory to read from; throws an SmiError when it is absent or not a data directory. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SMI_DATA_DIR?.trim();
  const dir = fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : resolve(PROJECT_ROOT, '..', 'shared', 'data');
  const how = fromEnv !== undefined && fromEnv !== '' ? 'given by SMI_DATA_DIR' : 'the default, ../shared/data beside the project';
  if (!isDirectory(dir)) {
    throw new SmiError(`The data folder ${dir} (${how}) does not exist; set SMI_DATA_DIR to the folder that holds ${DATA_DIR_MARKER}.`);
  }
  if (!existsSync(join(dir, DATA_DIR_MARKER))) {
    throw new SmiError(`The data folder ${dir} (${how}) has no ${DATA_DIR_MARKER}; set SMI_DATA_DIR to the folder that holds ${DATA_DIR_MARKER}.`);
  }
  return dir;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
