/**
 * The settings of the uncertainty page as the URL holds them — `runs`, `seed`, `concentration`,
 * `omit` and `vary` (a comma list, `none`, or absent for all) — checked by the same parsers as the CLI and the
 * API (src/method/parameters.ts, with the server's ceiling on runs), with the page's own wording
 * per field, and the same settings as an API query and a CLI command.
 */
import { ParameterError } from '../../../../src/errors.js';
import { parseDecimal, parseVary as parseVaryParameter, parseWholeNumber, type UncertaintySettings } from '../../../../src/method/parameters.js';
import { ASSUMPTION, UNCERTAINTY, idsOf, type Assumption } from '../../../../src/method/vocabulary.js';
import { YOURS } from '../../yours/edition.js';

export type { Assumption, UncertaintySettings };

export const ASSUMPTIONS: readonly Assumption[] = idsOf(ASSUMPTION);

/** How the page names each assumption, and what varying it draws. */
export const ASSUMPTION_TEXT: Readonly<Record<Assumption, { label: string; hint: string }>> = {
  weights: { label: 'Weights', hint: 'the life stages’ and indicators’ weights, drawn around the method’s own' },
  normalisation: { label: 'Normalisation', hint: 'z-scores, min–max or ranks, one in three each' },
  aggregation: { label: 'Aggregation', hint: 'arithmetic or geometric mean, one in two each' },
  sampling: { label: 'Sampling', hint: 'values published with a 95% confidence interval, drawn within it' },
  data: { label: 'Data', hint: 'stand-in and county-wide indicators left out at random, and the small-area adjustment on or off' },
};

/** The page's ceiling on runs: the server's. */
export const MAX_RUNS = UNCERTAINTY.serverRuns.max;

export type SettingsField = 'runs' | 'seed' | 'concentration' | 'omit' | 'vary';

export interface FieldError {
  field: SettingsField;
  message: string;
}

export const DEFAULTS: UncertaintySettings = {
  runs: UNCERTAINTY.serverRuns.default,
  seed: UNCERTAINTY.seed.default,
  concentration: UNCERTAINTY.concentration.default,
  omit: UNCERTAINTY.omit.default,
  vary: [...ASSUMPTIONS],
};

/** The texts of the form's fields, as typed (or as the URL gives them). */
export interface SettingsText {
  runs: string;
  seed: string;
  concentration: string;
  omit: string;
  vary: Assumption[];
}

export function textOf(params: URLSearchParams): SettingsText {
  return {
    runs: params.get('runs') ?? String(DEFAULTS.runs),
    seed: params.get('seed') ?? String(DEFAULTS.seed),
    concentration: params.get('concentration') ?? String(DEFAULTS.concentration),
    omit: params.get('omit') ?? String(DEFAULTS.omit),
    vary: parseVary(params.get('vary')),
  };
}

/** The assumptions of the URL's `vary`, leniently: unknown items are dropped (the form shows what is kept). */
export function parseVary(text: string | null): Assumption[] {
  if (text === null) return [...ASSUMPTIONS];
  try {
    return parseVaryParameter(text);
  } catch {
    const items = text.split(',').map((item) => item.trim());
    return ASSUMPTIONS.filter((assumption) => items.includes(assumption));
  }
}

/** What the page says for a bad field (GOV.UK style: say what to enter). */
const FIELD_MESSAGES: Record<SettingsField, string> = {
  runs: `Enter a whole number of runs from 1 to ${MAX_RUNS.toLocaleString('en-GB')}.`,
  seed: 'Enter a seed that is a whole number, 0 or more.',
  concentration: 'Enter a concentration that is a number greater than 0.',
  omit: 'Enter a chance of leaving out that is a number from 0 to 1.',
  vary: 'Choose what to vary.',
};

/** The settings, or the errors of the fields that are wrong (every field is checked). */
export function checkSettings(text: SettingsText): { settings: UncertaintySettings | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const check = <T,>(field: SettingsField, parse: () => T): T | null => {
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof ParameterError)) throw error;
      errors.push({ field, message: FIELD_MESSAGES[field] });
      return null;
    }
  };
  const runs = check('runs', () => parseWholeNumber('runs', text.runs.trim(), UNCERTAINTY.serverRuns));
  const seed = check('seed', () => parseWholeNumber('seed', text.seed.trim(), UNCERTAINTY.seed));
  const concentration = check('concentration', () => parseDecimal('concentration', text.concentration.trim(), UNCERTAINTY.concentration));
  const omit = check('omit', () => parseDecimal('omit', text.omit.trim(), UNCERTAINTY.omit));
  if (runs === null || seed === null || concentration === null || omit === null) return { settings: null, errors };
  return { settings: { runs, seed, concentration, omit, vary: text.vary }, errors };
}

/** The URL parameters of the settings; defaults are left out so links stay short. */
export function settingsQuery(settings: UncertaintySettings): Record<string, string | null> {
  const all = settings.vary.length === ASSUMPTIONS.length;
  return {
    runs: settings.runs === DEFAULTS.runs ? null : String(settings.runs),
    seed: settings.seed === DEFAULTS.seed ? null : String(settings.seed),
    concentration: settings.concentration === DEFAULTS.concentration ? null : String(settings.concentration),
    omit: settings.omit === DEFAULTS.omit ? null : String(settings.omit),
    vary: all ? null : settings.vary.length === 0 ? 'none' : settings.vary.join(','),
  };
}

/** The same analysis from the command line. */
export function cliCommand(settings: UncertaintySettings, edition: string, defaultEdition: string): string {
  const query = settingsQuery(settings);
  const parts = ['npx smi uncertainty', `--runs ${settings.runs}`, `--seed ${settings.seed}`];
  if (query.concentration !== null) parts.push(`--concentration ${settings.concentration}`);
  if (query.omit !== null) parts.push(`--omit ${settings.omit}`);
  if (query.vary !== null && query.vary !== undefined) parts.push(`--vary ${query.vary}`);
  // your own data (edition `yours`) is a file on the command line: the CSV the "Your own data" page's template lays out
  if (edition !== defaultEdition) parts.push(`--edition ${edition === YOURS ? 'your-data.csv' : edition}`);
  return parts.join(' ');
}
