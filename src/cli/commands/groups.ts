/** `smi groups --by region|county|rural-urban`: hotspots, coldspots and ranks per group. */
import { Option, type Command } from 'commander';
import { attributionText } from '../../report/attribution.js';
import type { GroupBy, GroupRow } from '../../report/groups.js';
import { groupsResponse } from '../../views/responses.js';
import { groupsSheet } from '../../report/sheets.js';
import { GROUP_BY, idsOf } from '../../method/vocabulary.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

export function registerGroups(program: Command, io: Io): void {
  const command = program
    .command('groups')
    .description('Areas grouped by region, county or rural-urban class: hotspots, coldspots, share in the lower half, mean and median rank.')
    .addOption(new Option('--by <grouping>', 'what to group by').choices(idsOf(GROUP_BY)).default(GROUP_BY.default));
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: SourceFlags & FormatFlag & { by: GroupBy }) => {
    const scored = await loadScored(flags, io.env);
    const report = groupsResponse(scored, flags.by);
    if (flags.format === 'json') {
      io.out(formatJson(report));
      return;
    }
    if (flags.format === 'csv') {
      const sheet = groupsSheet(report);
      io.out(formatCsv(['group', ...sheet.header.slice(1)], sheet.rows));
      io.err(`${attributionText(scored.edition)}\n`);
      return;
    }
    io.out(`${scored.edition.label}, grouped by ${flags.by}; ranks out of ${report.rankedCount}, best group first.\n\n`);
    io.out(
      formatTable<GroupRow>(
        [
          { header: 'Group', cell: (g) => g.group },
          { header: 'Areas', cell: (g) => g.areas },
          { header: 'Hotspots', cell: (g) => g.hotspots },
          { header: 'Coldspots', cell: (g) => g.coldspots },
          { header: 'In lower half', cell: (g) => (g.lowerHalfShare === null ? null : `${Math.round(g.lowerHalfShare * 100)}%`), align: 'right' },
          { header: 'Mean rank', cell: (g) => (g.meanRank === null ? null : g.meanRank.toFixed(1)), align: 'right' },
          { header: 'Median rank', cell: (g) => g.medianRank, align: 'right' },
        ],
        report.groups,
      ),
    );
    if (report.ungrouped > 0) io.out(`\n${report.ungrouped} areas belong to no ${flags.by === 'county' ? 'county (unitary, metropolitan and London areas)' : 'group'}.\n`);
    io.out(`\n${attributionText(scored.edition)}\n`);
  });
}
