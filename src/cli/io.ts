/**
 * Everything the CLI takes from its process, in one object: where it writes, whether standard error
 * is a terminal, and the environment it reads (SMI_DATA_DIR, SMI_CACHE_DIR, XDG_CACHE_HOME,
 * SMI_DEBUG). Commands see only this, so a test runs a command in-process with its own buffers and
 * environment (`bufferIo`), and only `processIo` touches `process`.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when standard error is a terminal: progress may be drawn there. */
  errIsTerminal: boolean;
  /** The terminal's width when standard output is one (help wraps to it); undefined otherwise. */
  outColumns: number | undefined;
  /** The environment variables the command reads. */
  env: Env;
}

export function processIo(): Io {
  // `smi rank | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTerminal: process.stderr.isTTY === true,
    outColumns: process.stdout.isTTY ? process.stdout.columns : undefined,
    env: process.env,
  };
}

/** An Io that keeps what is written, for tests: no terminal, and only the environment given. */
export function bufferIo(options: { env?: Env; errIsTerminal?: boolean } = {}): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    errIsTerminal: options.errIsTerminal ?? false,
    outColumns: undefined,
    env: options.env ?? {},
    stdout: () => out,
    stderr: () => err,
  };
}
