/**
 * Trusting a source file's checksum by what the file system says about it, so a warm `smi` call
 * does not re-read and re-hash every publisher file (about 10 ms of a call that should take a
 * hundred). When a file's SHA-256 has been computed and found to be the manifest's, its identity and
 * times are recorded beside the cache (`sources-verified.json`): device, inode, size, modification
 * time and change time, to the nanosecond. Later the file is trusted without reading it only while
 * all five are unchanged and the manifest still expects the recorded SHA-256; anything else — an
 * edit, a `touch`, a copy, a rename over it, a file replaced by another of the same size and
 * modification time (its change time and inode differ; the change time cannot be set back by a
 * user) — means it is hashed again. As git does for its index, a file changed less than two seconds
 * before it was hashed is not recorded (a second change within the file system's clock tick could
 * otherwise keep the same times), nor one whose times moved while it was being hashed. The record is
 * a speed-up, not a lock: like the cache it lives in the user's own folder, and a missing, unreadable
 * or malformed record just means every file is hashed.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';

/** What a file looked like when its SHA-256 was found to be `sha256`. */
interface Seen {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
  sha256: string;
}

interface Record_ {
  format: 1;
  files: Record<string, Seen>;
}

export const TRUST_FILE = 'sources-verified.json';

/** A file changed this recently when it was hashed is not trusted by its times (nanoseconds). */
const RACY_NS = 2_000_000_000n;

function statOf(path: string): BigIntStats | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return stat.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

function seenOf(stat: BigIntStats, sha256: string): Seen {
  return { dev: String(stat.dev), ino: String(stat.ino), size: String(stat.size), mtimeNs: String(stat.mtimeNs), ctimeNs: String(stat.ctimeNs), sha256 };
}

function sameFile(a: Seen, b: Seen): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs && a.sha256 === b.sha256;
}

function isSeen(value: unknown): value is Seen {
  if (value === null || typeof value !== 'object') return false;
  const seen = value as Record<string, unknown>;
  return ['dev', 'ino', 'size', 'mtimeNs', 'ctimeNs', 'sha256'].every((key) => typeof seen[key] === 'string');
}

/**
 * The record of verified source files kept in `dir` (a cache folder), or none when `dir` is
 * undefined: then `trusts` is always false and nothing is written.
 */
export class SourceTrust {
  private readonly files = new Map<string, Seen>();
  private changed = false;

  /** `racyNs`: how recently changed a file may be when hashed and still be recorded (tests set 0). */
  constructor(
    private readonly dir: string | undefined,
    private readonly racyNs: bigint = RACY_NS,
  ) {
    if (dir === undefined) return;
    try {
      const record = JSON.parse(readFileSync(join(dir, TRUST_FILE), 'utf8')) as Partial<Record_> | null;
      if (record?.format !== 1 || record.files === null || typeof record.files !== 'object') return;
      for (const [path, seen] of Object.entries(record.files)) if (isSeen(seen)) this.files.set(path, seen);
    } catch {
      // no record yet, or an unreadable one: every file is hashed
    }
  }

  /** True when the file at `path` is, by its identity and times, the one found to have `sha256`. */
  trusts(path: string, sha256: string): boolean {
    const seen = this.files.get(path);
    if (seen === undefined || seen.sha256 !== sha256) return false;
    const stat = statOf(path);
    return stat !== undefined && sameFile(seenOf(stat, sha256), seen);
  }

  /**
   * Hashes the file with `hash` (which reads it and may throw) and, when the file did not change
   * while it was read and not within two seconds before, records it as having that SHA-256 —
   * to be called only once the caller has checked the hash against the manifest, via `accept`.
   */
  hashAndRecord(path: string, hash: (path: string) => string): { sha256: string; accept: () => void } {
    const before = statOf(path);
    const sha256 = hash(path);
    const accept = () => {
      if (this.dir === undefined || before === undefined) return;
      const after = statOf(path);
      if (after === undefined || !sameFile(seenOf(before, sha256), seenOf(after, sha256))) return;
      const now = BigInt(Date.now()) * 1_000_000n;
      const latest = after.mtimeNs > after.ctimeNs ? after.mtimeNs : after.ctimeNs;
      if (now - latest < this.racyNs) return;
      this.files.set(path, seenOf(after, sha256));
      this.changed = true;
    };
    return { sha256, accept };
  }

  /** Writes the record when it gained a file (atomically; a folder that cannot be written is no error). */
  save(): void {
    if (!this.changed || this.dir === undefined) return;
    const target = join(this.dir, TRUST_FILE);
    const temporary = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    const record: Record_ = { format: 1, files: Object.fromEntries(this.files) };
    try {
      writeFileSync(temporary, JSON.stringify(record));
      renameSync(temporary, target);
      this.changed = false;
    } catch {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // nothing more to do: the record is an optimisation
      }
    }
  }
}
