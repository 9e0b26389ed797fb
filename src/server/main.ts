/**
 * `npm start`: the explorer on PORT (default 3000) and HOST (default 127.0.0.1). Loads both open
 * editions and the postcode lookup before listening, so a missing or changed data file stops it at once with one line.
 * Prints `smi explorer: http://HOST:PORT/` when ready (tests read this line; PORT=0 picks a free port).
 */
import { resolveDataDir, PROJECT_ROOT } from '../pipeline/dataDir.js';
import { join } from 'node:path';
import { SmiError } from '../errors.js';
import { WHOLE_NUMBER } from '../method/vocabulary.js';
import { buildServer } from './app.js';
import { EDITION_IDS, seriesYearOf } from '../edition/catalogue.js';
import { postcodeTables } from '../pipeline/postcodes.js';

function parsePort(text: string): number {
  if (!WHOLE_NUMBER.test(text) || Number(text) > 65535) throw new SmiError(`PORT must be a whole number from 0 to 65535; got "${text}".`);
  return Number(text);
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT ?? '3000');
  const host = process.env.HOST ?? '127.0.0.1';
  const dataDir = resolveDataDir();
  const { app, store } = await buildServer({ dataDir, webDir: join(PROJECT_ROOT, 'dist', 'web') });
  await store.warm({ maps: true });
  // the postcode lookup of the search (checked against the manifest: a changed file stops the server here too)
  postcodeTables(dataDir);
  // each edition's default uncertainty run (for the area pages' "how sure"), computed in the pool while the first requests come in
  for (const id of EDITION_IDS.filter((edition) => seriesYearOf(edition) === undefined)) store.defaultUncertainty(id).catch(() => undefined);
  const address = await app.listen({ port, host });
  const url = address.replace('[::1]', 'localhost').replace(/\/?$/, '/');
  process.stdout.write(`smi explorer: ${url}\n`);
  const stop = () => {
    void app.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof SmiError) process.stderr.write(`smi explorer: ${error.message}\n`);
  else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') process.stderr.write(`smi explorer: port ${process.env.PORT ?? '3000'} is in use; set PORT to another.\n`);
  else process.stderr.write(`smi explorer: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
