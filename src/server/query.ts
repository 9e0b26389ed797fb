/**
 * Reading a request's query string strictly, against its route's parameters (src/contract):
 * - the raw query string is parsed into an object without a prototype, so `constructor`,
 *   `__proto__` or `toString` are parameter names like any other;
 * - a parameter the route does not take, a repeated one or a value its schema refuses is a 400
 *   that names the parameter and says what is allowed, so a typo (`?regoin=`) never silently
 *   returns the unfiltered table; a required one that is missing is a 400 too;
 * - the values come out parsed (numbers as numbers) and typed by the route's schemas.
 */
import type { z } from 'zod';
import type { QueryOf } from '../contract/parameters.js';
import type { RouteDefinition } from '../contract/routes.js';
import { describeProblem, type ParameterName } from '../method/vocabulary.js';
import { ApiError } from './apiError.js';

/** Each name of the query string with every value given for it (URL-decoded, `+` as a space). */
export type RawQuery = Record<string, string[]>;

/** Fastify's querystring parser: a prototype-less map of every value of every name. */
export function parseQueryString(text: string): RawQuery {
  const out = Object.create(null) as RawQuery;
  for (const [name, value] of new URLSearchParams(text)) {
    const values = Object.hasOwn(out, name) ? out[name]! : (out[name] = []);
    values.push(value);
  }
  return out;
}

/** The route's query, checked and parsed (see the module comment). */
export function readQuery<Q extends RouteDefinition['query']>(raw: unknown, route: RouteDefinition & { query: Q }): QueryOf<Q> {
  const query = (raw ?? Object.create(null)) as RawQuery;
  const result = Object.create(null) as Record<string, unknown>;
  const known = Object.keys(route.query);
  for (const name of Object.keys(query)) {
    if (!Object.hasOwn(route.query, name)) {
      throw new ApiError(400, `unknown query parameter "${name}"; ${known.length === 0 ? 'this route takes none' : `allowed: ${known.join(', ')}`}.`, name);
    }
    const values = query[name]!;
    if (values.length !== 1) throw new ApiError(400, `query parameter "${name}" must be given once.`, name);
    const schema = route.query[name] as z.ZodType;
    const parsed = schema.safeParse(values[0]);
    if (!parsed.success) throw new ApiError(400, problemOf(name, values[0]!, parsed.error), name);
    result[name] = parsed.data;
  }
  for (const name of route.required ?? []) {
    if (!Object.hasOwn(result, name)) throw new ApiError(400, `query parameter "${name}" is required: ${describeParameter(route, name)}`, name);
  }
  return result as QueryOf<Q>;
}

function problemOf(name: string, value: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue?.code === 'invalid_value') {
    return `query parameter "${name}" must be one of ${issue.values.map(String).join(', ')}; got "${value}".`;
  }
  return describeProblem(`query parameter "${name}"`, { parameter: name as ParameterName, message: issue?.message ?? 'is not valid.' });
}

/** "one of region, county, …" for a choice, else the parameter's description. */
function describeParameter(route: RouteDefinition, name: string): string {
  const schema = route.query[name];
  const options = (schema as { options?: unknown } | undefined)?.options;
  if (Array.isArray(options)) return `one of ${options.join(', ')}.`;
  return schema?.description ?? 'see /api/v1/openapi.json.';
}
