/**
 * Security headers, bodies on GET and what the static folder serves (src/server/app.ts), in
 * process with a web folder made by the test: an index, a dotfile, a file in a dot-folder, and
 * symbolic links to a file outside the folder and to a folder outside it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { buildServer, GET_BODY_MESSAGE, servable } from '../../src/server/app.js';

let app: FastifyInstance;
let base: string;
let web: string;
let outside: string;

beforeAll(async () => {
  web = mkdtempSync(join(tmpdir(), 'smi-web-'));
  outside = mkdtempSync(join(tmpdir(), 'smi-outside-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(web, '.env'), 'SECRET=1');
  mkdirSync(join(web, '.git'));
  writeFileSync(join(web, '.git', 'config.txt'), 'CONTENT-OF-GIT-CONFIG');
  writeFileSync(join(outside, 'secret.txt'), 'CONTENT-OUTSIDE-THE-FOLDER');
  symlinkSync(join(outside, 'secret.txt'), join(web, 'linked.txt'));
  symlinkSync(outside, join(web, 'linked-folder'));
  ({ app } = await buildServer({ dataDir: resolveDataDir(), webDir: web, logError: () => undefined }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  rmSync(web, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('security headers', () => {
  it('set a Content-Security-Policy without inline script that no other site may frame, a referrer policy and nosniff, on pages and the API', async () => {
    for (const path of ['/', '/assets/app.js', '/api/v1/editions']) {
      const response = await fetch(base + path);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('let only the embeddable views be framed by other sites, with the rest of the policy unchanged', async () => {
    for (const path of ['/embed/map', '/embed/map?measure=youth', '/embed/area/E07000028']) {
      const response = await fetch(base + path);
      expect(response.status, path).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toMatch(/(^|; )frame-ancestors \*(;|$)/);
      expect(csp).not.toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-frame-options')).toBeNull();
    }
    // a path that only looks like one stays unframable
    for (const path of ['/embedded', '/area/E07000028?x=/embed/']) {
      const response = await fetch(base + path);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('keep the public read-only API open to every origin (CORS)', async () => {
    const response = await fetch(`${base}/api/v1/editions`, { headers: { origin: 'https://example.org' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });
});

/** A GET with a body, by hand (fetch refuses to send one). */
function getWithBody(path: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    const call = request(base + path, { method: 'GET', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => done({ status: response.statusCode ?? 0, text }));
    });
    call.on('error', fail);
    call.end(body);
  });
}

describe('a body on a GET', () => {
  it('is refused with one message, on the API and on pages', async () => {
    for (const path of ['/api/v1/editions', '/area/E07000028']) {
      const { status, text } = await getWithBody(path, JSON.stringify({ pad: 'x'.repeat(1000) }));
      expect(status, path).toBe(400);
      expect(JSON.parse(text)).toEqual({ error: GET_BODY_MESSAGE });
    }
  });
});

describe('the static folder', () => {
  it('serves its own files', async () => {
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>app</title>');
  });

  it('serves no dotfile, nothing in a dot-folder and nothing through a symbolic link', async () => {
    for (const path of ['/.env', '/.git/config.txt', '/%2Eenv', '/linked.txt', '/linked-folder/secret.txt', '/assets/../.env']) {
      const response = await fetch(base + path);
      const text = await response.text();
      for (const content of ['SECRET=1', 'CONTENT-OF-GIT-CONFIG', 'CONTENT-OUTSIDE-THE-FOLDER']) expect(text, path).not.toContain(content);
      expect(response.status, path).toBe(404);
    }
  });

  it('decides by the path: dot segments, links and climbing out are refused (servable)', () => {
    expect(servable(web, '/assets/app.js')).toBe(true);
    expect(servable(web, '/.env')).toBe(false);
    expect(servable(web, '/a/.hidden/b.js')).toBe(false);
    expect(servable(web, '/linked.txt')).toBe(false);
    expect(servable(web, '/linked-folder/secret.txt')).toBe(false);
    expect(servable(web, '/%2e%2e/x')).toBe(false);
    expect(servable(web, '/%E0%A4%A')).toBe(false);
    // a path that does not exist is left to the plugin's 404
    expect(servable(web, '/no-such-file.js')).toBe(true);
  });
});

describe('error messages for clients', () => {
  it("name no folder of the machine (withoutPaths)", async () => {
    const { withoutPaths } = await import('../../src/server/app.js');
    expect(withoutPaths('/srv/shared/data/imd/File_7.csv: no such file.', [['/srv/shared/data', 'the data folder']])).toBe("the data folder's imd/File_7.csv: no such file.");
    expect(withoutPaths('cannot read /srv/shared/data', [['/srv/shared/data/', 'the data folder']])).toBe('cannot read the data folder');
    expect(withoutPaths('nothing to hide', [['/srv/shared/data', 'the data folder']])).toBe('nothing to hide');
  });
});
