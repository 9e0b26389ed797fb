/**
 * The `smi` command line. Commander parses flags and writes --help; each command lives in
 * src/cli/commands. Errors meant for people (SmiError, bad flags) become one line on stderr
 * and a non-zero exit; anything else is a bug, reported in one line too (set SMI_DEBUG=1 for the stack).
 * `run` returns the exit status and reads its process only through the `Io` it is given.
 */
import { Command, CommanderError } from 'commander';
import { ParameterError, SmiError } from '../errors.js';
import { describeProblem } from '../method/vocabulary.js';
import { registerCommands } from './commands/index.js';
import type { Io } from './io.js';
import { processIo } from './io.js';
import { asksVersion, packageVersion } from './version.js';

/** The program with the command `argv[0]` registered (every command when it names none). */
export async function buildProgram(io: Io, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('smi')
    .description('The Social Mobility Index for England: league tables, area profiles, comparisons and the data behind them.')
    .version(packageVersion(), '-V, --version')
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      // Commander would ask the process for these; the Io answers instead (help is never coloured).
      getOutHelpWidth: () => io.outColumns ?? 80,
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      outputError: (text, write) => write(`smi: ${oneLine(text.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' '))} (see --help)\n`),
    })
    .exitOverride();
  await registerCommands(program, io, argv[0]);
  return program;
}

/**
 * An error message as one line: messages quote what the user gave (a column name, a cell, a flag's
 * value, a parser's excerpt of a file), which may hold line breaks; they are shown as \n and \r.
 */
export function oneLine(message: string): string {
  return message.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  if (asksVersion(argv)) {
    io.out(`${packageVersion()}\n`);
    return 0;
  }
  try {
    const program = await buildProgram(io, argv);
    if (argv.length === 0) {
      io.out(program.helpInformation());
      return 0;
    }
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    // Commander has already printed its message (one line, see outputError); help and --version exit 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof ParameterError) {
      io.err(`smi: ${oneLine(describeProblem(`--${error.problem.parameter}`, error.problem))}\n`);
      return error.exitCode;
    }
    if (error instanceof SmiError) {
      io.err(`smi: ${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`smi: internal error: ${oneLine(message)} (please report it; set SMI_DEBUG=1 to see where it happened)\n`);
    if (io.env.SMI_DEBUG) io.err(`${error instanceof Error ? error.stack : ''}\n`);
    return 70;
  }
}
