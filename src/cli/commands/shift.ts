/** `smi shift --weights … --normalise … --aggregate … --missing …`: how far areas move (src/analysis/shift.ts). */
import type { Command } from 'commander';
import { shift, type ShiftRow } from '../../analysis/shift.js';
import { UsageError } from '../../errors.js';
import { choiceParameters, hasChoices } from '../../method/choices.js';
import { attributionText } from '../../report/attribution.js';
import { rescoreEdition, scoreEdition } from '../../report/scoredEdition.js';
import { loadSource } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag, type SourceFlags } from './options.js';

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
    const source = await loadSource(flags);
    if (!hasChoices(source.choices)) throw new UsageError('say what to change: --weights, --normalise, --aggregate or --missing (see smi shift --help).');
    const base = scoreEdition(source.edition, source.baseMethod);
    const report = shift(base, rescoreEdition(base, source.method));
    const changes = choiceParameters(source.choices).map(([name, value]) => `--${name} ${value}`).join(' ');
    if (flags.format === 'json') {
      io.out(formatJson({ ...report, changes, attribution: attributionText(source.edition) }));
      return;
    }
    if (flags.format === 'csv') {
      io.out(formatCsv(['code', 'name', 'default_rank', 'rank', 'move', 'default_class', 'class'], report.areas.map((row) => [row.code, row.name, row.default_rank, row.rank, row.move, row.default_class, row.class])));
      io.err(`${attributionText(source.edition)}\n`);
      return;
    }
    const lines: string[] = [];
    lines.push(`${source.edition.label}: ${changes} against ${report.default_method}.`);
    lines.push(
      `${report.moved} of ${report.areas.length} areas move; mean move ${report.mean_abs_move === null ? '–' : report.mean_abs_move.toFixed(1)} places, largest ${report.max_abs_move ?? '–'}; ${report.class_changes} change class; rank correlation with the default ${report.spearman === null ? '–' : report.spearman.toFixed(3)}.`,
      '',
    );
    const rows = top === undefined ? report.areas : report.areas.slice(0, top);
    lines.push(
      formatTable<ShiftRow>(
        [
          { header: 'Area', cell: (row) => row.name },
          { header: 'Default rank', cell: (row) => row.default_rank, align: 'right' },
          { header: 'New rank', cell: (row) => row.rank, align: 'right' },
          { header: 'Move', cell: (row) => (row.move === null ? null : row.move > 0 ? `+${row.move}` : row.move === 0 ? '0' : `−${-row.move}`), align: 'right' },
          { header: 'Default class', cell: (row) => row.default_class ?? 'unranked' },
          { header: 'New class', cell: (row) => row.class ?? 'unranked' },
        ],
        rows,
      ),
    );
    lines.push('Move: + up (towards rank 1), − down.', '', attributionText(source.edition), '');
    io.out(lines.join('\n'));
  });
}
