/**
 * Reading a request's query string strictly: a parameter the route does not know, a repeated
 * parameter or a value outside the allowed set is a 400 naming the parameter and what is allowed,
 * so a typo (`?regoin=`) never silently returns the unfiltered table.
 */
import { ApiError } from './apiError.js';

export interface ParameterSpec {
  /** The allowed values; absent for free text. */
  values?: readonly string[];
}

export type QuerySpec = Record<string, ParameterSpec>;

export function readQuery<S extends QuerySpec>(raw: unknown, spec: S): { [K in keyof S]?: string } {
  const query = (raw ?? {}) as Record<string, unknown>;
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    const parameter = spec[name];
    if (parameter === undefined) {
      const known = Object.keys(spec);
      throw new ApiError(400, `unknown query parameter "${name}"; ${known.length === 0 ? 'this route takes none' : `allowed: ${known.join(', ')}`}.`);
    }
    if (typeof value !== 'string') throw new ApiError(400, `query parameter "${name}" must be given once.`);
    if (parameter.values !== undefined && !parameter.values.includes(value)) {
      throw new ApiError(400, `query parameter "${name}" must be one of ${parameter.values.join(', ')}; got "${value}".`);
    }
    result[name] = value;
  }
  return result as { [K in keyof S]?: string };
}
