/**
 * How the CLI starts (issue 12, deliverable 7): only the command that runs is loaded, zod only for a
 * method file, `--version` with no command at all — in the compiled modules and in the bundle
 * (run `npm run build` first) — and `npm install` links node_modules/.bin/smi to bin/smi.js
 * (scripts/link-bin.mjs). What is loaded is seen by a module hook that writes every URL Node loads.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readlinkSync, lstatSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from './smi.js';

const temp = mkdtempSync(join(tmpdir(), 'smi-startup-'));
const hook = join(temp, 'hook.mjs');
writeFileSync(hook, "export async function load(url, context, next) { process.stderr.write(`LOADED ${url}\\n`); return next(url, context); }\n");
const register = join(temp, 'register.mjs');
writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);

/** The URLs a run of `node <entry> args…` loads, and its output. */
function loaded(entry: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', register, entry, ...args], { cwd: root, encoding: 'utf8', env: process.env });
  const urls = result.stderr.split('\n').filter((line) => line.startsWith('LOADED ')).map((line) => line.slice('LOADED '.length));
  const stderr = result.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('LOADED ')).join('\n');
  return { status: result.status, stdout: result.stdout, stderr, urls };
}

const COMMANDS = ['rank', 'area', 'compare', 'groups', 'indicators', 'sources', 'method', 'export', 'uncertainty', 'explain', 'whatif', 'shift', 'neighbours', 'patterns'];
const zod = (url: string) => url.includes('/node_modules/zod/');
/** A command module of the compiled CLI (dist/cli/commands/<name>.js) or a command chunk of the bundle (dist/bundle/<name>-HASH.js). */
const commandOf = (url: string) => /\/dist\/cli\/commands\/([a-z]+)\.js$/.exec(url)?.[1] ?? /\/dist\/bundle\/([a-z]+)-[A-Z0-9]+\.js$/.exec(url)?.[1];

describe('start-up', () => {
  const compiledRunner = join(temp, 'compiled.mjs');
  writeFileSync(compiledRunner, `const { run } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/cli/main.js')).href)});\nprocess.exitCode = await run(process.argv.slice(2));\n`);

  it('smi area loads the area command and no other, and no zod, compiled or bundled', () => {
    expect(existsSync(join(root, 'dist/bundle/main.js')), 'run npm run build first').toBe(true);
    for (const entry of [compiledRunner, 'bin/smi.js']) {
      const run = loaded(entry, ['area', 'Carlisle']);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^Carlisle is ranked/);
      const commands = run.urls.map(commandOf).filter((name) => name !== undefined && COMMANDS.includes(name));
      expect(commands, entry).toEqual(['area']);
      expect(run.urls.filter(zod), entry).toEqual([]);
    }
    // bin/smi.js runs the bundle (built after tsc), not the compiled modules
    const bundled = loaded('bin/smi.js', ['area', 'Carlisle']);
    expect(bundled.urls.some((url) => url.includes('/dist/bundle/main.js'))).toBe(true);
    expect(bundled.urls.some((url) => url.includes('/dist/cli/'))).toBe(false);
  });

  it('a method file loads zod (to check it), a preset does not', () => {
    const file = join(temp, 'method.json');
    const method = spawnSync(process.execPath, ['bin/smi.js', 'method', '--format', 'json'], { cwd: root, encoding: 'utf8' });
    writeFileSync(file, method.stdout);
    expect(loaded('bin/smi.js', ['rank', '--method', file]).urls.some(zod)).toBe(true);
    expect(loaded('bin/smi.js', ['rank', '--method', 'smi-2016']).urls.some(zod)).toBe(false);
  });

  it('--version loads no command and not commander, and prints package.json\'s version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = loaded('bin/smi.js', [flag]);
      expect(run).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
      expect(run.urls.filter((url) => url.includes('/node_modules/') || commandOf(url) !== undefined)).toEqual([]);
    }
  });

  it('help without a command lists every command', () => {
    const run = loaded('bin/smi.js', ['--help']);
    expect(run.status).toBe(0);
    for (const name of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
  });
});

describe('scripts/link-bin.mjs (postinstall)', () => {
  const linkBin = join(root, 'scripts', 'link-bin.mjs');

  it('links node_modules/.bin/smi to bin/smi.js, relatively, replacing what was there, and the link runs', () => {
    const project = join(temp, 'project');
    mkdirSync(join(project, 'bin'), { recursive: true });
    writeFileSync(join(project, 'bin', 'smi.js'), "#!/usr/bin/env node\nprocess.stdout.write('ran ' + process.argv.slice(2).join(' '));\n", { mode: 0o644 });
    const first = spawnSync(process.execPath, [linkBin, project], { encoding: 'utf8' });
    expect(first.status, first.stderr).toBe(0);
    const link = join(project, 'node_modules', '.bin', 'smi');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../../bin/smi.js');
    expect(resolve(join(project, 'node_modules', '.bin'), readlinkSync(link))).toBe(join(project, 'bin', 'smi.js'));
    expect(statSync(join(project, 'bin', 'smi.js')).mode & 0o111).toBe(0o111);
    expect(spawnSync(link, ['area', 'Carlisle'], { encoding: 'utf8' }).stdout).toBe('ran area Carlisle');
    // a stale file in its place is replaced
    writeFileSync(link + '.tmp', 'old');
    spawnSync('mv', [link + '.tmp', link]);
    expect(spawnSync(process.execPath, [linkBin, project]).status).toBe(0);
    expect(readlinkSync(link)).toBe('../../bin/smi.js');
  });

  it('fails with one line when there is no bin/smi.js', () => {
    const run = spawnSync(process.execPath, [linkBin, join(temp, 'empty')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/bin\/smi\.js not found/);
  });

  it('this checkout has the link (npm install ran it)', () => {
    expect(readlinkSync(join(root, 'node_modules', '.bin', 'smi'))).toBe('../../bin/smi.js');
  });
});
