/** `smi indicators`: what each indicator measures, its direction, and what the edition uses for it. */
import type { Command } from 'commander';
import { attributionText } from '../../report/attribution.js';
import { readEdition, readMethod } from '../context.js';
import type { Io } from '../io.js';
import { formatCsv, formatJson, formatTable } from '../output.js';
import { withFormat, withSource, type FormatFlag, type SourceFlags } from './options.js';

export function registerIndicators(program: Command, io: Io): void {
  const command = program.command('indicators').description('The 16 indicators: definition, life stage, direction, and the level, year and source of the values in the edition.');
  withFormat(withSource(command), ['table', 'csv', 'json'], 'table').action(async (flags: SourceFlags & FormatFlag) => {
    const method = flags.method === undefined ? undefined : readMethod(flags.method);
    const edition = await readEdition(flags.edition, method, flags.smallAreaAdjustment);
    const stages = new Map((method ?? edition.method).stages.map((stage) => [stage.id, stage.label]));
    const rows = (method ?? edition.method).indicators.map((indicator) => {
      const used = edition.indicators.find((entry) => entry.indicator === indicator.id);
      const source = edition.sources.find((entry) => entry.id === used?.source);
      return {
        number: indicator.number ?? null,
        id: indicator.id,
        label: indicator.label,
        description: indicator.description ?? '',
        stage: indicator.stage,
        stageLabel: stages.get(indicator.stage) ?? indicator.stage,
        direction: indicator.direction,
        unit: indicator.unit,
        weight: indicator.weight,
        level: used?.level ?? 'missing',
        year: used?.year ?? '',
        source: used?.source ?? null,
        publisher: source?.publisher ?? null,
        licence: source?.licence ?? null,
        measure: used?.measure ?? '',
        note: used?.note ?? '',
        coverage: used?.coverage ?? 0,
      };
    });
    if (flags.format === 'json') {
      io.out(formatJson({ edition: edition.id, areas: edition.areas.length, indicators: rows }));
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
