/**
 * An edition as the cache stores it: the same data with each distinct value provenance written
 * once. Every area repeats the provenance of its sixteen values, mostly the same few dozen
 * objects (level, year, source, measure, note), which made an entry of 1.5 MB; a table of the
 * distinct ones and an index per value make it a fifth of that, so a cached edition is read and
 * parsed several times faster (`smi area` starts from one). Pure.
 */
import type { Edition, EditionArea, ValueProvenance } from '../edition/types.js';

/** An edition whose areas give, for each value, the index of its provenance in `provenances`. */
export interface PackedEdition extends Omit<Edition, 'areas'> {
  provenances: ValueProvenance[];
  areas: Array<Omit<EditionArea, 'provenance'> & { provenance: Record<string, number> }>;
}

export function packEdition(edition: Edition): PackedEdition {
  const provenances: ValueProvenance[] = [];
  const indexOf = new Map<string, number>();
  const areas = edition.areas.map(({ provenance, ...area }) => {
    const packed: Record<string, number> = {};
    for (const [id, entry] of Object.entries(provenance)) {
      const text = JSON.stringify(entry);
      let index = indexOf.get(text);
      if (index === undefined) {
        index = provenances.push(entry) - 1;
        indexOf.set(text, index);
      }
      packed[id] = index;
    }
    return { ...area, provenance: packed };
  });
  return { ...edition, provenances, areas };
}

/**
 * The edition a packed one stands for, or undefined when it is not one (a value that is no
 * object, areas that are no list, an index with no provenance): the caller then rebuilds.
 * Areas that share a provenance share one object; editions are never changed once built.
 */
export function unpackEdition(value: unknown): Edition | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { provenances, areas, ...rest } = value as Partial<PackedEdition>;
  if (!Array.isArray(provenances) || !Array.isArray(areas)) return undefined;
  const unpacked: EditionArea[] = [];
  for (const area of areas) {
    if (area === null || typeof area !== 'object' || area.provenance === null || typeof area.provenance !== 'object') return undefined;
    const provenance: Record<string, ValueProvenance> = {};
    for (const [id, index] of Object.entries(area.provenance)) {
      const entry = typeof index === 'number' ? provenances[index] : undefined;
      if (entry === undefined) return undefined;
      provenance[id] = entry;
    }
    unpacked.push({ ...area, provenance });
  }
  return { ...(rest as Omit<Edition, 'areas'>), areas: unpacked };
}
