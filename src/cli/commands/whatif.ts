/** `smi whatif <area> --set <indicator>=<value|median|best-in-county|best-in-region> …` (src/analysis/whatIf.ts). */
import type { Command } from 'commander';
import { parseSetting, resolveSettings, whatIf, type Snapshot, type WhatIfResult } from '../../analysis/whatIf.js';
import { attributionText } from '../../report/attribution.js';
import { ordinal } from '../../report/ordinal.js';
import type { ScoredEdition } from '../../report/scoredEdition.js';
import { whatIfResponse } from '../../views/responses.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatJson, formatScore, formatTable, formatValue } from '../output.js';
import { findScoredArea } from './findScoredArea.js';
import { AREA_ARGUMENT, withFormat, withSource, type FormatFlag } from './options.js';

interface WhatIfFlags extends SourceFlags, FormatFlag {
  set: string[];
}

export function registerWhatIf(program: Command, io: Io): void {
  const command = program
    .command('whatif')
    .description('Recompute the index with some of an area\'s values changed (every other area unchanged) and show its scores, ranks and class before and after.')
    .argument(...AREA_ARGUMENT)
    .option(
      '--set <indicator=value>',
      'a new value: <indicator>=<number|median|best-in-county|best-in-region>, e.g. fsm-ks2-rwm=40 (repeat for several)',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    );
  withFormat(withSource(command), ['table', 'json'], 'table').action(async (words: string[], flags: WhatIfFlags) => {
    const settings = flags.set.map(parseSetting);
    const scored = await loadScored(flags, io.env);
    const entry = findScoredArea(scored, words.join(' '), io);
    const changes = resolveSettings(scored, entry, settings);
    if (flags.format === 'json') {
      io.out(formatJson(whatIfResponse(scored, entry, changes)));
      return;
    }
    const result = whatIf(scored, entry, changes);
    io.out(renderWhatIf(result, scored));
  });
}

function standing(snapshot: Snapshot, n: number): string {
  const { rank, score } = snapshot.overall;
  if (rank === null) return 'not ranked';
  return `${ordinal(rank)} of ${n}${snapshot.overall.class === 'neither' || snapshot.overall.class === null ? '' : `, a ${snapshot.overall.class}`} (score ${formatScore(score)})`;
}

function renderWhatIf(r: WhatIfResult, scored: ScoredEdition): string {
  const indicators = new Map(scored.method.indicators.map((indicator) => [indicator.id, indicator]));
  const lines: string[] = [];
  lines.push(`What if ${r.name} had these values, every other area unchanged?`);
  for (const [id, change] of Object.entries(r.changes)) {
    const indicator = indicators.get(id);
    const unit = indicator?.unit ?? '';
    const how = change.how === 'value' ? '' : ` (${change.how.replace(/-/g, ' ')})`;
    lines.push(`  ${indicator?.label ?? id}: ${formatValue(change.from, unit)} → ${formatValue(change.to, unit)}${how}`);
  }
  for (const warning of r.warnings) lines.push(`  Warning: ${warning}`);
  lines.push('', `Before: ${standing(r.before, r.rankedCount.before)}.`, `After:  ${standing(r.after, r.rankedCount.after)}.`);
  const before = r.before.overall.rank;
  const after = r.after.overall.rank;
  if (before !== null && after !== null) {
    lines.push(after < before ? `It would rise ${before - after} place${before - after === 1 ? '' : 's'}.` : after > before ? `It would fall ${after - before} place${after - before === 1 ? '' : 's'}.` : 'Its rank would not change.');
  }
  lines.push('', 'Life stages');
  const stages = scored.method.stages.map((stage) => ({ stage, before: r.before.stages[stage.id], after: r.after.stages[stage.id] }));
  lines.push(
    ...formatTable(
      [
        { header: 'Stage', cell: (row: (typeof stages)[number]) => row.stage.label },
        { header: 'Rank before', cell: (row) => row.before?.rank ?? null, align: 'right' },
        { header: 'Rank after', cell: (row) => row.after?.rank ?? null, align: 'right' },
        { header: 'Score before', cell: (row) => formatScore(row.before?.score ?? null), align: 'right' },
        { header: 'Score after', cell: (row) => formatScore(row.after?.score ?? null), align: 'right' },
      ],
      stages,
    )
      .trimEnd()
      .split('\n')
      .map((line) => `  ${line}`),
  );
  lines.push('', attributionText(scored.edition), '');
  return lines.join('\n');
}
