/**
 * A running server notices a source file that changed or went missing (src/server/editionStore.ts):
 * on a copy of the data folder, it serves the edition, then refuses once a source file is altered
 * or removed, naming the file and not the machine's folders, and serves again once it is restored.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { buildServer } from '../../src/server/app.js';
import { SOURCE_CHECK_MS } from '../../src/server/editionStore.js';

const FILE = 'sources/home_ownership/census2011_qs405ew_tenure_households_lad.csv';
let data: string;
let app: FastifyInstance;

beforeAll(async () => {
  data = mkdtempSync(join(tmpdir(), 'smi-data-'));
  cpSync(resolveDataDir(), data, { recursive: true });
  ({ app } = await buildServer({ dataDir: data, webDir: '/nonexistent', logError: () => undefined }));
}, 60_000);

afterAll(async () => {
  await app?.close();
  rmSync(data, { recursive: true, force: true });
});

const profile = () => app.inject({ method: 'GET', url: '/api/v1/editions/open-2016/areas/E07000028' });
// explain is answered in the compute pool, whose workers hold editions of their own
const explain = () => app.inject({ method: 'GET', url: '/api/v1/editions/open-2016/areas/E07000028/explain' });
const pause = () => new Promise((done) => setTimeout(done, SOURCE_CHECK_MS + 100));

describe('a source file that changes while the server runs', () => {
  it('is noticed: the edition is refused, naming the file, until the file is restored', async () => {
    expect((await profile()).statusCode).toBe(200);
    expect((await explain()).statusCode).toBe(200);
    const original = readFileSync(join(data, FILE));

    appendFileSync(join(data, FILE), '\n');
    await pause();
    const altered = await profile();
    expect(altered.statusCode).toBeGreaterThanOrEqual(500);
    const message = String((altered.json() as { error: string }).error);
    expect(message).toContain(`${FILE} in the data directory the data folder is not the file this pipeline was built for`);
    expect(message).not.toContain(data);
    const computed = await explain();
    expect(computed.statusCode).toBeGreaterThanOrEqual(500);
    expect(String((computed.json() as { error: string }).error)).toContain(`${FILE} in the data directory the data folder is not the file`);

    renameSync(join(data, FILE), join(data, `${FILE}.away`));
    await pause();
    const missing = await profile();
    expect(String((missing.json() as { error: string }).error)).toContain(`${FILE} is missing from the data directory`);

    rmSync(join(data, `${FILE}.away`));
    writeFileSync(join(data, FILE), original);
    await pause();
    expect((await profile()).statusCode).toBe(200);
    expect((await explain()).statusCode).toBe(200);
  }, 60_000);
});
