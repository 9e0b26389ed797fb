/**
 * The indicators as a reader needs them: definition, life stage, direction and weight from the
 * method, with the level, year, source and coverage of the values the edition holds.
 */
import type { CatalogueIndicator } from '../contract/responses.js';
import type { Edition } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';
import { indicatorLabel } from './indicatorWords.js';

export type { CatalogueIndicator };

export function indicatorCatalogue(edition: Edition, method: MethodDescription = edition.method): CatalogueIndicator[] {
  const stages = new Map(method.stages.map((stage) => [stage.id, stage.label]));
  return method.indicators.map((indicator) => {
    const used = edition.indicators.find((entry) => entry.indicator === indicator.id);
    const source = edition.sources.find((entry) => entry.id === used?.source);
    return {
      number: indicator.number ?? null,
      id: indicator.id,
      label: indicatorLabel(edition, indicator),
      definition: indicator.label,
      description: indicator.description ?? '',
      stage: indicator.stage,
      stageLabel: stages.get(indicator.stage) ?? indicator.stage,
      direction: indicator.direction,
      unit: indicator.unit,
      weight: indicator.weight,
      level: used?.level ?? 'missing',
      year: used?.year ?? '',
      source: used?.source ?? null,
      publisher: source?.publisher ?? null,
      licence: source?.licence ?? null,
      measure: used?.measure ?? '',
      note: used?.note ?? '',
      coverage: used?.coverage ?? 0,
    };
  });
}
