#!/usr/bin/env node
// Entry point of the `smi` command. The TypeScript sources are compiled to dist/ by `npm ci`
// (the `prepare` script) or `npm run build`, which also bundles the CLI into dist/bundle for a
// faster start (scripts/bundle-cli.mjs). The bundle is used when it is at least as new as the
// compiled modules, so a `tsc` run on its own is never shadowed by an older bundle.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const compiled = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(compiled))) {
  process.stderr.write('smi: the program is not built yet; run `npm ci` (or `npm run build`) in the project folder first.\n');
  process.exit(1);
}
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // package.json's version, with no command loaded
  const { packageVersion } = await import(new URL('../dist/cli/version.js', import.meta.url).href);
  process.stdout.write(`${packageVersion()}\n`);
} else {
  const bundled = new URL('../dist/bundle/main.js', import.meta.url);
  const modified = (url) => statSync(fileURLToPath(url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
  const main = modified(bundled) >= modified(compiled) ? bundled : compiled;
  const { run } = await import(main.href);
  process.exitCode = await run(args);
}
