/** `smi compare <area> <area> … | --county NAME`: areas side by side. */
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { findScoredArea } from './findScoredArea.js';
import { attribution, attributionText, caveatLine } from '../../report/attribution.js';
import { areasInCounty } from '../../report/leagueTable.js';
import { areaProfile, type AreaProfile } from '../../report/profile.js';
import type { ScoredArea } from '../../report/scoredEdition.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatJson, formatTable, formatValue, type Column } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

interface CompareFlags extends SourceFlags, FormatFlag {
  county?: string;
}

interface CompareRow {
  label: string;
  cells: string[];
}

export function registerCompare(program: Command, io: Io): void {
  const command = program
    .command('compare')
    .description('Areas side by side: overall and life-stage ranks and every indicator. Separate names with spaces; quote names with spaces.')
    .argument('[areas...]', 'area names or codes, e.g. Carlisle "South Lakeland" Eden')
    .option('--county <name>', 'every district in this county, e.g. Cumbria');
  withFormat(withSource(command), ['table', 'json'], 'table').action(async (queries: string[], flags: CompareFlags) => {
    const scored = await loadScored(flags, io.env);
    const chosen: ScoredArea[] = [];
    if (flags.county !== undefined) chosen.push(...areasInCounty(scored.areas, flags.county));
    for (const query of queries) {
      const found = findScoredArea(scored, query, io);
      if (!chosen.includes(found)) chosen.push(found);
    }
    if (chosen.length < 2) throw new UsageError('compare needs at least two areas: name them, or give --county.');
    const profiles = chosen.map((entry) => areaProfile(scored, entry));
    if (flags.format === 'json') {
      io.out(formatJson({ edition: scored.edition.id, rankedCount: scored.result.rankedCount, areas: profiles, attribution: attribution(scored.edition) }));
      return;
    }
    io.out(`${scored.edition.label}: ranks out of ${scored.result.rankedCount}, 1 = best.\n${caveatLine()}\n\n`);
    io.out(formatTable(compareColumns(profiles), compareRows(profiles)));
    io.out(`\n${attributionText(scored.edition)}\n`);
  });
}

function compareColumns(profiles: AreaProfile[]): Column<CompareRow>[] {
  return [
    { header: '', cell: (row) => row.label },
    ...profiles.map((profile, index): Column<CompareRow> => ({ header: profile.name, cell: (row) => row.cells[index] ?? null, align: 'right' })),
  ];
}

function compareRows(profiles: AreaProfile[]): CompareRow[] {
  const first = profiles[0];
  if (first === undefined) return [];
  const rows: CompareRow[] = [
    { label: 'Overall rank', cells: profiles.map((p) => (p.overall.rank === null ? 'unranked' : String(p.overall.rank))) },
    { label: 'Class', cells: profiles.map((p) => p.overall.class ?? 'unranked') },
  ];
  first.stages.forEach((stage, index) => {
    rows.push({
      label: `${stage.label} rank`,
      cells: profiles.map((p) => {
        const own = p.stages[index];
        if (own === undefined || own.rank === null) return '–';
        return own.thin ? `${own.rank} (on ${own.indicatorsUsed} of ${own.indicatorsTotal})` : String(own.rank);
      }),
    });
  });
  first.indicators.forEach((indicator, index) => {
    if (profiles.every((p) => p.indicators[index]?.value === null)) return;
    rows.push({
      label: `${indicator.number ?? ''} ${indicator.label}`.trim(),
      cells: profiles.map((p) => {
        const item = p.indicators[index];
        return item === undefined ? '–' : formatValue(item.value, item.unit);
      }),
    });
  });
  return rows;
}
