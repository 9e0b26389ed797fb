/**
 * The one builder of the open editions: runs an edition definition (./definitions.ts) for a year
 * on its geography. `open-2016` is OPEN_2016 in 2016; each year Y of the series is OPEN_SERIES in
 * Y, and `open-latest` is OPEN_SERIES in 2025. One `Inputs` shared by several years reads each
 * source file once.
 */
import type { Edition, EditionArea, ValueProvenance } from '../../edition/types.js';
import { median } from '../../stats/median.js';
import { loadGeography2016, loadGeography2025, type District2016 } from '../geography.js';
import { compareLaitYears, laitValue, laitYearKey, laitYears, matchLaitNames, upperTierCode, upperTierOf, type LaitData } from '../lait.js';
import { SMALL_AREA_SOURCES, adjustSmallAreas } from '../smallArea.js';
import { ownedPct, soc12Pct, sumOccupation, sumTenure } from '../sources/census.js';
import { elsAuthorityValues, elsPeriodLabel, elsPeriodOfYear, elsPeriods, type ElsTable, type ElsValue } from '../sources/els.js';
import { ks4Period, notSustainedPct, sumKs4Counts, type Ks4Counts } from '../sources/ks4.js';
import { AFFORDABILITY_RATIO_SHEET, ASHE8_SHEET, LWF_COLUMN, LWF_SHEET, backCast2016, type LivingWageRow } from '../sources/onsSpreadsheets.js';
import { SELECTIVE_HE_COLUMN } from '../sources/selectiveHe.js';
import { emptyArea, finishEdition, indicatorId, setValue, type IndicatorPlan } from './common.js';
import { LAIT_PREDECESSORS } from './definitions.js';
import { Inputs } from './inputs.js';
import { breakIn, editionSourceIds, levelIn, type EditionDefinition, type IndicatorSpec } from './spec.js';

/** What an edition is built as: its id, label and description (from the catalogue). */
export interface EditionHeader {
  id: string;
  label: string;
  description: string;
}

interface Context {
  inputs: Inputs;
  year: number;
  geography: '2016' | '2025';
  areas: EditionArea[];
  /** The 2016 districts that form (or are) an area. */
  partsOf: (area: EditionArea) => District2016[];
}

/** A value found for an area, with what the reader must know. */
interface Found {
  value: number | null;
  note?: string;
  carriedFromYear?: string;
  interval?: { lower: number; upper: number };
}

/** The year of the source a year Y takes: its label, and the label it is carried from (if not Y's). */
interface SourceYear {
  year: string;
  carriedFromYear?: string;
}

/** Builds `definition` for year Y with the given header; `inputs` may be shared between years. */
export async function buildDefinition(definition: EditionDefinition, year: number, header: EditionHeader, inputs: Inputs, smallAreaAdjustment: boolean): Promise<Edition> {
  const geography = await geographyOf(inputs, definition.geography);
  const areas = geography.areas.map(emptyArea);
  const ctx: Context = { inputs, year, geography: definition.geography, areas, partsOf: geography.partsOf };
  const plans: IndicatorPlan[] = [];
  const lait = await laitContext(ctx);
  for (const spec of definition.specs) plans.push(applySpec(ctx, spec, lait, smallAreaAdjustment));
  const adjustmentNote = adjustSmallAreas(areas, smallAreaAdjustment, { ks2: inputs.els('els-ks2-expected'), gcse: inputs.els('els-gcse-english-maths') }, year);
  return finishEdition({
    id: header.id,
    label: header.label,
    description: header.description + adjustmentNote,
    areas,
    plans,
    sourceIds: editionSourceIds(definition, year),
  });
}

async function geographyOf(inputs: Inputs, geography: '2016' | '2025'): Promise<{ areas: ReturnType<typeof loadGeography2016>; partsOf: (area: EditionArea) => District2016[] }> {
  const districts = inputs.districts().filter((d) => d.inSmi);
  if (geography === '2016') {
    const byCode = new Map(districts.map((d) => [d.code, d]));
    const areas = loadGeography2016(inputs.dataDir);
    return { areas, partsOf: (area) => [byCode.get(area.code)!] };
  }
  const constituents = new Map<string, District2016[]>();
  for (const d of districts) constituents.set(d.lad25cd, [...(constituents.get(d.lad25cd) ?? []), d]);
  return { areas: loadGeography2025(inputs.dataDir), partsOf: (area) => constituents.get(area.code) ?? [] };
}

interface LaitContext {
  data: LaitData;
  /** Upper-tier GSS code → LAIT name. */
  names: Map<string, string>;
}

async function laitContext(ctx: Context): Promise<LaitContext> {
  const data = await ctx.inputs.lait();
  return { data, names: matchLaitNames(upperTierOf(ctx.areas), data.authorities.keys(), ctx.geography) };
}

function applySpec(ctx: Context, spec: IndicatorSpec, lait: LaitContext, smallAreaAdjustment: boolean): IndicatorPlan {
  const level = levelIn(spec, ctx.year);
  const seriesBreak = breakIn(spec, ctx.year);
  const id = indicatorId(spec.number);
  const { source } = spec;
  const plan = (fields: { year: string; source: string | null; measure: string; note?: string }): IndicatorPlan => {
    const out: IndicatorPlan = { number: spec.number, level, year: fields.year, source: fields.source, measure: fields.measure, note: fields.note ?? spec.note };
    if (spec.label !== undefined && level === spec.level) out.label = spec.label;
    return out;
  };
  const set = (p: IndicatorPlan, find: (area: EditionArea) => Found): IndicatorPlan => {
    for (const area of ctx.areas) {
      const found = find(area);
      const provenance: ValueProvenance = { level, year: found.carriedFromYear !== undefined && spec.suppressed !== 'median-either-side' ? String(ctx.year) : p.year, source: p.source ?? '', measure: p.measure, note: found.note };
      if (found.carriedFromYear !== undefined) provenance.carriedFromYear = found.carriedFromYear;
      if (seriesBreak !== undefined) provenance.seriesBreak = seriesBreak;
      setValue(area, id, found.value, provenance);
      if (found.interval !== undefined && found.value !== null) area.intervals[id] = found.interval;
    }
    return p;
  };
  const fixed = (rule: IndicatorSpec['year']): SourceYear => {
    if (rule.kind !== 'fixed') throw new Error(`indicator ${spec.number}: expected a fixed year`);
    return rule.carried && rule.year !== String(ctx.year) ? { year: String(ctx.year), carriedFromYear: rule.year } : { year: rule.year };
  };
  const carriedNote = (y: SourceYear): string => (y.carriedFromYear === undefined ? '' : ` No data for ${ctx.year}: the values of ${y.carriedFromYear} are carried.`);

  switch (source.kind) {
    case 'missing': {
      const p = plan({ year: '', source: null, measure: '' });
      for (const area of ctx.areas) setValue(area, id, null, { level: 'missing', year: '', source: '', measure: '', note: spec.note });
      return p;
    }
    case 'lait': {
      const y = laitYearFor(lait.data, source.measure, ctx.year);
      const adjusted = smallAreaAdjustment && id in SMALL_AREA_SOURCES;
      const detail = source.measure === 'HE_19_FSM' ? ` (entry in ${(y.carriedFromYear ?? y.year).replace('-', '/')})` : '';
      const note = `LAIT ${source.measure} (${source.what}${detail}, upper tier); districts inherit their county's value; a council that did not exist takes the value of its predecessor authority.${carriedNote(y)}${adjusted ? ADJUSTED_LAIT_NOTE : ''}`;
      const used = y.carriedFromYear ?? y.year;
      const p = plan({ year: used, source: 'lait', measure: source.measure, note });
      return set(p, (area) => ({ ...laitFor(lait, source.measure, used, area), carriedFromYear: y.carriedFromYear }));
    }
    case 'ks4': {
      const all = ctx.inputs.ks4();
      const wanted = `${ctx.year - 1}${String(ctx.year).slice(2)}`;
      const latest = [...all.keys()].filter((period) => period <= wanted).sort().at(-1) ?? wanted;
      const y: SourceYear = latest === wanted ? { year: ks4Label(wanted) } : { year: String(ctx.year), carriedFromYear: ks4Label(latest) };
      const counts = ks4Period(all, latest);
      const p = plan({ year: y.carriedFromYear ?? y.year, source: 'ks4-destinations', measure: `all_notsust / cohort × 100 (time_period ${latest}, state-funded mainstream schools, breakdown Total)`, note: spec.note + carriedNote(y) });
      return set(p, (area) => {
        const found = ks4For(ctx, counts, area, latest);
        const value = found.row === undefined ? null : notSustainedPct(found.row);
        return { value, note: value === null ? `${found.note ? `${found.note} ` : ''}No row or suppressed in the source.` : found.note, carriedFromYear: y.carriedFromYear };
      });
    }
    case 'els': {
      const sourceId = source.sourceIds[0];
      const table = ctx.inputs.els(sourceId);
      const own = elsPeriodOfYear(table, String(ctx.year));
      const period = own ?? elsPeriods(table).filter((p) => Number(elsPeriodLabel(p)) < ctx.year).at(-1)!;
      const y: SourceYear = own !== undefined ? { year: elsPeriodLabel(period) } : { year: String(ctx.year), carriedFromYear: elsPeriodLabel(period) };
      const values = elsAuthorityValues(table, period);
      const p = plan({ year: y.carriedFromYear ?? y.year, source: sourceId, measure: `observation (${source.measure}), period ${period}`, note: spec.note + carriedNote(y) });
      return set(p, (area) => {
        const { entry, note } = entryForCouncil(values, area);
        const value = entry?.value ?? null;
        const found: Found = { value, note: value === null ? (entry === undefined ? 'No row in the source.' : 'Suppressed in the source.') : note, carriedFromYear: y.carriedFromYear };
        if (source.intervals && entry?.lower != null && entry.upper != null) found.interval = { lower: entry.lower, upper: entry.upper };
        return found;
      });
    }
    case 'weekly-pay-2016':
      return set(plan({ year: 'April 2016', source: 'els-weekly-pay', measure: `observation (gross median weekly pay of employees by place of residence, £), period 2016; missing districts: sheet ${ASHE8_SHEET} of ASHE table 8.1a 2017, median ÷ (1 + % change ÷ 100)` }), (area) => weeklyPay2016(ctx, area));
    case 'affordability-2018': {
      const { ratio } = ctx.inputs.affordability2018();
      const p = plan({ year: String(ctx.year), source: 'ons-affordability-2018', measure: `sheet ${AFFORDABILITY_RATIO_SHEET}: median house price ÷ median gross annual residence-based earnings`, note: `${spec.note} ${SUPPRESSED_NOTE}` });
      return set(p, (area) => withMedianEitherSide(ctx.year, (year) => ratio.byCode.get(area.code)?.get(year) ?? null, 'No row or suppressed in the source.'));
    }
    case 'living-wage': {
      const lwf = ctx.inputs.livingWage();
      const y = fixed(spec.year);
      const p = plan({ year: y.carriedFromYear ?? y.year, source: 'ons-lwf-2022', measure: `sheet ${LWF_SHEET}, column "${LWF_COLUMN}": % of employee jobs paid below the Living Wage Foundation rate (workplace)`, note: spec.note + carriedNote(y) });
      return set(p, (area) => {
        const { row, notes } = spec.area === 'successor-2022' ? lwfSuccessor(ctx, lwf, area) : lwfCounty(ctx, lwf, area);
        if (row !== undefined && row.percent === null) notes.push('Suppressed in the source (estimate unreliable).');
        return { value: row?.percent ?? null, note: notes.join(' ') || undefined, carriedFromYear: y.carriedFromYear };
      });
    }
    case 'occupation': {
      const census2011 = ctx.year <= 2020;
      const sourceId = census2011 ? 'census-2011-ks608ew' : 'census-2021-ts063';
      const counts = ctx.inputs.occupation(sourceId);
      const p = plan({ year: census2011 ? '2011' : '2021', source: sourceId, measure: `(SOC ${census2011 ? '2010' : '2020'} major groups 1 + 2) ÷ all residents ${census2011 ? 'aged 16–74' : 'aged 16 and over'} in employment × 100` });
      return set(p, (area) => {
        if (census2011) return summed(ctx, area, (codes) => sumOccupation(counts, codes), soc12Pct, '2016');
        const { entry, note } = entryForCouncil(counts, area);
        return { value: entry === undefined ? null : soc12Pct(entry), note: entry === undefined ? 'No row in the source.' : note };
      });
    }
    case 'tenure': {
      const census2011 = ctx.year <= 2020;
      const sourceId = census2011 ? 'census-2011-qs405ew' : 'census-2021-ts054';
      const counts = ctx.inputs.tenure(sourceId);
      const measure = census2011 ? '"Tenure: Owned: Total" ÷ "Tenure: All categories" × 100 (households)' : '"Tenure of household: Owned" ÷ "Tenure of household: Total: All households" × 100';
      const p = plan({ year: census2011 ? '2011' : '2021', source: sourceId, measure });
      return set(p, (area) => summed(ctx, area, (codes) => sumTenure(counts, codes), ownedPct, census2011 ? '2016' : '2021'));
    }
    case 'selective-he': {
      const rates = ctx.inputs.selectiveHe();
      const y = fixed(spec.year);
      const p = plan({ year: y.carriedFromYear ?? y.year, source: 'dfe-wp-selective-he', measure: `${SELECTIVE_HE_COLUMN} (time_period 202021, entry by 19, FSM, high tariff)`, note: spec.note + carriedNote(y) });
      return set(p, (area) => ({ ...selectiveHeFor(ctx, rates, area), carriedFromYear: y.carriedFromYear }));
    }
  }
}

const ADJUSTED_LAIT_NOTE =
  ' Districts of two-tier counties carry the level "estimated": the small-area adjustment scales the county FSM value by the district/county ratio of an all-pupil measure.';

const SUPPRESSED_NOTE = 'A value suppressed in its year is the median of the values published for the two years either side, flagged as carried.';

const ks4Label = (period: string): string => `${period.slice(0, 4)}/${period.slice(4)}`;

/**
 * The LAIT year label for year Y: the one that ends in Y (`2016`, `2015-16`, `2018 (Rev)`) among
 * the years with data; none ending in Y → the latest earlier one, carried.
 */
export function laitYearFor(data: LaitData, measure: string, year: number): SourceYear {
  const table = data.values.get(measure)!;
  const withData = laitYears(data, measure).filter((label) => [...table.get(label)!.values()].some((v) => v !== null));
  const exact = withData.filter((label) => laitYearKey(label)[0] === year && laitYearKey(label)[0] - laitYearKey(label)[1] <= 1);
  if (exact.length > 0) return { year: exact.sort(compareLaitYears).at(-1)! };
  const earlier = withData.filter((label) => laitYearKey(label)[0] < year).at(-1);
  return earlier === undefined ? { year: String(year) } : { year: String(year), carriedFromYear: earlier };
}

function laitFor(lait: LaitContext, measure: string, year: string, area: EditionArea): Found {
  const upper = upperTierCode(area);
  const name = lait.names.get(upper);
  if (name === undefined) throw new Error(`No LAIT name for the upper-tier authority ${upper} of ${area.code}.`);
  const whose = area.countyCode !== null ? `Value of ${area.county} (${area.countyCode}), the upper-tier authority, inherited by each of its districts` : `Value of the authority itself as an upper-tier authority`;
  const value = laitValue(lait.data, measure, year, name);
  if (value !== null) return { value, note: `${whose} (LAIT name "${name}").` };
  const predecessors = LAIT_PREDECESSORS[name];
  if (predecessors !== undefined) {
    const values = predecessors.map((p) => laitValue(lait.data, measure, year, p)).filter((v): v is number => v !== null);
    if (values.length > 0) {
      const how = predecessors.length > 1 ? `the mean of the values of ${predecessors.map((p) => `"${p}"`).join(' and ')}` : `"${predecessors[0]}"`;
      return { value: values.reduce((a, b) => a + b, 0) / values.length, note: `Value of its predecessor authority: LAIT publishes no value for "${name}" in ${year}, so ${how} is used.` };
    }
  }
  return { value: null, note: `${whose} (LAIT name "${name}"). Suppressed or not published for ${name} in ${year}.` };
}

/** Code vintages of the lookup, newest first, for finding a council's districts as a file codes them. */
const VINTAGES = ['lad23cd', 'lad21cd', 'lad20cd', 'lad19cd', 'code'] as const;

function ks4For(ctx: Context, counts: ReadonlyMap<string, Ks4Counts>, area: EditionArea, period: string): { row: Ks4Counts | undefined; note?: string } {
  const own = counts.get(area.code);
  if (own !== undefined || ctx.geography === '2016') return { row: own };
  const parts = ctx.partsOf(area);
  for (const vintage of VINTAGES) {
    const codes = [...new Set(parts.map((p) => p[vintage]))];
    const rows = codes.map((code) => counts.get(code));
    if (codes.length > 0 && rows.every((r): r is Ks4Counts => r !== undefined)) {
      const note = codes.length === 1 ? `Published under its former code ${codes[0]}, which covers the same area.` : `Counts summed over the ${period} rows of ${codes.join(', ')}, the districts that formed the council's area that year.`;
      return { row: sumKs4Counts(rows), note };
    }
  }
  return { row: undefined };
}

/**
 * A council's entry in a table on current codes; a council that was only recoded (one
 * predecessor with another code, e.g. Barnsley E08000016 → E08000038) may still be published
 * under its former code, which covers the same area.
 */
function entryForCouncil<T>(values: ReadonlyMap<string, T>, area: EditionArea): { entry: T | undefined; note?: string } {
  const own = values.get(area.code);
  if (own !== undefined) return { entry: own };
  const [former] = area.predecessorCodes;
  if (area.predecessorCodes.length === 1 && former !== undefined && former !== area.code && values.has(former)) {
    return { entry: values.get(former), note: `Published under its former code ${former}, which covers the same area.` };
  }
  return { entry: undefined };
}

/** Counts summed over the districts forming an area, as coded in `vintage` (2016 or 2021 codes). */
function summed<T>(ctx: Context, area: EditionArea, sum: (codes: string[]) => T | undefined, pct: (counts: T) => number | null, vintage: '2016' | '2021'): Found {
  const codes = [...new Set(ctx.partsOf(area).map((p) => (vintage === '2016' ? p.code : p.lad21cd)))];
  const counts = sum(codes);
  if (counts === undefined) return { value: null, note: codes.length > 1 ? 'A district forming the council has no row in the source.' : 'No row in the source.' };
  return { value: pct(counts), note: codes.length > 1 ? `Counts summed over the ${vintage} districts ${codes.join(', ')}.` : undefined };
}

/**
 * A value of year Y, or — suppressed in Y — the median of the values published for the two
 * years either side (Y−2, Y−1, Y+1, Y+2), flagged as carried with the years used.
 */
function withMedianEitherSide(year: number, valueIn: (year: number) => number | null, noneNote: string): Found {
  const own = valueIn(year);
  if (own !== null) return { value: own };
  const around = [year - 2, year - 1, year + 1, year + 2].map((y) => [y, valueIn(y)] as const).filter((pair): pair is readonly [number, number] => pair[1] !== null);
  if (around.length === 0) return { value: null, note: noneNote };
  const years = around.map(([y]) => String(y));
  return {
    value: median(around.map(([, v]) => v)),
    carriedFromYear: years.join(', '),
    note: `Suppressed in ${year}: the median of the values published for ${years.join(', ')} (the two years either side).`,
  };
}

/** The ELS values of each year, per table read (so that each area does not index the table again). */
const ELS_BY_YEAR = new WeakMap<ElsTable, Map<number, ReadonlyMap<string, ElsValue>>>();

/** 12 in open-2016: the ELS series in April 2016; a district it lacks back-cast from the 2017 table. */
function weeklyPay2016(ctx: Context, area: EditionArea): Found {
  const table = ctx.inputs.els('els-weekly-pay');
  let byYear = ELS_BY_YEAR.get(table);
  if (byYear === undefined) ELS_BY_YEAR.set(table, (byYear = new Map()));
  const valuesIn = (year: number): ReadonlyMap<string, ElsValue> => {
    if (!byYear.has(year)) {
      const period = elsPeriodOfYear(table, String(year));
      byYear.set(year, period === undefined ? new Map() : elsAuthorityValues(table, period));
    }
    return byYear.get(year)!;
  };
  if (valuesIn(ctx.year).has(area.code)) {
    return withMedianEitherSide(ctx.year, (year) => valuesIn(year).get(area.code)?.value ?? null, 'Suppressed in the source.');
  }
  const row = ctx.inputs.ashe2017().get(area.code);
  const value = backCast2016(row);
  if (value === null) return { value: null, note: 'Not in the ONS series (merged since 2019), and suppressed in ASHE table 8 of 2017.' };
  return { value, note: `Not in the ONS series on current codes (merged since 2019): back-cast from ASHE table 8.1a of 2017, £${row!.median} ÷ (1 + ${row!.change}% ÷ 100).` };
}

function lwfSuccessor(ctx: Context, lwf: ReadonlyMap<string, LivingWageRow>, area: EditionArea): { row: LivingWageRow | undefined; notes: string[] } {
  const code2022 = ctx.partsOf(area)[0]?.lad21cd ?? area.code;
  const row = lwf.get(code2022);
  const notes: string[] = [];
  if (code2022 !== area.code) notes.push(`Merged by 2022: the value of its 2022 council ${row?.name ?? code2022} (${code2022}).`);
  if (row === undefined) notes.push(`No row for ${code2022} in the source.`);
  return { row, notes };
}

function lwfCounty(ctx: Context, lwf: ReadonlyMap<string, LivingWageRow>, area: EditionArea): { row: LivingWageRow | undefined; notes: string[] } {
  const own = lwf.get(area.code);
  if (own !== undefined) return { row: own, notes: [] };
  const parts = new Set(ctx.partsOf(area).map((p) => p.code));
  const members = new Map<string, Set<string>>();
  for (const d of ctx.inputs.districts()) if (d.inSmi && d.countyCode !== null) members.set(d.countyCode, new Set([...(members.get(d.countyCode) ?? []), d.code]));
  const county = [...members].find(([, codes]) => codes.size === parts.size && [...codes].every((code) => parts.has(code)))?.[0];
  const row = county === undefined ? undefined : lwf.get(county);
  if (county === undefined || row === undefined) return { row: undefined, notes: ['The council did not exist in 2022 and no 2022 area matches it.'] };
  return { row, notes: [`The council's area is exactly the 2022 county of ${row.name} (${county}); its row is used.`] };
}

function selectiveHeFor(ctx: Context, rates: ReadonlyMap<string, number | null>, area: EditionArea): Found {
  const upper = upperTierCode(area);
  if (rates.has(upper)) {
    const value = rates.get(upper)!;
    return { value, note: value === null ? 'Suppressed in the source.' : upper === area.code ? 'Value of the authority itself as an upper-tier authority.' : `Value of ${area.county} (${upper}), the upper-tier authority.` };
  }
  const { entry, note } = entryForCouncil(rates, area);
  if (entry !== undefined || note !== undefined) return { value: entry ?? null, note };
  const counties = [...new Set(ctx.partsOf(area).map((p) => p.countyCode).filter((c): c is string => c !== null))];
  const [county] = counties;
  if (counties.length === 1 && county !== undefined && rates.has(county)) {
    const value = rates.get(county)!;
    return { value, note: `The council did not exist in 2020/21: the value of the county it was carved from (${county}).` };
  }
  return { value: null, note: 'No row in the source for the council or the county it was carved from.' };
}
