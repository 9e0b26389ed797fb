/**
 * Every value of an edition as a tidy long table, the convention of ONS's local statistics: one
 * row per area, period and indicator, with the area's GSS code and name. The measures are the
 * overall index and each life stage (value = score, with its rank) and then every indicator
 * (value in its unit, its level, year and rank, and the England median). Each row is read from the
 * area's profile (./profile.ts), so a download holds exactly the numbers the area page and
 * `…/areas/{code}` show.
 */
import { ParameterError } from '../errors.js';
import type { TidyRow } from '../contract/responses.js';
import { areaProfile } from './profile.js';
import type { ScoredArea, ScoredEdition } from './scoredEdition.js';

export type { TidyRow };

/** The columns of the CSV and XLSX downloads, in order (README, "Downloads"). */
export const TIDY_COLUMNS = ['code', 'name', 'period', 'indicator', 'label', 'value', 'unit', 'level', 'year', 'carried_from_year', 'rank', 'rank_of', 'rank_shared', 'england_median'] as const;

/** The unit of the overall and stage scores. */
export const SCORE_UNIT = 'score';

/**
 * The areas named by `codes` (every area when undefined), in the order given; a code that is no
 * area of the edition is a ParameterError of `areas` naming it.
 */
export function areasByCodes(scored: ScoredEdition, codes: readonly string[] | undefined): ScoredArea[] {
  if (codes === undefined) return [...scored.areas].sort((a, b) => a.area.code.localeCompare(b.area.code));
  const unknown = codes.filter((code) => !scored.byCode.has(code));
  if (unknown.length > 0) {
    throw new ParameterError('areas', `${unknown.map((code) => `"${code}"`).join(', ')} ${unknown.length === 1 ? 'is not an area' : 'are not areas'} of ${scored.edition.id}; give GSS codes of its areas, separated by commas.`);
  }
  return [...new Set(codes)].map((code) => scored.byCode.get(code)!);
}

export function tidyValues(scored: ScoredEdition, period: string, codes?: readonly string[]): TidyRow[] {
  const rows: TidyRow[] = [];
  for (const entry of areasByCodes(scored, codes)) {
    const profile = areaProfile(scored, entry);
    const base = { code: profile.code, name: profile.name, period };
    const computed = { unit: SCORE_UNIT, level: '', year: period, carriedFromYear: null, rankOf: profile.ranked ? profile.rankedCount : null, englandMedian: null };
    rows.push({ ...base, ...computed, indicator: 'overall', label: 'Overall index', value: profile.overall.score, rank: profile.overall.rank, shared: profile.overall.tie !== null });
    for (const stage of profile.stages) rows.push({ ...base, ...computed, indicator: stage.id, label: stage.label, value: stage.score, rank: stage.rank, shared: stage.tie !== null });
    for (const indicator of profile.indicators) {
      rows.push({
        ...base,
        indicator: indicator.id,
        label: indicator.label,
        value: indicator.value,
        unit: indicator.unit,
        level: indicator.level,
        year: indicator.year ?? '',
        carriedFromYear: indicator.carriedFromYear,
        rank: indicator.rank,
        rankOf: indicator.rankOf,
        shared: indicator.tie !== null,
        englandMedian: indicator.median,
      });
    }
  }
  return rows;
}

/** The rows as cells of TIDY_COLUMNS, for the CSV and XLSX downloads. */
export function tidySheet(rows: readonly TidyRow[]): { header: string[]; rows: Array<Array<string | number | null>> } {
  return {
    header: [...TIDY_COLUMNS],
    rows: rows.map((row) => [row.code, row.name, row.period, row.indicator, row.label, row.value, row.unit, row.level, row.year, row.carriedFromYear, row.rank, row.rankOf, row.shared ? 'yes' : 'no', row.englandMedian]),
  };
}
