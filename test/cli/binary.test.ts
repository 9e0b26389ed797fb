/**
 * The built `smi` binary as a real process (rebuild dist first: npm run build). Every other CLI test
 * runs the commands in-process through an Io; these few check what only a process shows: the entry
 * point, exit statuses, one-line errors on the real stderr, and a reader that closes the pipe early.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineError, root, spawnSmi } from './smi.js';

describe('bin/smi.js', () => {
  it('--version prints the version of package.json', () => {
    const run = spawnSmi(['--version']);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(run).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('answers smi area Carlisle on the real data, exit 0, nothing on stderr', () => {
    const run = spawnSmi(['area', 'Carlisle']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Carlisle is ranked \d+(st|nd|rd|th) of 324/);
  });

  it('exits 2 with one line for bad usage', () => {
    const run = spawnSmi(['rank', '--colour', 'red']);
    expectOneLineError(run, /unknown option '--colour'/);
    expect(run.status).toBe(2);
  });

  it('exits 1 with one line when the data folder is missing', () => {
    const nowhere = join(mkdtempSync(join(tmpdir(), 'smi-nodata-')), 'nothing-here');
    const run = spawnSmi(['rank'], { SMI_DATA_DIR: nowhere });
    expectOneLineError(run, /SMI_DATA_DIR/);
    expect(run.status).toBe(1);
  });

  it('stops quietly, exit 0, when the reader closes the pipe early (smi export | head)', async () => {
    // The export is about 1 MB, far more than a pipe holds, so the writes after the close fail with EPIPE.
    const child = spawn(process.execPath, ['bin/smi.js', 'export'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
