/** `smi patterns`: the index against deprivation, rurality and the coast (src/analysis/patterns.ts). */
import type { Command } from 'commander';
import { patterns, type GroupShare, type PatternArea, type PatternsReport } from '../../analysis/patterns.js';
import { COAST_THRESHOLD_KM, NOT_COASTAL } from '../../analysis/areaContext.js';
import { attributionText } from '../../report/attribution.js';
import { ordinal } from '../../report/ordinal.js';
import { readAreaContexts, IMD_SOURCE } from '../../pipeline/context.js';
import { resolveDataDir } from '../../pipeline/dataDir.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

export function registerPatterns(program: Command, io: Io): void {
  const command = program
    .command('patterns')
    .description('The index and deprivation: rank correlations, affluent coldspots and deprived hotspots, and hotspot and coldspot shares by region, rural-urban class and coast.');
  withFormat(withSource(command), ['table', 'json'], 'table').action(async (flags: SourceFlags & FormatFlag) => {
    const scored = await loadScored(flags, io.env);
    const report = patterns(scored, readAreaContexts(resolveDataDir(io.env), scored.edition));
    const attribution = attributionText({ sources: [...scored.edition.sources, IMD_SOURCE] });
    if (flags.format === 'json') {
      io.out(formatJson({ ...report, attribution }));
      return;
    }
    io.out(renderPatterns(report, attribution));
  });
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

function indent(text: string): string[] {
  return text.trimEnd().split('\n').map((line) => `  ${line}`);
}

function renderPatterns(r: PatternsReport, attribution: string): string {
  const lines: string[] = [];
  lines.push(`${r.edition}: ${r.ranked_count} ranked areas.`, '');
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
  lines.push('', `Least deprived third: the ${r.thirds.size} areas with the lowest IMD 2015 mean score (up to ${r.thirds.least_deprived_max_imd2015?.toFixed(1) ?? '–'}).`);
  lines.push(`Affluent coldspots (${r.affluent_coldspots.length}): ${list(r.affluent_coldspots)}.`);
  for (const named of r.named) {
    const where = named.rank === null ? 'is not ranked' : `is ${ordinal(named.rank)} of ${r.ranked_count}${named.class === 'neither' || named.class === null ? '' : `, a ${named.class}`}`;
    const verdict = named.affluent_coldspot ? 'an affluent coldspot here too, as the Commission found' : `not an affluent coldspot in this edition (${named.in_least_deprived_third ? 'it is in the least deprived third but not a coldspot' : 'it is not in the least deprived third'})`;
    lines.push(`  ${named.name} ${where}: ${verdict}.`);
  }
  lines.push(`Deprived hotspots (${r.deprived_hotspots.length}, hotspots among the most deprived third, IMD 2015 score ${r.thirds.most_deprived_min_imd2015?.toFixed(1) ?? '–'} and above): ${list(r.deprived_hotspots)}.`);
  const shareTable = (title: string, rows: GroupShare[]) => {
    lines.push('', title);
    lines.push(
      ...indent(
        formatTable<GroupShare>(
          [
            { header: 'Group', cell: (row) => row.group },
            { header: 'Areas', cell: (row) => row.ranked, align: 'right' },
            { header: 'Hotspots', cell: (row) => `${row.hotspots} (${pct(row.hotspot_share)})`, align: 'right' },
            { header: 'Coldspots', cell: (row) => `${row.coldspots} (${pct(row.coldspot_share)})`, align: 'right' },
            { header: 'In lower half', cell: (row) => pct(row.lower_half_share), align: 'right' },
          ],
          rows,
        ),
      ),
    );
  };
  shareTable('By region', r.by_region);
  shareTable('By rural-urban class (2011)', r.by_rural_urban);
  shareTable(`By coast (more than ${COAST_THRESHOLD_KM} km of coast or estuary, less ${Object.keys(NOT_COASTAL).length} hand-checked river districts; see the README)`, r.by_coastal);
  if (r.without_context.length > 0) lines.push('', `No context data for ${r.without_context.join(', ')}.`);
  lines.push('', attribution, '');
  return lines.join('\n');
}
