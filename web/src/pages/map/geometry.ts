/**
 * From the API's TopoJSON to SVG path strings: one shape per area, projected with a Mercator
 * projection fitted to a fixed width (both the map and the hex cartogram are in lon/lat, the hex
 * one in pseudo lon/lat laid out for Mercator). Done once per edition and layout.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { GeometryResponse } from '../../types.js';

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

const WIDTH = 600;

export function projectAreas(topology: GeometryResponse): ProjectedMap {
  const collection = feature(topology as unknown as Topology, (topology as unknown as Topology).objects.areas ?? { type: 'GeometryCollection', geometries: [] }) as
    | FeatureCollection<Geometry, { code: string; name: string }>
    | Feature<Geometry, { code: string; name: string }>;
  const features = collection.type === 'FeatureCollection' ? collection.features : [collection];
  const all: FeatureCollection = { type: 'FeatureCollection', features };
  // precision(0): no adaptive resampling, which a map of England at this size does not need and which is most of the cost.
  const projection = geoMercator().precision(0).fitWidth(WIDTH, all);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(all);
  const height = Math.ceil(bottom + Math.max(0, top));
  const shapes = features.map((item) => ({ code: item.properties?.code ?? '', name: item.properties?.name ?? '', d: path(item) ?? '' }));
  return { width: WIDTH, height, shapes };
}
