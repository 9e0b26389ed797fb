/**
 * The explorer's HTTP server: the JSON API under /api/v1 and the built web app (dist/web) with a
 * fallback to its index.html, so that client-side addresses such as /area/E07000028 load on
 * reload. Fastify because it is well kept, fast, and has maintained plugins for exactly what is
 * needed here: static files that cannot escape their root (@fastify/static), ETags with 304
 * revalidation (@fastify/etag), compression (@fastify/compress) and security headers
 * (@fastify/helmet: a Content-Security-Policy, frame and referrer policies).
 *
 * Security: the API is public and read-only, so it answers any origin (CORS `*`); every response
 * carries the CSP of {@link CONTENT_SECURITY_POLICY} (no inline script, no framing), a request
 * body on a GET is refused before it is read, and the static files are served only when neither
 * they nor a folder on their path is a dotfile or a symbolic link.
 */
import { existsSync, realpathSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyEtag from '@fastify/etag';
import { isEmbedPath } from '../contract/embeds.js';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { SmiError, UsageError } from '../errors.js';
import { ApiError } from './apiError.js';
import { ComputePool } from './compute/pool.js';
import { EditionStore } from './editionStore.js';
import { parseQueryString } from './query.js';
import { registerRoutes } from './routes.js';

export interface ServerOptions {
  dataDir: string;
  /** The built web app; when it does not exist the server answers the API only. */
  webDir: string;
  /** Where unexpected errors are reported (their messages never reach the client). */
  logError?: (error: unknown) => void;
  /** Worker threads of the compute pool (default: SMI_WORKERS, else the machine's cores). */
  threads?: number;
}

/** A route Fastify registered: its method and URL pattern (`/api/v1/editions/:edition`). */
export interface RegisteredRoute {
  method: string;
  url: string;
}

/**
 * The Content-Security-Policy of every response: scripts, styles, workers and requests only from
 * the server itself (the web app has no inline script or style element), images from itself or
 * data: URLs (the favicon), and no page of the explorer in another site's frame.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} as const;

/** The policy of the embeddable views (src/contract/embeds.ts): the same, except that any site may frame them. */
export const EMBED_CONTENT_SECURITY_POLICY = { ...CONTENT_SECURITY_POLICY, frameAncestors: ['*'] } as const;

/** A policy as its header's text: `default-src 'self'; script-src 'self'; …`. */
export function policyText(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ');
}

/** What a GET or HEAD with a body is told (before the body is read). */
export const GET_BODY_MESSAGE = 'a GET request takes no body; give the parameters in the query string.';

/**
 * Whether the static file at URL path `pathName` may be served from `root` (its real path): no
 * segment is a dotfile, and the file's real path is where the URL says (no symbolic link on the
 * way). A path that does not exist is left to @fastify/static's 404.
 */
export function servable(root: string, pathName: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathName);
  } catch {
    return false;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return false;
  const full = resolve(root, ...segments);
  if (full !== root && !full.startsWith(root + sep)) return false;
  try {
    return realpathSync(full) === full;
  } catch {
    return true;
  }
}

export async function buildServer(options: ServerOptions): Promise<{ app: FastifyInstance; store: EditionStore; routes: RegisteredRoute[] }> {
  const app = Fastify({ logger: false, routerOptions: { maxParamLength: 200, querystringParser: parseQueryString } });
  const pool = new ComputePool({ dataDir: options.dataDir, ...(options.threads === undefined ? {} : { threads: options.threads }) });
  const store = new EditionStore(options.dataDir, { defaultUncertainty: (id) => pool.defaultUncertainty(id) });
  app.addHook('onClose', async () => pool.close());
  const logError = options.logError ?? ((error: unknown) => console.error(error));

  // every route Fastify registers, whoever registers it: the contract test compares them with the OpenAPI document
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });

  await app.register(fastifyCompress, { global: true, threshold: 1024 });
  await app.register(fastifyEtag);

  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof ApiError) {
      if (error.retryAfter !== undefined) reply.header('retry-after', String(error.retryAfter));
      return reply.status(error.status).send(error.parameter === undefined ? { error: error.message } : { error: error.message, parameter: error.parameter });
    }
    if (error instanceof UsageError) return reply.status(400).send({ error: error.message });
    if (error instanceof SmiError) {
      logError(error);
      return reply.status(500).send({ error: withoutPaths(error.message, [[options.dataDir, 'the data folder'], [options.webDir, 'the web folder']]) });
    }
    const status = (error as FastifyError).statusCode;
    if (status !== undefined && status >= 400 && status < 500) return reply.status(status).send({ error: error.message });
    logError(error);
    return reply.status(500).send({ error: 'internal error; the server log says more.' });
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // the data is public: other sites may fetch it (CORS below) and link to its files
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });

  // a body on a GET or HEAD is refused before it is read (the routes take their input in the query)
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > 0 || request.headers['transfer-encoding'] !== undefined) {
      reply.header('connection', 'close');
      return reply.status(400).send({ error: GET_BODY_MESSAGE });
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/')) {
      reply.header('cache-control', 'no-cache');
      reply.header('access-control-allow-origin', '*');
    }
    reply.header('x-content-type-options', 'nosniff');
    // the embeddable views may be framed by other sites; nothing else may
    if (isEmbedPath(request.url)) {
      reply.header('content-security-policy', policyText(EMBED_CONTENT_SECURITY_POLICY));
      reply.removeHeader('x-frame-options');
    }
    return payload;
  });

  registerRoutes(app, store, pool);

  const webBuilt = existsSync(join(options.webDir, 'index.html'));
  const webRoot = webBuilt ? realpathSync(options.webDir) : options.webDir;
  if (webBuilt) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: 'index.html',
      wildcard: true,
      dotfiles: 'deny',
      allowedPath: (pathName) => servable(webRoot, pathName),
      setHeaders: (reply, path) => {
        reply.header('cache-control', path.includes(`${join(webRoot, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/')) {
      return reply.status(404).send({ error: `no such route: ${request.method} ${path}; the routes are listed at /api/v1/openapi.json.` });
    }
    // Client-side pages (no file extension, no climbing out with "..") get the app; anything else is a plain 404.
    if (webBuilt && (request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path) && !safeDecode(path).includes('..') && !safeDecode(path).includes('/.')) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (!webBuilt && path === '/') {
      return reply.type('text/plain; charset=utf-8').send('The web app is not built: run `npm run build`. The API is at /api/v1/openapi.json.\n');
    }
    return reply.status(404).send({ error: `not found: ${path}` });
  });

  return { app, store, routes };
}

/**
 * A message for a client with the machine's folders taken out ("/srv/shared/data/imd/…" becomes
 * "the data folder's imd/…"): the server log keeps the whole message.
 */
export function withoutPaths(message: string, folders: ReadonlyArray<readonly [path: string, name: string]>): string {
  let out = message;
  for (const [folder, name] of folders) {
    for (const form of new Set([folder, resolve(folder)])) {
      if (form.length > 1) out = out.split(`${form}${sep}`).join(`${name}'s `).split(form).join(name);
    }
  }
  return out;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '..';
  }
}
