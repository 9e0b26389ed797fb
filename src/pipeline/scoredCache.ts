/**
 * The index computed on an edition under a method, kept in the cache folder beside the built
 * editions, so that a command reads the ranks instead of running the engine cold (about a sixth
 * of a warm `smi area`). The key is the fingerprint of the code (which covers the engine), the
 * method and exactly what the engine reads of each area (code, name, values): any change to any of
 * them is another entry. An entry carries its own SHA-256 (cache.ts), and one is kept only when it
 * reads back as exactly the result computed (no value JSON cannot hold, such as −0 or NaN), so
 * a kept result is always the one `scoreEdition` gives.
 */
import { isDeepStrictEqual } from 'node:util';
import type { IndexResult } from '../engine/types.js';
import type { Edition } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';
import { engineInputs, scoreEdition, scoredFromResult, type ScoredEdition } from '../report/scoredEdition.js';
import { cacheKey, readCacheEntry, usableCacheDir, writeCacheEntry } from './cache.js';
import { pipelineCodeHash } from './codeHash.js';

/** Whether a kept value is a result of these areas, in their order. */
function isResultOf(value: unknown, edition: Edition): value is IndexResult {
  if (value === null || typeof value !== 'object') return false;
  const result = value as Partial<IndexResult>;
  return (
    typeof result.rankedCount === 'number' &&
    Array.isArray(result.areas) &&
    result.areas.length === edition.areas.length &&
    result.areas.every((area, index) => area !== null && typeof area === 'object' && area.code === edition.areas[index]!.code && typeof area.overall === 'object')
  );
}

/** `scoreEdition(edition, method)`, read from the cache folder when it was computed before. */
export function scoreEditionCached(edition: Edition, method: MethodDescription, dir: string = usableCacheDir()): ScoredEdition {
  const key = cacheKey({ scored: 1, code: pipelineCodeHash(), method, areas: engineInputs(edition) });
  const kept = readCacheEntry(dir, key);
  if (isResultOf(kept, edition)) return scoredFromResult(edition, method, kept);
  const scored = scoreEdition(edition, method);
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(scored.result)), scored.result)) writeCacheEntry(dir, key, scored.result);
  return scored;
}
