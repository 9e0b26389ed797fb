/**
 * Validation of untrusted method descriptions: {@link parseMethod} takes JSON (a user's
 * `method.json`), a zod schema checks its structure (types, allowed values, required and unknown
 * keys), then `validateMethod` (validate.ts, which needs no zod) checks its meaning. Only a method
 * file needs this module, so the CLI imports it (and zod) only when it is given one.
 *
 * Both throw a {@link SmiError} whose message is one sentence naming the JSON path, what was
 * expected and what was found, e.g.
 * `method.json: indicators[3].direction must be "higher" or "lower" (got "up")`.
 */
import { z } from 'zod';
import { SmiError } from '../errors.js';
import type { MethodDescription } from './types.js';
import { describeValue, validateMethod } from './validate.js';
import { AGGREGATION, DIRECTION, DOMAIN, HOTSPOT_SHARE, MISSING_RULE, NORMALISATION, TIE_RULE, idsOf, listOr, type Vocabulary } from './vocabulary.js';

/** A zod enum of a vocabulary's ids, described by its choices' labels. */
function choiceSchema<Id extends string>(vocabulary: Vocabulary<Id>) {
  return z.enum(idsOf(vocabulary)).describe(`The ${vocabulary.name}: ${vocabulary.choices.map((choice) => `"${choice.id}" (${choice.label})`).join(', ')}.`);
}

export const stageSchema = z.strictObject({
  id: z.string().describe('Stage id, e.g. "school".'),
  label: z.string().describe('Stage name as people read it.'),
  weight: z.number().describe('Relative weight of the stage in the overall score; the weights are normalised to sum to 1.'),
});

export const indicatorSchema = z.strictObject({
  id: z.string().describe('Indicator id, e.g. "fsm-ks2-rwm".'),
  number: z.number().optional().describe("The indicator's number in the Commission's list (1–16)."),
  label: z.string().describe('Short label.'),
  description: z.string().optional().describe('Longer definition for profiles and the method page.'),
  stage: z.string().describe('The id of its stage.'),
  direction: choiceSchema(DIRECTION),
  unit: z.string().describe('Unit of the raw value: "%", "£", "ratio", "points".'),
  domain: choiceSchema(DOMAIN).optional().describe('What values the indicator can take; when absent, implied by its unit ("%": percentage, "£" and "ratio": positive, "points": non-negative, else real).'),
  weight: z.number().describe('Relative weight within its stage; weights are normalised over the indicators present.'),
});

/** The structure of a method description (ranges and cross-references are checked by validateMethod). */
export const methodSchema = z.strictObject({
  format: z.literal(1).describe('Version of this description format.'),
  id: z.string(),
  label: z.string(),
  stages: z.array(stageSchema),
  indicators: z.array(indicatorSchema),
  normalisation: choiceSchema(NORMALISATION),
  aggregation: choiceSchema(AGGREGATION),
  missing: choiceSchema(MISSING_RULE),
  hotspotShare: z.number().describe(`Share of ranked areas that are hotspots (and, separately, coldspots), greater than ${HOTSPOT_SHARE.min} and at most ${HOTSPOT_SHARE.max}: ${HOTSPOT_SHARE.formula}.`),
  ties: choiceSchema(TIE_RULE),
});

/**
 * Parses and validates an untrusted method description (typically `JSON.parse` of a file).
 * `source` names it in error messages ("method.json"). Returns a new, typed object; unknown keys
 * are errors (they are usually typos).
 *
 * @throws SmiError with one sentence, e.g. `method.json: indicators[3].direction must be "higher" or "lower" (got "up")`.
 */
export function parseMethod(json: unknown, source = 'method'): MethodDescription {
  const result = methodSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SmiError(`${source}: ${issue === undefined ? 'is not a valid method description' : describeIssue(issue, json)}`);
  }
  const method = result.data as MethodDescription;
  validateMethod(method, source);
  return method;
}

/** `indicators[3].direction`; keys that are not identifiers are quoted: `stages["my key"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function valueAt(json: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let current: unknown = json;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.prototype.hasOwnProperty.call(current, key)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a finite number',
  object: 'an object',
  array: 'a list',
  boolean: 'true or false',
};

function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const path = formatPath(issue.path);
  const subject = path === '' ? 'the method' : path;
  const { found, value } = valueAt(json, issue.path);
  const got = `(got ${describeValue(value)})`;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (!found && path !== '') return `${subject} is missing (expected ${expected})`;
      return `${subject} must be ${expected} ${got}`;
    }
    case 'invalid_value':
      return `${subject} must be ${listOr(issue.values.map((v) => JSON.stringify(v)))} ${got}`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => JSON.stringify(k));
      return `${subject} has ${keys.length === 1 ? 'an unknown key' : 'unknown keys'} ${keys.join(', ')}`;
    }
    default:
      return `${subject}: ${issue.message}`;
  }
}
