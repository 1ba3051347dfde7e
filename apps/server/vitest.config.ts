import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['./src/test/global-setup.ts'],
    // a statement given to a busy connection fails the test (one-statement-per-connection.ts)
    setupFiles: ['./src/test/one-statement-per-connection.ts'],
    // generous: a loaded CI machine (PGlite per file, two workers) has timed set-ups out at 60 s
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // one PGlite per test file; two cores here
    maxWorkers: 2,
  },
});
