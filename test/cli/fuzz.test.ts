/**
 * Fuzzing the CLI in process (`run(argv, io)` through test/cli/smi.ts): fast-check generates a
 * user dataset (CSV: random, missing and duplicated header names, empty cells, non-numbers, huge
 * numbers, quotes, byte-order marks, CRLF, ragged rows) and a method file (valid and broken: wrong
 * types, negative or huge weights, unknown indicators and stages, duplicated ids, deep nesting,
 * prototype keys, text that is not JSON), writes them to a temp folder and runs a command on them.
 *
 * Every run: exit status 0, 1 or 2; a failed one writes nothing to stdout and exactly one line to
 * stderr, starting "smi:", that is never an internal error. The seed is fixed (FUZZ_SEED overrides
 * it) and printed, so a failure reproduces; FUZZ_RUNS changes the number of cases, and FUZZ_LOG=1
 * prints each case's exit status and error, to see what the generators reach.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SMI_2017 } from '../../src/method/presets.js';
import { resolveDataDir } from '../../src/pipeline/dataDir.js';
import { smi, type SmiRun } from './smi.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const dir = mkdtempSync(join(tmpdir(), 'smi-fuzz-cli-'));
let files = 0;
function writeCase(extension: string, content: string | Buffer): string {
  const path = join(dir, `case-${++files}.${extension}`);
  writeFileSync(path, content);
  return path;
}

// ## Codes: districts of 2016 and councils of 2025, from the ONS lookup

const lookup = parseCsv(readFileSync(join(resolveDataDir(), 'geo', 'lad16_england_lookup.csv')), { columns: true, bom: true }) as Array<{ lad16cd: string; lad25cd: string; in_smi_324: string }>;
const districts = lookup.filter((row) => row.in_smi_324 === '1').map((row) => row.lad16cd);
const councils = [...new Set(lookup.filter((row) => row.in_smi_324 === '1').map((row) => row.lad25cd))];
const CUMBRIA = ['E07000026', 'E07000027', 'E07000028', 'E07000029', 'E07000030', 'E07000031'];

/** True one time in ten. */
const rarely = fc.noBias(fc.nat({ max: 9 })).map((n) => n === 0);

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
/** Texts that break things: numbers at the edges, quotes, line breaks, prototype names, unicode. */
const NASTY = ['', ' ', 'NA', 'N/A', 'na', 'abc', '1e308', '-1e308', '1e400', '5e-324', '-0', 'NaN', 'Infinity', '-Infinity', '0x10', ' 1', '1 ', '1,5', '"quoted"', 'with "quote', 'two\nlines', 'cr\rline', 'crlf\r\nline', '1e21', '-5', '101', '12abc', '\u0000', '\uFEFF1', 'é€😀', '\uD800', ...PROTOTYPE_NAMES];
const nasty = fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', maxLength: 8 }));

// ## Method files

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** Placeholders replaced in the JSON text: a key written `__proto__` (an own key, not a prototype), and deep nesting. */
const PROTO_KEY = '__fuzz_proto_key__';
const DEEP = '__fuzz_deep__';

const jsonJunk: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(0, 1, 2, -1, 0.5, 1e308, -1e308, 5e-324, 1e-300, '', 'x', '1', null, true, false, [], {}, [1], { a: 1 }, DEEP),
  fc.constantFrom<Json>('zscore', 'minmax', 'rank', 'mean', 'geometric', 'available', 'exclude', 'code', 'shared', 'higher', 'lower', '%', '£', 'percentage', 'positive', 'early-years', 'school'),
  fc.constantFrom<Json>(...NASTY),
);
const weightJunk = fc.constantFrom<Json>(0, 1, 2, 0.5, 3, -1, -0, 1e308, 5e-324, 1e-300, 1e300, '1', null, true, [], {});

type Mutation = (method: Record<string, Json>) => void;

function asArray(value: Json | undefined): Json[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
function objectAt(list: Json[] | undefined, index: number): Record<string, Json> | undefined {
  if (list === undefined || list.length === 0) return undefined;
  const item = list[index % list.length];
  return typeof item === 'object' && item !== null && !Array.isArray(item) ? item : undefined;
}

function put(target: Record<string, Json> | undefined, key: string, value: Json): void {
  if (target !== undefined) target[key] = value;
}
function drop(target: Record<string, Json> | undefined, key: string): void {
  if (target !== undefined) delete target[key];
}

const METHOD_KEYS = ['format', 'id', 'label', 'stages', 'indicators', 'normalisation', 'aggregation', 'missing', 'hotspotShare', 'ties'];
const STAGE_KEYS = ['id', 'label', 'weight'];
const INDICATOR_KEYS = ['id', 'number', 'label', 'description', 'stage', 'direction', 'unit', 'domain', 'weight'];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), weightJunk).map(([i, w]): Mutation => (m) => put(objectAt(asArray(m.stages), i), 'weight', w)),
  fc.tuple(fc.nat(), weightJunk).map(([i, w]): Mutation => (m) => put(objectAt(asArray(m.indicators), i), 'weight', w)),
  fc.tuple(fc.constantFrom(...METHOD_KEYS), jsonJunk).map(([key, value]): Mutation => (m) => put(m, key, value)),
  fc.constantFrom(...METHOD_KEYS).map((key): Mutation => (m) => drop(m, key)),
  fc.tuple(fc.nat(), fc.constantFrom(...STAGE_KEYS, 'extra', PROTO_KEY, 'constructor'), jsonJunk).map(([i, key, value]): Mutation => (m) => put(objectAt(asArray(m.stages), i), key, value)),
  fc.tuple(fc.nat(), fc.constantFrom(...INDICATOR_KEYS, 'extra', PROTO_KEY, 'constructor'), jsonJunk).map(([i, key, value]): Mutation => (m) => put(objectAt(asArray(m.indicators), i), key, value)),
  fc.tuple(fc.nat(), fc.constantFrom(...INDICATOR_KEYS)).map(([i, key]): Mutation => (m) => drop(objectAt(asArray(m.indicators), i), key)),
  // remove, duplicate or re-stage indicators and stages
  fc.nat().map((i): Mutation => (m) => void asArray(m.indicators)?.splice(i % Math.max(1, asArray(m.indicators)!.length), 1)),
  fc.nat().map((i): Mutation => (m) => void asArray(m.stages)?.splice(i % Math.max(1, asArray(m.stages)!.length), 1)),
  fc.nat().map((i): Mutation => (m) => {
    const list = asArray(m.indicators);
    const item = objectAt(list, i);
    if (item !== undefined) list!.push(structuredClone(item));
  }),
  fc.nat().map((i): Mutation => (m) => {
    const list = asArray(m.stages);
    const item = objectAt(list, i);
    if (item !== undefined) list!.push(structuredClone(item));
  }),
  fc.tuple(fc.nat(), fc.constantFrom('nowhere', 'school', 'adulthood', '', 'constructor')).map(([i, stage]): Mutation => (m) => put(objectAt(asArray(m.indicators), i), 'stage', stage)),
  fc.constantFrom(PROTO_KEY, 'constructor', 'toString', 'extra').map((key): Mutation => (m) => put(m, key, { polluted: true })),
);

/** Changes that keep the method valid: positive weights and the other choices of the vocabulary. */
const validMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(0.5, 1, 2, 3, 1e-3, 1e3)).map(([i, w]): Mutation => (m) => put(objectAt(asArray(m.stages), i), 'weight', w)),
  fc.tuple(fc.nat(), fc.constantFrom(0.5, 1, 2, 3, 1e-3, 1e3)).map(([i, w]): Mutation => (m) => put(objectAt(asArray(m.indicators), i), 'weight', w)),
  fc.constantFrom('zscore', 'minmax', 'rank').map((choice): Mutation => (m) => put(m, 'normalisation', choice)),
  fc.constantFrom('mean', 'geometric').map((choice): Mutation => (m) => put(m, 'aggregation', choice)),
  fc.constantFrom('available', 'exclude').map((choice): Mutation => (m) => put(m, 'missing', choice)),
  fc.constantFrom('code', 'shared').map((choice): Mutation => (m) => put(m, 'ties', choice)),
  fc.constantFrom(0.1, 0.2, 0.5, 5e-324).map((share): Mutation => (m) => put(m, 'hotspotShare', share)),
);

interface MethodCase {
  /** The file's text. */
  text: string;
  /** The indicator ids a dataset for it has columns for. */
  ids: string[];
}

function deepNesting(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

const methodCase: fc.Arbitrary<MethodCase> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(fc.oneof(fc.array(validMutation, { maxLength: 3 }), fc.array(mutation, { maxLength: 2 })), fc.constantFrom(10, 1_000, 100_000), rarely, fc.boolean()).map(([mutations, depth, bom, pretty]) => {
      const method = structuredClone(SMI_2017) as unknown as Record<string, Json>;
      for (const change of mutations) change(method);
      const indicators = asArray(method.indicators) ?? [];
      const ids = indicators.flatMap((item) => (typeof item === 'object' && item !== null && !Array.isArray(item) && typeof item.id === 'string' ? [item.id] : []));
      const text = JSON.stringify(method, null, pretty ? 2 : undefined)
        .replaceAll(`"${PROTO_KEY}"`, '"__proto__"')
        .replaceAll(`"${DEEP}"`, deepNesting(depth));
      return { text: (bom ? '\uFEFF' : '') + text, ids: [...new Set(ids)] };
    }),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constantFrom('', ' ', '{', '[]', 'null', '1', '"method"', '{"format": 1,}', "{'format': 1}", '{"format": NaN}', '{\n  "format": 1\n  "id": "x"\n}', '\uFEFF{}', '{"__proto__": {"format": 1}}', deepNesting(100_000), `{"a": ${deepNesting(50_000)}}`),
        fc.string({ unit: 'binary', maxLength: 30 }),
      )
      .map((text) => ({ text, ids: SMI_2017.indicators.map((indicator) => indicator.id) })),
  },
);

// ## Datasets

interface DatasetCase {
  content: string;
  /** Codes of its rows (for commands that name an area). */
  codes: string[];
}

function csvCell(text: string, quote: 'auto' | 'always' | 'never'): string {
  if (quote === 'never') return text;
  if (quote === 'always' || /[",\r\n]/.test(text)) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

const code = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CUMBRIA) },
  { weight: 3, arbitrary: fc.constantFrom(...districts) },
  { weight: 2, arbitrary: fc.constantFrom(...councils) },
  { weight: 1, arbitrary: fc.constantFrom(...CUMBRIA).map((value) => value.toLowerCase()) },
  { weight: 1, arbitrary: fc.constantFrom('E07999999', 'W06000001', 'e0700002', 'E07000028 ', 'E07000028\n', ...PROTOTYPE_NAMES) },
  { weight: 1, arbitrary: nasty },
);

const cleanValue = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 0.5, max: 100, noNaN: true }).map((x) => String(x)) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 100 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('', 'NA') },
);

const value = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }).map((x) => String(x)) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 1_000 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom('', 'NA') },
  { weight: 2, arbitrary: nasty },
);

type HeaderChange = (header: string[]) => string[];

const headerChange: fc.Arbitrary<HeaderChange> = fc.oneof(
  fc.nat().map((i) => (header: string[]) => header.filter((_, index) => index !== i % header.length)),
  fc.nat().map((i) => (header: string[]) => [...header, header[i % header.length]!]),
  fc.tuple(fc.nat(), nasty).map(([i, name]) => (header: string[]) => header.map((column, index) => (index === i % header.length ? name : column))),
  nasty.map((name) => (header: string[]) => [...header, name]),
  fc.constantFrom('Code', 'CODE', ' code', 'code\uFEFF', 'Name').map((name) => (header: string[]) => header.map((column, index) => (index === 0 ? name : column))),
);

function datasetCase(ids: readonly string[]): fc.Arbitrary<DatasetCase> {
  const table = fc.record({
    named: fc.boolean(),
    headerChanges: fc.oneof({ weight: 3, arbitrary: fc.constant<HeaderChange[]>([]) }, { weight: 1, arbitrary: fc.array(headerChange, { minLength: 1, maxLength: 2 }) }),
    // a clean dataset (numbers and empty cells only) or a dirty one
    rows: fc.oneof(
      fc.uniqueArray(fc.tuple(fc.constantFrom(...CUMBRIA, ...districts.slice(0, 40)), fc.array(cleanValue, { minLength: ids.length + 1, maxLength: ids.length + 1 }), fc.constant(0)), { minLength: 2, maxLength: 10, selector: ([rowCode]) => rowCode }) as fc.Arbitrary<Array<[string, string[], number]>>,
      fc.array(fc.tuple(code, fc.array(value, { minLength: ids.length + 1, maxLength: ids.length + 1 }), fc.integer({ min: -2, max: 2 })), { maxLength: 8 }),
    ),
    ragged: fc.noBias(fc.nat({ max: 5 })),
    quote: fc.constantFrom<'auto' | 'always' | 'never'>('auto', 'auto', 'auto', 'always', 'never'),
    bom: rarely,
    crlf: fc.boolean(),
    blankLines: fc.boolean(),
    finalNewline: fc.boolean(),
  });
  const built = table.map((spec) => {
    let header = ['code', ...(spec.named ? ['name'] : []), ...ids];
    for (const change of spec.headerChanges) header = header.length === 0 ? header : change(header);
    const rows = spec.rows.map(([rowCode, cells, raggedness], index) => {
      let row = [rowCode, ...(spec.named ? [`Area ${index}`] : []), ...cells].slice(0, header.length);
      // one row in a few is ragged: a cell short or long
      if (index % 6 === spec.ragged && raggedness !== 0) row = raggedness < 0 ? row.slice(0, raggedness) : [...row, ...cells.slice(0, raggedness)];
      return row;
    });
    const eol = spec.crlf ? '\r\n' : '\n';
    const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell, spec.quote)).join(','));
    if (spec.blankLines && lines.length > 1) lines.splice(1, 0, '');
    const content = (spec.bom ? '\uFEFF' : '') + lines.join(eol) + (spec.finalNewline ? eol : '');
    return { content, codes: spec.rows.map(([rowCode]) => rowCode) };
  });
  return fc.oneof(
    { weight: 12, arbitrary: built },
    { weight: 1, arbitrary: fc.constantFrom('', ' \n', '\uFEFF', 'code\n', 'code,name\r\n\r\n', '"code', 'code,"a""b",c\n1,2').map((content) => ({ content, codes: [] })) },
  );
}

// ## Commands

interface CliCase {
  method: MethodCase | string | undefined;
  dataset: DatasetCase | 'open-2016' | undefined;
  command: (codes: string[]) => string[];
  extra: string[];
}

const anyCode = (codes: string[], i: number) => codes[i % Math.max(1, codes.length)] ?? 'E07000028';

type Build = (codes: string[]) => string[];

/** The commands as a user runs them on a dataset. */
const plainCommand = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom<Build>(
      () => ['rank'],
      () => ['rank', '--format', 'csv'],
      () => ['rank', '--format', 'json', '--sort', 'name'],
      () => ['export', '--format', 'json'],
      () => ['export', '--format', 'csv'],
      () => ['indicators'],
      () => ['method', '--format', 'json'],
      () => ['groups', '--by', 'region'],
      () => ['uncertainty', '--runs', '3', '--format', 'json'],
      () => ['shift', '--weights', 'school=2'],
      () => ['patterns'],
      (codes) => ['compare', anyCode(codes, 0), anyCode(codes, 1)],
      (codes) => ['search', anyCode(codes, 0), '--format', 'json'],
    ),
  },
  { weight: 2, arbitrary: fc.tuple(fc.nat(), fc.constantFrom('area', 'explain', 'neighbours')).map(([i, name]): Build => (codes) => [name, anyCode(codes, i), ...(name === 'neighbours' ? ['--k', '2'] : [])]) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.constantFrom(...SMI_2017.indicators.map((indicator) => indicator.id)), fc.constantFrom('median', 'best-in-county', 'best-in-region', '50', '1e308', '-1'))
      .map(([i, id, target]): Build => (codes) => ['whatif', anyCode(codes, i), '--set', `${id}=${target}`, '--format', 'json']),
  },
);

/** A command's own flags with hostile values (a valid `--runs` stays small). */
const hostileFlag = fc.oneof(
  fc.tuple(fc.constantFrom('--runs', '--seed', '--concentration', '--omit', '--vary'), nasty).map(([flag, text]): Build => () => ['uncertainty', '--runs', '2', flag, flag === '--runs' && /^\d+$/.test(text.trim()) ? '3' : text, '--format', 'json']),
  fc.tuple(fc.constantFrom('--stage', '--region', '--county', '--rural-urban', '--search', '--sort', '--class'), nasty).map(([flag, text]): Build => () => ['rank', flag, text]),
  fc.tuple(fc.nat(), nasty).map(([i, text]): Build => (codes) => ['neighbours', anyCode(codes, i), '--k', text]),
  fc.tuple(fc.nat(), nasty).map(([i, text]): Build => (codes) => ['whatif', anyCode(codes, i), '--set', text]),
  nasty.map((text): Build => () => ['shift', '--weights', 'school=2', '--top', text]),
  nasty.map((text): Build => () => ['compare', '--county', text]),
  nasty.map((text): Build => () => ['area', text]),
  nasty.map((text): Build => () => ['search', text]),
  nasty.map((text): Build => () => ['search', 'a', '--limit', text]),
);

const command = fc.oneof({ weight: 3, arbitrary: plainCommand }, { weight: 1, arbitrary: hostileFlag });


/** Extra flags: method choices and bad flag values. */
const extra = fc.oneof(
  { weight: 6, arbitrary: fc.constant<string[]>([]) },
  { weight: 1, arbitrary: fc.constantFrom<string[]>(['--normalise', 'minmax'], ['--aggregate', 'geometric'], ['--missing', 'exclude'], ['--weights', 'school=0'], ['--weights', 'early-years=1e308,school=1e308'], ['--no-small-area-adjustment']) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('--weights', '--normalise', '--aggregate', '--missing', '--format', '--edition'), nasty).map(([flag, text]): string[] => [flag, text]) },
);

const cliCase: fc.Arbitrary<CliCase> = fc
  .record({
    method: fc.oneof({ weight: 6, arbitrary: methodCase }, { weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('smi-2016', 'smi-2017', 'smi-1999', 'method.json', 'constructor') }),
    useOpen: fc.nat({ max: 9 }),
    command,
    extra,
  })
  .chain(({ method, useOpen, command: build, extra: flags }) => {
    const ids = typeof method === 'object' ? method.ids : SMI_2017.indicators.map((indicator) => indicator.id);
    // one case in ten reads the open edition (through the cache) with the generated method
    if (useOpen === 0) return fc.constant<CliCase>({ method, dataset: 'open-2016', command: build, extra: flags });
    return datasetCase(ids).map((dataset): CliCase => ({ method, dataset, command: build, extra: flags }));
  });

function argvOf(test: CliCase): string[] {
  const argv: string[] = [];
  let codes = CUMBRIA;
  if (test.dataset === 'open-2016') argv.push('--edition', 'open-2016');
  else if (test.dataset !== undefined) {
    argv.push('--edition', writeCase('csv', test.dataset.content));
    if (test.dataset.codes.length > 0) codes = test.dataset.codes;
  }
  if (typeof test.method === 'string') argv.push('--method', test.method);
  else if (test.method !== undefined) argv.push('--method', writeCase('json', test.method.text));
  return [...test.command(codes), ...argv, ...test.extra];
}

function expectWellBehaved(argv: string[], run: SmiRun): void {
  const where = `smi ${argv.map((arg) => JSON.stringify(arg)).join(' ')}\nstatus ${run.status}\nstderr: ${run.stderr.slice(0, 1_000)}`;
  expect([0, 1, 2], where).toContain(run.status);
  if (run.status !== 0) {
    expect(run.stdout, where).toBe('');
    expect(run.stderr.endsWith('\n'), where).toBe(true);
    const lines = run.stderr.slice(0, -1).split(/\r\n|\r|\n/);
    expect(lines, where).toHaveLength(1);
    expect(lines[0], where).toMatch(/^smi: /);
  }
  expect(run.stderr, where).not.toMatch(/internal error|\n\s+at /);
}

describe('the CLI under generated datasets and method files', () => {
  it(`exits 0, 1 or 2 with one line of error (${NUM_RUNS} cases, seed ${SEED})`, async () => {
    console.log(`CLI fuzz: seed ${SEED} (set FUZZ_SEED to change it), files in ${dir}`);
    const statuses = new Map<number, number>();
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(cliCase, async (test) => {
        const argv = argvOf(test);
        const run = await smi(argv);
        cases += 1;
        statuses.set(run.status ?? -1, (statuses.get(run.status ?? -1) ?? 0) + 1);
        if (process.env.FUZZ_LOG) console.log(`FUZZLOG ${run.status} ${run.stderr.replace(/case-\d+/g, 'F').replace(/"[^"]*"/g, 'Q').slice(0, 90)}`);
        expectWellBehaved(argv, run);
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`CLI fuzz: ${cases} runs; exit statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(cases).toBeGreaterThanOrEqual(NUM_RUNS);
  }, 300_000);
});
