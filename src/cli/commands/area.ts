/** `smi area <name or code>`: the profile of one area. */
import type { Command } from 'commander';
import { areaInterval, defaultUncertainty, type RankInterval } from '../../report/areaInterval.js';
import { attributionText, caveatLine } from '../../report/attribution.js';
import { countyValuePhrase, stageCoveragePhrase } from '../../report/indicatorWords.js';
import { ordinal } from '../../report/ordinal.js';
import { rankText } from '../../report/rankText.js';
import { areaProfile, type AreaProfile, type IndicatorStanding, type ProfileIndicator } from '../../report/profile.js';
import type { ScoredEdition } from '../../report/scoredEdition.js';
import { areaResponse } from '../../views/responses.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatJson, formatTable, formatValue } from '../output.js';
import { findScoredArea } from './findScoredArea.js';
import { AREA_ARGUMENT, withFormat, withSource, type FormatFlag } from './options.js';

export function registerArea(program: Command, io: Io): void {
  const command = program
    .command('area')
    .description('The profile of one area: its rank, each life stage, each indicator, and its strongest and weakest indicators.')
    .argument(...AREA_ARGUMENT);
  command.option('--interval', "also run the default uncertainty analysis (1,000 runs, as the area page) and show the area's 90% rank interval and its chances of being a hotspot or a coldspot");
  withFormat(withSource(command), ['table', 'json'], 'table').action(async (words: string[], flags: SourceFlags & FormatFlag & { interval?: boolean }) => {
    const scored = await loadScored(flags, io.env);
    const entry = findScoredArea(scored, words.join(' '), io);
    const profile = areaProfile(scored, entry);
    // the default run is of the edition's own method: under a method file it would describe another index
    const interval = flags.interval === true && scored.method === scored.edition.method ? areaInterval(defaultUncertainty(scored), entry.area.code) : null;
    if (flags.format === 'json') {
      io.out(formatJson(areaResponse(scored, entry, interval)));
      return;
    }
    io.out(renderProfile(profile, scored, interval));
  });
}

export function renderProfile(profile: AreaProfile, scored: ScoredEdition, interval: RankInterval | null = null): string {
  const lines: string[] = [];
  lines.push(profile.headline, caveatLine(), '');
  if (interval !== null) lines.push(`How sure: ${interval.sentence} (Uncertainty analysis varying ${interval.vary.join(', ')}; see smi uncertainty.)`, '');
  const where = [profile.type, profile.county, profile.region].filter((part) => part !== null && part !== '').join(', ');
  lines.push(`${where}. ${profile.ruralUrban}.`);
  if (profile.successor) lines.push(`Since the local government changes it is part of ${profile.successor.name} (${profile.successor.code}).`);
  lines.push('', 'Life stages');
  for (const stage of profile.stages) {
    const tie = stage.tie ? ` — tied with ${stage.tie.others} other area${stage.tie.others > 1 ? 's' : ''} on ranks ${stage.tie.best}–${stage.tie.worst}, ordered by code` : '';
    const thin = stage.thin ? ` — ${stageCoveragePhrase(stage)}: a rank on so few says little` : '';
    lines.push(`  ${stage.label.padEnd(12)} ${stage.rank === null ? 'not ranked' : `${ordinal(stage.rank)} of ${profile.rankedCount} (${stage.decilePhrase})${tie}${thin}`}`);
  }
  lines.push('', 'Indicators (rank among areas with a value, 1 = best; "=21st" is shared by areas with the same value)');
  const table = formatTable<ProfileIndicator>(
    [
      { header: '#', cell: (row) => row.number, align: 'right' },
      { header: 'Indicator', cell: (row) => row.label },
      { header: 'Value', cell: (row) => formatValue(row.value, row.unit), align: 'right' },
      { header: 'England median', cell: (row) => formatValue(row.median, row.unit), align: 'right' },
      { header: 'Rank', cell: (row) => (row.rank === null ? null : rankText(row.rank, row.rankOf, row.tie !== null)), align: 'right' },
      { header: 'Level', cell: (row) => row.level },
      { header: 'Year', cell: (row) => (row.carriedFromYear ? `${row.carriedFromYear} (carried)` : row.year) },
    ],
    profile.indicators,
  );
  lines.push(...table.trimEnd().split('\n').map((line) => `  ${line}`));
  if (profile.strongest.length > 0) {
    const standing = (s: IndicatorStanding) => `${s.label} (${rankText(s.rank, s.rankOf, s.tied)}${s.countyValue === null ? '' : `, ${countyValuePhrase(s.countyValue)}`})`;
    lines.push('', `Strongest: ${profile.strongest.map(standing).join('; ')}.`);
    lines.push(`Weakest: ${profile.weakest.map(standing).join('; ')}.`);
  }
  lines.push('', 'Levels: exact = the Commission\'s measure; exact-county = its measure for the county, shared by its districts;');
  lines.push('estimated = the county value adjusted to the district; proxy = a related measure; missing = no open source.');
  lines.push('', attributionText(scored.edition), '');
  return lines.join('\n');
}
