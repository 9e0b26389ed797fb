/**
 * What every command starts from: the dataset named by --edition (an open edition or a CSV file)
 * scored with the method named by --method (a preset or a JSON file). The data and cache folders
 * come from the environment the command is given (`Io.env`), never from `process.env` directly.
 */
import { existsSync } from 'node:fs';
import { readFileBytes } from '../pipeline/readers/file.js';
import { basename } from 'node:path';
import { SmiError, UsageError } from '../errors.js';
import type { Edition } from '../edition/types.js';
import { PRESETS, presetMethod } from '../method/presets.js';
import { applyChoices, parseMethodChoices, type MethodChoices } from '../method/choices.js';
import type { Aggregation, MethodDescription, MissingRule, Normalisation } from '../method/types.js';
import { usableCacheDir } from '../pipeline/cache.js';
import { resolveDataDir } from '../pipeline/dataDir.js';
import { EDITION_IDS, loadEdition } from '../pipeline/editions/index.js';
import { checkRankable, scoreEdition, type ScoredEdition } from '../report/scoredEdition.js';
import { scoreEditionCached } from '../pipeline/scoredCache.js';
import type { Env } from './io.js';

/** The flags of every command that reads an edition (see `withSource` in commands/options.ts). */
export interface SourceFlags {
  /** An edition id or a CSV file; commander gives the default edition when the flag is absent. */
  edition: string;
  method?: string;
  /** False with --no-small-area-adjustment. */
  smallAreaAdjustment?: boolean;
  /** Method choices (see src/method/choices.ts): `--weights`, `--normalise`, `--aggregate`, `--missing`. */
  weights?: string;
  normalise?: Normalisation;
  aggregate?: Aggregation;
  missing?: MissingRule;
}

export async function loadScored(flags: SourceFlags, env: Env): Promise<ScoredEdition> {
  const { edition, method } = await loadSource(flags, env);
  // an open edition under its own method is kept scored beside it (one entry each); other methods
  // and datasets of your own are scored afresh, so that the cache does not grow with every variant
  const own = method === edition.method && (EDITION_IDS as readonly string[]).includes(edition.id);
  const scored = own ? scoreEditionCached(edition, method, usableCacheDir(env)) : scoreEdition(edition, method);
  checkRankable(edition, scored.result);
  return scored;
}

export interface LoadedSource {
  edition: Edition;
  /** The method of --method (else the edition's own), before the choices. */
  baseMethod: MethodDescription;
  /** The method with the choices applied (the same object when there are none). */
  method: MethodDescription;
  choices: MethodChoices;
}

/** The edition and the method the flags name, with the method choices applied and checked. */
export async function loadSource(flags: SourceFlags, env: Env): Promise<LoadedSource> {
  const choices = methodChoices(flags);
  const named = flags.method === undefined ? undefined : await readMethod(flags.method);
  const edition = await readEdition(flags, env, named);
  const baseMethod = named ?? edition.method;
  const present = new Set(baseMethod.indicators.map((indicator) => indicator.id).filter((id) => edition.areas.some((area) => typeof area.values[id] === 'number')));
  return { edition, baseMethod, method: applyChoices(baseMethod, choices, { presentIndicators: present }), choices };
}

/** The method choices of the flags; parses --weights (UsageError on a bad list). */
export function methodChoices(flags: SourceFlags): MethodChoices {
  return parseMethodChoices(flags);
}

/**
 * The edition of --edition (an open edition, through the cache, or a CSV file read with `method`,
 * else smi-2017), from the data and cache folders of `env`.
 */
export async function readEdition(flags: Pick<SourceFlags, 'edition' | 'smallAreaAdjustment'>, env: Env, method?: MethodDescription): Promise<Edition> {
  const name = flags.edition;
  if ((EDITION_IDS as readonly string[]).includes(name)) {
    return loadEdition(name, { dataDir: resolveDataDir(env), cacheDir: usableCacheDir(env), smallAreaAdjustment: flags.smallAreaAdjustment ?? true });
  }
  if (/\.csv$/i.test(name)) {
    if (!existsSync(name)) throw new UsageError(`${name}: no such file.`);
    const { loadUserDataset } = await import('../pipeline/userDataset.js');
    return loadUserDataset(name, method ?? presetMethod('smi-2017')!, resolveDataDir(env));
  }
  throw new UsageError(`unknown edition "${name}"; choose ${EDITION_IDS.join(' or ')}, or give a CSV file of your own.`);
}

/** A method file is a few kilobytes; 1 MB is far beyond any real one. */
const METHOD_FILE_LIMIT = 1_000_000;

/**
 * A preset id, or the path of a method description in JSON. Only a file is checked with the zod
 * schema, imported here and nowhere else on the CLI's way, so a preset never loads zod.
 */
export async function readMethod(name: string): Promise<MethodDescription> {
  const preset = presetMethod(name);
  if (preset !== undefined) return preset;
  if (!/\.json$/i.test(name) && !existsSync(name)) {
    throw new UsageError(`unknown method "${name}"; choose ${Object.keys(PRESETS).join(' or ')}, or give a method JSON file.`);
  }
  let text: string;
  try {
    text = readFileBytes(name, basename(name), METHOD_FILE_LIMIT).toString('utf8');
  } catch (error) {
    if (error instanceof SmiError) throw new UsageError(error.message);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SmiError(`${basename(name)}: not valid JSON (${(error as Error).message}).`);
  }
  const { parseMethod } = await import('../method/schema.js');
  return parseMethod(json, basename(name));
}
