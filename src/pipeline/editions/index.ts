/**
 * The open editions: build them from the publisher files (`buildEdition`) or load them through
 * the on-disk cache (`loadEdition`). Source files are verified against the manifest on every
 * call, so a cached edition is only used while its files are unchanged (through the cache, a file
 * whose identity and times are those recorded when it was last hashed is not hashed again:
 * sourceTrust.ts). The builders (and the
 * parquet and Excel readers they use) are imported only when an edition has to be built.
 */
import { UsageError } from '../../errors.js';
import { EDITION_IDS, SERIES_YEARS, editionEntry, isEditionId, seriesEditionId, seriesYearOf, type EditionId, type SeriesYear } from '../../edition/catalogue.js';
import type { Edition } from '../../edition/types.js';
import { packEdition, unpackEdition } from '../editionCodec.js';
import { cacheFile, cacheKey, readCacheEntry, usableCacheDir, writeCacheEntry } from '../cache.js';
import { verifySources } from '../checksum.js';
import { pipelineCodeHash } from '../codeHash.js';
import { resolveDataDir } from '../dataDir.js';
import { sourceFile } from '../manifest.js';
import { SourceTrust } from '../sourceTrust.js';
import { OPEN_2016, OPEN_SERIES } from './definitions.js';
import { editionSourceIds, type EditionDefinition } from './spec.js';


export { DEFAULT_EDITION, EDITION_IDS, isEditionId, type EditionId } from '../../edition/catalogue.js';

/**
 * What an edition is built as: `open-2016` is OPEN_2016 in 2016, `open-series@Y` is OPEN_SERIES
 * in Y, and `open-latest` is OPEN_SERIES in 2025 (so it equals `open-series@2025`).
 */
export function editionDefinition(id: EditionId): { definition: EditionDefinition; year: number } {
  if (id === 'open-2016') return { definition: OPEN_2016, year: 2016 };
  if (id === 'open-latest') return { definition: OPEN_SERIES, year: 2025 };
  return { definition: OPEN_SERIES, year: seriesYearOf(id)! };
}

/** The source files each edition is built from. */
export const EDITION_SOURCES: Readonly<Record<EditionId, readonly string[]>> = Object.fromEntries(
  EDITION_IDS.map((id) => {
    const { definition, year } = editionDefinition(id);
    return [id, editionSourceIds(definition, year)];
  }),
) as unknown as Record<EditionId, readonly string[]>;

export interface EditionOptions {
  /** The data directory; default `resolveDataDir()`. */
  dataDir?: string;
  /** The small-area adjustment of indicators 4, 6, 9 and 10 (EDITIONS.md); default true. */
  smallAreaAdjustment?: boolean;
  /** The cache folder; default `usableCacheDir()` (SMI_CACHE_DIR, XDG_CACHE_HOME or ~/.cache). */
  cacheDir?: string;
  /** A reader of the source files shared by several builds (loadSeries reads each file once). */
  inputs?: import('./inputs.js').Inputs;
}

export interface LoadedEdition {
  edition: Edition;
  /** True when the edition came from the cache. */
  fromCache: boolean;
  /** The cache entry read or written; undefined when nothing could be cached. */
  cachePath?: string;
}

function checkId(id: string): EditionId {
  if (!isEditionId(id)) throw new UsageError(`Unknown edition "${id}"; the editions are open-2016, open-latest and open-series@2016 … open-series@2025 (one a year).`);
  return id;
}

function verifyEditionSources(id: EditionId, dataDir: string, trust?: SourceTrust): Record<string, string> {
  return verifySources(dataDir, EDITION_SOURCES[id].map(sourceFile), trust);
}

/**
 * The reader of the source files (see ./inputs.ts), shared by the builds of one data directory
 * that follow each other (the ten years of the series asked for one by one read each file once);
 * dropped 30 s after its last use, and never shared across different checksums of the files.
 */
let shared: { key: string; inputs: import('./inputs.js').Inputs; timer?: ReturnType<typeof setTimeout> } | undefined;

async function newInputs(dataDir: string, checksums: Record<string, string> = {}): Promise<import('./inputs.js').Inputs> {
  const { Inputs } = await import('./inputs.js');
  const key = JSON.stringify([dataDir, Object.entries(checksums).sort()]);
  if (shared === undefined || shared.key !== key) shared = { key, inputs: new Inputs(dataDir) };
  clearTimeout(shared.timer);
  shared.timer = setTimeout(() => (shared = undefined), 30_000);
  shared.timer.unref?.();
  return shared.inputs;
}

async function buildVerified(id: EditionId, dataDir: string, smallAreaAdjustment: boolean, checksums: Record<string, string>, inputs?: import('./inputs.js').Inputs): Promise<Edition> {
  const { buildDefinition } = await import('./build.js');
  const { definition, year } = editionDefinition(id);
  const entry = editionEntry(id);
  return buildDefinition(definition, year, { id, label: entry.label, description: entry.description }, inputs ?? (await newInputs(dataDir, checksums)), smallAreaAdjustment);
}

/** Builds an edition from its source files (verified against the manifest), without the cache. */
export async function buildEdition(id: string, options: EditionOptions = {}): Promise<Edition> {
  const editionId = checkId(id);
  const dataDir = options.dataDir ?? resolveDataDir();
  const checksums = verifyEditionSources(editionId, dataDir);
  return buildVerified(editionId, dataDir, options.smallAreaAdjustment ?? true, checksums, options.inputs);
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
  const dir = options.cacheDir ?? usableCacheDir();
  // beside the cache, a record of the source files already hashed, trusted while their times are unchanged
  const trust = new SourceTrust(dir);
  const loaded = await loadVerified(editionId, dataDir, dir, verifyEditionSources(editionId, dataDir, trust), options);
  trust.save();
  return loaded;
}

/** Loads an edition whose source files were verified (`checksums`, keyed by source id) through the cache folder `dir`. */
async function loadVerified(editionId: EditionId, dataDir: string, dir: string, checksums: Record<string, string>, options: EditionOptions): Promise<LoadedEdition> {
  const smallAreaAdjustment = options.smallAreaAdjustment ?? true;
  const key = editionCacheKey(editionId, smallAreaAdjustment, checksums);
  const cached = unpackEdition(readCacheEntry(dir, key));
  if (looksLikeEdition(cached, editionId, checksums)) return { edition: cached, fromCache: true, cachePath: cacheFile(dir, key) };
  const edition = await buildVerified(editionId, dataDir, smallAreaAdjustment, checksums, options.inputs);
  const written = writeCacheEntry(dir, key, packEdition(edition));
  return written ? { edition, fromCache: false, cachePath: cacheFile(dir, key) } : { edition, fromCache: false };
}

/** Loads an edition through the cache (building and caching it when needed). */
export async function loadEdition(id: string, options: EditionOptions = {}): Promise<Edition> {
  return (await loadEditionWithInfo(id, options)).edition;
}

/** One year of the series with its edition. */
export interface SeriesYearEdition {
  year: SeriesYear;
  edition: Edition;
}

/**
 * Every year of `open-series`, 2016 to 2025, through the cache: the years not cached are built
 * together, reading each source file once.
 */
export async function loadSeries(options: EditionOptions = {}): Promise<SeriesYearEdition[]> {
  const dataDir = options.dataDir ?? resolveDataDir();
  const { Inputs } = await import('./inputs.js');
  const inputs = options.inputs ?? new Inputs(dataDir);
  const ids = SERIES_YEARS.map(seriesEditionId);
  const dir = options.cacheDir ?? usableCacheDir();
  const trust = new SourceTrust(dir);
  // Every file of every year verified once, then each year's entry read or built.
  const all = verifySources(dataDir, [...new Set(ids.flatMap((id) => EDITION_SOURCES[id]))].map(sourceFile), trust);
  const out: SeriesYearEdition[] = [];
  for (const [i, year] of SERIES_YEARS.entries()) {
    const id = ids[i]!;
    const checksums = Object.fromEntries(EDITION_SOURCES[id].map((source) => [source, all[source]!]));
    out.push({ year, edition: (await loadVerified(id, dataDir, dir, checksums, { ...options, inputs })).edition });
  }
  trust.save();
  return out;
}
