/**
 * Kept payloads sent with their ETag and the encoding the client accepts (src/server/prepared.ts):
 * the negotiation by hand, and through the server, every encoding decoding to the same bytes.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { buildServer } from '../../src/server/app.js';
import { chooseEncoding } from '../../src/server/prepared.js';

describe('chooseEncoding', () => {
  it('prefers Brotli, then gzip, honours q=0 and *, and sends nothing encoded without the header', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('')).toBeNull();
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('GZIP;Q=1')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0')).toBeNull();
    expect(chooseEncoding('identity, deflate')).toBeNull();
    expect(chooseEncoding('gzip;q=abc')).toBeNull();
  });
});

describe('a kept league table, sent', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildServer({ dataDir: resolveDataDir(), webDir: '/nonexistent', logError: () => undefined }));
  }, 60_000);
  afterAll(async () => app?.close());

  for (const query of ['', '?weights=school=2&normalise=rank']) {
    it(`decodes to the same JSON in every encoding, with an ETag per encoding and 304 on a match${query === '' ? '' : ' (under method choices)'}`, async () => {
      const url = `/api/v1/editions/open-2016/areas${query}`;
      const plain = await app.inject({ method: 'GET', url });
      const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
      const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(br.headers['content-encoding']).toBe('br');
      for (const response of [plain, gzip, br]) expect(response.headers.vary).toContain('accept-encoding');
      expect(gunzipSync(gzip.rawPayload).toString('utf8')).toBe(plain.body);
      expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
      expect(JSON.parse(plain.body).rows.length).toBe(324);
      expect(new Set([plain.headers.etag, gzip.headers.etag, br.headers.etag]).size).toBe(3);
      const again = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip', 'if-none-match': String(gzip.headers.etag) } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    }, 60_000);
  }
});
