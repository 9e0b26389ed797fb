/** `smi indicators`: what each indicator measures, its direction, and what the edition uses for it. */
import type { Command } from 'commander';
import { attributionText } from '../../report/attribution.js';
import { indicatorsResponse } from '../../views/responses.js';
import { readEdition, readMethod, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

export function registerIndicators(program: Command, io: Io): void {
  const command = program.command('indicators').description('The 16 indicators: definition, life stage, direction, and the level, year and source of the values in the edition.');
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: SourceFlags & FormatFlag) => {
    const method = flags.method === undefined ? undefined : await readMethod(flags.method);
    const edition = await readEdition(flags, io.env, method);
    const response = indicatorsResponse({ edition, method: method ?? edition.method });
    const rows = response.indicators;
    if (flags.format === 'json') {
      io.out(formatJson(response));
      return;
    }
    if (flags.format === 'csv') {
      const header = Object.keys(rows[0] ?? {});
      io.out(formatCsv(header, rows.map((row) => Object.values(row) as Array<string | number | null>)));
      return;
    }
    io.out(`${edition.label}: ${edition.areas.length} areas.\n\n`);
    io.out(
      formatTable(
        [
          { header: '#', cell: (r) => r.number, align: 'right' },
          { header: 'Id', cell: (r) => r.id },
          { header: 'Stage', cell: (r) => r.stageLabel },
          { header: 'Better', cell: (r) => r.direction },
          { header: 'Level', cell: (r) => r.level },
          { header: 'Year', cell: (r) => r.year },
          { header: 'Areas', cell: (r) => r.coverage, align: 'right' },
          { header: 'Publisher', cell: (r) => r.publisher },
          { header: 'Indicator', cell: (r) => r.label },
        ],
        rows,
      ),
    );
    io.out('\nUse --format json for full definitions, measures and notes; `smi sources` for the files.\n');
    io.out(`${attributionText(edition)}\n`);
  });
}
