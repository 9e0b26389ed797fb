/**
 * The explorer's HTTP server: the JSON API under /api/v1 and the built web app (dist/web) with a
 * fallback to its index.html, so that client-side addresses such as /area/E07000028 load on
 * reload. Fastify because it is well kept, fast, and has maintained plugins for exactly what is
 * needed here: static files that cannot escape their root (@fastify/static), ETags with 304
 * revalidation (@fastify/etag) and compression (@fastify/compress).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyEtag from '@fastify/etag';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { SmiError, UsageError } from '../errors.js';
import { ApiError } from './apiError.js';
import { EditionStore } from './editionStore.js';
import { parseQueryString } from './query.js';
import { registerRoutes } from './routes.js';

export interface ServerOptions {
  dataDir: string;
  /** The built web app; when it does not exist the server answers the API only. */
  webDir: string;
  /** Where unexpected errors are reported (their messages never reach the client). */
  logError?: (error: unknown) => void;
}

/** A route Fastify registered: its method and URL pattern (`/api/v1/editions/:edition`). */
export interface RegisteredRoute {
  method: string;
  url: string;
}

export async function buildServer(options: ServerOptions): Promise<{ app: FastifyInstance; store: EditionStore; routes: RegisteredRoute[] }> {
  const app = Fastify({ logger: false, routerOptions: { maxParamLength: 200, querystringParser: parseQueryString } });
  const store = new EditionStore(options.dataDir);
  const logError = options.logError ?? ((error: unknown) => console.error(error));

  // every route Fastify registers, whoever registers it: the contract test compares them with the OpenAPI document
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });

  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyEtag);

  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof ApiError) return reply.status(error.status).send(error.parameter === undefined ? { error: error.message } : { error: error.message, parameter: error.parameter });
    if (error instanceof UsageError) return reply.status(400).send({ error: error.message });
    if (error instanceof SmiError) {
      logError(error);
      return reply.status(500).send({ error: error.message });
    }
    const status = (error as FastifyError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) return reply.status(status).send({ error: error.message });
    logError(error);
    return reply.status(500).send({ error: 'internal error; the server log says more.' });
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) {
      reply.header('cache-control', 'no-cache');
      reply.header('access-control-allow-origin', '*');
    }
    reply.header('x-content-type-options', 'nosniff');
    return payload;
  });

  registerRoutes(app, store);

  const webBuilt = existsSync(join(options.webDir, 'index.html'));
  if (webBuilt) {
    await app.register(fastifyStatic, {
      root: options.webDir,
      index: 'index.html',
      wildcard: true,
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes(`${join(options.webDir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) {
      return reply.status(404).send({ error: `no such route: ${request.method} ${path}; the routes are listed at /api/v1/openapi.json.` });
    }
    // Client-side pages (no file extension, no climbing out with "..") get the app; anything else is a plain 404.
    if (webBuilt && (request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path) && !safeDecode(path).includes('..')) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (!webBuilt && path === '/') {
      return reply.type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build`. The API is at /api/v1/openapi.json.\n');
    }
    return reply.status(404).send({ error: `not found: ${path}` });
  });

  return { app, store, routes };
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '..';
  }
}
