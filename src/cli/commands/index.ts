/**
 * The `smi` commands, each loaded only when it is needed: `smi area …` imports area.ts and what it
 * uses, nothing of the other commands (start-up time is mostly module loading). Help without a
 * command, and a name that is not a command (for commander's "did you mean"), load them all.
 * The order here is the order of `smi --help`.
 */
import type { Command } from 'commander';
import type { Io } from '../io.js';

type Register = (program: Command, io: Io) => void;

const COMMANDS: Readonly<Record<string, () => Promise<Register>>> = {
  rank: async () => (await import('./rank.js')).registerRank,
  area: async () => (await import('./area.js')).registerArea,
  search: async () => (await import('./search.js')).registerSearch,
  compare: async () => (await import('./compare.js')).registerCompare,
  groups: async () => (await import('./groups.js')).registerGroups,
  indicators: async () => (await import('./indicators.js')).registerIndicators,
  sources: async () => (await import('./sources.js')).registerSources,
  method: async () => (await import('./method.js')).registerMethod,
  export: async () => (await import('./export.js')).registerExport,
  uncertainty: async () => (await import('./uncertainty.js')).registerUncertainty,
  explain: async () => (await import('./explain.js')).registerExplain,
  whatif: async () => (await import('./whatif.js')).registerWhatIf,
  shift: async () => (await import('./shift.js')).registerShift,
  neighbours: async () => (await import('./neighbours.js')).registerNeighbours,
  patterns: async () => (await import('./patterns.js')).registerPatterns,
  trend: async () => (await import('./trend.js')).registerTrend,
  movers: async () => (await import('./movers.js')).registerMovers,
};

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** Registers the command `name` (the first word of the arguments) when it is one, else every command. */
export async function registerCommands(program: Command, io: Io, name?: string): Promise<void> {
  const names = name !== undefined && Object.hasOwn(COMMANDS, name) ? [name] : COMMAND_NAMES;
  const registers = await Promise.all(names.map((each) => COMMANDS[each]!()));
  for (const register of registers) register(program, io);
}
