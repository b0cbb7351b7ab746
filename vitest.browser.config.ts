import { defineConfig } from 'vitest/config';

// Quality gates on the built site in a real browser (Debian's Chromium through playwright-core).
// `npm run build` first; `npm test` does it. The global setup builds the sub-path copy, starts
// the static server and one shared Chromium. See tests/browser/README.md.
process.env['TZ'] = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/setup.ts'],
    // Test files drive one shared Chromium; three workers keep both cores busy while a worker
    // waits on the browser or on the reproducibility build.
    pool: 'forks',
    maxWorkers: 3,
    testTimeout: 180_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
    slowTestThreshold: 30_000,
  },
});
