/**
 * What every command starts from: the dataset named by --edition (an open edition or a CSV file)
 * scored with the method named by --method (a preset or a JSON file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { SmiError, UsageError } from '../errors.js';
import type { Edition } from '../edition/types.js';
import { parseMethod } from '../method/schema.js';
import { PRESETS, presetMethod } from '../method/presets.js';
import { applyChoices, parseMethodChoices, type MethodChoices } from '../method/choices.js';
import type { Aggregation, MethodDescription, MissingRule, Normalisation } from '../method/types.js';
import { resolveDataDir } from '../pipeline/dataDir.js';
import { DEFAULT_EDITION, EDITION_IDS, loadEdition } from '../pipeline/editions/index.js';
import { scoreEdition, type ScoredEdition } from '../report/scoredEdition.js';

export { DEFAULT_EDITION };

export interface SourceOptions {
  edition?: string;
  method?: string;
  smallAreaAdjustment?: boolean;
  /** Method choices (see src/method/choices.ts): `--weights`, `--normalise`, `--aggregate`, `--missing`. */
  weights?: string;
  normalise?: Normalisation;
  aggregate?: Aggregation;
  missing?: MissingRule;
}

export async function loadScored(options: SourceOptions): Promise<ScoredEdition> {
  const { edition, method } = await loadSource(options);
  return scoreEdition(edition, method);
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
export async function loadSource(options: SourceOptions): Promise<LoadedSource> {
  const choices = methodChoices(options);
  const named = options.method === undefined ? undefined : readMethod(options.method);
  const edition = await readEdition(options.edition ?? DEFAULT_EDITION, named, options.smallAreaAdjustment ?? true);
  const baseMethod = named ?? edition.method;
  const present = new Set(baseMethod.indicators.map((indicator) => indicator.id).filter((id) => edition.areas.some((area) => typeof area.values[id] === 'number')));
  return { edition, baseMethod, method: applyChoices(baseMethod, choices, { presentIndicators: present }), choices };
}

/** The method choices of the flags; parses --weights (UsageError on a bad list). */
export function methodChoices(options: SourceOptions): MethodChoices {
  return parseMethodChoices(options);
}

export async function readEdition(name: string, method: MethodDescription | undefined, smallAreaAdjustment = true): Promise<Edition> {
  if ((EDITION_IDS as readonly string[]).includes(name)) return loadEdition(name, { dataDir: resolveDataDir(), smallAreaAdjustment });
  if (/\.csv$/i.test(name)) {
    if (!existsSync(name)) throw new UsageError(`${name}: no such file.`);
    const { loadUserDataset } = await import('../pipeline/userDataset.js');
    return loadUserDataset(name, method ?? presetMethod('smi-2017')!, resolveDataDir());
  }
  throw new UsageError(`unknown edition "${name}"; choose ${EDITION_IDS.join(' or ')}, or give a CSV file of your own.`);
}

/** A preset id, or the path of a method description in JSON. */
export function readMethod(name: string): MethodDescription {
  const preset = presetMethod(name);
  if (preset !== undefined) return preset;
  if (!/\.json$/i.test(name) && !existsSync(name)) {
    throw new UsageError(`unknown method "${name}"; choose ${Object.keys(PRESETS).join(' or ')}, or give a method JSON file.`);
  }
  let text: string;
  try {
    text = readFileSync(name, 'utf8');
  } catch {
    throw new UsageError(`${name}: no such file.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SmiError(`${basename(name)}: not valid JSON (${(error as Error).message}).`);
  }
  return parseMethod(json, basename(name));
}
