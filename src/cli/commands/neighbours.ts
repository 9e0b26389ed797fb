/** `smi neighbours <area> [--k 10] [--on indicators|context]`: statistical neighbours (src/analysis/neighbours.ts). */
import { Option, type Command } from 'commander';
import type { Neighbour, NeighbourBasis } from '../../analysis/neighbours.js';
import { neighboursResponse } from '../../views/responses.js';
import { NEIGHBOUR_BASIS, idsOf } from '../../method/vocabulary.js';
import { UsageError } from '../../errors.js';
import { attributionText } from '../../report/attribution.js';
import { readAreaContexts, IMD_SOURCE } from '../../pipeline/context.js';
import { resolveDataDir } from '../../pipeline/dataDir.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatJson, formatTable } from '../output.js';
import { findScoredArea } from './findScoredArea.js';
import { AREA_ARGUMENT, withFormat, withSource, type FormatFlag } from './options.js';

interface NeighbourFlags extends SourceFlags, FormatFlag {
  k: string;
  on: NeighbourBasis;
}

export function registerNeighbours(program: Command, io: Io): void {
  const command = program
    .command('neighbours')
    .description('The areas most like this one: nearest on the standardised indicator profile, or on context (deprivation, rural-urban class, region, coast).')
    .argument(...AREA_ARGUMENT)
    .option('-k, --k <n>', 'how many neighbours', '10')
    .addOption(new Option('--on <basis>', 'compare indicator values or context').choices(idsOf(NEIGHBOUR_BASIS)).default(NEIGHBOUR_BASIS.default));
  withFormat(withSource(command), ['table', 'json'], 'table').action(async (words: string[], flags: NeighbourFlags) => {
    const k = Number(flags.k);
    if (!/^\d+$/.test(flags.k.trim()) || !(k >= 1)) throw new UsageError(`--k must be a whole number of at least 1 (got "${flags.k}").`);
    const scored = await loadScored(flags, io.env);
    const entry = findScoredArea(scored, words.join(' '), io);
    const contexts = flags.on === 'context' ? readAreaContexts(resolveDataDir(io.env), scored.edition) : undefined;
    const response = neighboursResponse(scored, entry, { k, on: flags.on, contexts, contextSource: IMD_SOURCE });
    if (flags.format === 'json') {
      io.out(formatJson(response));
      return;
    }
    const report = response;
    const sources = flags.on === 'context' ? { sources: [...scored.edition.sources, IMD_SOURCE] } : scored.edition;
    const lines = [
      `The ${report.neighbours.length} areas nearest to ${report.name} on ${flags.on === 'context' ? 'context' : 'indicator values'} (${report.dimensions.join(', ')}), standardised; 0 = identical.`,
      '',
      formatTable<Neighbour & { n: number }>(
        [
          { header: '#', cell: (row) => row.n, align: 'right' },
          { header: 'Area', cell: (row) => row.name },
          { header: 'Rank', cell: (row) => scored.byCode.get(row.code)?.result.overall.rank ?? null, align: 'right' },
          { header: 'Distance', cell: (row) => row.distance.toFixed(3), align: 'right' },
        ],
        report.neighbours.map((row, i) => ({ ...row, n: i + 1 })),
      ),
      attributionText(sources),
      '',
    ];
    io.out(lines.join('\n'));
  });
}
