import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // CLI tests spawn the built binary and pipeline tests parse the real source files: two workers suit a 2-core machine.
    maxWorkers: 2,
  },
});
