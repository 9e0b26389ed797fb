/**
 * Step 1 of the engine: check the input and lay it out in columns, in a canonical area order.
 */
import { NothingToRankError, SmiError } from '../errors.js';
import type { MethodDescription } from '../method/types.js';
import type { AreaInput } from './types.js';
import { floatColumns } from './columns.js';
import { domainOf, domainProblem, inDomain } from '../method/domain.js';

/**
 * The input laid out in columns. "Canonical order" is the areas sorted by code (UTF-16 code
 * units, as JavaScript's default string sort; for GSS codes, alphabetical): every later step works
 * in this order, so sums are always taken in the same order and results never depend on the
 * order of the input. Indicators and stages are in method order. Missing values are NaN (the input
 * cannot contain NaN: it is rejected).
 */
export interface PreparedIndex {
  method: MethodDescription;
  /** Number of areas. */
  n: number;
  /** Area codes and names in canonical order. */
  codes: string[];
  names: string[];
  /** inputIndex[c] = position in the input of the area at canonical position c. */
  inputIndex: Int32Array;
  /** Indicator ids in method order (all of them, absent ones too). */
  indicatorIds: string[];
  /** Stage index (into method.stages) of each indicator. */
  indicatorStage: Int32Array;
  /** Indicator weights w and stage weights W, as in the method. */
  indicatorWeights: Float64Array;
  stageWeights: Float64Array;
  /** values[i][c]: raw value of indicator i for the area at canonical position c; NaN = missing. */
  values: Float64Array[];
  /** Number of areas with a value, per indicator. */
  presentCount: Int32Array;
  /**
   * 1 for indicators left out everywhere ("absent"): those with no value in any area, and those
   * with no spread (two or more values, all equal: an indicator that does not differ between areas
   * cannot rank them, and its constant score would only dilute its stage).
   */
  indicatorAbsent: Uint8Array;
  /** Per stage, the indices of its indicators that are not absent (method order, any weight). */
  stageIndicators: Int32Array[];
  /**
   * 1 for stages with no non-absent indicator of positive weight ("absent"): they are left out of
   * the overall score.
   */
  stageAbsent: Uint8Array;
  /** Ids of the absent indicators and stages, in method order. */
  absentIndicators: string[];
  absentStages: string[];
  /** Why each absent indicator is left out, in method order. */
  leftOut: LeftOutIndicator[];
}

/** An indicator the engine leaves out, and why. */
export interface LeftOutIndicator {
  indicator: string;
  /** "no area has a value", or "no spread: every area with a value has 50". */
  reason: string;
}

/**
 * Checks the areas and builds the columns. Does not validate the method itself (see
 * `validateMethod`); does not change its arguments.
 *
 * @throws SmiError for a duplicate area code, a value that is not a finite number or null, or
 *   when no stage with a positive weight has any value (no overall score could be computed).
 */
export function prepare(method: MethodDescription, areas: readonly AreaInput[]): PreparedIndex {
  const n = areas.length;
  const order = canonicalOrder(areas);
  const inputIndex = Int32Array.from(order);
  const codes = order.map((i) => (areas[i] as AreaInput).code);
  const names = order.map((i) => (areas[i] as AreaInput).name);

  const stagePosition = new Map(method.stages.map((stage, k) => [stage.id, k]));
  const m = method.indicators.length;
  const indicatorIds = method.indicators.map((indicator) => indicator.id);
  const indicatorStage = Int32Array.from(method.indicators, (indicator) => stagePosition.get(indicator.stage) ?? -1);
  const indicatorWeights = Float64Array.from(method.indicators, (indicator) => indicator.weight);
  const stageWeights = Float64Array.from(method.stages, (stage) => stage.weight);

  const values = floatColumns(m, n, 0);
  // each area's values, in canonical order
  const records = order.map((i) => (areas[i] as AreaInput).values);
  const presentCount = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const id = indicatorIds[i] as string;
    const column = values[i]!;
    const domain = domainOf(method.indicators[i]!);
    let present = 0;
    for (let c = 0; c < n; c++) {
      const record = records[c] as AreaInput['values'];
      let raw: unknown = record?.[id];
      // A number or null can only be the area's own property; anything else may be inherited
      // (an indicator id such as "toString"), and only an own property is the area's value.
      if (raw !== undefined && raw !== null && typeof raw !== 'number' && !Object.hasOwn(record, id)) raw = undefined;
      if (raw === null || raw === undefined) {
        column[c] = NaN;
      } else if (typeof raw === 'number' && Number.isFinite(raw)) {
        if (!inDomain(raw, domain)) throw new SmiError(`area ${codes[c]} (${names[c]}): ${domainProblem(method.indicators[i]!, raw)}`);
        column[c] = raw;
        present++;
      } else {
        const got = typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : typeof raw === 'string' ? JSON.stringify(raw) : `a ${typeof raw}`;
        throw new SmiError(`area ${codes[c]}: the value of indicator "${id}" must be a finite number or null (got ${got})`);
      }
    }
    presentCount[i] = present;
  }

  const leftOut: LeftOutIndicator[] = [];
  const indicatorAbsent = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    const reason = leftOutReason(values[i]!);
    if (reason === null) continue;
    leftOut.push({ indicator: indicatorIds[i]!, reason });
    indicatorAbsent[i] = 1;
  }
  const members: number[][] = method.stages.map(() => []);
  for (let i = 0; i < m; i++) {
    if (indicatorAbsent[i] === 0) members[indicatorStage[i]!]?.push(i);
  }
  const stageIndicators = members.map((list) => Int32Array.from(list));
  const layout = { n, codes, names, inputIndex, indicatorIds, indicatorStage, values, presentCount, indicatorAbsent, stageIndicators, leftOut };
  return withWeights(layout, method, indicatorWeights, stageWeights);
}

/**
 * The prepared input under another method of the same structure (see {@link sameStructure}): the
 * same columns and canonical order, the method's weights and choices. What a re-run with changed
 * weights, normalisation, aggregation, missing-value rule, tie rule or hotspot share starts from,
 * without reading the areas again.
 *
 * @throws SmiError as {@link prepare} when no stage of positive weight has a value;
 *   Error when the method's structure differs (a bug of the caller).
 */
export function withMethod(prepared: PreparedIndex, method: MethodDescription): PreparedIndex {
  if (!sameStructure(prepared.method, method)) throw new Error(`withMethod: method ${method.id} has another structure than ${prepared.method.id}`);
  return withWeights(
    prepared,
    method,
    Float64Array.from(method.indicators, (indicator) => indicator.weight),
    Float64Array.from(method.stages, (stage) => stage.weight),
  );
}

/**
 * True when two methods have the same stages (ids, in order) and the same indicators (ids,
 * stages and directions, in order): then they read the same columns, and differ only in what
 * {@link withMethod} can change.
 */
export function sameStructure(a: MethodDescription, b: MethodDescription): boolean {
  if (a === b) return true;
  if (a.stages.length !== b.stages.length || a.indicators.length !== b.indicators.length) return false;
  if (a.stages.some((stage, k) => stage.id !== b.stages[k]!.id)) return false;
  return a.indicators.every((indicator, i) => {
    const other = b.indicators[i]!;
    return indicator.id === other.id && indicator.stage === other.stage && indicator.direction === other.direction;
  });
}

/**
 * Stages with no non-absent indicator of positive weight: 1 = absent. Depends only on which
 * indicator weights are positive.
 */
export function absentStages(stageIndicators: readonly Int32Array[], indicatorWeights: ArrayLike<number>, out = new Uint8Array(stageIndicators.length)): Uint8Array {
  for (let k = 0; k < stageIndicators.length; k++) {
    const members = stageIndicators[k]!;
    let absent = 1;
    for (let j = 0; j < members.length; j++) if ((indicatorWeights[members[j]!] as number) > 0) absent = 0;
    out[k] = absent;
  }
  return out;
}

/**
 * The SmiError of a method that leaves nothing to score: no stage of positive weight has an
 * indicator of positive weight with a value anywhere (or there are no areas). Null when there is one.
 */
export function nothingToScore(n: number, stageAbsent: ArrayLike<number>, stageWeights: ArrayLike<number>): SmiError | null {
  for (let k = 0; k < stageAbsent.length; k++) if (stageAbsent[k] === 0 && (stageWeights[k] as number) > 0) return null;
  return new SmiError(
    n === 0
      ? 'there are no areas to rank'
      : 'no stage with a positive weight has any indicator value, so no overall score can be computed',
  );
}

type Layout = Pick<PreparedIndex, 'n' | 'codes' | 'names' | 'inputIndex' | 'indicatorIds' | 'indicatorStage' | 'values' | 'presentCount' | 'indicatorAbsent' | 'stageIndicators' | 'leftOut'>;

/**
 * Why the engine leaves out a value column (NaN = missing), or null when it is used: "no area has
 * a value", or, for two or more values all equal, "no spread: every area with a value has 50".
 * What-if asks it of a changed column to know whether the left-out set changes (analysis/recompute.ts).
 */
export function leftOutReason(column: ArrayLike<number>): string | null {
  let first = NaN;
  let count = 0;
  for (let c = 0; c < column.length; c++) {
    const x = column[c]!;
    if (Number.isNaN(x)) continue;
    if (count > 0 && x !== first) return null;
    first = x;
    count++;
  }
  if (count === 0) return 'no area has a value';
  return count === 1 ? null : `no spread: every area with a value has ${first}`;
}

function withWeights(layout: Layout, method: MethodDescription, indicatorWeights: Float64Array, stageWeights: Float64Array): PreparedIndex {
  const { n, codes, names, inputIndex, indicatorIds, indicatorStage, values, presentCount, indicatorAbsent, stageIndicators, leftOut } = layout;
  const stageAbsent = absentStages(stageIndicators, indicatorWeights);
  const problem = nothingToScore(n, stageAbsent, stageWeights);
  if (problem !== null) {
    const flat = leftOut.filter((entry) => entry.reason.startsWith('no spread'));
    if (n > 0 && flat.length > 0) {
      const values = flat.map((entry) => `${entry.indicator} ${entry.reason.replace('no spread: every area with a value has ', '')}`).join(', ');
      throw new NothingToRankError(`every indicator with values has the same value in every area (${values}), so there is nothing to rank the areas by; check that the values differ between areas`);
    }
    throw problem;
  }
  return {
    method,
    n,
    codes,
    names,
    inputIndex,
    indicatorIds,
    indicatorStage,
    indicatorWeights,
    stageWeights,
    values,
    presentCount,
    indicatorAbsent,
    stageIndicators,
    stageAbsent,
    absentIndicators: indicatorIds.filter((_, i) => indicatorAbsent[i] === 1),
    absentStages: method.stages.filter((_, k) => stageAbsent[k] === 1).map((stage) => stage.id),
    leftOut,
  };
}

/**
 * Checks the area codes (in input order: the first bad or repeated code is the one reported) and
 * returns the input positions sorted by code. While the codes are strictly increasing, as in
 * editions, they can have no duplicate and are already sorted: only after the first step down
 * does it keep a Set of the codes seen and, at the end, sort.
 */
function canonicalOrder(areas: readonly AreaInput[]): number[] {
  const n = areas.length;
  let seen: Set<string> | null = null;
  for (let a = 0; a < n; a++) {
    const area = areas[a];
    if (typeof area !== 'object' || area === null || typeof area.code !== 'string' || area.code === '') {
      throw new SmiError('every area must have a non-empty string code');
    }
    if (seen === null && a > 0 && !((areas[a - 1] as AreaInput).code < area.code)) {
      seen = new Set<string>();
      for (let b = 0; b < a; b++) seen.add((areas[b] as AreaInput).code);
    }
    if (seen !== null) {
      if (seen.has(area.code)) throw new SmiError(`area code "${area.code}" appears more than once in the input`);
      seen.add(area.code);
    }
  }
  const order = new Array<number>(n);
  for (let a = 0; a < n; a++) order[a] = a;
  if (seen !== null) {
    order.sort((a, b) => {
      const ca = (areas[a] as AreaInput).code;
      const cb = (areas[b] as AreaInput).code;
      return ca < cb ? -1 : ca > cb ? 1 : 0;
    });
  }
  return order;
}
