/**
 * A user's own dataset (pure: the CLI reads it from a CSV file, src/pipeline/userDataset.ts; the web
 * app's "Your own data" page from a CSV or a workbook's sheet): a table with a `code` column (GSS codes of English districts of 2016 or
 * councils of 2025), an optional `name` column and one column per indicator id of the method.
 * Empty cells (and `NA`) are missing values. The whole file is validated before anything is
 * computed; the first problem is reported with its line and column.
 */
import { DECIMAL_NUMBER } from '../method/vocabulary.js';
import { domainProblem } from '../method/domain.js';
import { SmiError } from '../errors.js';
import type { AreaGeography, Edition, EditionArea } from '../edition/types.js';
import type { MethodDescription } from '../method/types.js';
import type { CsvTable } from '../edition/table.js';
import { closestNames, normaliseName } from './areaLookup.js';

/**
 * A dataset of your own: at most 20 MB (a few thousand areas of 16 values take well under 1 MB),
 * 10,000 characters a row, 100,000 data rows and 500 columns, so that a runaway cell or file is
 * refused before it fills the memory or the processor.
 */
export const USER_CSV_LIMITS = { maxBytes: 20_000_000, maxRowCharacters: 10_000, maxRows: 100_000, maxColumns: 500 } as const;

/** The columns of a dataset besides the indicator ids: the area's GSS code, and optionally its name. */
export const CODE_COLUMN = 'code';
export const NAME_COLUMN = 'name';
const MISSING_MARKERS = new Set(['', 'NA', 'na', 'N/A']);

/** Validates a parsed table against a method and a geography; pure apart from its inputs. */
export function userDatasetEdition(table: CsvTable, method: MethodDescription, geography: ReadonlyMap<string, AreaGeography>): Edition {
  const { label } = table;
  if (!table.columns.includes(CODE_COLUMN)) {
    throw new SmiError(`${label}: no "${CODE_COLUMN}" column; the first row must name a "${CODE_COLUMN}" column of area codes and one column per indicator id.`);
  }
  const indicatorIds = method.indicators.map((indicator) => indicator.id);
  const indicators = new Map(method.indicators.map((indicator) => [indicator.id, indicator]));
  for (const column of table.columns) {
    if (column === CODE_COLUMN || column === NAME_COLUMN || indicatorIds.includes(column)) continue;
    const near = closestNames(indicatorIds.map((id) => ({ code: id, name: id })), normaliseName(column), 1);
    throw new SmiError(
      `${label}, line 1: unknown column "${column}"${near[0] ? ` (did you mean "${near[0]}"?)` : ''}; columns are "${CODE_COLUMN}", optionally "${NAME_COLUMN}", and the indicator ids of ${method.id} (see \`smi indicators\`).`,
    );
  }
  const missingColumns = indicatorIds.filter((id) => !table.columns.includes(id));
  if (missingColumns.length > 0) {
    throw new SmiError(`${label}, line 1: missing column${missingColumns.length > 1 ? 's' : ''} ${missingColumns.map((id) => `"${id}"`).join(', ')}; give every indicator a column, left empty where there is no value.`);
  }
  if (table.records.length === 0) throw new SmiError(`${label}: there are no data rows.`);
  const seen = new Map<string, number>();
  const areas: EditionArea[] = table.records.map(({ line, cells }) => {
    const code = (cells[CODE_COLUMN] ?? '').toUpperCase();
    const geo = geography.get(code);
    if (code === '') throw new SmiError(`${label}, line ${line}, column ${CODE_COLUMN}: the area code is empty.`);
    if (geo === undefined) {
      throw new SmiError(`${label}, line ${line}, column ${CODE_COLUMN}: unknown area code "${cells[CODE_COLUMN]}"; expected the GSS code of an English district of 2016 or council of 2025, such as E07000028.`);
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) throw new SmiError(`${label}, line ${line}, column ${CODE_COLUMN}: the area code ${code} appears again (first on line ${earlier}).`);
    seen.set(code, line);
    const values: Record<string, number | null> = {};
    const provenance: EditionArea['provenance'] = {};
    for (const id of indicatorIds) {
      const text = cells[id] ?? '';
      if (MISSING_MARKERS.has(text)) {
        values[id] = null;
      } else if (DECIMAL_NUMBER.test(text)) {
        const value = Number(text);
        const problem = domainProblem(indicators.get(id)!, value);
        if (problem !== null) throw new SmiError(`${label}, line ${line}, column ${id}: ${problem.replace(/\(got [^)]*\)$/, `(got "${text}")`)}.`);
        values[id] = value;
      } else {
        throw new SmiError(`${label}, line ${line}, column ${id}: expected a number or an empty cell, got "${text}".`);
      }
      provenance[id] = { level: values[id] === null ? 'missing' : 'supplied', year: '', source: 'user', measure: id };
    }
    const name = cells[NAME_COLUMN];
    return { ...geo, name: name === undefined || name === '' ? geo.name : name, values, provenance, intervals: {} };
  });
  return {
    id: label,
    label: `${label} (your dataset)`,
    description: `Values read from ${label}, computed with the method ${method.id}.`,
    method,
    areas,
    indicators: method.indicators.map((indicator) => ({
      indicator: indicator.id,
      level: 'supplied',
      year: '',
      source: null,
      measure: indicator.id,
      note: `column "${indicator.id}" of ${label}`,
      coverage: areas.filter((area) => area.values[indicator.id] !== null).length,
    })),
    sources: [],
    checksums: {},
  };
}
