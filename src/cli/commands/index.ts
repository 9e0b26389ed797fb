/** Registers every `smi` command on the program. */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { registerArea } from './area.js';
import { registerCompare } from './compare.js';
import { registerExport } from './export.js';
import { registerGroups } from './groups.js';
import { registerIndicators } from './indicators.js';
import { registerMethod } from './method.js';
import { registerRank } from './rank.js';
import { registerSources } from './sources.js';

export function registerCommands(program: Command, io: Io): void {
  registerRank(program, io);
  registerArea(program, io);
  registerCompare(program, io);
  registerGroups(program, io);
  registerIndicators(program, io);
  registerSources(program, io);
  registerMethod(program, io);
  registerExport(program, io);
}
