/**
 * Fuzzing the JSON API from its contract: for every route of src/contract/routes.ts and every
 * query parameter of src/contract/parameters.ts, fast-check generates requests — valid values,
 * invalid ones, prototype names, extreme numbers, 10,000-character strings, repeated and unknown
 * parameters, percent-encodings (invalid `%ZZ`, `%00`, multibyte UTF-8, encoded lone surrogates)
 * and odd path parameters — and sends them, a few at a time, to ONE real server process.
 *
 * Every response: no 5xx (but a 503 with Retry-After); every 4xx is JSON `{ "error": string, … }`
 * without a stack trace, and a `parameter` it names is quoted in the message. What the generator
 * knows of a request decides more: an unknown edition or area is a 404; a request whose only fault
 * is one query parameter the contract refuses (unknown, repeated, outside a choice or a number's
 * bounds, or refused by its own parser) is a 400 that names that parameter; a request without any
 * fault is a 200 (or, for an area under missing=exclude, a 400 saying it is not ranked). The seed is
 * fixed (FUZZ_SEED overrides it) and printed, so a failure reproduces; FUZZ_RUNS changes the number
 * of batches.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type RouteDefinition, type RouteName } from '../../src/contract/routes.js';
import { parameterMeta } from '../../src/contract/parameters.js';
import { startServer, type RunningServer } from './startServer.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
/** Property runs; each sends a batch of BATCH requests at once. */
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const BATCH = 4;
/** Valid `runs` of /uncertainty stay this small: a valid request does real Monte Carlo work. */
const MAX_VALID_RUNS = 20;

// ## What the server knows, read once from the server itself (only as the pool of valid values)

interface EditionFacts {
  id: string;
  codes: string[];
  areaCount: number;
  stages: string[];
  indicators: string[];
  /** The indicator ids of each stage. */
  indicatorsByStage: string[][];
  /** Indicators with a value in every area, and whether they are percentages. */
  fullIndicators: Array<{ id: string; percentage: boolean }>;
  /** Indicators with no value in any area (left out of the edition). */
  emptyIndicators: string[];
  regions: string[];
  counties: string[];
  ruralUrban: string[];
}

let server: RunningServer;
let facts: EditionFacts[] = [];

async function json<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, server.url));
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  server = await startServer();
  const editions = await json<{ editions: Array<{ id: string }> }>('/api/v1/editions');
  facts = await Promise.all(
    editions.editions.map(async ({ id }) => {
      const table = await json<{ rows: Array<{ code: string; region: string; county: string | null; ruralUrban: string | null }> }>(`/api/v1/editions/${id}/areas`);
      const method = await json<{ stages: Array<{ id: string }>; indicators: Array<{ id: string; stage: string; domain?: string }> }>(`/api/v1/editions/${id}/method`);
      const indicators = await json<{ indicators: Array<{ id: string; coverage: number }> }>(`/api/v1/editions/${id}/indicators`);
      const domains = new Map(method.indicators.map((indicator) => [indicator.id, indicator.domain]));
      const distinct = (values: Array<string | null>) => [...new Set(values.filter((value): value is string => value !== null))].sort();
      return {
        id,
        codes: table.rows.map((row) => row.code),
        areaCount: table.rows.length,
        stages: method.stages.map((stage) => stage.id),
        indicators: method.indicators.map((indicator) => indicator.id),
        indicatorsByStage: method.stages.map((stage) => method.indicators.filter((indicator) => indicator.stage === stage.id).map((indicator) => indicator.id)),
        fullIndicators: indicators.indicators.filter((entry) => entry.coverage === table.rows.length).map((entry) => ({ id: entry.id, percentage: domains.get(entry.id) === 'percentage' })),
        emptyIndicators: indicators.indicators.filter((entry) => entry.coverage === 0).map((entry) => entry.id),
        regions: distinct(table.rows.map((row) => row.region)),
        counties: distinct(table.rows.map((row) => row.county)),
        ruralUrban: distinct(table.rows.map((row) => row.ruralUrban)),
      };
    }),
  );
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

// ## Values

/**
 * What the generator knows of a value: accepted (`valid`), refused with a 400 naming the
 * parameter (`named`), refused with a 400 that the contract does not promise names it
 * (`refused`: an unknown region, county or rural-urban class), or no promise (`any`).
 */
type Tag = 'valid' | 'named' | 'refused' | 'any';

/** A value as it goes into the query string (percent-encoded already), with its tag when known by construction. */
interface RawValue {
  raw: string;
  tag?: Tag;
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const NUMBER_TEXTS = ['1e308', '-1e308', '5e-324', 'NaN', 'Infinity', '-Infinity', '-0', '1e21', '0x10', ' 1', '1 ', '0', '1', '2', '-1', '1.5', '.5', '5.', '+1', '1e', '1_000', '9007199254740993', '1e-7', '0.25', '1e6', '1000001', '10000', '10001', '３', ''];
/** Raw percent-encodings: invalid, NUL, multibyte UTF-8, lone surrogates (CESU-8), truncated sequences, reserved characters. */
const ENCODINGS = ['%ZZ', '%', '%0', '%00', '%C3%A9', '%E2%82%AC', '%F0%9F%98%80', '%ED%A0%80', '%ED%B0%80', '%ED%A0%80%ED%B0%80', '%C3', '%FF%FE', '%2C', '+', '%2B', '%26', '%3D', '%20', '%0A', '%0D%0A', 'a%ZZb', 'school%3D2'];
const LONG = ['a'.repeat(10_000), '9'.repeat(10_000), 'Z'.repeat(10_000)];

const enc = encodeURIComponent;
/** Every byte percent-encoded: `school` → `%73%63%68%6F%6F%6C`. */
function fullyEncoded(text: string): string {
  return [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** What URLSearchParams (the server's query parser) makes of a raw value. */
function decoded(raw: string): string {
  return new URLSearchParams(`x=${raw}`).get('x') ?? '';
}

/** Values of no particular parameter: the hostile ones. */
const junk: fc.Arbitrary<RawValue> = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES).map((text) => ({ raw: enc(text) })),
  fc.constantFrom(...NUMBER_TEXTS).map((text) => ({ raw: enc(text) })),
  fc.constantFrom(...ENCODINGS).map((raw) => ({ raw })),
  { arbitrary: fc.constantFrom(...LONG).map((text) => ({ raw: text })), weight: 1 },
  fc.string({ unit: 'grapheme', maxLength: 12 }).map((text) => ({ raw: enc(text) })),
);

/** A valid text, sometimes written with every byte percent-encoded (which changes nothing). */
function spelled(texts: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(texts, fc.boolean()).map(([text, full]) => (full ? fullyEncoded(text) : enc(text)));
}

/** A subset of `items`, at least `min` long, in a random order. */
function someOf<T>(items: readonly T[], min = 1): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: Math.min(min, items.length) });
}

const POSITIVE_WEIGHTS = ['1', '2', '0.5', '3', '1e-3', '1e3', '10', '0.1', '5e-324', '1e308'];

/** The method choice `weights`: valid lists of positive weights, and lists its parser refuses. */
function weightsValue(edition: EditionFacts): fc.Arbitrary<RawValue> {
  const ids = [...edition.stages, ...edition.indicators];
  const valid = fc
    .tuple(someOf(ids).map((list) => list.slice(0, 4)), fc.array(fc.constantFrom(...POSITIVE_WEIGHTS.slice(0, -1)), { minLength: 4, maxLength: 4 }), fc.boolean())
    .map(([list, weights, spaced]) => ({ raw: enc(list.map((id, i) => (spaced ? ` ${id} = ${weights[i]} ` : `${id}=${weights[i]}`)).join(',')), tag: 'valid' as const }));
  const id = fc.constantFrom(...ids);
  const bad = fc.oneof(
    fc.constantFrom('', ' ', ',', 'school', 'school=', '=2', 'school=2,', ',school=2', 'school=-1', 'school=abc', 'school=1e309', 'school=NaN', 'school=Infinity', 'school=0x10', 'school=1_000', 'unknown-id=1', 'school=1,school=2', 'school=1e308,youth=1e308', 'school=1,'.repeat(1_111)).map((text) => ({ raw: enc(text) })),
    fc.constantFrom(...PROTOTYPE_NAMES).map((name) => ({ raw: enc(`${name}=1`) })),
    // every stage weighted 0, or every indicator of a stage: nothing is left to score it by
    fc.constant({ raw: enc(edition.stages.map((stage) => `${stage}=0`).join(',')) }),
    fc.constantFrom(...edition.indicatorsByStage.filter((ids) => ids.length > 0)).map((ids) => ({ raw: enc(ids.map((id) => `${id}=0`).join(',')) })),
    fc.tuple(id, fc.constantFrom('-1e308', '-5e-324', 'NaN', '1e400', '', ' 1 1', '%ZZ')).map(([name, weight]) => ({ raw: enc(`${name}=${weight}`) })),
  ).map((value) => ({ ...value, tag: 'named' as const }));
  // some weights 0: valid unless they leave a stage with no weighted indicator that has data
  const someZero = fc.tuple(someOf(ids).map((list) => list.slice(0, 3)), fc.constantFrom(...POSITIVE_WEIGHTS)).map(([list, weight]) => ({ raw: enc(list.map((id, i) => `${id}=${i === 0 ? 0 : weight}`).join(',')), tag: 'any' as const }));
  return fc.oneof(valid, bad, someZero, junk.map(({ raw }) => ({ raw, tag: decoded(raw).includes('=') ? ('any' as const) : ('named' as const) })));
}

/** `set` of /whatif: changes to indicators with a value in every area; broken lists. */
function setValue(edition: EditionFacts): fc.Arbitrary<RawValue> {
  const full = edition.fullIndicators;
  const percentages = full.filter((entry) => entry.percentage);
  const one = fc.oneof(
    fc.tuple(fc.constantFrom(...full), fc.constantFrom('median', 'best-in-region', 'MEDIAN')).map(([entry, target]) => `${entry.id}=${target}`),
    fc.tuple(fc.constantFrom(...percentages), fc.constantFrom('0', '100', '50', '5e-324', '33.3', '-0')).map(([entry, value]) => `${entry.id}=${value}`),
  );
  const valid = fc
    .uniqueArray(one, { minLength: 1, maxLength: 3, selector: (text) => text.split('=')[0] })
    .map((items) => ({ raw: enc(items.join(',')), tag: 'valid' as const }));
  const bad = fc
    .oneof(
      fc.constantFrom('', ',', 'fsm-ks2-rwm', 'fsm-ks2-rwm=', '=median', 'unknown=1', 'fsm-ks2-rwm=abc', 'fsm-ks2-rwm=1e308', 'fsm-ks2-rwm=-1e308', 'fsm-ks2-rwm=NaN', 'fsm-ks2-rwm=Infinity', 'fsm-ks2-rwm=0x10', 'fsm-ks2-rwm=median,fsm-ks2-rwm=median'),
      fc.constantFrom(...PROTOTYPE_NAMES).map((name) => `${name}=median`),
      // an indicator without data in the edition cannot be set
      fc.constantFrom(...edition.emptyIndicators, 'unknown').map((id) => `${id}=median`),
    )
    .map((text) => ({ raw: enc(text), tag: 'named' as const }));
  // extreme values inside an indicator's domain: the result may be odd, never a 5xx
  const extreme = fc
    .tuple(fc.constantFrom(...full.filter((entry) => !entry.percentage)), fc.constantFrom('1e308', '5e-324', '1e-300', '1e21', '0.0000001'))
    .map(([entry, number]) => ({ raw: enc(`${entry.id}=${number}`), tag: 'any' as const }));
  return fc.oneof(valid, bad, extreme, junk.map(({ raw }) => ({ raw, tag: decoded(raw).includes('=') ? ('any' as const) : ('named' as const) })));
}

const ASSUMPTIONS = ['weights', 'normalisation', 'aggregation', 'sampling', 'data'];

/** `vary` of /uncertainty, judged by its documented syntax: a comma list of assumptions (case and spaces ignored) or none. */
function varyTag(text: string): Tag {
  const items = text.split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
  if (items.length === 1 && items[0] === 'none') return 'valid';
  return items.length > 0 && items.every((item) => ASSUMPTIONS.includes(item)) ? 'valid' : 'named';
}

function varyValue(): fc.Arbitrary<RawValue> {
  const valid = fc.oneof(
    someOf(ASSUMPTIONS).map((items) => items.join(',')),
    fc.constantFrom('none', 'NONE', ' weights , DATA ', 'weights,,data'),
  );
  return fc.oneof(valid.map((text) => ({ raw: enc(text) })), fc.constantFrom('', ',', 'all', 'weights,all', 'none,weights').map((text) => ({ raw: enc(text) })), junk);
}

/** Case, `&` and punctuation are ignored when a region, county or class is matched (src/report/areaLookup.ts). */
function looseName(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/[.,'’()-]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A filter by name (region, county, rural_urban): the names of the edition, any case; junk is refused unless it happens to match. */
function namedFilter(names: readonly string[]): fc.Arbitrary<RawValue> {
  const loose = new Set(names.map(looseName));
  const valid = spelled(fc.tuple(fc.constantFrom(...names), fc.constantFrom('same', 'lower', 'upper')).map(([name, how]) => (how === 'lower' ? name.toLowerCase() : how === 'upper' ? name.toUpperCase() : name)));
  return fc.oneof(valid.map((raw) => ({ raw, tag: 'valid' as const })), junk.map(({ raw }) => ({ raw, tag: loose.has(looseName(decoded(raw))) ? ('any' as const) : ('refused' as const) })));
}

/** How a number parameter's text is read: the documented syntax, then the bounds the contract's JSON Schema gives. */
function numberTag(text: string, schema: { type: string; minimum?: number; exclusiveMinimum?: number; maximum?: number }, maximum?: number): Tag {
  const integer = schema.type === 'integer';
  const syntax = integer ? /^\d+$/ : /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
  if (!syntax.test(text)) return 'named';
  const value = Number(text);
  if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) return 'named';
  if (schema.minimum !== undefined && value < schema.minimum) return 'named';
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return 'named';
  const max = maximum ?? schema.maximum;
  if (max !== undefined && value > max) return 'named';
  return 'valid';
}

type Kind = { kind: 'choice'; options: string[] } | { kind: 'number'; schema: { type: string; minimum?: number; exclusiveMinimum?: number; maximum?: number } } | { kind: 'text' };

/** A query parameter's kind, read from its schema in the contract. */
function kindOf(schema: z.ZodType): Kind {
  if (schema instanceof z.ZodEnum) return { kind: 'choice', options: schema.options.map(String) };
  const meta = parameterMeta(schema);
  if (meta.jsonSchema !== undefined && (meta.jsonSchema.type === 'integer' || meta.jsonSchema.type === 'number')) {
    return { kind: 'number', schema: meta.jsonSchema as { type: string } };
  }
  return { kind: 'text' };
}

/** The year of the series an edition of the 2025 councils is, as the contract names them (open-latest is 2025); null on the 2016 districts. */
function councilYear(id: string): number | null {
  if (id === 'open-latest') return 2025;
  const match = /^open-series@(\d{4})$/.exec(id);
  return match === null ? null : Number(match[1]);
}

/** What the map can show: overall, each stage, each indicator with a value somewhere. */
function measuresOf(edition: EditionFacts): string[] {
  return ['overall', ...edition.stages, ...edition.indicators.filter((id) => !edition.emptyIndicators.includes(id))];
}

/** The text parameters and how to generate each: every text parameter of the contract must be here. */
function textValue(route: RouteName, name: string, edition: EditionFacts): fc.Arbitrary<RawValue> {
  switch (name) {
    case 'weights':
      return weightsValue(edition);
    case 'set':
      return setValue(edition);
    case 'vary':
      return varyValue();
    case 'stage':
      return fc.oneof(spelled(fc.constantFrom(...edition.stages)).map((raw) => ({ raw })), junk);
    case 'sort':
      return fc.oneof(spelled(fc.constantFrom('rank', 'name', ...edition.stages)).map((raw) => ({ raw })), junk);
    case 'measure':
      return fc.oneof(spelled(fc.constantFrom(...measuresOf(edition), 'change')).map((raw) => ({ raw })), junk);
    case 'region':
      return namedFilter(edition.regions);
    case 'county':
      return namedFilter(edition.counties);
    case 'rural_urban':
      return namedFilter(edition.ruralUrban);
    case 'q':
      if (route === 'search') return searchValue();
      // any text filters the table, matching nothing at worst
      return fc.oneof(spelled(fc.constantFrom('carl', 'E07000028', 'upon', 'x', '')).map((raw) => ({ raw })), junk).map(({ raw }) => ({ raw, tag: 'valid' as const }));
    case 'areas': {
      // codes of the edition (valid), with an empty item or spaces (still valid), or a code of neither edition (named)
      const valid = fc.subarray(edition.codes, { minLength: 1, maxLength: 5 }).map((codes) => ({ raw: enc(codes.join(',')), tag: 'valid' as const }));
      const spaced = fc.subarray(edition.codes, { minLength: 1, maxLength: 3 }).map((codes) => ({ raw: enc(` ${codes.join(' , ')},`), tag: 'valid' as const }));
      const unknown = fc.tuple(fc.subarray(edition.codes, { maxLength: 2 }), fc.constantFrom('E99999999', 'nowhere', '__proto__', 'constructor')).map(([codes, bad]) => ({ raw: enc([...codes, bad].join(',')), tag: 'named' as const }));
      return fc.oneof(valid, spaced, unknown, junk.map(({ raw }) => ({ raw, tag: 'any' as const })));
    }
    default:
      throw new Error(`the fuzz test does not know the text parameter "${name}" of ${route}: add a generator for it`);
  }
}

/**
 * `q` of /search, judged by the contract's words: text with something besides spaces, at most 100
 * characters, no control characters; names, codes, postcodes and outward codes (well formed or not,
 * in England or not) are all valid text.
 */
function searchTag(text: string): Tag {
  // eslint-disable-next-line no-control-regex
  return text.trim() === '' || [...text].length > 100 || /[\u0000-\u001f\u007f-\u009f]/.test(text) ? 'named' : 'valid';
}

function searchValue(): fc.Arbitrary<RawValue> {
  const texts = fc.constantFrom('carl', 'Hastngs', 'saint helens', 'E07000028', 'e06000063', 'Carlisle', 'Cumberland', 'CA1 1RD', 'ca11rd', 'SW1A 1AA', 'CA1', 'EC2V 7HH', 'EH1 1YZ', 'CA1 1R', 'ZZ9 9ZZ', 'TR21 0HE', 'x', ' ', '', 'a\tb', 'line\nbreak', 'x'.repeat(101), 'é'.repeat(100));
  return fc.oneof(spelled(texts).map((raw) => ({ raw })), junk).map(({ raw }) => ({ raw, tag: searchTag(decoded(raw)) }));
}

/** The tag of one given value of a parameter the route takes. */
function tagOf(route: RouteName, name: string, value: RawValue, edition: EditionFacts): Tag {
  const schema = (ROUTES[route].query as Record<string, z.ZodType>)[name]!;
  const kind = kindOf(schema);
  const text = decoded(value.raw);
  if (kind.kind === 'choice') return kind.options.includes(text) ? 'valid' : 'named';
  if (kind.kind === 'number') {
    // `k` is at most the other areas of this edition (the contract's maximum is of the largest edition)
    const tag = numberTag(text, kind.schema, name === 'k' ? edition.areaCount - 1 : undefined);
    if (route === 'uncertainty' && name === 'runs' && tag === 'valid' && Number(text) > MAX_VALID_RUNS) throw new Error('a large valid runs was generated');
    // `since` (the table's and the map's) is a year of the series before the edition's, on the 2025 councils only
    if (name === 'since' && tag === 'valid') return Number(text) < (councilYear(edition.id) ?? 0) ? 'valid' : 'named';
    return tag;
  }
  if (value.tag !== undefined) return value.tag;
  if (name === 'vary') return varyTag(text);
  if (name === 'stage') return edition.stages.includes(text) ? 'valid' : 'named';
  if (name === 'sort') return ['rank', 'name', ...edition.stages].includes(text) ? 'valid' : 'named';
  // the change measure needs a valid since beside it: no promise either way
  if (name === 'measure') return text === 'change' ? 'any' : measuresOf(edition).includes(text) ? 'valid' : 'named';
  return 'any';
}

/** A value for parameter `name` of `route`: mostly of its kind, sometimes junk. */
function valueFor(route: RouteName, name: string, edition: EditionFacts): fc.Arbitrary<RawValue> {
  const kind = kindOf((ROUTES[route].query as Record<string, z.ZodType>)[name]!);
  if (kind.kind === 'choice') {
    return fc.oneof(
      { arbitrary: spelled(fc.constantFrom(...kind.options)).map((raw) => ({ raw })), weight: 3 },
      { arbitrary: fc.constantFrom(...kind.options).map((option) => ({ raw: enc(option.toUpperCase()) })), weight: 1 },
      { arbitrary: fc.constantFrom(...kind.options).map((option) => ({ raw: `${enc(option)}%00` })), weight: 1 },
      { arbitrary: junk, weight: 2 },
    );
  }
  if (kind.kind === 'number') {
    const { schema } = kind;
    const low = schema.minimum ?? schema.exclusiveMinimum ?? 0;
    const high = route === 'uncertainty' && name === 'runs' ? MAX_VALID_RUNS : name === 'k' ? edition.areaCount - 1 : Math.min(schema.maximum ?? 1e6, 2 ** 31 - 1);
    const inRange = schema.type === 'integer' ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) }).map(String) : fc.double({ min: low, max: high, noNaN: true }).map(String);
    const any = fc.oneof({ arbitrary: inRange.map((text) => ({ raw: enc(text) })), weight: 3 }, { arbitrary: junk, weight: 2 });
    // a valid `runs` of /uncertainty is kept small: anything valid above the cap becomes the cap
    if (route === 'uncertainty' && name === 'runs') {
      return any.map((value) => (numberTag(decoded(value.raw), schema) === 'valid' && Number(decoded(value.raw)) > MAX_VALID_RUNS ? { raw: String(MAX_VALID_RUNS) } : value));
    }
    return any;
  }
  return textValue(route, name, edition);
}

// ## Requests

interface PathPart {
  raw: string;
  /** True when the part names an edition or area that exists. */
  known: boolean;
}

interface FuzzRequest {
  route: RouteName;
  edition: string;
  path: string;
  /** False when the edition or area of the path does not exist. */
  pathKnown: boolean;
  /** True when a bad part of the path has a percent sign (Fastify may refuse the URL before routing). */
  pathEncoded: boolean;
  query: Array<[name: string, value: RawValue]>;
  url: string;
}

const ODD_EDITIONS = ['open-2017', 'OPEN-2016', 'open-2016 ', 'open', ...PROTOTYPE_NAMES, '%00', '%ZZ', 'open-2016%00', '%ED%A0%80', '%F0%9F%98%80', 'x'.repeat(300), '..', '%2e%2e'];
const ODD_CODES = ['E0700002', 'E070000280', 'E99999999', 'W06000001', 'E07000028%00', 'E07000028%20', '%20E07000028', ...PROTOTYPE_NAMES, '%00', '%ZZ', '%ED%A0%80', '%C3%A9', '%F0%9F%98%80', '..', '%2e%2e', '.', '%2F', 'E'.repeat(300), 'null', 'undefined', '0'];

function editionPart(edition: EditionFacts): fc.Arbitrary<PathPart> {
  return fc.oneof({ arbitrary: fc.constant({ raw: edition.id, known: true }), weight: 9 }, { arbitrary: fc.constantFrom(...ODD_EDITIONS).map((raw) => ({ raw, known: false })), weight: 1 });
}

function codePart(edition: EditionFacts): fc.Arbitrary<PathPart> {
  const other = facts.filter((entry) => entry !== edition).flatMap((entry) => entry.codes.filter((code) => !edition.codes.includes(code)));
  return fc.oneof(
    { arbitrary: fc.constantFrom(...edition.codes).map((raw) => ({ raw, known: true })), weight: 6 },
    { arbitrary: fc.constantFrom(...edition.codes).map((code) => ({ raw: code.toLowerCase(), known: true })), weight: 1 },
    { arbitrary: fc.constantFrom(...edition.codes).map((code) => ({ raw: fullyEncoded(code), known: true })), weight: 1 },
    { arbitrary: fc.constantFrom(...ODD_CODES).map((raw) => ({ raw, known: false })), weight: 1 },
    { arbitrary: fc.constantFrom(...(other.length > 0 ? other : ['E99999999'])).map((raw) => ({ raw, known: false })), weight: 1 },
  );
}

const UNKNOWN_NAMES = ['regoin', 'Region', 'weights[]', 'a[b]', 'q ', '', 'format.x', 'x'.repeat(300), ...PROTOTYPE_NAMES];

function requestFor(route: RouteName): fc.Arbitrary<FuzzRequest> {
  const definition: RouteDefinition = ROUTES[route];
  const names = Object.keys(definition.query);
  return fc.constantFrom(...facts).chain((edition) => {
    const parameter = (name: string) => fc.tuple(fc.constant(name), valueFor(route, name, edition));
    const given = fc.oneof(
      // the contract's parameters, each given or not
      { arbitrary: names.length === 0 ? fc.constant([] as Array<[string, RawValue]>) : fc.tuple(...names.map((name) => fc.option(parameter(name), { nil: undefined, freq: 2 }))).map((entries) => entries.filter((entry) => entry !== undefined)), weight: 5 },
      // one parameter, every other left out
      { arbitrary: names.length === 0 ? fc.constant([] as Array<[string, RawValue]>) : fc.constantFrom(...names).chain((name) => parameter(name)).map((entry) => [entry]), weight: 3 },
    );
    const extras = fc.array(
      fc.oneof(
        // an unknown name, or a known one percent-encoded
        fc.tuple(fc.constantFrom(...UNKNOWN_NAMES).map(enc), junk),
        ...(names.length === 0 ? [] : [fc.constantFrom(...names).chain((name) => fc.tuple(fc.constant(fullyEncoded(name)), valueFor(route, name, edition)))]),
      ),
      { maxLength: 1 },
    );
    const repeat = fc.boolean();
    return fc.tuple(editionPart(edition), codePart(edition), given, extras, repeat, fc.nat()).map(([editionRaw, codeRaw, list, extra, repeated, salt]) => {
      const query: Array<[string, RawValue]> = [...list.map(([name, value]) => [enc(name), value] as [string, RawValue]), ...extra];
      if (repeated && query.length > 0 && salt % 4 === 0) query.push(query[salt % query.length]!);
      // /uncertainty always states a small `runs` (its default, 1000 runs, is real work for every valid request)
      if (route === 'uncertainty' && !query.some(([name]) => decoded(name) === 'runs')) query.unshift(['runs', { raw: String(1 + (salt % MAX_VALID_RUNS)) }]);
      const hasEdition = definition.params.includes('edition');
      const hasCode = definition.params.includes('code');
      const path = definition.path.replace('{edition}', editionRaw.raw).replace('{code}', codeRaw.raw);
      // a {code} without {edition} (the trend) takes a council of 2025 or a district of 2016: any edition's code
      const codeKnown = hasEdition ? codeRaw.known : codeRaw.known || facts.some((entry) => entry.codes.includes(codeRaw.raw));
      const pathKnown = (!hasEdition || editionRaw.known) && (!hasCode || codeKnown);
      const pathEncoded = (hasEdition && !editionRaw.known && editionRaw.raw.includes('%')) || (hasCode && !codeKnown && codeRaw.raw.includes('%'));
      const search = query.map(([name, value]) => `${name}=${value.raw}`).join('&');
      return { route, edition: edition.id, path, pathKnown, pathEncoded, query, url: search === '' ? path : `${path}?${search}` };
    });
  });
}

function anyRequest(): fc.Arbitrary<FuzzRequest> {
  // every route equally often
  return fc.constantFrom(...(Object.keys(ROUTES) as RouteName[])).chain(requestFor);
}

// ## What a request must get

interface Expectation {
  /** The status the request must get, when the generator knows it. */
  status?: number | number[];
  /** The parameter a 400 must name. */
  parameter?: string;
  /** Names one of which a 400's `parameter`, when present, must be. */
  faults: string[];
  /** A 400 may only say that the area is not ranked. */
  unranked?: boolean;
}

function factsOf(id: string): EditionFacts {
  return facts.find((entry) => entry.id === id)!;
}

function isMethodChoice(name: string): boolean {
  return ['weights', 'normalise', 'aggregate', 'missing'].includes(name);
}

function expectationOf(request: FuzzRequest): Expectation {
  const definition: RouteDefinition = ROUTES[request.route];
  if (!request.pathKnown) return { status: request.pathEncoded ? [400, 404] : 404, faults: [] };
  const byName = new Map<string, RawValue[]>();
  for (const [rawName, value] of request.query) {
    const name = decoded(rawName);
    byName.set(name, [...(byName.get(name) ?? []), value]);
  }
  const faults: Array<{ name: string; tag: Tag }> = [];
  let unsure = false;
  // parameters whose value may or may not be refused: when one is refused, it may be the one named
  const maybe: string[] = [];
  for (const [name, values] of byName) {
    if (!Object.hasOwn(definition.query, name) || values.length !== 1) {
      faults.push({ name, tag: 'named' });
      continue;
    }
    const tag = tagOf(request.route, name, values[0]!, factsOf(request.edition));
    seen.parameters.add(`${request.route} ${name} ${tag === 'valid' ? 'valid' : 'invalid'}`);
    if (tag === 'any') {
      unsure = true;
      maybe.push(name);
    }
    else if (tag !== 'valid') faults.push({ name, tag });
  }
  for (const name of definition.required ?? []) if (!byName.has(name)) faults.push({ name, tag: 'named' });
  // /shift needs at least one method choice, and says so without naming a parameter
  const routeFault = request.route === 'shift' && ![...byName.keys()].some(isMethodChoice);
  const names = faults.map((fault) => fault.name);
  if (unsure) return { faults: [...names, ...maybe] };
  // under missing=exclude an area may be unranked: its explanation, what-if or neighbours may be a 400 saying so
  const mayBeUnranked = definition.params.includes('code') && decoded(byName.get('missing')?.[0]?.raw ?? '') === 'exclude';
  if (faults.length === 0 && !routeFault) return mayBeUnranked ? { status: [200, 400], unranked: true, faults: [] } : { status: 200, faults: [] };
  if (faults.length === 1 && !routeFault) return { status: 400, parameter: faults[0]!.tag === 'named' ? faults[0]!.name : undefined, faults: names };
  return { status: 400, faults: names };
}

/** What the run saw: statuses, and requests by what was expected of them. */
const seen = { statuses: new Map<number, number>(), expected: new Map<string, number>(), parameters: new Set<string>() };
function count(map: Map<number | string, number>, key: number | string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

async function check(request: FuzzRequest): Promise<void> {
  const response = await fetch(new URL(request.url, server.url));
  const body = await response.text();
  const where = `${request.url.slice(0, 300)} → ${response.status} ${body.slice(0, 300)}`;
  const { status } = response;
  count(seen.statuses, status);
  if (status === 503) expect(response.headers.get('retry-after'), where).not.toBeNull();
  else expect(status, where).toBeLessThan(500);
  if (status >= 400 && status < 500) {
    expect(response.headers.get('content-type'), where).toMatch(/^application\/json/);
    const error = JSON.parse(body) as Record<string, unknown>;
    expect(typeof error.error, where).toBe('string');
    expect(String(error.error), where).not.toMatch(/\n\s+at |internal error/);
    if (error.parameter !== undefined) {
      expect(typeof error.parameter, where).toBe('string');
      expect(String(error.error), where).toContain(`query parameter "${String(error.parameter)}"`);
    }
  }
  if (status === 503) return;
  if (status === 200 && /^application\/json/.test(response.headers.get('content-type') ?? '')) {
    // a 200 is the route's response, as the contract describes it
    const schema: z.ZodType | null = ROUTES[request.route].response;
    if (schema !== null) {
      const parsed = schema.safeParse(JSON.parse(body));
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), where).toEqual([]);
    }
  }
  const expected = expectationOf(request);
  count(seen.expected, expected.status === undefined ? 'no promise' : expected.parameter !== undefined ? '400 naming it' : String(expected.status));
  if (expected.status !== undefined) expect([expected.status].flat(), where).toContain(status);
  if (status === 400 && request.pathKnown) {
    const error = JSON.parse(body) as { parameter?: string };
    if (expected.parameter !== undefined) expect(error.parameter, where).toBe(expected.parameter);
    if (error.parameter !== undefined && expected.faults.length > 0) expect(expected.faults, where).toContain(error.parameter);
    if (expected.unranked === true) expect(body, where).toMatch(/is not ranked/);
  }
}

describe('the API under generated requests', () => {
  it(`answers every request within the contract (${NUM_RUNS * BATCH} requests, ${BATCH} at a time, seed ${SEED})`, async () => {
    console.log(`API fuzz: seed ${SEED} (set FUZZ_SEED to change it)`);
    const counts = { requests: 0 };
    const batch = fc.array(anyRequest().filter((request) => request.url.length < 14_000), { minLength: BATCH, maxLength: BATCH });
    await fc.assert(
      fc.asyncProperty(batch, async (requests) => {
        counts.requests += requests.length;
        await Promise.all(requests.map((request) => check(request)));
      }),
      { seed: SEED, numRuns: NUM_RUNS, endOnFailure: false },
    );
    console.log(`API fuzz: ${counts.requests} requests; statuses ${JSON.stringify(Object.fromEntries(seen.statuses))}; expected ${JSON.stringify(Object.fromEntries(seen.expected))}`);
    expect(counts.requests).toBeGreaterThanOrEqual(NUM_RUNS * BATCH);
    // every query parameter of every route was sent valid and invalid (`q` of the league table takes any text: it has no invalid value)
    const kinds = (route: RouteName, name: string) => (name === 'q' && route !== 'search' ? ['valid'] : ['valid', 'invalid']);
    const missing = (Object.keys(ROUTES) as RouteName[]).flatMap((route) => Object.keys(ROUTES[route].query).flatMap((name) => kinds(route, name).map((kind) => `${route} ${name} ${kind}`))).filter((key) => !seen.parameters.has(key));
    expect(missing).toEqual([]);
  }, 300_000);

  it('covers every route and query parameter of the contract', () => {
    // the generators throw for a text parameter they do not know, so a new one is never fuzzed by accident as junk only
    for (const route of Object.keys(ROUTES) as RouteName[]) {
      for (const name of Object.keys(ROUTES[route].query)) expect(() => valueFor(route, name, facts[0]!)).not.toThrow();
    }
  });
});
