/**
 * Parsing the values of named parameters — flags of the CLI, query parameters of the API, fields
 * of the web app — into numbers and choices, by the vocabulary's rules. One parser per kind of
 * value; each throws a {@link ParameterError} `{ parameter, message }` that every entry point words
 * its own way. Pure and light (it imports only the vocabulary and the error classes), so the web app
 * can use it without the engine.
 */
import { ParameterError } from '../errors.js';
import { ASSUMPTION, DECIMAL_NUMBER, SEARCH, UNCERTAINTY, WHOLE_NUMBER, idsOf, type Assumption, type NumberParameter, type ParameterName } from './vocabulary.js';

/** "1 to 10,000", "0 to 9007199254740991". */
function range(spec: NumberParameter): string {
  const format = (x: number) => (x >= 1e6 && x < Number.MAX_SAFE_INTEGER ? x.toLocaleString('en-GB') : String(x));
  return `${format(spec.min)} to ${format(spec.max)}`;
}

/**
 * A whole number within the parameter's bounds, written in digits only ("1000", not "1e3",
 * "0x10" or " 1 ").
 *
 * @throws ParameterError "must be a whole number from 1 to 10,000 (got "x")."
 */
export function parseWholeNumber(parameter: ParameterName, text: string, spec: NumberParameter): number {
  const value = WHOLE_NUMBER.test(text) ? Number(text) : NaN;
  if (!(Number.isSafeInteger(value) && value >= spec.min && value <= spec.max)) {
    throw new ParameterError(parameter, `must be a whole number from ${range(spec)} (got "${text}").`);
  }
  return value;
}

/**
 * A decimal number (see DECIMAL_NUMBER) within the parameter's bounds.
 *
 * @throws ParameterError "must be a number greater than 0 (got "x")."
 */
export function parseDecimal(parameter: ParameterName, text: string, spec: NumberParameter): number {
  const value = DECIMAL_NUMBER.test(text) ? Number(text) : NaN;
  const aboveMin = spec.minExclusive === true ? value > spec.min : value >= spec.min;
  if (!(Number.isFinite(value) && aboveMin && value <= spec.max)) {
    const bound = spec.minExclusive === true ? `greater than ${spec.min}` : `of at least ${spec.min}`;
    const upper = spec.max < Number.MAX_VALUE ? ` and at most ${spec.max}` : '';
    throw new ParameterError(parameter, `must be a number ${bound}${upper} (got "${text}").`);
  }
  return value;
}

/**
 * The assumptions of `vary`: a comma list of assumption ids (any order, spaces and case ignored),
 * or `none` for no variation. The result is in the vocabulary's order.
 *
 * @throws ParameterError for an unknown item or an empty list.
 */
export function parseVary(text: string): Assumption[] {
  const items = text.split(',').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
  if (items.length === 1 && items[0] === 'none') return [];
  if (items.length === 0) throw new ParameterError('vary', `give a comma list of ${idsOf(ASSUMPTION).join(', ')}, or none.`);
  for (const item of items) {
    if (!ASSUMPTION.choices.some((choice) => choice.id === item)) {
      throw new ParameterError('vary', `unknown assumption "${item}"; choose among ${idsOf(ASSUMPTION).join(', ')} (comma-separated), or none.`);
    }
  }
  return idsOf(ASSUMPTION).filter((id) => items.includes(id));
}

/** The settings of a Monte Carlo analysis. */
export interface UncertaintySettings {
  runs: number;
  seed: number;
  concentration: number;
  /** Probability that the data assumption leaves out each stand-in or county-wide indicator. */
  omit: number;
  vary: Assumption[];
}

/** The settings' texts as given; an absent one takes the vocabulary's default. */
export interface UncertaintySettingsText {
  runs?: string | undefined;
  seed?: string | undefined;
  concentration?: string | undefined;
  omit?: string | undefined;
  vary?: string | undefined;
}

/**
 * Parses the settings, checking each against its bounds (`runs` against `runsSpec`: the CLI allows
 * more runs than the server and the web page).
 *
 * @throws ParameterError naming the first bad parameter.
 */
export function parseUncertaintySettings(text: UncertaintySettingsText, runsSpec: NumberParameter = UNCERTAINTY.runs): UncertaintySettings {
  return {
    runs: text.runs === undefined ? runsSpec.default : parseWholeNumber('runs', text.runs, runsSpec),
    seed: text.seed === undefined ? UNCERTAINTY.seed.default : parseWholeNumber('seed', text.seed, UNCERTAINTY.seed),
    concentration: text.concentration === undefined ? UNCERTAINTY.concentration.default : parseDecimal('concentration', text.concentration, UNCERTAINTY.concentration),
    omit: text.omit === undefined ? UNCERTAINTY.omit.default : parseDecimal('omit', text.omit, UNCERTAINTY.omit),
    vary: text.vary === undefined ? idsOf(ASSUMPTION) : parseVary(text.vary),
  };
}

/**
 * The text of a place search (`?q=`, `smi search <text>`): at most SEARCH.maxLength characters,
 * with something besides spaces and no control characters; returned trimmed.
 *
 * @throws ParameterError "must not be empty…", "must be at most 100 characters…", "must not hold control characters…"
 */
export function parseSearchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new ParameterError('q', 'must not be empty: give part of a name, a GSS code or a postcode.');
  if ([...text].length > SEARCH.maxLength) throw new ParameterError('q', `must be at most ${SEARCH.maxLength} characters (got ${[...text].length}).`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(text)) throw new ParameterError('q', 'must not hold control characters (such as a tab or a line break).');
  return trimmed;
}
