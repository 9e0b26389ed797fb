/**
 * Method choices in the URL, with the API's names and syntax: `weights=<id>=<number>,…` (stage or
 * indicator ids), `normalise=zscore|minmax|rank`, `aggregate=mean|geometric`, `missing=available|exclude`.
 * Only the choices that differ from the edition's method are written, so the edition's own method has
 * a plain URL.
 */
export const NORMALISATIONS = [
  { id: 'zscore', label: 'z-scores (distance from the mean in standard deviations)' },
  { id: 'minmax', label: 'min–max (0 for the worst area, 1 for the best)' },
  { id: 'rank', label: 'percentile ranks' },
] as const;

export const AGGREGATIONS = [
  { id: 'mean', label: 'arithmetic mean' },
  { id: 'geometric', label: 'geometric mean (a weak stage is harder to make up for)' },
] as const;

export const MISSING_RULES = [
  { id: 'available', label: 'score each life stage from the indicators an area has' },
  { id: 'exclude', label: 'leave unranked an area missing any indicator the edition has' },
] as const;

export const METHOD_KEYS = ['weights', 'normalise', 'aggregate', 'missing'] as const;

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
  const normalise = params.get('normalise');
  if (normalise !== null && normalise !== '') parts.push(`normalisation by ${NORMALISATIONS.find((entry) => entry.id === normalise)?.label ?? normalise}`);
  const aggregate = params.get('aggregate');
  if (aggregate !== null && aggregate !== '') parts.push(`aggregation by ${AGGREGATIONS.find((entry) => entry.id === aggregate)?.label ?? aggregate}`);
  const missing = params.get('missing');
  if (missing !== null && missing !== '') parts.push(`missing values: ${MISSING_RULES.find((entry) => entry.id === missing)?.label ?? missing}`);
  return parts.join('; ');
}
