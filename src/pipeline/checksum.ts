/**
 * Verifies source files against the manifest: a file that is missing or whose SHA-256 differs
 * from the manifest stops the build with a one-sentence SmiError saying what to do.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SmiError } from '../errors.js';
import type { SourceFile } from '../edition/types.js';
import type { SourceTrust } from './sourceTrust.js';

/** SHA-256 of a file's bytes, as lower-case hex. */
export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The absolute path of a source file in the data directory. */
export function sourcePath(dataDir: string, source: SourceFile): string {
  return join(dataDir, source.path);
}

/**
 * Checks one source file against its manifest entry and returns its absolute path.
 * Throws an SmiError when the file is missing or its checksum differs. With a `trust` record (see
 * sourceTrust.ts) a file unchanged since it was last found to be right is not read again.
 */
export function verifySource(dataDir: string, source: SourceFile, trust?: SourceTrust): string {
  const path = sourcePath(dataDir, source);
  if (trust?.trusts(path, source.sha256) === true) return path;
  let actual: string;
  let accept = () => {};
  try {
    if (trust === undefined) actual = sha256File(path);
    else ({ sha256: actual, accept } = trust.hashAndRecord(path, sha256File));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new SmiError(
        `${source.path} is missing from the data directory ${dataDir}; restore it from the shared data folder (see sources/SOURCES.md or geo/SOURCES.md there), or set SMI_DATA_DIR to a complete data folder.`,
      );
    }
    throw new SmiError(`${source.path} in the data directory ${dataDir} cannot be read (${code ?? 'unknown error'}); check its permissions.`);
  }
  if (actual !== source.sha256) {
    throw new SmiError(
      `${source.path} in the data directory ${dataDir} is not the file this pipeline was built for (expected SHA-256 ${source.sha256}, found ${actual}); restore the original publisher file, or, if it was replaced on purpose, update its checksum in src/pipeline/manifest.ts.`,
    );
  }
  accept();
  return path;
}

/** Verifies several source files; returns their checksums keyed by source id. */
export function verifySources(dataDir: string, sources: readonly SourceFile[], trust?: SourceTrust): Record<string, string> {
  const checksums: Record<string, string> = {};
  for (const source of sources) {
    verifySource(dataDir, source, trust);
    checksums[source.id] = source.sha256;
  }
  return checksums;
}
