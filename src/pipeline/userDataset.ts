/**
 * A user's own dataset read from a CSV file for the CLI: the file read within the limits, the
 * geography of both years, and the one validator (src/report/userDataset.ts), which the web app's
 * "Your own data" page calls as well, so both give the same messages.
 */
import { basename } from 'node:path';
import type { AreaGeography, Edition } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';
import { USER_CSV_LIMITS, userDatasetEdition } from '../report/userDataset.js';
import { loadGeography2016, loadGeography2025 } from './geography.js';
import { readCsvFile } from './readers/csv.js';

export function loadUserDataset(path: string, method: MethodDescription, dataDir: string): Edition {
  const table = readCsvFile(path, basename(path), USER_CSV_LIMITS);
  const geography = new Map<string, AreaGeography>();
  for (const area of loadGeography2025(dataDir)) geography.set(area.code, area);
  for (const area of loadGeography2016(dataDir)) geography.set(area.code, area);
  return userDatasetEdition(table, method, geography);
}
