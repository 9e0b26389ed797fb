/** Flags shared by several commands, defined once so they read the same everywhere. */
import { Option, type Command } from 'commander';
import { DEFAULT_EDITION } from '../../edition/catalogue.js';
import { AGGREGATION, MISSING_RULE, NORMALISATION, idsOf } from '../../method/vocabulary.js';
import type { Format } from '../output.js';

/** The area argument of every command about one area: a name, a GSS code or a postcode (findScoredArea.ts). */
export const AREA_ARGUMENT = ['<area...>', 'area name, GSS code or postcode, e.g. Carlisle, E07000028 or "CA1 1RD"'] as const;

/** The flags of `SourceFlags` (src/cli/context.ts), which the context reads. */
export function withSource(command: Command): Command {
  return command
    .option('-e, --edition <edition>', `open-2016 (2016 districts), open-latest (2025 councils), a year of the series open-series@2016 … open-series@2025 (2025 councils), or a CSV file of your own`, DEFAULT_EDITION)
    .option('-m, --method <method>', 'a preset (smi-2017, smi-2016) or a method JSON file; default: the edition\'s own')
    .option('--no-small-area-adjustment', 'give districts of two-tier counties their county\'s FSM values for indicators 4, 6, 9 and 10 instead of district estimates')
    .option('--weights <list>', 'change weights: a comma list of <stage-or-indicator-id>=<number>, e.g. school=2,fsm-ks2-rwm=0 (each group is normalised to sum to 1)')
    .addOption(new Option('--normalise <how>', 'normalisation instead of the method\'s').choices(idsOf(NORMALISATION)))
    .addOption(new Option('--aggregate <how>', 'aggregation instead of the method\'s').choices(idsOf(AGGREGATION)))
    .addOption(new Option('--missing <rule>', 'missing-value rule instead of the method\'s').choices(idsOf(MISSING_RULE)));
}

export function withFormat(command: Command, formats: Format[], fallback: Format): Command {
  return command.addOption(new Option('-f, --format <format>', 'output format').choices(formats).default(fallback));
}

export interface FormatFlag {
  format: Format;
}
