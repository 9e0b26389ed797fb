/**
 * The indicators as a reader needs them: definition, life stage, direction and weight from the
 * method, with the level, year, source and coverage of the values the edition holds.
 */
import type { Edition, Level } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';
import type { Direction } from '../method/vocabulary.js';

export interface CatalogueIndicator {
  number: number | null;
  id: string;
  label: string;
  description: string;
  stage: string;
  stageLabel: string;
  direction: Direction;
  unit: string;
  weight: number;
  level: Level;
  year: string;
  source: string | null;
  publisher: string | null;
  licence: string | null;
  measure: string;
  note: string;
  /** Number of areas with a value. */
  coverage: number;
}

export function indicatorCatalogue(edition: Edition, method: MethodDescription = edition.method): CatalogueIndicator[] {
  const stages = new Map(method.stages.map((stage) => [stage.id, stage.label]));
  return method.indicators.map((indicator) => {
    const used = edition.indicators.find((entry) => entry.indicator === indicator.id);
    const source = edition.sources.find((entry) => entry.id === used?.source);
    return {
      number: indicator.number ?? null,
      id: indicator.id,
      label: indicator.label,
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
