/**
 * The shapes of an edition's areas, as TopoJSON, from the ONS boundary files in `<data>/geo`:
 *
 * - `map`, 2016 districts: `onsvisual-maptemplates_geogEngLA2017.topo.json` (LAD December 2017,
 *   the 326 codes of 2013–2019), keeping the edition's areas;
 * - `map`, 2025 councils: `onsvisual-uk-topojson_topo.json`, object `ltla`, geometries valid in
 *   2025 (`start <= 2025 <= end`);
 * - `hex`: `onsvisual-maptemplates_hexmap-LA2013.topo.json`, one equal hexagon per 2013 district.
 *   A 2025 council that merged several districts takes the hexagon of the predecessor nearest the
 *   middle of its predecessors' hexagons, so it still has exactly one; the others stay empty.
 *
 * Every area of the edition must find a shape, or this fails naming the file and the codes.
 */
import { mapAttribution } from '../report/attribution.js';
import { readFileSync } from 'node:fs';
import { verifySource } from './checksum.js';
import { SOURCE_FILES } from './manifest.js';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { SmiError } from '../errors.js';
import type { Layout } from '../method/vocabulary.js';
import type { AreaGeography } from '../edition/types.js';
import { subsetTopology, type AreasTopology, type Selection } from '../geo/subsetTopology.js';

export type { Layout };

export interface EditionGeometry {
  topology: AreasTopology;
  /** The file the shapes come from, relative to the data directory. */
  file: string;
  /** The map attribution that file requires (geo/SOURCES.md). */
  attribution: string;
}

const FILES = {
  map2016: 'geo/onsvisual-maptemplates_geogEngLA2017.topo.json',
  map2025: 'geo/onsvisual-uk-topojson_topo.json',
  hex: 'geo/onsvisual-maptemplates_hexmap-LA2013.topo.json',
} as const;


type Properties = Record<string, unknown>;

function readTopology(dataDir: string, file: string): Topology {
  // every boundary file is in the manifest: it is checked against its SHA-256 before it is drawn
  const source = SOURCE_FILES.find((entry) => entry.path === file);
  if (source === undefined) throw new Error(`geometry: ${file} is not in the manifest`);
  const path = verifySource(dataDir, source);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new SmiError(`${file}: not found in the data directory ${dataDir}.`);
  }
  try {
    const topology = JSON.parse(text) as Topology;
    if (topology.type !== 'Topology' || !Array.isArray(topology.arcs)) throw new Error('not a TopoJSON Topology');
    return topology;
  } catch (error) {
    throw new SmiError(`${file}: not a TopoJSON topology (${(error as Error).message}).`);
  }
}

function collection(topology: Topology, file: string, name: string): Array<GeometryObject<Properties>> {
  const object = topology.objects[name] as GeometryCollection<Properties> | undefined;
  if (object?.type !== 'GeometryCollection') throw new SmiError(`${file}: expected an object "${name}" holding a GeometryCollection.`);
  return object.geometries;
}

function propertiesOf(geometry: GeometryObject<Properties>): Properties {
  return (geometry.properties ?? {}) as Properties;
}

function byCode(geometries: ReadonlyArray<GeometryObject<Properties>>, key: string, keep: (g: GeometryObject<Properties>) => boolean = () => true): Map<string, GeometryObject<Properties>> {
  const map = new Map<string, GeometryObject<Properties>>();
  for (const geometry of geometries) {
    const code = propertiesOf(geometry)[key];
    if (typeof code === 'string' && keep(geometry)) map.set(code, geometry);
  }
  return map;
}

function requireAll(areas: readonly AreaGeography[], file: string, pick: (area: AreaGeography) => GeometryObject | undefined): Selection[] {
  const missing: string[] = [];
  const selections: Selection[] = [];
  for (const area of areas) {
    const geometry = pick(area);
    if (geometry === undefined) missing.push(area.code);
    else selections.push({ geometry, code: area.code, name: area.name });
  }
  if (missing.length > 0) throw new SmiError(`${file}: no shape for ${missing.length} area(s): ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}.`);
  return selections;
}

/** Mean of a geometry's vertices: good enough to tell which hexagon sits in the middle. */
function vertexMean(topology: Topology, geometry: GeometryObject): [number, number] {
  const shape = feature(topology, geometry as GeometryObject<Properties>);
  let x = 0;
  let y = 0;
  let n = 0;
  const visit = (coordinates: unknown): void => {
    if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
      x += coordinates[0] as number;
      y += coordinates[1] as number;
      n += 1;
    } else if (Array.isArray(coordinates)) coordinates.forEach(visit);
  };
  const geometryOf = 'geometry' in shape ? shape.geometry : null;
  if (geometryOf !== null && 'coordinates' in geometryOf) visit(geometryOf.coordinates);
  return n === 0 ? [0, 0] : [x / n, y / n];
}

export function loadEditionGeometry(dataDir: string, geography: '2016' | '2025', areas: readonly AreaGeography[], layout: Layout): EditionGeometry {
  if (layout === 'hex') {
    const file = FILES.hex;
    const topology = readTopology(dataDir, file);
    const hexes = byCode(collection(topology, file, 'LA2013EW'), 'AREACD');
    const selections = requireAll(areas, file, (area) => {
      const own = hexes.get(area.code);
      if (own !== undefined) return own;
      const candidates = area.predecessorCodes.flatMap((code) => {
        const hex = hexes.get(code);
        return hex === undefined ? [] : [{ code, hex, at: vertexMean(topology, hex) }];
      });
      if (candidates.length === 0) return undefined;
      const middle: [number, number] = [0, 0];
      for (const c of candidates) {
        middle[0] += c.at[0] / candidates.length;
        middle[1] += c.at[1] / candidates.length;
      }
      const distance = (c: (typeof candidates)[number]) => (c.at[0] - middle[0]) ** 2 + (c.at[1] - middle[1]) ** 2;
      // Nearest to the middle; equal distances go to the smaller code so the choice is stable.
      candidates.sort((a, b) => distance(a) - distance(b) || (a.code < b.code ? -1 : 1));
      return candidates[0]?.hex;
    });
    return { topology: subsetTopology(topology, selections), file, attribution: mapAttribution(2016) };
  }
  if (geography === '2016') {
    const file = FILES.map2016;
    const topology = readTopology(dataDir, file);
    const shapes = byCode(collection(topology, file, 'geogEngLA2017'), 'AREACD');
    return { topology: subsetTopology(topology, requireAll(areas, file, (area) => shapes.get(area.code))), file, attribution: mapAttribution(2017) };
  }
  const file = FILES.map2025;
  const topology = readTopology(dataDir, file);
  const validIn2025 = (g: GeometryObject<Properties>) => {
    const { start, end } = propertiesOf(g);
    return (typeof start === 'number' ? start : 0) <= 2025 && 2025 <= (typeof end === 'number' ? end : 9999);
  };
  const shapes = byCode(collection(topology, file, 'ltla'), 'areacd', validIn2025);
  return { topology: subsetTopology(topology, requireAll(areas, file, (area) => shapes.get(area.code))), file, attribution: mapAttribution(2016) };
}
