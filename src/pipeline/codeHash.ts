/**
 * The fingerprint of the code that builds editions: SHA-256 over the path and bytes of every
 * module of the layers a built edition depends on (the pipeline itself, and the edition, method,
 * geography, report and statistics modules it imports), as they are on disk where this module
 * runs — the compiled `dist/` in use, the TypeScript sources under a test runner. It is part of
 * the edition cache's key (editions/index.ts), so any change to that code rebuilds the cache
 * instead of relying on someone remembering to bump a version.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders, under the code root, whose modules shape a built edition. */
const LAYERS = ['pipeline', 'edition', 'method', 'geo', 'report', 'stats', 'engine'];
const MODULE = /\.(js|ts)$/;

let memo: string | undefined;

/**
 * The fingerprint written into the bundled CLI when it is built (scripts/bundle-cli.mjs), of the
 * compiled modules it was bundled from; undefined when running from those modules themselves.
 */
declare const SMI_CODE_FINGERPRINT: string | undefined;

function modulesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modulesUnder(path);
    return entry.isFile() && MODULE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** SHA-256 (hex) over the relative path and bytes of every .js/.ts module in `layers` under `root`, in path order. */
export function codeFingerprint(root: string, layers: readonly string[] = LAYERS): string {
  const hash = createHash('sha256');
  const files = layers.flatMap((layer) => modulesUnder(join(root, layer))).sort();
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The fingerprint of the edition-building code that is running (computed once per process, or at bundling). */
export function pipelineCodeHash(): string {
  memo ??= typeof SMI_CODE_FINGERPRINT === 'string' ? SMI_CODE_FINGERPRINT : codeFingerprint(fileURLToPath(new URL('..', import.meta.url)));
  return memo;
}
