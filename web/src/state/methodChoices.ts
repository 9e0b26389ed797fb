/**
 * Method choices in the URL, with the API's names and syntax: `weights=<id>=<number>,…` (stage or
 * indicator ids), `normalise=zscore|minmax|rank`, `aggregate=mean|geometric`, `missing=available|exclude`.
 * Only the choices that differ from the edition's method are written, so the edition's own method has
 * a plain URL.
 */
import { METHOD_CHOICE_PARAMETERS, labelOf } from '../../../src/method/vocabulary.js';

export const METHOD_KEYS = ['weights', ...(Object.keys(METHOD_CHOICE_PARAMETERS) as Array<keyof typeof METHOD_CHOICE_PARAMETERS>)] as const;

export type MethodParams = Record<(typeof METHOD_KEYS)[number], string | null>;

/** The method choices of the URL, as API query parameters (absent ones null). */
export function methodQuery(params: URLSearchParams): MethodParams {
  return { weights: params.get('weights'), normalise: params.get('normalise'), aggregate: params.get('aggregate'), missing: params.get('missing') };
}

export function hasMethodChoices(params: URLSearchParams): boolean {
  return METHOD_KEYS.some((key) => (params.get(key) ?? '') !== '');
}

/** `school=2,fsm-ks2-rwm=0` → id → text, leniently (the API reports what is wrong). */
export function parseWeights(text: string | null): Map<string, string> {
  const weights = new Map<string, string>();
  for (const item of (text ?? '').split(',')) {
    const at = item.indexOf('=');
    if (at > 0) weights.set(item.slice(0, at).trim(), item.slice(at + 1).trim());
  }
  return weights;
}

/** The weights that differ from the defaults, as the `weights` parameter (null when none do). */
export function formatWeights(weights: ReadonlyMap<string, string>, defaults: ReadonlyMap<string, number>): string | null {
  const items: string[] = [];
  for (const [id, text] of weights) {
    const value = text.trim();
    if (value === '' || Number(value) === defaults.get(id)) continue;
    items.push(`${id}=${value}`);
  }
  return items.length === 0 ? null : items.join(',');
}

/** "School weighted 2; normalisation by percentile ranks; aggregation by geometric mean…; missing values: …", for the notice. */
export function describeMethod(params: URLSearchParams, labels: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  const weights = parseWeights(params.get('weights'));
  if (weights.size > 0) parts.push([...weights].map(([id, value]) => `${labels.get(id) ?? id} weighted ${value}`).join(', '));
  for (const [key, vocabulary] of Object.entries(METHOD_CHOICE_PARAMETERS)) {
    const value = params.get(key);
    if (value !== null && value !== '') parts.push(`${vocabulary.name}: ${labelOf(vocabulary, value)}`);
  }
  return parts.join('; ');
}

/** Stage and indicator labels by id, from a response that carries the method in force (the export). */
export function labelsOf(response: { method: { stages: ReadonlyArray<{ id: string; label: string }>; indicators: ReadonlyArray<{ id: string; label: string }> } }): Map<string, string> {
  return new Map([...response.method.stages, ...response.method.indicators].map((entry) => [entry.id, entry.label]));
}
