/**
 * Reads the area context of `smi patterns` and `smi neighbours --on context` from
 * ../shared/data/geo (see geo/SOURCES.md):
 * - geo/imd_lad16_england_derived.csv: IMD 2015 and 2019 per 2016 district (LSOA count, mean LSOA
 *   score, share of LSOAs in the most deprived 10%, the 2019 district's population-weighted score);
 * - geo/lad16_england_lookup.csv: the 2011 rural-urban class, the 2025 council of each district
 *   (`lad25cd`) and the exterior boundary length behind the coastal flag (`mhw_exterior_km`).
 * Both are keyed by 2016 district code. On 2025 geography a council's context is aggregated over
 * its districts: means and shares weighted by LSOA count (so a share is the share of the
 * council's LSOAs), exterior boundary summed, coastal if any district is; the rural-urban class
 * is the council's own, from the edition (recomputed for merged councils by the pipeline).
 *
 * Every problem is a one-line SmiError naming the file, and the line and column where there is one.
 */
import { OGL_NAME, OGL_STATEMENT } from '../report/attribution.js';
import { SmiError } from '../errors.js';
import type { Edition, SourceFile } from '../edition/types.js';
import { isCoastalDistrict, type AreaContext } from '../analysis/areaContext.js';
import { verifySource } from './checksum.js';
import { sourceFile } from './manifest.js';
import { readCsvFile, type CsvTable } from './readers/csv.js';

/** The derived IMD file, which the editions do not use (so it is not in the edition manifest). */
export const IMD_SOURCE: SourceFile = {
  id: 'geo-imd-lad16',
  path: 'geo/imd_lad16_england_derived.csv',
  title: 'English Indices of Deprivation 2015 and 2019 summarised to the districts of 2016 (derived from the LSOA files)',
  publisher: 'Ministry of Housing, Communities and Local Government',
  url: 'https://www.gov.uk/government/collections/english-indices-of-deprivation',
  licence: OGL_NAME,
  attribution: `Ministry of Housing, Communities and Local Government, English Indices of Deprivation 2015 and 2019. ${OGL_STATEMENT}`,
  sha256: '4ab5341d45f55685c028cb9428c4f7c2ad266c737128d19f6f38608bbbaf013b',
};

const IMD_COLUMNS = ['lad16cd', 'n_lsoa', 'imd2015_mean_lsoa_score', 'imd2015_prop_lsoa_most_deprived_10pct', 'imd2019_prop_lsoa_most_deprived_10pct', 'imd2019_lad19_popweighted_score'];
const LOOKUP_COLUMNS = ['lad16cd', 'ruc11cd', 'ruc11nm', 'lad25cd', 'mhw_exterior_km'];

interface DistrictContext {
  code: string;
  lad25cd: string;
  lsoaCount: number;
  imd2015Score: number;
  imd2015MostDeprived10: number;
  imd2019Score: number;
  imd2019MostDeprived10: number;
  ruralUrbanCode: number;
  ruralUrban: string;
  coastKm: number;
}

function requireColumns(table: CsvTable, names: readonly string[]): void {
  for (const name of names) {
    if (!table.columns.includes(name)) throw new SmiError(`${table.label}: the column "${name}" is missing; check that the file is the one described in geo/SOURCES.md.`);
  }
}

function numberAt(table: CsvTable, line: number, cells: Record<string, string>, column: string, min = -Infinity, max = Infinity): number {
  const text = (cells[column] ?? '').trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value) || value < min || value > max) {
    const range = Number.isFinite(min) && Number.isFinite(max) ? ` between ${min} and ${max}` : Number.isFinite(min) ? ` of at least ${min}` : '';
    throw new SmiError(`${table.label}, line ${line}, column ${column}: expected a number${range} (got ${text === '' ? 'an empty cell' : `"${text}"`}).`);
  }
  return value;
}

/** The context of every 2016 district in the two files, keyed by 2016 code. */
export function readDistrictContexts(dataDir: string): Map<string, DistrictContext> {
  const lookupSource = sourceFile('geo-lad16-lookup');
  const lookup = readCsvFile(verifySource(dataDir, lookupSource), lookupSource.path);
  requireColumns(lookup, LOOKUP_COLUMNS);
  const imd = readCsvFile(verifySource(dataDir, IMD_SOURCE), IMD_SOURCE.path);
  requireColumns(imd, IMD_COLUMNS);

  const geo = new Map<string, { lad25cd: string; ruralUrbanCode: number; ruralUrban: string; coastKm: number }>();
  for (const { line, cells } of lookup.records) {
    const code = (cells.lad16cd ?? '').trim();
    if (!/^E0[6-9]\d{6}$/.test(code)) throw new SmiError(`${lookup.label}, line ${line}, column lad16cd: "${code}" is not an English district code.`);
    geo.set(code, {
      lad25cd: (cells.lad25cd ?? '').trim(),
      ruralUrbanCode: numberAt(lookup, line, cells, 'ruc11cd', 1, 6),
      ruralUrban: (cells.ruc11nm ?? '').trim(),
      coastKm: numberAt(lookup, line, cells, 'mhw_exterior_km', 0),
    });
  }
  const out = new Map<string, DistrictContext>();
  for (const { line, cells } of imd.records) {
    const code = (cells.lad16cd ?? '').trim();
    const place = geo.get(code);
    if (place === undefined) throw new SmiError(`${imd.label}, line ${line}, column lad16cd: "${code}" is not a district of ${lookup.label}.`);
    out.set(code, {
      code,
      ...place,
      lsoaCount: numberAt(imd, line, cells, 'n_lsoa', 1),
      imd2015Score: numberAt(imd, line, cells, 'imd2015_mean_lsoa_score', 0),
      imd2015MostDeprived10: numberAt(imd, line, cells, 'imd2015_prop_lsoa_most_deprived_10pct', 0, 1),
      imd2019Score: numberAt(imd, line, cells, 'imd2019_lad19_popweighted_score', 0),
      imd2019MostDeprived10: numberAt(imd, line, cells, 'imd2019_prop_lsoa_most_deprived_10pct', 0, 1),
    });
  }
  return out;
}

/**
 * The context of every area of the edition, keyed by its code: 2016 districts directly, 2025
 * councils aggregated over their districts (see the module comment).
 *
 * @throws SmiError when an area of the edition is neither a 2016 district nor a 2025 council of the files.
 */
export function readAreaContexts(dataDir: string, edition: Pick<Edition, 'id' | 'areas'>): Map<string, AreaContext> {
  const districts = readDistrictContexts(dataDir);
  const on2016 = edition.areas.every((area) => districts.has(area.code));
  const councils = new Map<string, DistrictContext[]>();
  for (const district of districts.values()) councils.set(district.lad25cd, [...(councils.get(district.lad25cd) ?? []), district]);
  const classCodes = new Map<string, number>();
  for (const district of districts.values()) classCodes.set(district.ruralUrban, district.ruralUrbanCode);

  const out = new Map<string, AreaContext>();
  for (const area of edition.areas) {
    const members = on2016 ? [districts.get(area.code)!] : councils.get(area.code);
    if (members === undefined || members.length === 0) {
      throw new SmiError(
        `${IMD_SOURCE.path}: no deprivation data for ${area.name} (${area.code}) of ${edition.id}; the context files cover the districts of 2016 and the councils of 2025.`,
      );
    }
    const lsoas = members.reduce((total, d) => total + d.lsoaCount, 0);
    const weighted = (get: (d: DistrictContext) => number) => members.length === 1 ? get(members[0]!) : members.reduce((total, d) => total + get(d) * d.lsoaCount, 0) / lsoas;
    out.set(area.code, {
      code: area.code,
      districts: members.map((d) => d.code),
      lsoaCount: lsoas,
      imd2015Score: weighted((d) => d.imd2015Score),
      imd2015MostDeprived10: weighted((d) => d.imd2015MostDeprived10),
      imd2019Score: weighted((d) => d.imd2019Score),
      imd2019MostDeprived10: weighted((d) => d.imd2019MostDeprived10),
      ruralUrbanCode: members.length === 1 ? members[0]!.ruralUrbanCode : classCodes.get(area.ruralUrban.trim()) ?? null,
      coastKm: members.reduce((total, d) => total + d.coastKm, 0),
      coastal: members.some((d) => isCoastalDistrict(d.code, d.coastKm)),
    });
  }
  return out;
}
