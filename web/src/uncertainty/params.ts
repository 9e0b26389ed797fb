/**
 * The settings of the uncertainty page as the URL holds them — `runs` (1–10,000, default 1,000),
 * `seed`, `concentration` (default 50) and `vary` (a comma list, `none`, or absent for all four) —
 * checked with a message per bad field, and the same settings as an API query and a CLI command.
 */
import type { Assumption } from '../../../src/analysis/uncertainty.js';

export type { Assumption };

// The defaults and assumptions of src/analysis/uncertainty.ts, written out so that this page's
// chunk does not carry the engine (only the worker does); test/web checks that they agree.
export const ASSUMPTIONS: readonly Assumption[] = ['weights', 'normalisation', 'aggregation', 'sampling'];
const DEFAULT_RUNS = 1000;
const DEFAULT_SEED = 1;
const DEFAULT_CONCENTRATION = 50;

/** The same ceiling as the server's (10,000 runs take about a second of one core). */
export const MAX_RUNS = 10_000;

export interface UncertaintySettings {
  runs: number;
  seed: number;
  concentration: number;
  vary: Assumption[];
}

export interface FieldError {
  field: 'runs' | 'seed' | 'concentration' | 'vary';
  message: string;
}

export const DEFAULTS: UncertaintySettings = { runs: DEFAULT_RUNS, seed: DEFAULT_SEED, concentration: DEFAULT_CONCENTRATION, vary: [...ASSUMPTIONS] };

/** The texts of the form's fields, as typed (or as the URL gives them). */
export interface SettingsText {
  runs: string;
  seed: string;
  concentration: string;
  vary: Assumption[];
}

export function textOf(params: URLSearchParams): SettingsText {
  return {
    runs: params.get('runs') ?? String(DEFAULTS.runs),
    seed: params.get('seed') ?? String(DEFAULTS.seed),
    concentration: params.get('concentration') ?? String(DEFAULTS.concentration),
    vary: parseVary(params.get('vary')),
  };
}

export function parseVary(text: string | null): Assumption[] {
  if (text === null) return [...ASSUMPTIONS];
  if (text.trim() === 'none') return [];
  const items = text.split(',').map((item) => item.trim());
  return ASSUMPTIONS.filter((assumption) => items.includes(assumption));
}

/** The settings, or the errors of the fields that are wrong. */
export function checkSettings(text: SettingsText): { settings: UncertaintySettings | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const whole = (value: string): number => (/^\s*\d+\s*$/.test(value) ? Number(value) : NaN);
  const runs = whole(text.runs);
  if (!(Number.isSafeInteger(runs) && runs >= 1 && runs <= MAX_RUNS)) errors.push({ field: 'runs', message: `Enter a whole number of runs from 1 to ${MAX_RUNS.toLocaleString('en-GB')}.` });
  const seed = whole(text.seed);
  if (!Number.isSafeInteger(seed)) errors.push({ field: 'seed', message: 'Enter a seed that is a whole number, 0 or more.' });
  const concentration = text.concentration.trim() === '' ? NaN : Number(text.concentration);
  if (!(Number.isFinite(concentration) && concentration > 0)) errors.push({ field: 'concentration', message: 'Enter a concentration that is a number greater than 0.' });
  if (errors.length > 0) return { settings: null, errors };
  return { settings: { runs, seed, concentration, vary: text.vary }, errors };
}

/** The URL parameters of the settings; defaults are left out so links stay short. */
export function settingsQuery(settings: UncertaintySettings): Record<string, string | null> {
  const all = settings.vary.length === ASSUMPTIONS.length;
  return {
    runs: settings.runs === DEFAULTS.runs ? null : String(settings.runs),
    seed: settings.seed === DEFAULTS.seed ? null : String(settings.seed),
    concentration: settings.concentration === DEFAULTS.concentration ? null : String(settings.concentration),
    vary: all ? null : settings.vary.length === 0 ? 'none' : settings.vary.join(','),
  };
}

/** The same analysis from the command line. */
export function cliCommand(settings: UncertaintySettings, edition: string, defaultEdition: string): string {
  const query = settingsQuery(settings);
  const parts = ['npx smi uncertainty', `--runs ${settings.runs}`, `--seed ${settings.seed}`];
  if (query.concentration !== null) parts.push(`--concentration ${settings.concentration}`);
  if (query.vary !== null && query.vary !== undefined) parts.push(`--vary ${query.vary}`);
  if (edition !== defaultEdition) parts.push(`--edition ${edition}`);
  return parts.join(' ');
}
