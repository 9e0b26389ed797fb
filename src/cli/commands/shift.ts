/** `smi shift --weights … --normalise … --aggregate … --missing …`: how far areas move (src/analysis/shift.ts). */
import type { Command } from 'commander';
import type { ShiftRow } from '../../analysis/shift.js';
import { shiftResponse } from '../../views/responses.js';
import { UsageError } from '../../errors.js';
import { choiceParameters, hasChoices } from '../../method/choices.js';
import { attributionText } from '../../report/attribution.js';
import { rescoreEdition, scoreEdition } from '../../report/scoredEdition.js';
import { loadSource, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

interface ShiftFlags extends SourceFlags, FormatFlag {
  top?: string;
}

export function registerShift(program: Command, io: Io): void {
  const command = program
    .command('shift')
    .description('How far each area moves when the method changes (--weights, --normalise, --aggregate, --missing) against the default method, largest moves first.')
    .option('--top <n>', 'only the n largest moves in the table (all in csv and json)');
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: ShiftFlags) => {
    const top = flags.top === undefined ? undefined : Number(flags.top);
    if (top !== undefined && !(Number.isInteger(top) && top >= 1)) throw new UsageError(`--top must be a whole number of at least 1 (got "${flags.top}").`);
    const source = await loadSource(flags, io.env);
    if (!hasChoices(source.choices)) throw new UsageError('say what to change: --weights, --normalise, --aggregate or --missing (see smi shift --help).');
    const base = scoreEdition(source.edition, source.baseMethod);
    const report = shiftResponse(base, rescoreEdition(base, source.method), source.choices);
    const changes = choiceParameters(source.choices).map(([name, value]) => `--${name} ${value}`).join(' ');
    if (flags.format === 'json') {
      io.out(formatJson(report));
      return;
    }
    if (flags.format === 'csv') {
      io.out(formatCsv(['code', 'name', 'default_rank', 'rank', 'move', 'default_class', 'class'], report.areas.map((row) => [row.code, row.name, row.defaultRank, row.rank, row.move, row.defaultClass, row.class])));
      io.err(`${attributionText(source.edition)}\n`);
      return;
    }
    const lines: string[] = [];
    lines.push(`${source.edition.label}: ${changes} against ${report.defaultMethod}.`);
    lines.push(
      `${report.moved} of ${report.areas.length} areas move; mean move ${report.meanAbsMove === null ? '–' : report.meanAbsMove.toFixed(1)} places, largest ${report.maxAbsMove ?? '–'}; ${report.classChanges} change class; rank correlation with the default ${report.spearman === null ? '–' : report.spearman.toFixed(3)}.`,
      '',
    );
    const rows = top === undefined ? report.areas : report.areas.slice(0, top);
    lines.push(
      formatTable<ShiftRow>(
        [
          { header: 'Area', cell: (row) => row.name },
          { header: 'Default rank', cell: (row) => row.defaultRank, align: 'right' },
          { header: 'New rank', cell: (row) => row.rank, align: 'right' },
          { header: 'Move', cell: (row) => (row.move === null ? null : row.move > 0 ? `+${row.move}` : row.move === 0 ? '0' : `−${-row.move}`), align: 'right' },
          { header: 'Default class', cell: (row) => row.defaultClass ?? 'unranked' },
          { header: 'New class', cell: (row) => row.class ?? 'unranked' },
        ],
        rows,
      ),
    );
    lines.push('Move: + up (towards rank 1), − down.', '', attributionText(source.edition), '');
    io.out(lines.join('\n'));
  });
}
