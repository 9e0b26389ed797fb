/** `smi explain <area>`: what drives an area's score and rank (src/analysis/explain.ts). */
import type { Command } from 'commander';
import { indicatorLabel } from '../../report/indicatorWords.js';
import { explain, type Driver, type Explanation } from '../../analysis/explain.js';
import { attributionText } from '../../report/attribution.js';
import { ordinal } from '../../report/ordinal.js';
import type { ScoredEdition } from '../../report/scoredEdition.js';
import { explainResponse } from '../../views/responses.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatJson, formatScore, formatTable, formatValue } from '../output.js';
import { findScoredArea, signed } from './findScoredArea.js';
import { AREA_ARGUMENT, withFormat, withSource, type FormatFlag } from './options.js';

export function registerExplain(program: Command, io: Io): void {
  const command = program
    .command('explain')
    .description('What drives an area\'s result: each indicator\'s contribution to its score, its gap to the median area, and the places it costs or gains.')
    .argument(...AREA_ARGUMENT);
  withFormat(withSource(command), ['table', 'json'], 'table').action(async (words: string[], flags: SourceFlags & FormatFlag) => {
    const scored = await loadScored(flags, io.env);
    const entry = findScoredArea(scored, words.join(' '), io);
    if (flags.format === 'json') {
      io.out(formatJson(explainResponse(scored, entry)));
      return;
    }
    const explanation = explain(scored, entry);
    io.out(renderExplanation(explanation, scored));
  });
}

function renderExplanation(e: Explanation, scored: ScoredEdition): string {
  const log = e.scale === 'log';
  const lines: string[] = [];
  lines.push(`${e.name}: ${ordinal(e.overall.rank)} of ${e.rankedCount}${e.overall.class === 'neither' || e.overall.class === null ? '' : `, a ${e.overall.class}`}, overall score ${formatScore(e.overall.score)} (the median area scores ${formatScore(e.medianScore)}).`);
  const middle = e.medianAreas.map((area) => `${area.name} (${ordinal(area.rank)})`).join(' and ');
  lines.push(
    log
      ? `Geometric aggregation: contributions add up to the log of the score, ${formatScore(Math.log(e.overall.score))}; the gap to ${middle} on that scale is ${signed(e.gap)}.`
      : `Contributions add up to the score; the gap to the median area (${middle}) is ${signed(e.gap)}.`,
  );
  const down = e.drivers.filter((d) => (d.places ?? 0) < 0).slice(0, 3);
  const up = [...e.drivers].filter((d) => (d.places ?? 0) > 0).reverse().slice(0, 3);
  if (down.length > 0) lines.push('', 'Pulling it down most:', ...down.map((d) => `  ${d.sentence}`));
  if (up.length > 0) lines.push('', 'Holding it up most:', ...up.map((d) => `  ${d.sentence}`));
  lines.push('', 'By life stage');
  lines.push(
    ...formatTable(
      [
        { header: 'Stage', cell: (s: Explanation['stages'][number]) => s.label },
        { header: 'Rank', cell: (s) => (s.rank === null ? null : `${s.rank}/${e.rankedCount}`), align: 'right' },
        { header: 'Contribution', cell: (s) => signed(s.contribution), align: 'right' },
        { header: 'Gap to median area', cell: (s) => signed(s.gap), align: 'right' },
      ],
      e.stages,
    )
      .trimEnd()
      .split('\n')
      .map((line) => `  ${line}`),
  );
  lines.push('', 'By indicator ("places": the change in overall rank if the value were the England median; − costs, + gains)');
  lines.push(
    ...formatTable<Driver>(
      [
        { header: 'Stage', cell: (d) => d.stageLabel },
        { header: 'Indicator', cell: (d) => d.label },
        { header: 'Value', cell: (d) => formatValue(d.value, d.unit), align: 'right' },
        { header: 'Median', cell: (d) => formatValue(d.median, d.unit), align: 'right' },
        { header: 'Position', cell: (d) => d.position },
        { header: 'Contribution', cell: (d) => signed(d.contribution), align: 'right' },
        { header: 'Gap', cell: (d) => signed(d.gap), align: 'right' },
        { header: 'Rank at median', cell: (d) => d.rankAtMedian, align: 'right' },
        { header: 'Places', cell: (d) => (d.places === null ? null : d.places > 0 ? `+${d.places}` : d.places === 0 ? '0' : `−${-d.places}`), align: 'right' },
      ],
      e.drivers,
    )
      .trimEnd()
      .split('\n')
      .map((line) => `  ${line}`),
  );
  if (e.unused.length > 0) {
    const labels = new Map(scored.method.indicators.map((indicator) => [indicator.id, indicatorLabel(scored.edition, indicator)]));
    lines.push('', `Not used for ${e.name}: ${e.unused.map((id) => labels.get(id) ?? id).join('; ')}.`);
  }
  lines.push('', attributionText(scored.edition), '');
  return lines.join('\n');
}
