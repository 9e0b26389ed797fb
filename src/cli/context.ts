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
import type { MethodDescription } from '../method/types.js';
import { resolveDataDir } from '../pipeline/dataDir.js';
import { EDITION_IDS, loadEdition } from '../pipeline/editions/index.js';
import { scoreEdition, type ScoredEdition } from '../report/scoredEdition.js';

export const DEFAULT_EDITION = 'open-2016';

export interface SourceOptions {
  edition?: string;
  method?: string;
  smallAreaAdjustment?: boolean;
}

export async function loadScored(options: SourceOptions): Promise<ScoredEdition> {
  const method = options.method === undefined ? undefined : readMethod(options.method);
  const edition = await readEdition(options.edition ?? DEFAULT_EDITION, method, options.smallAreaAdjustment ?? true);
  return scoreEdition(edition, method ?? edition.method);
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
