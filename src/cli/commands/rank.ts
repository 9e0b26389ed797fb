/** `smi rank`: the league table, filtered and sorted. */
import { Option, type Command } from 'commander';
import { attributionText, caveatLine } from '../../report/attribution.js';
import { AREA_CLASS, COAST, SORT_ORDER, idsOf } from '../../method/vocabulary.js';
import { readAreaContexts } from '../../pipeline/context.js';
import { resolveDataDir } from '../../pipeline/dataDir.js';
import { leagueTableSheet, type LeagueRow, type LeagueSort, type LeagueTableQuery } from '../../report/leagueTable.js';
import { leagueTableResponse } from '../../views/responses.js';
import { SMI_2017 } from '../../method/presets.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatScore, formatTable, type Column } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

interface RankFlags extends SourceFlags, FormatFlag, LeagueTableQuery {
  sort: LeagueSort;
}

/** The stage ids of the default method, for the help text only: a method file may name others. */
const DEFAULT_STAGES = SMI_2017.stages.map((stage) => stage.id).join(', ');

export function registerRank(program: Command, io: Io): void {
  const command = program
    .command('rank')
    .description('The league table: every area ranked overall (or on one life stage), best first.')
    .option('-s, --stage <stage>', `rank on one life stage of the method (the default method's: ${DEFAULT_STAGES})`)
    .option('--region <name>', 'only areas in this region, e.g. "North West"')
    .option('--county <name>', 'only districts in this county, e.g. Cumbria')
    .option('--rural-urban <class>', 'only areas of this rural-urban class, e.g. "Predominantly Rural"')
    .addOption(new Option('--class <class>', 'only hotspots, coldspots or neither').choices(idsOf(AREA_CLASS)))
    .option('--search <text>', 'only areas whose name contains this text')
    .addOption(new Option('--coast <coast>', 'only coastal areas, or only inland ones (the rule: smi patterns, the README)').choices(idsOf(COAST)))
    .option('--sort <order>', `rank (best first), name (alphabetical, every area with its rank), or a life stage of the method (its rank; the default method's: ${DEFAULT_STAGES})`, 'rank')
    .addOption(new Option('--order <order>', 'ascending (best first, A to Z) or descending (worst first, Z to A); unranked areas stay last').choices(idsOf(SORT_ORDER)).default(SORT_ORDER.default));
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: RankFlags) => {
    const scored = await loadScored(flags, io.env);
    const coastal = flags.coast === undefined ? undefined : readAreaContexts(resolveDataDir(io.env), scored.edition);
    const table = leagueTableResponse(scored, flags, coastal);
    const stages = scored.method.stages;
    if (flags.format === 'json') {
      io.out(formatJson(table));
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
      ...(table.stage === null ? stages.map((stage): Column<LeagueRow> => ({ header: stage.label, cell: (row) => stageRankCell(row, stage.id), align: 'right' })) : [{ header: 'Overall', cell: (row: LeagueRow) => row.overallRank, align: 'right' as const }]),
    ];
    io.out(`${scored.edition.label}: ${table.rows.length} of ${scored.areas.length} areas; ranks out of ${table.rankedCount}, 1 = best.\n${caveatLine()}\n\n`);
    io.out(formatTable(columns, table.rows));
    const unranked = table.rows.filter((row) => row.rank === null);
    for (const row of unranked) io.out(`${row.name} is not ranked: ${row.unrankedReason ?? 'too few values'}.\n`);
    if (table.rows.some((row) => Object.values(row.stages).some((stage) => stage.thin))) io.out(`\n${THIN_MARK} the stage's score rests on fewer than half of its indicators.\n`);
    const flat = table.leftOut.filter((entry) => entry.reason.startsWith('no spread'));
    if (flat.length > 0) io.out(`\nLeft out of its stage: ${flat.map((entry) => `${entry.label} (${entry.reason})`).join('; ')}.\n`);
    io.out(`\n${attributionText(scored.edition)}\n`);
  });
}

/** Marks a stage rank whose score rests on fewer than half of the stage's indicators. */
const THIN_MARK = '*';

function stageRankCell(row: LeagueRow, stageId: string): string | number | null {
  const stage = row.stages[stageId];
  if (stage === undefined || stage.rank === null) return null;
  return stage.thin ? `${stage.rank}${THIN_MARK}` : stage.rank;
}

/**
 * --stage and --sort name a stage of the method in force, which a method file may define for
 * itself, so they are checked once the method is loaded rather than by commander's choices.
 */
