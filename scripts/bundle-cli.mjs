// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle with esbuild, for start-up
// time: Node 20 loads ~130 small ES modules of the CLI in about 40 ms, a handful of bundled chunks
// in a few. Each command stays its own chunk (src/cli/commands/index.ts imports them lazily), and
// zod, xlsx and hyparquet stay outside (they are loaded from node_modules only by the rare paths
// that need them: a method file, building an edition). The bundle carries the fingerprint of the
// compiled edition-building code it was made from (src/pipeline/codeHash.ts), so it shares the
// edition cache with the server, which computes the same fingerprint from dist/ at run time.
// Run by `npm run build` after tsc; bin/smi.js uses the bundle when it is newer than dist/cli.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const { codeFingerprint } = await import(`${dist}/pipeline/codeHash.js`);

rmSync(`${dist}/bundle`, { recursive: true, force: true });
await build({
  entryPoints: [`${dist}/cli/main.js`],
  outdir: `${dist}/bundle`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['zod', 'xlsx', 'hyparquet'],
  define: { SMI_CODE_FINGERPRINT: JSON.stringify(codeFingerprint(dist)) },
  // commander and the csv packages are CommonJS, whose require() of Node's modules needs a require in scope
  banner: { js: "import { createRequire as __smiCreateRequire } from 'node:module';\nconst require = __smiCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
