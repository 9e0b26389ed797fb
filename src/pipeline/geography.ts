/**
 * The two area sets of the open editions, from the shared lookups:
 * - 2016: the 324 English local authority districts of the Social Mobility Index (the 326 of
 *   2013–2019 less City of London and Isles of Scilly), from geo/lad16_england_lookup.csv;
 * - 2025: the 294 councils of April 2025 (the 296 English LADs less the same two), named from
 *   the ONS TopoJSON, each with the 2016 districts that form it.
 */
import { readFileSync } from 'node:fs';
import { SmiError } from '../errors.js';
import type { AreaGeography } from '../edition/types.js';
import { verifySource } from './checksum.js';
import { sourceFile } from './manifest.js';
import { readCsvFile, type CsvTable } from './readers/csv.js';

/** City of London and Isles of Scilly: too small for the index, left out as in the original. */
export const EXCLUDED_CODES: readonly string[] = ['E09000001', 'E06000053'];

export const GEOGRAPHY_YEAR_2025 = 2025;

/** One row of geo/lad16_england_lookup.csv, as the pipeline uses it. */
export interface District2016 {
  code: string;
  name: string;
  type: string;
  inSmi: boolean;
  countyCode: string | null;
  county: string | null;
  regionCode: string;
  region: string;
  ruralUrbanCode: number;
  ruralUrban: string;
  ruralUrbanBroad: string;
  /** The code the district belongs to in April 2019 and April 2020. */
  lad19cd: string;
  lad20cd: string;
  /** The code the district belongs to in April 2021 (= the 2022 code set). */
  lad21cd: string;
  /** The code the district belongs to in April 2023. */
  lad23cd: string;
  /** The code the district belongs to in April 2025. */
  lad25cd: string;
}

function column(table: CsvTable, name: string): void {
  if (!table.columns.includes(name)) {
    throw new SmiError(`${table.label}: the column "${name}" is missing; check that the file is the one described in geo/SOURCES.md.`);
  }
}

/** All 326 rows of the 2016 district lookup (including City of London and Isles of Scilly). */
export function readDistricts2016(dataDir: string): District2016[] {
  const source = sourceFile('geo-lad16-lookup');
  const table = readCsvFile(verifySource(dataDir, source), source.path);
  for (const name of ['lad16cd', 'lad16nm', 'lad_type', 'in_smi_324', 'cty16cd', 'cty16nm', 'rgn16cd', 'rgn16nm', 'ruc11cd', 'ruc11nm', 'ruc11_broad', 'lad19cd', 'lad20cd', 'lad21cd', 'lad23cd', 'lad25cd']) {
    column(table, name);
  }
  return table.records.map(({ cells, line }) => {
    const get = (name: string): string => (cells[name] ?? '').trim();
    const code = get('lad16cd');
    if (!/^E0[6-9]\d{6}$/.test(code)) throw new SmiError(`${source.path}, line ${line}: "${code}" is not an English district code.`);
    const ruralUrbanCode = Number(get('ruc11cd'));
    if (!Number.isInteger(ruralUrbanCode) || ruralUrbanCode < 1 || ruralUrbanCode > 6) {
      throw new SmiError(`${source.path}, line ${line}: the rural-urban code "${get('ruc11cd')}" is not 1–6.`);
    }
    return {
      code,
      name: get('lad16nm'),
      type: get('lad_type'),
      inSmi: get('in_smi_324') === '1',
      countyCode: get('cty16cd') || null,
      county: get('cty16nm') || null,
      regionCode: get('rgn16cd'),
      region: get('rgn16nm'),
      ruralUrbanCode,
      ruralUrban: get('ruc11nm'),
      ruralUrbanBroad: get('ruc11_broad'),
      lad19cd: get('lad19cd'),
      lad20cd: get('lad20cd'),
      lad21cd: get('lad21cd'),
      lad23cd: get('lad23cd'),
      lad25cd: get('lad25cd'),
    };
  });
}

interface TopoGeometry {
  properties?: { areacd?: string; areanm?: string; start?: number; end?: number };
}

/** Names of the English lower-tier authorities valid in `year`, from the ONS TopoJSON. */
export function readLtlaNames(dataDir: string, year: number = GEOGRAPHY_YEAR_2025): Map<string, string> {
  const source = sourceFile('geo-ons-topojson');
  const path = verifySource(dataDir, source);
  let topology: { objects?: Record<string, { geometries?: TopoGeometry[] }> };
  try {
    topology = JSON.parse(readFileSync(path, 'utf8')) as typeof topology;
  } catch (error) {
    throw new SmiError(`${source.path}: not valid JSON (${(error as Error).message}); restore the original file.`);
  }
  const geometries = topology.objects?.ltla?.geometries;
  if (!Array.isArray(geometries)) throw new SmiError(`${source.path}: there is no "ltla" object; check that the file is the one described in geo/SOURCES.md.`);
  const names = new Map<string, string>();
  for (const geometry of geometries) {
    const { areacd, areanm, start, end } = geometry.properties ?? {};
    if (typeof areacd !== 'string' || typeof areanm !== 'string' || !areacd.startsWith('E')) continue;
    if ((start ?? 0) <= year && year <= (end ?? 9999)) names.set(areacd, areanm);
  }
  return names;
}

/** The 324 districts of the 2016 Social Mobility Index, in code order. */
export function loadGeography2016(dataDir: string): AreaGeography[] {
  const districts = readDistricts2016(dataDir).filter((d) => d.inSmi);
  const names2025 = readLtlaNames(dataDir);
  const areas = districts.map((d): AreaGeography => {
    const successorName = names2025.get(d.lad25cd);
    if (successorName === undefined) {
      throw new SmiError(`geo/lad16_england_lookup.csv: the 2025 code ${d.lad25cd} of ${d.name} is not an English council of 2025 in geo/onsvisual-uk-topojson_topo.json.`);
    }
    return {
      code: d.code,
      name: d.name,
      type: d.type,
      regionCode: d.regionCode,
      region: d.region,
      countyCode: d.type === 'Non-metropolitan district' ? d.countyCode : null,
      county: d.type === 'Non-metropolitan district' ? d.county : null,
      ruralUrban: d.ruralUrban,
      ruralUrbanBroad: d.ruralUrbanBroad,
      successorCode: d.lad25cd,
      successorName,
      predecessorCodes: [],
    };
  });
  return areas.sort((a, b) => a.code.localeCompare(b.code));
}

const TYPE_BY_PREFIX: Record<string, string> = {
  E06: 'Unitary authority',
  E07: 'Non-metropolitan district',
  E08: 'Metropolitan district',
  E09: 'London borough',
};

/**
 * The 294 councils of April 2025, in code order. Region and (for E07 districts) county come
 * from the 2016 districts that form the council; the rural-urban class of a council formed by
 * merging several 2016 districts is recomputed from their summed 2011 populations
 * (`classifyRuralUrban`), otherwise it is its district's class.
 */
export function loadGeography2025(dataDir: string): AreaGeography[] {
  const districts = readDistricts2016(dataDir).filter((d) => d.inSmi);
  const names = readLtlaNames(dataDir);
  const constituents = new Map<string, District2016[]>();
  for (const d of districts) {
    const list = constituents.get(d.lad25cd) ?? [];
    list.push(d);
    constituents.set(d.lad25cd, list);
  }
  const councilCodes = [...names.keys()].filter((code) => !EXCLUDED_CODES.includes(code));
  let populations: Map<string, RuralUrbanPopulation> | undefined;
  const areas = councilCodes.map((code): AreaGeography => {
    const name = names.get(code)!;
    const parts = constituents.get(code);
    if (parts === undefined || parts.length === 0) {
      throw new SmiError(`geo/lad16_england_lookup.csv: no 2016 district has the 2025 code ${code} (${name}); the lookup and the TopoJSON disagree.`);
    }
    const type = TYPE_BY_PREFIX[code.slice(0, 3)];
    if (type === undefined) throw new SmiError(`geo/onsvisual-uk-topojson_topo.json: ${code} (${name}) is not an English district code.`);
    const first = parts[0]!;
    const regions = new Set(parts.map((p) => p.regionCode));
    if (regions.size > 1) throw new SmiError(`geo/lad16_england_lookup.csv: the 2016 districts forming ${name} (${code}) are in different regions.`);
    let countyCode: string | null = null;
    let county: string | null = null;
    if (type === 'Non-metropolitan district') {
      const counties = new Set(parts.map((p) => p.countyCode));
      if (counties.size > 1 || first.countyCode === null) {
        throw new SmiError(`geo/lad16_england_lookup.csv: the 2016 districts forming ${name} (${code}) are not in one county.`);
      }
      countyCode = first.countyCode;
      county = first.county;
    }
    let ruralUrban = first.ruralUrban;
    let ruralUrbanBroad = first.ruralUrbanBroad;
    let note: string | undefined;
    if (parts.length > 1) {
      populations ??= readRuralUrbanPopulations(dataDir);
      const summed = sumPopulations(parts.map((p) => {
        const population = populations!.get(p.code);
        if (population === undefined) throw new SmiError(`geo/RUC_LAD_2011_EN_LU.csv: no row for ${p.code} (${p.name}).`);
        return population;
      }));
      const cls = classifyRuralUrban(summed);
      ruralUrban = cls.label;
      ruralUrbanBroad = cls.broad;
      note = `Rural-urban class recomputed from the summed 2011 populations of its ${parts.length} 2016 districts with the Defra 2011 thresholds (${RURAL_URBAN_RULE}); rural including hub towns ${cls.ruralSharePct.toFixed(1)}%.`;
    }
    const predecessorCodes = parts.length > 1 || first.code !== code ? parts.map((p) => p.code).sort() : [];
    const area: AreaGeography = {
      code,
      name,
      type,
      regionCode: first.regionCode,
      region: first.region,
      countyCode,
      county,
      ruralUrban,
      ruralUrbanBroad,
      successorCode: code,
      successorName: name,
      predecessorCodes,
    };
    if (note !== undefined) area.note = note;
    const formerCounties = new Set(parts.map((p) => p.county));
    if (countyCode === null && formerCounties.size === 1 && first.county !== null) area.formerCounty = first.county;
    return area;
  });
  return areas.sort((a, b) => a.code.localeCompare(b.code));
}

/** 2011 populations of a district by settlement type (geo/RUC_LAD_2011_EN_LU.csv). */
export interface RuralUrbanPopulation {
  total: number;
  /** Rural population including hub towns (rural and rural-related). */
  ruralInclHubTowns: number;
  majorConurbation: number;
  minorConurbation: number;
}

/** 2011 populations of the 326 districts of 2016, keyed by their 2016 (= 2018) code. */
export function readRuralUrbanPopulations(dataDir: string): Map<string, RuralUrbanPopulation> {
  const source = sourceFile('geo-ruc-2011');
  const table = readCsvFile(verifySource(dataDir, source), source.path);
  const columns = {
    code: 'LAD18CD',
    total: 'Total population 2011',
    rural: 'Rural including hub towns (rural & rural related) population 2011',
    major: 'Urban Major Conurbation population 2011',
    minor: 'Urban Minor Conurbation population 2011',
  };
  for (const name of Object.values(columns)) column(table, name);
  const out = new Map<string, RuralUrbanPopulation>();
  for (const { cells, line } of table.records) {
    const number = (name: string): number => {
      const text = (cells[name] ?? '').replace(/,/g, '');
      const value = Number(text);
      if (text === '' || !Number.isFinite(value)) throw new SmiError(`${source.path}, line ${line}: "${cells[name]}" in "${name}" is not a number.`);
      return value;
    };
    out.set((cells[columns.code] ?? '').trim(), {
      total: number(columns.total),
      ruralInclHubTowns: number(columns.rural),
      majorConurbation: number(columns.major),
      minorConurbation: number(columns.minor),
    });
  }
  return out;
}

function sumPopulations(parts: readonly RuralUrbanPopulation[]): RuralUrbanPopulation {
  return parts.reduce(
    (sum, p) => ({
      total: sum.total + p.total,
      ruralInclHubTowns: sum.ruralInclHubTowns + p.ruralInclHubTowns,
      majorConurbation: sum.majorConurbation + p.majorConurbation,
      minorConurbation: sum.minorConurbation + p.minorConurbation,
    }),
    { total: 0, ruralInclHubTowns: 0, majorConurbation: 0, minorConurbation: 0 },
  );
}

/** The Defra 2011 rural-urban classification rule for local authority districts, in words. */
export const RURAL_URBAN_RULE =
  'rural including hub towns ≥80% Mainly Rural, 50–79% Largely Rural, 26–49% Urban with Significant Rural; below 26%, Urban with Major Conurbation if ≥50% live in a major conurbation, Urban with Minor Conurbation if ≥50% live in a minor conurbation, else Urban with City and Town';

const RURAL_URBAN_CLASSES: Record<number, { label: string; broad: string }> = {
  1: { label: 'Mainly Rural (rural including hub towns >=80%)', broad: 'Predominantly Rural' },
  2: { label: 'Largely Rural (rural including hub towns 50-79%)', broad: 'Predominantly Rural' },
  3: { label: 'Urban with Significant Rural (rural including hub towns 26-49%)', broad: 'Urban with Significant Rural' },
  4: { label: 'Urban with City and Town', broad: 'Predominantly Urban' },
  5: { label: 'Urban with Minor Conurbation', broad: 'Predominantly Urban' },
  6: { label: 'Urban with Major Conurbation', broad: 'Predominantly Urban' },
};

/**
 * The Defra 2011 rural-urban class of a district from its 2011 populations (RURAL_URBAN_RULE).
 * It reproduces the published class of all 326 districts of 2016.
 */
export function classifyRuralUrban(population: RuralUrbanPopulation): { code: number; label: string; broad: string; ruralSharePct: number } {
  const ruralSharePct = (100 * population.ruralInclHubTowns) / population.total;
  let code: number;
  if (ruralSharePct >= 80) code = 1;
  else if (ruralSharePct >= 50) code = 2;
  else if (ruralSharePct >= 26) code = 3;
  else if (population.majorConurbation / population.total >= 0.5) code = 6;
  else if (population.minorConurbation / population.total >= 0.5) code = 5;
  else code = 4;
  return { code, ...RURAL_URBAN_CLASSES[code]!, ruralSharePct };
}
