/**
 * A small on-disk cache of built editions, outside the repository: `SMI_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/smi-open`, else `~/.cache/smi-open`. Entries are JSON files named by their
 * key; writes go to a temporary file that is then renamed, so a reader never sees half a file.
 * A corrupt or unreadable entry, or one whose value no longer matches the checksum written with
 * it (edited by hand, say), is treated as absent and rebuilt; a cache folder that cannot be
 * written just means nothing is cached. The checksum guards against accidents and naive edits,
 * not against someone who can also recompute it: the cache folder is the user's own.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { SmiError } from '../errors.js';

/**
 * 4: an edition's value holds each distinct value provenance once (src/pipeline/editionCodec.ts).
 * 3: an entry is one line of JSON, the header `{ format, key, sha256 }`, then the value's JSON; the
 * SHA-256 is of the value's bytes as written, checked on every read before they are parsed (2 hashed
 * the value re-serialised after parsing, which cost a third of a warm CLI call's loading).
 */
export const CACHE_FORMAT = 4;

/** The cache folder for this environment (not created here). */
export function resolveCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.SMI_CACHE_DIR?.trim();
  if (explicit) return resolve(explicit);
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg) return resolve(xdg, 'smi-open');
  return join(homedir(), '.cache', 'smi-open');
}

/**
 * Creates the folder and any missing parents one level at a time (`mkdirSync`'s recursive mode
 * never returns on some special file systems, such as /proc); throws the file system's error.
 */
function makeFolder(dir: string): void {
  try {
    if (statSync(dir).isDirectory()) return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const parent = dirname(dir);
    if (parent !== dir) makeFolder(parent);
    mkdirSync(dir);
    return;
  }
  throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
}

const checkedFolders = new Set<string>();

/**
 * The cache folder, checked once per process when SMI_CACHE_DIR names it: it is created if need be,
 * must be a folder, and must take a file; otherwise one line says so (a default folder that cannot
 * be used just means nothing is cached, as before).
 */
export function usableCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolveCacheDir(env);
  if (!env.SMI_CACHE_DIR?.trim() || checkedFolders.has(dir)) return dir;
  const probe = join(dir, `.smi-probe.${process.pid}.${randomBytes(6).toString('hex')}`);
  try {
    makeFolder(dir);
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOTDIR' || code === 'EEXIST' ? 'is not a folder' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'cannot be written' : `cannot be written (${code ?? 'unknown error'})`;
    throw new SmiError(`SMI_CACHE_DIR (${dir}) ${reason}; give a folder that can be written, or leave SMI_CACHE_DIR unset.`);
  }
  checkedFolders.add(dir);
  return dir;
}

/** SHA-256 (hex) of the JSON of `parts`: a cache key. */
export function cacheKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export function cacheFile(dir: string, key: string): string {
  return join(dir, `${key}.json`);
}

/** The first line of an entry. */
interface Header {
  format: number;
  key: string;
  /** SHA-256 (hex) of the bytes after the header's line: an entry altered after it was written is not used. */
  sha256: string;
}

const NEWLINE = 0x0a;

function digest(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cached value for `key`, or undefined when absent, unreadable, corrupt or altered. */
export function readCacheEntry(dir: string, key: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile(dir, key));
  } catch {
    return undefined;
  }
  try {
    // JSON never holds a raw line break outside a string, and JSON.stringify writes none inside one
    const end = bytes.indexOf(NEWLINE);
    if (end < 0) return undefined;
    const header = JSON.parse(bytes.toString('utf8', 0, end)) as Partial<Header> | null;
    if (header === null || typeof header !== 'object' || header.format !== CACHE_FORMAT || header.key !== key) return undefined;
    const body = bytes.subarray(end + 1);
    if (header.sha256 !== digest(body)) return undefined;
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Stores a value atomically; returns false (and caches nothing) when the folder is not writable. */
export function writeCacheEntry(dir: string, key: string, value: unknown): boolean {
  const target = cacheFile(dir, key);
  const temporary = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    makeFolder(dir);
    const body = Buffer.from(JSON.stringify(value), 'utf8');
    const header: Header = { format: CACHE_FORMAT, key, sha256: digest(body) };
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body]));
    renameSync(temporary, target);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the cache is an optimisation.
    }
    return false;
  }
}
