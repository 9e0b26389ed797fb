/** The boundary files are checked against the manifest before they are drawn (src/pipeline/geometry.ts). */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SmiError } from '../../src/errors.js';
import { loadEditionGeometry } from '../../src/pipeline/geometry.js';
import { loadGeography2016 } from '../../src/pipeline/geography.js';
import { DATA_DIR, makeTemp, removeTemp } from './helpers.js';

const temp = makeTemp('smi-geometry-');
afterAll(() => removeTemp(temp));
const HEX = 'geo/onsvisual-maptemplates_hexmap-LA2013.topo.json';

describe('boundary files', () => {
  const areas = loadGeography2016(DATA_DIR);

  it('draw from the file the manifest names', () => {
    expect(loadEditionGeometry(DATA_DIR, '2016', areas, 'hex').file).toBe(HEX);
  });

  it('refuse a file that is not the one the manifest names, even when it is valid TopoJSON', () => {
    mkdirSync(join(temp, 'geo'), { recursive: true });
    copyFileSync(join(DATA_DIR, HEX), join(temp, HEX));
    const topology = JSON.parse(readFileSync(join(temp, HEX), 'utf8')) as { arcs: unknown[] };
    topology.arcs = topology.arcs.slice(0, -1);
    writeFileSync(join(temp, HEX), JSON.stringify(topology));
    expect(() => loadEditionGeometry(temp, '2016', areas, 'hex')).toThrow(SmiError);
    expect(() => loadEditionGeometry(temp, '2016', areas, 'hex')).toThrow(new RegExp(`^${HEX.replace(/\./g, '\\.')} in the data directory .* is not the file this pipeline was built for`));
  });
});
