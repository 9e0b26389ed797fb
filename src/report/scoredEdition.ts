/**
 * An edition with the index computed on it: the unit every report, command and (later) API
 * route works from. Pure: give it an Edition and a method; it runs the engine once.
 */
import { computeIndex } from '../engine/index.js';
import type { AreaResult, IndexResult } from '../engine/types.js';
import type { Edition, EditionArea } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';

export interface ScoredArea {
  area: EditionArea;
  result: AreaResult;
}

export interface ScoredEdition {
  edition: Edition;
  method: MethodDescription;
  result: IndexResult;
  /** Areas with their results, in the edition's order. */
  areas: ScoredArea[];
  byCode: Map<string, ScoredArea>;
}

export function scoreEdition(edition: Edition, method: MethodDescription = edition.method): ScoredEdition {
  const result = computeIndex(
    method,
    edition.areas.map((area) => ({ code: area.code, name: area.name, values: area.values })),
  );
  const areas = edition.areas.map((area, index) => {
    const areaResult = result.areas[index];
    if (areaResult === undefined || areaResult.code !== area.code) throw new Error(`engine returned areas out of order at ${area.code}`);
    return { area, result: areaResult };
  });
  return { edition, method, result, areas, byCode: new Map(areas.map((entry) => [entry.area.code, entry])) };
}
