import { defineConfig } from 'vitest/config';

// Dates in tests and fixtures are read in UTC, whatever the machine says.
process.env['TZ'] = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Test files share their workers' module graph (each file no longer re-imports Plot, d3,
    // linkedom and the dataset): the suite ran in 22 s instead of 85 s on 2 cores. A test
    // must therefore not change shared fixtures in place (copy them: tests/importers/headers.test.ts).
    isolate: false,
  },
});
