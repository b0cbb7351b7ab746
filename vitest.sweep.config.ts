import { defineConfig } from 'vitest/config';

// Sweeps over the committed data that need no build (tests/**/*.sweep.ts): every chart the site
// publishes, for every council, in every layout. Kept out of `npm run test:unit` so the developer
// loop stays quick; `npm test` runs them after the unit tests (`npm run test:sweep` alone).
process.env['TZ'] = 'UTC';

export default defineConfig({
  test: {
    include: ['tests/**/*.sweep.ts'],
    testTimeout: 180_000,
  },
});
