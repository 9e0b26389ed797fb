/**
 * The API contract against the running server: the routes Fastify actually registered are exactly
 * the OpenAPI document's paths; every documented path answers, and its real answer is valid by the
 * document's own JSON Schema (checked with Ajv, independently of the zod schemas it was generated
 * from); every documented parameter is accepted with its documented example; and an undocumented
 * one — prototype names included — is a JSON 400 that names it, on every route.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { buildServer, type RegisteredRoute } from '../../src/server/app.js';

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  example: string;
  schema: Record<string, unknown>;
}
interface Operation {
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, unknown> };
}

let app: FastifyInstance;
let routes: RegisteredRoute[];
let document: Document;

beforeAll(async () => {
  ({ app, routes } = await buildServer({ dataDir: resolveDataDir(), webDir: '/nonexistent', logError: () => undefined }));
  await app.ready();
  const response = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(response.statusCode).toBe(200);
  document = response.json() as Document;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

/** A documented path with its path parameters filled in from their examples. */
function concrete(path: string, operation: Operation): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => operation.parameters.find((p) => p.in === 'path' && p.name === name)!.example);
}

/** The query every call of a route needs: its required parameters, and few Monte Carlo runs. */
function baseQuery(path: string, operation: Operation): Record<string, string> {
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) if (parameter.in === 'query' && parameter.required) query[parameter.name] = parameter.example;
  if (path.endsWith('/uncertainty')) query.runs = '20';
  if (path.endsWith('/shift')) query.weights = 'school=2';
  return query;
}

function url(path: string, query: Record<string, string>): string {
  const text = new URLSearchParams(query).toString();
  return text === '' ? path : `${path}?${text}`;
}

function entries(): Array<[string, Operation]> {
  return Object.entries(document.paths).map(([path, item]) => [path, item.get]);
}

describe('the OpenAPI document and the routes Fastify registered', () => {
  it('is an OpenAPI 3.1 document', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('lists exactly the registered API routes', () => {
    const registered = new Set(routes.filter((route) => route.method === 'GET' && route.url.startsWith('/api/')).map((route) => route.url.replace(/:(\w+)/g, '{$1}')));
    expect([...registered].sort()).toEqual(Object.keys(document.paths).sort());
  });

  it('documents every path parameter of every path', () => {
    for (const [path, operation] of entries()) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      expect(operation.parameters.filter((p) => p.in === 'path').map((p) => p.name).sort(), path).toEqual([...inPath].sort());
    }
  });
});

describe('every documented path', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: false });

  it('answers 200 with a body that is valid by the document\'s schema', async () => {
    ajv.addSchema({ $id: 'doc', components: document.components }, 'doc');
    for (const [path, operation] of entries()) {
      const response = await app.inject({ method: 'GET', url: url(concrete(path, operation), baseQuery(path, operation)) });
      expect(response.statusCode, `${path}: ${response.body.slice(0, 300)}`).toBe(200);
      const content = operation.responses['200']!.content!;
      if (content['application/json'] === undefined) {
        // a file (the briefing's PDF): the media type the document names, and that kind of file
        const [mediaType] = Object.keys(content);
        expect(response.headers['content-type'], path).toBe(mediaType);
        expect(mediaType).toBe('application/pdf');
        expect(response.rawPayload.subarray(0, 5).toString('latin1'), path).toBe('%PDF-');
        continue;
      }
      const schema = content['application/json']!.schema;
      const validate = ajv.compile(schema);
      const valid = validate(response.json());
      expect(valid, `${path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  }, 120_000);

  it('accepts every documented query parameter with its documented example', async () => {
    for (const [path, operation] of entries()) {
      for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
        const query = { ...baseQuery(path, operation), [parameter.name]: parameter.example };
        // `since` compares years of the series, which only the editions on the 2025 councils have
        const target = parameter.name === 'since' ? concrete(path, operation).replace('/open-2016/', '/open-latest/') : concrete(path, operation);
        const response = await app.inject({ method: 'GET', url: url(target, query) });
        expect(response.statusCode, `${path}?${parameter.name}=${parameter.example}: ${response.body.slice(0, 300)}`).toBe(200);
      }
    }
  }, 120_000);

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'regoin'])('refuses the undocumented parameter %s with a JSON 400 naming it', async (name) => {
    for (const [path, operation] of entries()) {
      const base = url(concrete(path, operation), baseQuery(path, operation));
      const response = await app.inject({ method: 'GET', url: `${base}${base.includes('?') ? '&' : '?'}${encodeURIComponent(name)}=1` });
      expect(response.statusCode, `${path} ?${name}: ${response.body}`).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      const body = response.json() as { error: string; parameter?: string };
      expect(body.parameter).toBe(name);
      expect(body.error).toContain(`unknown query parameter "${name}"`);
    }
  }, 120_000);

  it('refuses a parameter given twice', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/editions/open-2016/groups?by=region&by=county' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: 'query parameter "by" must be given once.', parameter: 'by' });
  });
});
