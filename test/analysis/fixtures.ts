/** Small synthetic editions for the analysis tests: an Edition around a method and raw values. */
import type { AreaInput } from '../../src/engine/types.js';
import type { Edition, EditionArea } from '../../src/edition/types.js';
import type { MethodDescription } from '../../src/method/types.js';
import { scoreEdition, type ScoredEdition } from '../../src/report/scoredEdition.js';

export interface AreaSpec {
  code: string;
  name?: string;
  region?: string;
  county?: string | null;
  values: Record<string, number | null>;
}

export function editionOf(method: MethodDescription, specs: readonly AreaSpec[]): Edition {
  const areas: EditionArea[] = specs.map((spec) => ({
    code: spec.code,
    name: spec.name ?? spec.code,
    type: spec.county ? 'Non-metropolitan district' : 'Unitary authority',
    regionCode: 'R',
    region: spec.region ?? 'Region',
    countyCode: spec.county ? `C-${spec.county}` : null,
    county: spec.county ?? null,
    ruralUrban: 'Urban with City and Town',
    ruralUrbanBroad: 'Predominantly Urban',
    successorCode: spec.code,
    successorName: spec.name ?? spec.code,
    predecessorCodes: [],
    values: spec.values,
    provenance: {},
    intervals: {},
  }));
  return { id: 'test', label: 'Test edition', description: '', method, areas, indicators: [], sources: [], checksums: {} };
}

export function scored(method: MethodDescription, specs: readonly AreaSpec[]): ScoredEdition {
  return scoreEdition(editionOf(method, specs), method);
}

export function scoredFromInputs(method: MethodDescription, areas: readonly AreaInput[]): ScoredEdition {
  return scored(method, areas.map((area) => ({ code: area.code, name: area.name, values: area.values })));
}

/**
 * Two stages: A = {a1, a2} (higher is better), B = {b1} (lower is better), min–max normalisation,
 * mean aggregation. Five areas P, Q, R, S, T (codes E1 … E5):
 *   a1:  0 10 20 30 40 → scores   0  25  50  75 100
 *   a2: 40 30 20 10  0 → scores 100  75  50  25   0
 *   b1:  5  1  2  3  4 → 100(x − 1)/4 = 100 0 25 50 75, lower is better → 0 100 75 50 25
 * Stage A = 50 for every area; stage B = the b1 score; overall = (50 + B)/2:
 *   P 25, Q 75, R 62.5, S 50, T 37.5 → ranks Q 1, R 2, S 3, T 4, P 5.
 */
export const TWO_STAGE: MethodDescription = {
  format: 1,
  id: 'two-stage',
  label: 'Two stages',
  stages: [
    { id: 'A', label: 'Stage A', weight: 1 },
    { id: 'B', label: 'Stage B', weight: 1 },
  ],
  indicators: [
    { id: 'a1', label: 'Indicator a1', stage: 'A', direction: 'higher', unit: '%', weight: 1 },
    { id: 'a2', label: 'Indicator a2', stage: 'A', direction: 'higher', unit: '%', weight: 1 },
    { id: 'b1', label: 'Indicator b1', stage: 'B', direction: 'lower', unit: '%', weight: 1 },
  ],
  normalisation: 'minmax',
  aggregation: 'mean',
  missing: 'available',
  hotspotShare: 0.2,
  ties: 'code',
};

export const FIVE_AREAS: AreaSpec[] = [
  { code: 'E1', name: 'P', county: 'Shire', values: { a1: 0, a2: 40, b1: 5 } },
  { code: 'E2', name: 'Q', county: 'Shire', values: { a1: 10, a2: 30, b1: 1 } },
  { code: 'E3', name: 'R', values: { a1: 20, a2: 20, b1: 2 } },
  { code: 'E4', name: 'S', values: { a1: 30, a2: 10, b1: 3 } },
  { code: 'E5', name: 'T', region: 'Other', values: { a1: 40, a2: 0, b1: 4 } },
];
