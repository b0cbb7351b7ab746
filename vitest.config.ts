import { defineConfig } from 'vitest/config';

// Dates in tests and fixtures are read in UTC, whatever the machine says.
process.env['TZ'] = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
