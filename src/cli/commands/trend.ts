/** `smi trend <area>`: one council over the ten years of the series open-series. */
import type { Command } from 'commander';
import { SERIES_YEARS } from '../../edition/catalogue.js';
import { findArea } from '../../report/areaLookup.js';
import { caveatLine } from '../../report/attribution.js';
import { ordinal } from '../../report/ordinal.js';
import { rankText } from '../../report/rankText.js';
import { scoreEdition } from '../../report/scoredEdition.js';
import { trendPlaceByCode, trendPlaces, type AreaTrend, type TrendIndicatorPoint } from '../../report/trend.js';
import { trendResponse } from '../../views/responses.js';
import { TREND_NOTE } from '../../report/trendNotes.js';
import { usableCacheDir } from '../../pipeline/cache.js';
import { resolveDataDir } from '../../pipeline/dataDir.js';
import { loadSeries } from '../../pipeline/editions/index.js';
import { loadGeography2016 } from '../../pipeline/geography.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable, formatValue } from '../output.js';
import { withFormat, type FormatFlag } from './options.js';

export function registerTrend(program: Command, io: Io): void {
  const command = program
    .command('trend')
    .description(`One council over the years of the series open-series (${SERIES_YEARS[0]}–${SERIES_YEARS.at(-1)}, the 294 councils of 2025): overall and life-stage ranks, class and decile, and each indicator's value, England median and rank, with carried values and series breaks marked. A 2016 district resolves to the council it is now part of.`)
    .argument('<area...>', 'council or 2016 district name, or GSS code, e.g. Cumberland or Carlisle');
  command.option('--no-small-area-adjustment', 'give districts of two-tier counties their county\'s FSM values for indicators 4, 6, 9 and 10 instead of district estimates');
  withFormat(command, ['table', 'csv', 'json'], 'table').action(async (words: string[], flags: FormatFlag & { smallAreaAdjustment?: boolean }) => {
    const dataDir = resolveDataDir(io.env);
    const series = await loadSeries({ dataDir, cacheDir: usableCacheDir(io.env), smallAreaAdjustment: flags.smallAreaAdjustment ?? true });
    const scored = series.map(({ year, edition }) => ({ year, scored: scoreEdition(edition) }));
    const councils = scored.at(-1)!.scored.areas.map((entry) => entry.area);
    const districts = loadGeography2016(dataDir);
    const places = trendPlaces(councils, districts);
    // a code first (a 2016 district whose council kept its name, Barnsley's, is found by its code), then a name
    const found = trendPlaceByCode(places, districts, words.join(' ')) ?? findArea(places, words.join(' '), 'among the councils of 2025 and the districts of 2016');
    const trend = trendResponse(scored, found.council, found.from);
    if (flags.format === 'json') io.out(formatJson(trend));
    else if (flags.format === 'csv') io.out(trendCsv(trend));
    else io.out(renderTrend(trend, trend.attribution.text));
  });
}

/** "*" for a value carried from another year, "†" for one after a series break. */
function marks(point: TrendIndicatorPoint): string {
  return `${point.carriedFromYear !== null ? '*' : ''}${point.seriesBreak !== null ? '†' : ''}`;
}

export function renderTrend(trend: AreaTrend, attribution: string): string {
  const lines: string[] = [];
  const first = trend.years[0]!;
  const last = trend.years.at(-1)!;
  if (trend.resolution !== null) lines.push(trend.resolution);
  const rankIn = (y: typeof first) => (y.overall.rank === null ? 'not ranked' : `${ordinal(y.overall.rank)} of ${y.rankedCount}`);
  lines.push(`${trend.name} (${trend.code}): ${rankIn(first)} in ${first.year}, ${rankIn(last)} in ${last.year}.`, caveatLine());
  lines.push(TREND_NOTE.relative, '');
  const stageIds = first.stages.map((s) => s.id);
  lines.push(
    formatTable<(typeof trend.years)[number]>(
      [
        { header: 'Year', cell: (y) => y.year },
        { header: 'Rank', cell: (y) => y.overall.rank, align: 'right' },
        { header: 'Class', cell: (y) => y.overall.class },
        { header: 'Decile', cell: (y) => y.overall.decile, align: 'right' },
        ...stageIds.map((id, i) => ({ header: first.stages[i]!.label, cell: (y: (typeof trend.years)[number]) => y.stages.find((s) => s.id === id)?.rank ?? null, align: 'right' as const })),
      ],
      trend.years,
    ).trimEnd(),
  );
  lines.push('', 'Indicators by year: value (rank), with the England median below; * carried from another year, † after a series break');
  const ids = first.indicators.filter((indicator) => trend.years.some((y) => y.indicators.find((p) => p.id === indicator.id)?.value !== null)).map((i) => i.id);
  const rows = ids.flatMap((id) => {
    const label = first.indicators.find((p) => p.id === id)!;
    const point = (y: (typeof trend.years)[number]) => y.indicators.find((p) => p.id === id)!;
    return [
      { head: `${label.number ?? ''} ${label.label}`.trim(), cells: trend.years.map((y) => { const p = point(y); return p.value === null ? '–' : `${formatValue(p.value, p.unit)}${p.rank === null ? '' : ` (${rankText(p.rank, p.rankOf, false)})`}${marks(p)}`; }) },
      { head: '   England median', cells: trend.years.map((y) => formatValue(point(y).median, point(y).unit)) },
    ];
  });
  lines.push(
    formatTable<(typeof rows)[number]>(
      [{ header: 'Indicator', cell: (r) => r.head }, ...trend.years.map((y, i) => ({ header: String(y.year), cell: (r: (typeof rows)[number]) => r.cells[i]!, align: 'right' as const }))],
      rows,
    ).trimEnd(),
  );
  const notes = new Map<string, string>();
  for (const y of trend.years) for (const p of y.indicators) {
    if (p.seriesBreak !== null) notes.set(`† ${p.label}`, p.seriesBreak);
  }
  if (notes.size > 0) lines.push('', ...[...notes].map(([what, text]) => `${what}: ${text}.`));
  lines.push('', attribution, '');
  return lines.join('\n');
}

export function trendCsv(trend: AreaTrend): string {
  const stageIds = trend.years[0]!.stages.map((s) => s.id);
  const header = ['code', 'name', 'year', 'edition', 'rank', 'class', 'decile', ...stageIds.map((id) => `${id}_rank`), 'indicator', 'value', 'england_median', 'indicator_rank', 'rank_of', 'level', 'data_year', 'carried_from_year', 'series_break'];
  const rows = trend.years.flatMap((y) =>
    y.indicators.map((p) => [
      trend.code, trend.name, y.year, y.edition, y.overall.rank, y.overall.class, y.overall.decile, ...stageIds.map((id) => y.stages.find((s) => s.id === id)?.rank ?? null),
      p.id, p.value, p.median, p.rank, p.rankOf, p.level, p.year, p.carriedFromYear, p.seriesBreak,
    ]),
  );
  return formatCsv(header, rows);
}
