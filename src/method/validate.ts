/**
 * The meaning of a method description that is already typed as a {@link MethodDescription} (built in
 * code, a preset, or the output of `parseMethod`): what the type system cannot check — unique ids,
 * every indicator's stage exists, weights finite and ≥ 0 with a finite sum, a positive weight in each
 * stage that has indicators and among the stages, hotspotShare in (0, 0.5], the size limits and
 * (cheaply, for JavaScript callers) the enumerated options. A structural check by hand, so the
 * engine and a preset need no zod (which takes a tenth of a second to load); pure and fast (a few
 * loops: the engine calls it on every run). Throws a {@link SmiError} whose message is one sentence
 * naming the JSON path, what was expected and what was found.
 */
import { SmiError } from '../errors.js';
import type { MethodDescription } from './types.js';
import { AGGREGATION, DIRECTION, DOMAIN, HOTSPOT_SHARE, METHOD_LIMITS, MISSING_RULE, NORMALISATION, TIE_RULE, idsOf, listOr, type Vocabulary } from './vocabulary.js';

/**
 * Checks the meaning of a method description that is already typed (see the module comment for
 * the list of checks). Returns nothing; throws on the first problem.
 *
 * @throws SmiError with one sentence naming the JSON path.
 */
export function validateMethod(method: MethodDescription, source = 'method'): void {
  const fail = (message: string): SmiError => new SmiError(`${source}: ${message}`);
  if (typeof method !== 'object' || method === null || Array.isArray(method)) {
    throw fail(`the method must be an object (got ${describeValue(method)})`);
  }
  if (method.format !== 1) throw fail(`format must be 1 (got ${describeValue(method.format)})`);
  if (typeof method.id !== 'string' || method.id === '') throw fail(`id must be a non-empty string (got ${describeValue(method.id)})`);
  if (!Array.isArray(method.stages) || method.stages.length === 0) throw fail('stages must list at least one stage');
  if (!Array.isArray(method.indicators) || method.indicators.length === 0) throw fail('indicators must list at least one indicator');
  checkOneOf('normalisation', method.normalisation, NORMALISATION, fail);
  checkOneOf('aggregation', method.aggregation, AGGREGATION, fail);
  checkOneOf('missing', method.missing, MISSING_RULE, fail);
  checkOneOf('ties', method.ties, TIE_RULE, fail);
  const share = method.hotspotShare;
  if (typeof share !== 'number' || !(share > HOTSPOT_SHARE.min && share <= HOTSPOT_SHARE.max)) {
    throw fail(`hotspotShare must be a number greater than ${HOTSPOT_SHARE.min} and at most ${HOTSPOT_SHARE.max} (got ${describeValue(share)})`);
  }

  if (Array.isArray(method.stages) && method.stages.length > METHOD_LIMITS.stages) throw fail(`stages must have at most ${METHOD_LIMITS.stages} entries (got ${method.stages.length})`);
  if (Array.isArray(method.indicators) && method.indicators.length > METHOD_LIMITS.indicators) throw fail(`indicators must have at most ${METHOD_LIMITS.indicators} entries (got ${method.indicators.length.toLocaleString('en-GB')})`);
  const stageIndex = new Map<string, number>();
  method.stages.forEach((stage, i) => {
    const path = `stages[${i}]`;
    if (typeof stage !== 'object' || stage === null) throw fail(`${path} must be an object (got ${describeValue(stage)})`);
    if (typeof stage.id !== 'string' || stage.id === '') throw fail(`${path}.id must be a non-empty string (got ${describeValue(stage.id)})`);
    const previous = stageIndex.get(stage.id);
    if (previous !== undefined) throw fail(`${path}.id must be unique (${JSON.stringify(stage.id)} is also stages[${previous}].id)`);
    stageIndex.set(stage.id, i);
    checkWeight(`${path}.weight`, stage.weight, fail);
  });

  const indicatorIndex = new Map<string, number>();
  const stageHasIndicator = new Array<boolean>(method.stages.length).fill(false);
  const stageHasPositive = new Array<boolean>(method.stages.length).fill(false);
  method.indicators.forEach((indicator, i) => {
    const path = `indicators[${i}]`;
    if (typeof indicator !== 'object' || indicator === null) throw fail(`${path} must be an object (got ${describeValue(indicator)})`);
    if (typeof indicator.id !== 'string' || indicator.id === '') {
      throw fail(`${path}.id must be a non-empty string (got ${describeValue(indicator.id)})`);
    }
    const previous = indicatorIndex.get(indicator.id);
    if (previous !== undefined) throw fail(`${path}.id must be unique (${JSON.stringify(indicator.id)} is also indicators[${previous}].id)`);
    indicatorIndex.set(indicator.id, i);
    if (indicator.number !== undefined && !(Number.isInteger(indicator.number) && indicator.number >= 1)) {
      throw fail(`${path}.number must be a whole number ≥ 1 (got ${describeValue(indicator.number)})`);
    }
    const s = stageIndex.get(indicator.stage);
    if (s === undefined) {
      const ids = method.stages.map((stage) => JSON.stringify(stage.id));
      throw fail(`${path}.stage must be one of the stage ids ${listOr(ids)} (got ${describeValue(indicator.stage)})`);
    }
    checkOneOf(`${path}.direction`, indicator.direction, DIRECTION, fail);
    if (indicator.domain !== undefined) checkOneOf(`${path}.domain`, indicator.domain, DOMAIN, fail);
    checkWeight(`${path}.weight`, indicator.weight, fail);
    stageHasIndicator[s] = true;
    if (indicator.weight > 0) stageHasPositive[s] = true;
  });

  checkFiniteSum('the stage weights', method.stages.map((stage) => stage.weight), fail);
  method.stages.forEach((stage) => {
    const weights = method.indicators.filter((indicator) => indicator.stage === stage.id).map((indicator) => indicator.weight);
    checkFiniteSum(`the indicator weights of stage ${JSON.stringify(stage.id)}`, weights, fail);
  });

  let anyWeightedStage = false;
  method.stages.forEach((stage, i) => {
    if (stageHasIndicator[i] === true && stageHasPositive[i] !== true) {
      throw fail(`stages[${i}] (${JSON.stringify(stage.id)}) has indicators but none of them has a positive weight`);
    }
    if (stageHasIndicator[i] === true && stage.weight > 0) anyWeightedStage = true;
  });
  if (!anyWeightedStage) throw fail('stages must include at least one stage with a positive weight and at least one indicator');
}

function checkOneOf(path: string, value: unknown, vocabulary: Vocabulary, fail: (message: string) => SmiError): void {
  const allowed: readonly string[] = idsOf(vocabulary);
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw fail(`${path} must be ${listOr(allowed.map((a) => JSON.stringify(a)))} (got ${describeValue(value)})`);
  }
}

function checkWeight(path: string, value: unknown, fail: (message: string) => SmiError): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw fail(`${path} must be a finite number ≥ 0 (got ${describeValue(value)})`);
  }
}

/**
 * Each weight is finite, but their sum must be too: weights of 1e308 add up to Infinity, and every
 * normalised weight would be 0 (and every score 0).
 */
function checkFiniteSum(subject: string, weights: readonly number[], fail: (message: string) => SmiError): void {
  let total = 0;
  for (const weight of weights) total += weight;
  if (!Number.isFinite(total)) {
    throw fail(`${subject} must add up to a finite number (they add up to more than ${Number.MAX_VALUE.toExponential(3)}); use smaller weights, e.g. 1 and 2`);
  }
}

/** A short description of a found value for "(got …)". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const text = value.length > 40 ? `${value.slice(0, 37)}...` : value;
      return JSON.stringify(text);
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

