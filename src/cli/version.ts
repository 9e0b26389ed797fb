/**
 * The program's version, read from package.json (the one place it is written) with nothing else
 * loaded, so `smi --version` answers without importing a command. The file is two folders up from
 * this module wherever it runs: src/cli under tsx, dist/cli compiled, dist/bundle bundled.
 */
import { readFileSync } from 'node:fs';

export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  const version = (JSON.parse(text) as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('package.json has no version');
  return version;
}

/** True when the arguments ask for the version and nothing else. */
export function asksVersion(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
}
