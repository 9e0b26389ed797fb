/**
 * From TopoJSON to SVG path strings: one shape per area, projected with a Mercator projection
 * fitted to a fixed width (both the map and the hex cartogram are in lon/lat, the hex one in
 * pseudo lon/lat laid out for Mercator). Pure and isomorphic; the server does it once per edition
 * and layout (`…/paths`), so no page pays for the projection (it was a 109 ms task on every load).
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';

export interface AreaShape {
  code: string;
  name: string;
  d: string;
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: AreaShape[];
}

/** The width of the projected map, in SVG units (the page scales it). */
export const MAP_WIDTH = 600;

export function projectAreas(topology: Topology): ProjectedMap {
  const collection = feature(topology, topology.objects.areas ?? { type: 'GeometryCollection', geometries: [] }) as
    | FeatureCollection<Geometry, { code: string; name: string }>
    | Feature<Geometry, { code: string; name: string }>;
  const features = collection.type === 'FeatureCollection' ? collection.features : [collection];
  const all: FeatureCollection = { type: 'FeatureCollection', features };
  // precision(0): no adaptive resampling, which a map of England at this size does not need and which is most of the cost.
  const projection = geoMercator().precision(0).fitWidth(MAP_WIDTH, all);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(all);
  const height = Math.ceil(bottom + Math.max(0, top));
  const shapes = features.map((item) => ({ code: item.properties?.code ?? '', name: item.properties?.name ?? '', d: path(item) ?? '' }));
  return { width: MAP_WIDTH, height, shapes };
}
