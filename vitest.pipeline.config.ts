import { defineConfig } from 'vitest/config';

// The build pipeline end to end (tests/pipeline/*.e2e.ts): real builds and a dev server on a tiny
// site in a temporary folder. Run alone (`npm test` does, after the unit tests): Astro keeps
// per-project state in .astro/ and node_modules/.astro, so two builds of this project must not
// run at the same time.
process.env['TZ'] = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/pipeline/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
