/** `smi method`: the method description in force, as JSON (feed it back with --method FILE). */
import type { Command } from 'commander';
import { hasChoices } from '../../method/choices.js';
import { loadSource, methodChoices, readEdition, readMethod, type SourceFlags } from '../context.js';
import type { Io } from '../io.js';
import { formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag } from './options.js';

export function registerMethod(program: Command, io: Io): void {
  const command = program.command('method').description('The method in force: stages, indicators, directions, weights, normalisation, aggregation, missing-data and tie rules.');
  withFormat(withSource(command), ['table', 'json'], 'table').action(async (flags: SourceFlags & FormatFlag) => {
    const method = hasChoices(methodChoices(flags))
      ? (await loadSource(flags, io.env)).method
      : flags.method === undefined
        ? (await readEdition(flags, io.env)).method
        : await readMethod(flags.method);
    if (flags.format === 'json') {
      io.out(formatJson(method));
      return;
    }
    io.out(`${method.label} (${method.id})\n`);
    io.out(`normalisation: ${method.normalisation}; aggregation: ${method.aggregation}; missing values: ${method.missing}; ties: ${method.ties}; hotspots and coldspots: ${method.hotspotShare * 100}% each\n\n`);
    const stageWeight = method.stages.reduce((sum, stage) => sum + stage.weight, 0);
    io.out(formatTable([
      { header: 'Stage', cell: (s) => s.label },
      { header: 'Weight', cell: (s) => (s.weight / stageWeight).toFixed(3), align: 'right' },
      { header: 'Indicators', cell: (s) => method.indicators.filter((i) => i.stage === s.id).map((i) => `${i.id}${i.weight === 1 ? '' : `×${i.weight}`}${i.direction === 'lower' ? ' (lower is better)' : ''}`).join(', ') },
    ], method.stages));
  });
}
