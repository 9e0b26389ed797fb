/** Registers every `smi` command on the program. */
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { registerArea } from './area.js';
import { registerCompare } from './compare.js';
import { registerExplain } from './explain.js';
import { registerExport } from './export.js';
import { registerGroups } from './groups.js';
import { registerIndicators } from './indicators.js';
import { registerMethod } from './method.js';
import { registerNeighbours } from './neighbours.js';
import { registerPatterns } from './patterns.js';
import { registerRank } from './rank.js';
import { registerSearch } from './search.js';
import { registerShift } from './shift.js';
import { registerSources } from './sources.js';
import { registerTrend } from './trend.js';
import { registerMovers } from './movers.js';
import { registerUncertainty } from './uncertainty.js';
import { registerWhatIf } from './whatif.js';

export function registerCommands(program: Command, io: Io): void {
  registerRank(program, io);
  registerArea(program, io);
  registerSearch(program, io);
  registerCompare(program, io);
  registerGroups(program, io);
  registerIndicators(program, io);
  registerSources(program, io);
  registerMethod(program, io);
  registerExport(program, io);
  registerUncertainty(program, io);
  registerExplain(program, io);
  registerWhatIf(program, io);
  registerShift(program, io);
  registerNeighbours(program, io);
  registerPatterns(program, io);
  registerTrend(program, io);
  registerMovers(program, io);
}
