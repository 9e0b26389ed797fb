/**
 * Method choices (the parameters `weights`, `normalise`, `aggregate` and `missing`: flags of the
 * CLI, query parameters of the API and the web app's URL) applied to a {@link MethodDescription},
 * giving a new, valid description.
 *
 * ## Weights
 * `weights` is a comma list of `<id>=<number>` where each id is a stage id or an indicator id of
 * the method, e.g. `school=2,fsm-ks2-rwm=0`. The given weights replace the method's, then every
 * group is normalised to sum to 1: the stage weights together, and the indicator weights of each
 * stage together. So `school=2` on four equal stages gives stage weights 1/5, 2/5, 1/5, 1/5, and
 * `fsm-ks2-rwm=3` in a school stage of four equal indicators gives 3/6 to it and 1/6 to each other.
 * The engine divides by the sum of the weights anyway (see computeIndex.ts), so normalising never
 * changes a result except in the last bit of rounding; it makes the description say what it does.
 * Without `weights` the weights are left exactly as they are, so the default method gives
 * exactly the default results.
 *
 * Rejected, with a {@link ParameterError} of `weights` naming the id: an entry that is not `id=number`, a
 * non-numeric, infinite or negative weight, an id that is neither a stage nor an indicator, an id
 * given twice, and a group left with no positive weight: every stage weight 0, or every indicator
 * of a stage that has data (`presentIndicators`) weighted 0. The weights are a map from id to
 * number, so the order in which they are given does not matter.
 *
 * ## Other choices
 * `normalisation`, `aggregation` and `missing` replace the method's (see method/types.ts).
 *
 * @example
 * applyChoices(SMI_2017, { weights: parseWeights('school=2'), normalisation: 'minmax' })
 * // stages: early-years 0.2, school 0.4, youth 0.2, adulthood 0.2; indicators 0.25 or 0.5 each
 * // within their stage (2 or 4 per stage), normalisation "minmax", id "smi-2017-modified"
 */
import { ParameterError } from '../errors.js';
import type { Aggregation, MethodDescription, MissingRule, Normalisation } from './types.js';
import { DECIMAL_NUMBER, METHOD_CHOICE_PARAMETERS, isChoice, idsOf, listAnd } from './vocabulary.js';

export interface MethodChoices {
  /** Weights by stage or indicator id (see {@link parseWeights}). */
  weights?: Readonly<Record<string, number>>;
  normalisation?: Normalisation;
  aggregation?: Aggregation;
  missing?: MissingRule;
}

/**
 * Parses `id=number,id=number,…` into a map (without a prototype, so that an id such as
 * "constructor" is just an id). Spaces around ids and numbers are ignored.
 *
 * @throws ParameterError (`weights`) for an empty list or entry, a missing "=", a weight that is
 *   not a finite decimal number ≥ 0, or an id given twice.
 */
export function parseWeights(text: string): Record<string, number> {
  const weights: Record<string, number> = Object.create(null) as Record<string, number>;
  if (text.trim() === '') throw new ParameterError('weights', 'give a list like school=2,fsm-ks2-rwm=0.');
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    const eq = entry.indexOf('=');
    if (entry === '' || eq <= 0) {
      throw new ParameterError('weights', `"${entry}" is not of the form <stage-or-indicator-id>=<number> (e.g. school=2).`);
    }
    const id = entry.slice(0, eq).trim();
    const number = entry.slice(eq + 1).trim();
    if (!DECIMAL_NUMBER.test(number) || !Number.isFinite(Number(number))) {
      throw new ParameterError('weights', `the weight of "${id}" must be a number (got "${number}").`);
    }
    const weight = Number(number);
    if (weight < 0) throw new ParameterError('weights', `the weight of "${id}" must not be negative (got ${number}).`);
    if (Object.hasOwn(weights, id)) throw new ParameterError('weights', `"${id}" is given twice.`);
    weights[id] = weight === 0 ? 0 : weight; // −0 → 0
  }
  return weights;
}

/** The raw method-choice parameters as given (flags or query parameters); absent = not changed. */
export interface MethodChoiceText {
  weights?: string | undefined;
  normalise?: string | undefined;
  aggregate?: string | undefined;
  missing?: string | undefined;
}

/**
 * The choices named by the parameters, each checked against the vocabulary.
 *
 * @throws ParameterError naming the parameter and listing the allowed values.
 */
export function parseMethodChoices(text: MethodChoiceText): MethodChoices {
  const pick = <Id extends string>(name: keyof typeof METHOD_CHOICE_PARAMETERS, value: string | undefined): Id | undefined => {
    if (value === undefined) return undefined;
    const vocabulary = METHOD_CHOICE_PARAMETERS[name];
    if (!isChoice(vocabulary, value)) throw new ParameterError(name, `must be one of ${idsOf(vocabulary).join(', ')} (got "${value}").`);
    return value as Id;
  };
  return {
    weights: text.weights === undefined ? undefined : parseWeights(text.weights),
    normalisation: pick<Normalisation>('normalise', text.normalise),
    aggregation: pick<Aggregation>('aggregate', text.aggregate),
    missing: pick<MissingRule>('missing', text.missing),
  };
}

/** True when the choices would change the method. */
export function hasChoices(choices: MethodChoices): boolean {
  return choices.weights !== undefined || choices.normalisation !== undefined || choices.aggregation !== undefined || choices.missing !== undefined;
}

/**
 * The choices as parameter/value pairs, in a fixed order (weights sorted by id), e.g.
 * `[["weights", "school=2"], ["normalise", "minmax"]]`: the CLI writes them as flags, the API and
 * the web app as a query string.
 */
export function choiceParameters(choices: MethodChoices): Array<[keyof MethodChoiceText, string]> {
  const parts: Array<[keyof MethodChoiceText, string]> = [];
  if (choices.weights !== undefined) {
    const list = Object.keys(choices.weights).sort().map((id) => `${id}=${choices.weights![id]}`);
    parts.push(['weights', list.join(',')]);
  }
  if (choices.normalisation !== undefined) parts.push(['normalise', choices.normalisation]);
  if (choices.aggregation !== undefined) parts.push(['aggregate', choices.aggregation]);
  if (choices.missing !== undefined) parts.push(['missing', choices.missing]);
  return parts;
}

/** The choices in words, "weights school=2, normalise minmax"; "" for none. */
export function describeChoices(choices: MethodChoices): string {
  return choiceParameters(choices).map(([name, value]) => `${name} ${value}`).join(', ');
}

export interface ApplyOptions {
  /**
   * Ids of the indicators that have a value for at least one area of the dataset. When given, a
   * stage whose indicators *with data* all weigh 0 is rejected (it would silently drop out of the
   * index); when absent every indicator counts as present.
   */
  presentIndicators?: ReadonlySet<string>;
}

/**
 * A new method description with the choices applied (see the module comment); the input is not
 * changed. With no choices the input itself is returned.
 *
 * @throws ParameterError (`weights`) naming the id for an unknown id, a stage id that is also an indicator id,
 *   or a group of weights left with no positive weight.
 */
export function applyChoices(method: MethodDescription, choices: MethodChoices, options: ApplyOptions = {}): MethodDescription {
  if (!hasChoices(choices)) return method;
  const out = structuredClone(method);
  if (choices.normalisation !== undefined) out.normalisation = choices.normalisation;
  if (choices.aggregation !== undefined) out.aggregation = choices.aggregation;
  if (choices.missing !== undefined) out.missing = choices.missing;
  if (choices.weights !== undefined) reweight(out, choices.weights, options.presentIndicators);
  out.id = `${method.id}-modified`;
  out.label = `${method.label}, modified (${describeChoices(choices)})`;
  return out;
}

/** Sets and normalises the weights of `method` in place. */
function reweight(method: MethodDescription, weights: Readonly<Record<string, number>>, present: ReadonlySet<string> | undefined): void {
  const stages = new Map(method.stages.map((stage) => [stage.id, stage]));
  const indicators = new Map(method.indicators.map((indicator) => [indicator.id, indicator]));
  for (const id of Object.keys(weights).sort()) {
    const weight = weights[id]!;
    if (!Number.isFinite(weight) || weight < 0) throw new ParameterError('weights', `the weight of "${id}" must be a finite number ≥ 0 (got ${weight}).`);
    const stage = stages.get(id);
    const indicator = indicators.get(id);
    if (stage !== undefined && indicator !== undefined) {
      throw new ParameterError('weights', `"${id}" is both a stage and an indicator of the method ${method.id}; rename one in a method file.`);
    }
    if (stage !== undefined) stage.weight = weight;
    else if (indicator !== undefined) indicator.weight = weight;
    else {
      throw new ParameterError(
        'weights',
        `"${id}" is not a stage or indicator of the method ${method.id}; the stages are ${method.stages.map((s) => s.id).join(', ')}, and the indicators ${method.indicators.map((i) => i.id).join(', ')}.`,
      );
    }
  }
  const hasData = (id: string): boolean => present === undefined || present.has(id);

  // stage groups: only stages that have indicators with data can carry the index
  const liveStages = method.stages.filter((stage) => method.indicators.some((indicator) => indicator.stage === stage.id && hasData(indicator.id)));
  const stageTotal = liveStages.reduce((total, stage) => total + stage.weight, 0);
  if (!(stageTotal > 0)) {
    throw new ParameterError('weights', `every stage weight is 0 (${liveStages.map((s) => s.id).join(', ')}); give at least one stage a positive weight.`);
  }
  const allStageTotal = method.stages.reduce((total, stage) => total + stage.weight, 0);
  if (!Number.isFinite(allStageTotal)) throw tooLarge(`the stage weights (${method.stages.map((s) => `${s.id}=${s.weight}`).join(', ')})`);
  for (const stage of method.stages) stage.weight /= allStageTotal;

  for (const stage of method.stages) {
    const members = method.indicators.filter((indicator) => indicator.stage === stage.id);
    if (members.length === 0) continue;
    const withData = members.filter((indicator) => hasData(indicator.id));
    if (withData.length > 0 && !withData.some((indicator) => indicator.weight > 0)) {
      throw new ParameterError(
        'weights',
        `every indicator of the ${stage.label} stage with data has weight 0 (${listAnd(withData.map((i) => i.id))}); give at least one of them a positive weight.`,
      );
    }
    const total = members.reduce((sum, indicator) => sum + indicator.weight, 0);
    if (!Number.isFinite(total)) throw tooLarge(`the indicator weights of the ${stage.label} stage`);
    if (total > 0) for (const indicator of members) indicator.weight /= total;
  }
}

/** Weights each finite whose sum is not: normalising them would make every weight 0. */
function tooLarge(what: string): ParameterError {
  return new ParameterError('weights', `${what} add up to more than ${Number.MAX_VALUE.toExponential(3)}, which cannot be computed; use smaller weights (only their ratios matter, e.g. school=2).`);
}
