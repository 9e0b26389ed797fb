/** `smi rank`: the league table, filtered and sorted. */
import { Option, type Command } from 'commander';
import type { AreaClass } from '../../engine/types.js';
import { attributionText } from '../../report/attribution.js';
import { AREA_CLASS, idsOf } from '../../method/vocabulary.js';
import { leagueSorts, leagueTable, leagueTableSheet, type LeagueRow, type LeagueSort } from '../../report/leagueTable.js';
import { STAGES } from '../../method/presets.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatScore, formatTable, type Column } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

interface RankFlags extends SourceFlags, FormatFlag {
  stage?: string;
  region?: string;
  county?: string;
  ruralUrban?: string;
  class?: AreaClass;
  search?: string;
  sort: LeagueSort;
}

export function registerRank(program: Command, io: Io): void {
  const command = program
    .command('rank')
    .description('The league table: every area ranked overall (or on one life stage), best first.')
    .addOption(new Option('-s, --stage <stage>', 'rank on one life stage').choices(STAGES.map((stage) => stage.id)))
    .option('--region <name>', 'only areas in this region, e.g. "North West"')
    .option('--county <name>', 'only districts in this county, e.g. Cumbria')
    .option('--rural-urban <class>', 'only areas of this rural-urban class, e.g. "Predominantly Rural"')
    .addOption(new Option('--class <class>', 'only hotspots, coldspots or neither').choices(idsOf(AREA_CLASS)))
    .option('--search <text>', 'only areas whose name contains this text')
    .addOption(new Option('--sort <order>', 'rank (best first), name (alphabetical, every area with its rank), or a life stage (its rank)').choices(leagueSorts(STAGES.map((stage) => stage.id))).default('rank'));
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: RankFlags) => {
    const scored = await loadScored(flags, io.env);
    const table = leagueTable(scored, {
      stage: flags.stage,
      region: flags.region,
      county: flags.county,
      ruralUrban: flags.ruralUrban,
      class: flags.class,
      search: flags.search,
      sort: flags.sort,
    });
    const stages = scored.method.stages;
    if (flags.format === 'json') {
      io.out(formatJson({ ...table, attribution: attributionText(scored.edition) }));
      return;
    }
    if (flags.format === 'csv') {
      const sheet = leagueTableSheet(table, stages.map((stage) => stage.id));
      io.out(formatCsv(sheet.header, sheet.rows));
      io.err(`${attributionText(scored.edition)}\n`);
      return;
    }
    const columns: Column<LeagueRow>[] = [
      { header: table.stage === null ? 'Rank' : `${stages.find((stage) => stage.id === table.stage)?.label ?? table.stage} rank`, cell: (row) => row.rank, align: 'right' },
      { header: 'Area', cell: (row) => row.name },
      { header: 'Region', cell: (row) => row.region },
      { header: 'Score', cell: (row) => formatScore(row.score), align: 'right' },
      { header: 'Class', cell: (row) => row.class ?? 'unranked' },
      ...(table.stage === null ? stages.map((stage): Column<LeagueRow> => ({ header: stage.label, cell: (row) => row.stages[stage.id]?.rank ?? null, align: 'right' })) : [{ header: 'Overall', cell: (row: LeagueRow) => row.overallRank, align: 'right' as const }]),
    ];
    io.out(`${scored.edition.label}: ${table.rows.length} of ${scored.areas.length} areas; ranks out of ${table.rankedCount}, 1 = best.\n\n`);
    io.out(formatTable(columns, table.rows));
    const unranked = table.rows.filter((row) => row.rank === null);
    for (const row of unranked) io.out(`${row.name} is not ranked: ${row.unrankedReason ?? 'too few values'}.\n`);
    io.out(`\n${attributionText(scored.edition)}\n`);
  });
}
