/**
 * The OpenAPI 3.1 document of /api/v1, generated from the route definitions (routes.ts): every
 * path, every path and query parameter with its schema, description and example, and every
 * response schema (JSON Schema 2020-12, as OpenAPI 3.1 takes it). Nothing here is written by hand
 * but the document's header.
 */
import { z } from 'zod';
import { EDITIONS, EDITION_IDS } from '../edition/catalogue.js';
import { OGL_URL } from '../report/attribution.js';
import { errorSchema } from './common.js';
import { parameterMeta } from './parameters.js';
import { ROUTES, type PathParameter, type RouteDefinition } from './routes.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema of a zod schema, without the `$schema` line (the document says it once). */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: (context) => {
      const meta = z.globalRegistry.get(context.zodSchema) as { jsonSchema?: JsonSchema } | undefined;
      if (meta?.jsonSchema !== undefined) {
        for (const key of Object.keys(context.jsonSchema)) if (key !== 'description') delete (context.jsonSchema as JsonSchema)[key];
        Object.assign(context.jsonSchema, meta.jsonSchema);
      }
    },
  }) as JsonSchema;
  delete out.$schema;
  return out;
}

const PATH_PARAMETERS: Record<PathParameter, JsonSchema> = {
  edition: {
    name: 'edition',
    in: 'path',
    required: true,
    description: `An open edition: ${EDITIONS.map((entry) => `${entry.id} (the ${entry.geography.areas} ${entry.geography.label})`).join(' or ')}.`,
    schema: { type: 'string', enum: [...EDITION_IDS] },
    example: EDITION_IDS[0],
  },
  code: {
    name: 'code',
    in: 'path',
    required: true,
    description: 'The area’s GSS code, e.g. E07000028 (Carlisle).',
    schema: { type: 'string', pattern: '^[Ee]\\d{8}$' },
    example: 'E07000028',
  },
};

function queryParameters(route: RouteDefinition): JsonSchema[] {
  return Object.entries(route.query).map(([name, schema]) => {
    const meta = parameterMeta(schema);
    return {
      name,
      in: 'query',
      required: route.required?.includes(name) ?? false,
      description: meta.description,
      schema: jsonSchema(schema, 'input'),
      example: meta.example,
    };
  });
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

function operation(name: string, route: RouteDefinition): JsonSchema {
  const content: Record<string, JsonSchema> = {};
  if (route.file !== undefined) content[route.file.mediaType] = { schema: { type: 'string', format: 'binary', description: route.file.description } };
  else if (route.response !== null) content['application/json'] = { schema: jsonSchema(route.response, 'output') };
  else content['application/json'] = { schema: { type: 'object', description: 'An OpenAPI 3.1 document.' } };
  for (const [format, download] of Object.entries(route.downloads ?? {})) {
    content[download.mediaType] = { schema: { type: 'string', description: `format=${format}: ${download.description}` } };
  }
  const responses: Record<string, JsonSchema> = {
    '200': {
      description: route.summary,
      headers: { ETag: { description: 'Entity tag: send it back in If-None-Match to get 304 when nothing changed.', schema: { type: 'string' } } },
      content,
    },
    '400': { description: 'A query parameter is unknown, repeated, or has a value that is not allowed (the message says which and what is).', content: errorContent },
  };
  if (route.params.length > 0) responses['404'] = { description: route.params.includes('code') ? 'Unknown edition or area code.' : 'Unknown edition.', content: errorContent };
  return {
    operationId: name,
    summary: route.summary,
    description: route.description,
    parameters: [...route.params.map((parameter) => PATH_PARAMETERS[parameter]), ...queryParameters(route)],
    responses,
  };
}

/** The whole document. */
export function openApiDocument(): JsonSchema {
  const paths: Record<string, JsonSchema> = {};
  for (const [name, route] of Object.entries(ROUTES) as Array<[string, RouteDefinition]>) paths[route.path] = { get: operation(name, route) };
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'smi-open: the Social Mobility Index for England',
      version: '2.0.0',
      description:
        'Open editions of the Social Mobility Commission’s Social Mobility Index, rebuilt from open statistics; not the Commission’s own published index. Every response that holds data carries `attribution` (one object: `text`, `statements`, `licence`): show it with any figure taken from the response. Ranks: 1 = best. Field names are camelCase. Errors are `{ "error": "…", "parameter"?: "…" }` with status 400 (a bad query parameter, named with its allowed values) or 404 (an unknown edition, area or route). Unknown query parameters are refused, so a typo never returns an unfiltered answer.',
      license: { name: 'Open Government Licence v3.0 (data)', url: OGL_URL },
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: { Error: jsonSchema(errorSchema, 'output') } },
  };
}
