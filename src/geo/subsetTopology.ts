/**
 * A smaller TopoJSON topology holding only chosen geometries of one object, renamed `areas`,
 * with each geometry's properties replaced by `{ code, name }` and every arc nobody uses dropped
 * (arc indices are renumbered; a reversed reference `~i` stays reversed).
 *
 * Example: a topology with arcs [a0, a1, a2] and geometries A (arcs [[0, 1]]) and B (arcs [[~1, 2]]);
 * keeping only B gives arcs [a1, a2] and B's rings become [[~0, 1]].
 *
 * Pure: no I/O, so the server and tests share it.
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export interface AreaGeometryProperties {
  code: string;
  name: string;
}

export interface Selection {
  /** The geometry to draw for the area (taken from the source object). */
  geometry: GeometryObject;
  code: string;
  name: string;
}

export type AreasTopology = Topology<{ areas: GeometryCollection<AreaGeometryProperties> }>;

type ArcNesting = number | ArcNesting[];

export function subsetTopology(source: Topology, selections: readonly Selection[]): AreasTopology {
  const remap = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const renumber = (nesting: ArcNesting): ArcNesting => {
    if (Array.isArray(nesting)) return nesting.map(renumber);
    const index = nesting < 0 ? ~nesting : nesting;
    let kept = remap.get(index);
    if (kept === undefined) {
      const arc = source.arcs[index];
      if (arc === undefined) throw new Error(`topology refers to arc ${index}, which does not exist`);
      kept = arcs.length;
      arcs.push(arc);
      remap.set(index, kept);
    }
    return nesting < 0 ? ~kept : kept;
  };
  const geometries = selections.map(({ geometry, code, name }) => {
    const withArcs = geometry as GeometryObject & { arcs?: ArcNesting };
    const copy = { type: geometry.type, id: code, properties: { code, name } } as GeometryObject<AreaGeometryProperties> & { arcs?: ArcNesting };
    if (withArcs.arcs !== undefined) copy.arcs = renumber(withArcs.arcs);
    return copy;
  });
  const topology: AreasTopology = {
    type: 'Topology',
    arcs,
    objects: { areas: { type: 'GeometryCollection', geometries } },
  };
  if (source.transform !== undefined) topology.transform = source.transform;
  if (source.bbox !== undefined) topology.bbox = source.bbox;
  return topology;
}
