/**
 * The areas of an uncertainty analysis, from an edition (the CLI and the server) or from the
 * edition's export (the web page's worker): one definition of what the analysis reads of an area —
 * its values, the published intervals (`sampling`), the levels and the values before the small-area
 * adjustment (`data`).
 */
import type { EditionArea } from '../../edition/types.js';
import type { Level } from '../../method/vocabulary.js';
import type { UncertaintyAreaInput } from './assumption.js';

/** What an area carries for the analysis, whichever door it comes through. */
export type UncertaintySource = Pick<UncertaintyAreaInput, 'code' | 'name' | 'values' | 'intervals' | 'levels' | 'unadjusted'>;

/** The analysis's copy of the fields it reads (nothing else is sent to a worker). */
export function uncertaintyInput(area: UncertaintySource): UncertaintyAreaInput {
  const input: UncertaintyAreaInput = { code: area.code, name: area.name, values: area.values };
  if (area.intervals !== undefined) input.intervals = area.intervals;
  if (area.levels !== undefined) input.levels = area.levels;
  if (area.unadjusted !== undefined) input.unadjusted = area.unadjusted;
  return input;
}

/** The inputs of an edition's areas, each value's level read from its provenance. */
export function editionUncertaintyInputs(areas: readonly EditionArea[]): UncertaintyAreaInput[] {
  return areas.map((area) => {
    const levels: Record<string, Level> = {};
    for (const [id, provenance] of Object.entries(area.provenance)) levels[id] = provenance.level;
    return uncertaintyInput({ ...area, levels });
  });
}
