/**
 * What to say wherever a change over the years of the series is shown (issue 10, deliverable 6):
 * the short notes that apply to one trend, and where its series breaks fall. One wording, used by
 * `smi trend`, the area page's "Over time" section and the method page. Pure.
 */
import type { AreaTrend } from './trend.js';

export const TREND_NOTE = {
  relative: 'Ranks are relative: each year is scored against the same 294 councils that year, so an area can fall while its values improve.',
  carried: 'A carried value does not move: where a year has no value of its own, the latest earlier one is used and marked, so the line is flat there and any change in rank comes from the other councils.',
  noAssessments: 'There were no KS2 or EYFS assessments in 2020 and 2021 (the pandemic): those years carry 2019’s values.',
  eyfs: 'The EYFS profile changed in 2021/22: early-years development before and after is not comparable.',
  occupations: 'Occupations were recoded (SOC 2010 to SOC 2020) in 2021: managerial and professional jobs before and after are not comparable.',
} as const;

export type TrendNoteId = keyof typeof TREND_NOTE;

/** The ids of the notes that apply to `trend`, in a fixed order: ranks are relative always; the others where its values show them. */
export function trendNoteIds(trend: Pick<AreaTrend, 'years'>): TrendNoteId[] {
  const points = trend.years.flatMap((y) => y.indicators.map((p) => ({ ...p, seriesYear: y.year })));
  const ids: TrendNoteId[] = ['relative'];
  if (points.some((p) => p.carriedFromYear !== null)) ids.push('carried');
  if (points.some((p) => (p.seriesYear === 2020 || p.seriesYear === 2021) && p.carriedFromYear === '2019')) ids.push('noAssessments');
  if (points.some((p) => p.seriesBreak !== null && /EYFS/.test(p.seriesBreak))) ids.push('eyfs');
  if (points.some((p) => p.seriesBreak !== null && /SOC 2020|[Oo]ccupation/.test(p.seriesBreak))) ids.push('occupations');
  return ids;
}

/**
 * For each point of one indicator's series (oldest first), whether a series break falls just
 * before it: its break text differs from the year before's (a break begins, ends or changes).
 * The first point has none before it.
 */
export function breaksBefore(points: ReadonlyArray<{ seriesBreak: string | null }>): boolean[] {
  return points.map((point, i) => i > 0 && point.seriesBreak !== points[i - 1]!.seriesBreak);
}
