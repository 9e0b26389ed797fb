/**
 * The recomputation behind "Try other weights" (ReweightPanel), loaded only when the panel is
 * opened, so the first page carries neither the engine nor the method's validation (zod, told here
 * not to compile code at run time, which the page's Content-Security-Policy forbids).
 */
import { config } from 'zod';
import { applyChoices } from '../../../../src/method/choices.js';
import { rerunIndex, runIndex } from '../../../../src/engine/computeIndex.js';
import { withResult } from '../../../../src/report/exportResult.js';
import { mapView, type MapView } from '../../../../src/views/measures.js';
import type { ExportResponse } from '../../types.js';

config({ jitless: true });

export interface Reweighter {
  /** The indicators with a value somewhere (the others take no weight). */
  present: ReadonlySet<string>;
  /** The map's view under `weights` (id → weight, replacing the method's), for `measure`. */
  view(weights: Readonly<Record<string, number>>, measure: string | null): MapView;
}

export function createReweighter(exported: ExportResponse): Reweighter {
  const inputs = exported.areas.map((area) => ({ code: area.code, name: area.name, values: area.values }));
  const present = new Set(exported.method.indicators.map((indicator) => indicator.id).filter((id) => exported.areas.some((area) => typeof area.values[id] === 'number')));
  // the engine's working is kept, so a change of weights re-aggregates without normalising again
  const base = runIndex(exported.method, inputs);
  return {
    present,
    view(weights, measure) {
      const method = applyChoices(exported.method, { weights }, { presentIndicators: present });
      const run = rerunIndex(base, method) ?? runIndex(method, inputs);
      return mapView(withResult(exported, run.result), measure);
    },
  };
}
