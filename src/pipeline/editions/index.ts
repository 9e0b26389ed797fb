/**
 * The open editions: build them from the publisher files (`buildEdition`) or load them through
 * the on-disk cache (`loadEdition`). Source files are verified against the manifest on every
 * call, so a cached edition is only used while its files are unchanged (through the cache, a file
 * whose identity and times are those recorded when it was last hashed is not hashed again:
 * sourceTrust.ts). The builders (and the
 * parquet and Excel readers they use) are imported only when an edition has to be built.
 */
import { UsageError } from '../../errors.js';
import { EDITION_IDS, isEditionId, type EditionId } from '../../edition/catalogue.js';
import type { Edition } from '../../edition/types.js';
import { cacheFile, cacheKey, readCacheEntry, usableCacheDir, writeCacheEntry } from '../cache.js';
import { verifySources } from '../checksum.js';
import { pipelineCodeHash } from '../codeHash.js';
import { resolveDataDir } from '../dataDir.js';
import { sourceFile } from '../manifest.js';
import { SourceTrust } from '../sourceTrust.js';
import { OPEN_2016_SOURCES, OPEN_LATEST_SOURCES } from './sources.js';


export { DEFAULT_EDITION, EDITION_IDS, isEditionId, type EditionId } from '../../edition/catalogue.js';

export const EDITION_SOURCES: Readonly<Record<EditionId, readonly string[]>> = {
  'open-2016': OPEN_2016_SOURCES,
  'open-latest': OPEN_LATEST_SOURCES,
};

export interface EditionOptions {
  /** The data directory; default `resolveDataDir()`. */
  dataDir?: string;
  /** The small-area adjustment of indicators 4, 6, 9 and 10 (EDITIONS.md); default true. */
  smallAreaAdjustment?: boolean;
  /** The cache folder; default `usableCacheDir()` (SMI_CACHE_DIR, XDG_CACHE_HOME or ~/.cache). */
  cacheDir?: string;
}

export interface LoadedEdition {
  edition: Edition;
  /** True when the edition came from the cache. */
  fromCache: boolean;
  /** The cache entry read or written; undefined when nothing could be cached. */
  cachePath?: string;
}

function checkId(id: string): EditionId {
  if (!isEditionId(id)) throw new UsageError(`Unknown edition "${id}"; the editions are ${EDITION_IDS.join(' and ')}.`);
  return id;
}

function verifyEditionSources(id: EditionId, dataDir: string, trust?: SourceTrust): Record<string, string> {
  return verifySources(dataDir, EDITION_SOURCES[id].map(sourceFile), trust);
}

async function buildVerified(id: EditionId, dataDir: string, smallAreaAdjustment: boolean): Promise<Edition> {
  if (id === 'open-2016') {
    const { buildOpen2016 } = await import('./open2016.js');
    return buildOpen2016(dataDir, { smallAreaAdjustment });
  }
  const { buildOpenLatest } = await import('./openLatest.js');
  return buildOpenLatest(dataDir, { smallAreaAdjustment });
}

/** Builds an edition from its source files (verified against the manifest), without the cache. */
export async function buildEdition(id: string, options: EditionOptions = {}): Promise<Edition> {
  const editionId = checkId(id);
  const dataDir = options.dataDir ?? resolveDataDir();
  verifyEditionSources(editionId, dataDir);
  return buildVerified(editionId, dataDir, options.smallAreaAdjustment ?? true);
}

/**
 * The cache key of an edition: the fingerprint of the code that builds it (codeHash.ts), its id,
 * options and source checksums. Any change to any of them is a different entry.
 */
export function editionCacheKey(id: EditionId, smallAreaAdjustment: boolean, checksums: Record<string, string>, code: string = pipelineCodeHash()): string {
  return cacheKey({ code, id, options: { smallAreaAdjustment }, checksums });
}

function looksLikeEdition(value: unknown, id: string, checksums: Record<string, string>): value is Edition {
  if (value === null || typeof value !== 'object') return false;
  const edition = value as Partial<Edition>;
  return (
    edition.id === id &&
    Array.isArray(edition.areas) &&
    edition.areas.length > 0 &&
    Array.isArray(edition.indicators) &&
    Array.isArray(edition.sources) &&
    edition.checksums !== undefined &&
    Object.entries(checksums).every(([source, sha]) => edition.checksums?.[source] === sha)
  );
}

/** Loads an edition through the cache and says whether it came from there. */
export async function loadEditionWithInfo(id: string, options: EditionOptions = {}): Promise<LoadedEdition> {
  const editionId = checkId(id);
  const dataDir = options.dataDir ?? resolveDataDir();
  const smallAreaAdjustment = options.smallAreaAdjustment ?? true;
  const dir = options.cacheDir ?? usableCacheDir();
  // beside the cache, a record of the source files already hashed, trusted while their times are unchanged
  const trust = new SourceTrust(dir);
  const checksums = verifyEditionSources(editionId, dataDir, trust);
  const key = editionCacheKey(editionId, smallAreaAdjustment, checksums);
  const cached = readCacheEntry(dir, key);
  if (looksLikeEdition(cached, editionId, checksums)) {
    trust.save();
    return { edition: cached, fromCache: true, cachePath: cacheFile(dir, key) };
  }
  const edition = await buildVerified(editionId, dataDir, smallAreaAdjustment);
  const written = writeCacheEntry(dir, key, edition);
  trust.save();
  return written ? { edition, fromCache: false, cachePath: cacheFile(dir, key) } : { edition, fromCache: false };
}

/** Loads an edition through the cache (building and caching it when needed). */
export async function loadEdition(id: string, options: EditionOptions = {}): Promise<Edition> {
  return (await loadEditionWithInfo(id, options)).edition;
}
