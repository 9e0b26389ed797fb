/** `smi patterns`: the index against deprivation, rurality and the coast (src/analysis/patterns.ts). */
import type { Command } from 'commander';
import { patternAreaRows, type GroupShare, type PatternArea, type PatternsReport } from '../../analysis/patterns.js';
import { patternAreasSheet } from '../../report/sheets.js';
import { patternsResponse } from '../../views/responses.js';
import { COAST_THRESHOLD_KM, NOT_COASTAL } from '../../analysis/areaContext.js';
import { ordinal } from '../../report/ordinal.js';
import { readAreaContexts, IMD_SOURCE } from '../../pipeline/context.js';
import { resolveDataDir } from '../../pipeline/dataDir.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

export function registerPatterns(program: Command, io: Io): void {
  const command = program
    .command('patterns')
    .description('The index and deprivation: rank correlations, affluent coldspots and deprived hotspots, and hotspot and coldspot shares by region, rural-urban class and coast.');
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: SourceFlags & FormatFlag) => {
    const scored = await loadScored(flags, io.env);
    const contexts = readAreaContexts(resolveDataDir(io.env), scored.edition);
    const report = patternsResponse(scored, contexts, IMD_SOURCE);
    if (flags.format === 'json') {
      io.out(formatJson(report));
      return;
    }
    if (flags.format === 'csv') {
      const sheet = patternAreasSheet(patternAreaRows(scored, contexts));
      io.out(formatCsv(sheet.header, sheet.rows));
      io.err(`${report.attribution.text}\n`);
      return;
    }
    io.out(renderPatterns(report, report.attribution.text));
  });
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

function indent(text: string): string[] {
  return text.trimEnd().split('\n').map((line) => `  ${line}`);
}

function renderPatterns(r: PatternsReport, attribution: string): string {
  const lines: string[] = [];
  lines.push(`${r.edition}: ${r.rankedCount} ranked areas.`, '');
  lines.push('Rank correlation (Spearman ρ) with deprivation; negative = more deprived areas score lower');
  lines.push(
    ...indent(
      formatTable(
        [
          { header: 'Score', cell: (row: PatternsReport['correlations'][number]) => row.label },
          ...r.measures.map((measure) => ({ header: measure.label, cell: (row: PatternsReport['correlations'][number]) => row.rho[measure.id]?.rho?.toFixed(2) ?? null, align: 'right' as const })),
        ],
        r.correlations,
      ),
    ),
  );
  const list = (areas: PatternArea[]) => (areas.length === 0 ? 'none' : areas.map((a) => `${a.name} (${a.rank})`).join(', '));
  lines.push('', `Least deprived third: the ${r.thirds.size} areas with the lowest IMD 2015 mean score (up to ${r.thirds.leastDeprivedMaxImd2015?.toFixed(1) ?? '–'}).`);
  lines.push(`Affluent coldspots (${r.affluentColdspots.length}): ${list(r.affluentColdspots)}.`);
  for (const named of r.named) {
    const where = named.rank === null ? 'is not ranked' : `is ${ordinal(named.rank)} of ${r.rankedCount}${named.class === 'neither' || named.class === null ? '' : `, a ${named.class}`}`;
    const verdict = named.affluentColdspot ? 'an affluent coldspot here too, as the Commission found' : `not an affluent coldspot in this edition (${named.inLeastDeprivedThird ? 'it is in the least deprived third but not a coldspot' : 'it is not in the least deprived third'})`;
    lines.push(`  ${named.name} ${where}: ${verdict}.`);
  }
  lines.push(`Deprived hotspots (${r.deprivedHotspots.length}, hotspots among the most deprived third, IMD 2015 score ${r.thirds.mostDeprivedMinImd2015?.toFixed(1) ?? '–'} and above): ${list(r.deprivedHotspots)}.`);
  const shareTable = (title: string, rows: GroupShare[]) => {
    lines.push('', title);
    lines.push(
      ...indent(
        formatTable<GroupShare>(
          [
            { header: 'Group', cell: (row) => row.group },
            { header: 'Areas', cell: (row) => row.ranked, align: 'right' },
            { header: 'Hotspots', cell: (row) => `${row.hotspots} (${pct(row.hotspotShare)})`, align: 'right' },
            { header: 'Coldspots', cell: (row) => `${row.coldspots} (${pct(row.coldspotShare)})`, align: 'right' },
            { header: 'In lower half', cell: (row) => pct(row.lowerHalfShare), align: 'right' },
          ],
          rows,
        ),
      ),
    );
  };
  shareTable('By region', r.byRegion);
  shareTable('By rural-urban class (2011)', r.byRuralUrban);
  shareTable(`By coast (more than ${COAST_THRESHOLD_KM} km of coast or estuary, less ${Object.keys(NOT_COASTAL).length} hand-checked river districts; see the README)`, r.byCoastal);
  if (r.withoutContext.length > 0) lines.push('', `No context data for ${r.withoutContext.join(', ')}.`);
  lines.push('', attribution, '');
  return lines.join('\n');
}
