/** `smi movers [--from 2016] [--to 2025]`: the councils that moved most between two years of the series open-series. */
import { Option, type Command } from 'commander';
import { SERIES_YEARS, seriesEditionId, type SeriesYear } from '../../edition/catalogue.js';
import { caveatLine } from '../../report/attribution.js';
import { TREND_NOTE } from '../../report/trendNotes.js';
import { scoreEdition } from '../../report/scoredEdition.js';
import { usableCacheDir } from '../../pipeline/cache.js';
import { resolveDataDir } from '../../pipeline/dataDir.js';
import { loadEdition } from '../../pipeline/editions/index.js';
import { moversResponse } from '../../views/responses.js';
import type { MoversResponse } from '../../contract/responses.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable } from '../output.js';
import { withFormat, type FormatFlag } from './options.js';

/** Rows the table shows (CSV and JSON give every council). */
const TABLE_ROWS = 20;
const YEARS = SERIES_YEARS.map(String);

export function registerMovers(program: Command, io: Io): void {
  const command = program
    .command('movers')
    .description(`The councils whose overall rank moved most between two years of the series open-series (${SERIES_YEARS[0]}–${SERIES_YEARS.at(-1)}, the 294 councils of 2025), with the life stages and the indicators that moved them.`)
    .addOption(new Option('--from <year>', 'the earlier year').choices(YEARS).default(String(SERIES_YEARS[0])))
    .addOption(new Option('--to <year>', 'the later year').choices(YEARS).default(String(SERIES_YEARS.at(-1))));
  command.option('--no-small-area-adjustment', 'give districts of two-tier counties their county\'s FSM values for indicators 4, 6, 9 and 10 instead of district estimates');
  withFormat(command, ['table', 'csv', 'json'], 'table').action(async (flags: FormatFlag & { from: string; to: string; smallAreaAdjustment?: boolean }) => {
    const options = { dataDir: resolveDataDir(io.env), cacheDir: usableCacheDir(io.env), smallAreaAdjustment: flags.smallAreaAdjustment ?? true };
    const year = async (text: string) => {
      const y = Number(text) as SeriesYear;
      return { year: y, scored: scoreEdition(await loadEdition(seriesEditionId(y), options)) };
    };
    const report = moversResponse(await year(flags.from), await year(flags.to));
    if (flags.format === 'json') io.out(formatJson(report));
    else if (flags.format === 'csv') io.out(moversCsv(report));
    else io.out(renderMovers(report));
  });
}

const signed = (n: number | null): string => (n === null ? '–' : n > 0 ? `+${n}` : String(n));

export function renderMovers(report: MoversResponse): string {
  const lines = [`Who moved most, ${report.from} to ${report.to}: overall rank among ${report.rankedCount} councils (+ = up, better).`, caveatLine(), TREND_NOTE.relative, ''];
  const rows = report.areas.slice(0, TABLE_ROWS);
  lines.push(
    formatTable<(typeof rows)[number]>(
      [
        { header: 'Council', cell: (a) => a.name },
        { header: String(report.from), cell: (a) => a.fromRank, align: 'right' },
        { header: String(report.to), cell: (a) => a.toRank, align: 'right' },
        { header: 'Moved', cell: (a) => signed(a.change), align: 'right' },
        { header: 'Stages that moved most', cell: (a) => a.stages.map((s) => `${s.label} ${signed(s.change)}`).join(', ') },
        { header: 'Indicators that moved the score most', cell: (a) => a.indicators.map((i) => `${i.label} ${i.contributionChange > 0 ? '↑' : '↓'}`).join('; ') },
      ],
      rows,
    ).trimEnd(),
  );
  lines.push('', `The ${rows.length} largest moves of ${report.areas.length}; --format csv or json gives every council.`, '', report.attribution.text, '');
  return lines.join('\n');
}

export function moversCsv(report: MoversResponse): string {
  const header = ['code', 'name', 'from_year', 'to_year', 'from_rank', 'to_rank', 'change', 'score_change', 'stages', 'indicators'];
  const rows = report.areas.map((a) => [
    a.code, a.name, report.from, report.to, a.fromRank, a.toRank, a.change, a.scoreChange,
    a.stages.map((s) => `${s.id} ${signed(s.change)}`).join('; '),
    a.indicators.map((i) => `${i.id} ${i.contributionChange > 0 ? '+' : ''}${i.contributionChange.toFixed(3)}`).join('; '),
  ]);
  return formatCsv(header, rows);
}
