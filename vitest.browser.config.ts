import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Quality gates on the built site in a real browser (Debian's Chromium through playwright-core).
// `npm run build` first; `npm test` does it. The global setup builds the tiny fixture site under
// the sub-path, starts the static server and one shared Chromium. See tests/browser/README.md.
process.env['TZ'] = 'UTC';

/** The longest files, started first so that none is left running alone at the end. */
const LONGEST = ['visit-1.test.ts', 'visit-2.test.ts', 'vnu.test.ts', 'html-validate.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((name) => f.moduleId.endsWith(`/${name}`));
      return i < 0 ? LONGEST.length : i;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/setup.ts'],
    // Test files drive one shared Chromium: the two shards of the per-page pass (two Chromium pages
    // each) and the Nu checker's JVM keep both cores busy; a third worker runs the short files.
    pool: 'forks',
    maxWorkers: 3,
    sequence: { sequencer: LongestFirst },
    testTimeout: 180_000,
    hookTimeout: 300_000,
    teardownTimeout: 30_000,
    slowTestThreshold: 30_000,
  },
});
