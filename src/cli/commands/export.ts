/** `smi export`: the whole result, as JSON (with the method) or flattened CSV. */
import type { Command } from 'commander';
import { attributionText } from '../../report/attribution.js';
import { exportColumns, exportRows } from '../../report/exportResult.js';
import { exportResponse } from '../../views/responses.js';
import { loadScored, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

export function registerExport(program: Command, io: Io): void {
  const command = program.command('export').description('The whole result: every area\'s values, scores, stage and overall ranks. CSV columns are listed in the README.');
  withFormat(withSource(command), ['json', 'csv'], 'json').action(async (flags: SourceFlags & FormatFlag) => {
    const scored = await loadScored(flags, io.env);
    const exported = exportResponse(scored);
    if (flags.format === 'csv') {
      io.out(formatCsv(exportColumns(scored.method), exportRows(exported)));
      io.err(`${attributionText(scored.edition)}\n`);
      return;
    }
    io.out(formatJson(exported));
  });
}
