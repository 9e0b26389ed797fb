/**
 * What `run()` takes from its Io: the terminal (the progress bar), the environment (the data and
 * cache folders, SMI_DEBUG) and where it writes; and that one in-process run leaves nothing behind
 * for the next.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bufferIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { expectOneLineError, smi } from './smi.js';

/** What a terminal shows of `text`: each carriage return starts the line again, overwriting it. */
function visible(text: string): string {
  const line: string[] = [];
  let column = 0;
  for (const char of text) {
    if (char === '\r') column = 0;
    else {
      line[column] = char;
      column += 1;
    }
  }
  return line.join('');
}

describe('the progress bar of smi uncertainty', () => {
  const args = ['uncertainty', '--runs', '200', '--seed', '2', '--format', 'json'];

  it('is drawn on a terminal stderr, counts up to the runs, and is erased at the end', async () => {
    const run = await smi(args, {}, { errIsTerminal: true });
    expect(run.status, run.stderr).toBe(0);
    const frames = run.stderr.split('\r').filter((frame) => frame.trim() !== '');
    expect(frames.length).toBeGreaterThan(1);
    const counts = frames.map((frame) => /^smi: [#.]{30} ([\d,]+)\/200 runs$/.exec(frame)?.[1]);
    expect(counts.every((count) => count !== undefined), frames.slice(0, 3).join(' | ')).toBe(true);
    const done = counts.map(Number);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(200);
    expect(frames.at(-1)).toBe(`smi: ${'#'.repeat(30)} 200/200 runs`);
    // after the last frame the line is blanked and the cursor returned: nothing of the bar is left
    expect(run.stderr.endsWith('\r')).toBe(true);
    expect(visible(run.stderr).trim()).toBe('');
  });

  it('writes nothing to stderr when it is not a terminal, and the same stdout either way', async () => {
    const plain = await smi(args);
    const terminal = await smi(args, {}, { errIsTerminal: true });
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stderr).toBe('');
    expect(terminal.stdout).toBe(plain.stdout);
    expect((JSON.parse(plain.stdout) as { runs: number }).runs).toBe(200);
  });
});

describe('the environment comes from the Io', () => {
  it('a data folder given to one run is not seen by process.env or by the next run', async () => {
    const before = process.env.SMI_DATA_DIR;
    const nowhere = join(mkdtempSync(join(tmpdir(), 'smi-nodata-')), 'nothing-here');
    const failed = await smi(['sources', '--format', 'json'], { SMI_DATA_DIR: nowhere });
    expectOneLineError(failed, /The data folder .*nothing-here \(given by SMI_DATA_DIR\) does not exist/);
    expect(failed.status).toBe(1);
    expect(process.env.SMI_DATA_DIR).toBe(before);
    const next = await smi(['sources', '--format', 'json']);
    expect(next.status, next.stderr).toBe(0);
  });

  it('the cache goes to $XDG_CACHE_HOME/smi-open of the Io when SMI_CACHE_DIR is empty', async () => {
    const xdg = mkdtempSync(join(tmpdir(), 'smi-xdg-'));
    const result = await smi(['sources', '--format', 'json'], { SMI_CACHE_DIR: '', XDG_CACHE_HOME: xdg });
    expect(result.status, result.stderr).toBe(0);
    // one edition entry (named by its key), beside the record of the source files it verified
    const written = readdirSync(join(xdg, 'smi-open'));
    expect(written.filter((name) => /^[0-9a-f]{64}\.json$/.test(name))).toHaveLength(1);
    expect(written).toContain('sources-verified.json');
  });

  it('SMI_DEBUG in the Io adds the stack of an internal error; without it, one line', async () => {
    const before = process.env.SMI_DEBUG;
    const failing = (env: Record<string, string>) => {
      const io = bufferIo({ env });
      return {
        ...io,
        out: () => {
          throw new Error('the disk is on fire');
        },
      };
    };
    const quiet = failing({});
    const status = await run(['method', '--method', 'smi-2017', '--format', 'json'], quiet);
    expect(status).toBe(70);
    expect(quiet.stderr()).toMatch(/^smi: internal error: the disk is on fire \(please report it; set SMI_DEBUG=1 to see where it happened\)\n$/);
    const debug = failing({ SMI_DEBUG: '1' });
    expect(await run(['method', '--method', 'smi-2017', '--format', 'json'], debug)).toBe(70);
    expect(debug.stderr()).toMatch(/internal error: the disk is on fire[^\n]*\nError: the disk is on fire\n\s+at /);
    expect(process.env.SMI_DEBUG).toBe(before);
  });
});

describe('in-process runs do not share state', () => {
  it('a flag of one run does not carry over to the next, and process.exitCode is left alone', async () => {
    const exitCode = process.exitCode;
    const youth = JSON.parse((await smi(['rank', '--stage', 'youth', '--format', 'json'])).stdout) as { stage: string | null };
    const overall = JSON.parse((await smi(['rank', '--format', 'json'])).stdout) as { stage: string | null };
    expect([youth.stage, overall.stage]).toEqual(['youth', null]);
    expect((await smi(['rank', '--colour', 'red'])).status).toBe(2);
    expect((await smi(['rank', '--help'])).status).toBe(0);
    expect(process.exitCode).toBe(exitCode);
  });
});
