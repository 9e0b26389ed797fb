// `postinstall`: links node_modules/.bin/smi to bin/smi.js. npm links the bins of the packages it
// installs, never the root package's own, so without this `smi` is only reachable through `npx`,
// which starts npm and costs ~0.6 s a call. The link is relative (the checkout can move) and
// replaces whatever was there; bin/smi.js is made executable. Usage: node scripts/link-bin.mjs [root]
import { chmodSync, lstatSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const target = join(root, 'bin', 'smi.js');
const binDir = join(root, 'node_modules', '.bin');
const link = join(binDir, 'smi');

try {
  lstatSync(target);
} catch {
  process.stderr.write(`link-bin: ${relative(process.cwd(), target) || target} not found; nothing linked.\n`);
  process.exit(1);
}
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(relative(binDir, target), link);
chmodSync(target, 0o755);
