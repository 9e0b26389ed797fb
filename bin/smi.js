#!/usr/bin/env node
// Entry point of the `smi` command. The TypeScript sources are compiled to dist/ by `npm ci`
// (the `prepare` script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('smi: the program is not built yet; run `npm ci` (or `npm run build`) in the project folder first.\n');
  process.exit(1);
}
const { run } = await import(main.href);
process.exitCode = await run(process.argv.slice(2));
