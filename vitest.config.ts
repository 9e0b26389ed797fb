import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Every test run builds the editions afresh into its own cache folder, so a stale cache left by an
// earlier version of the pipeline can never make a test pass; later calls in the run use the cache.
const cacheDir = mkdtempSync(join(tmpdir(), 'smi-test-cache-'));

export default defineConfig({
  // The browser tests read the route table and the component tests render components: JSX as the app compiles it.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // CLI tests build and score the real editions and pipeline tests parse the real source files: two workers suit a 2-core machine.
    maxWorkers: 2,
    env: { SMI_CACHE_DIR: cacheDir },
  },
});
