/**
 * A tiny site to build for real in a folder of its own: the hand-made fixture dataset (Haringey and
 * Havering, tests/helpers/dataset-fixture.ts), one published story that draws a chart, and an empty
 * write-ups folder. The build pipeline tests (tests/pipeline/) add drafts to it; the browser
 * tests build it under a sub-path (tests/browser/setup.ts); the reproducibility test builds it twice.
 * A tiny build takes seconds where the whole site takes minutes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DATA_FILES, type DataFileKey } from '../../src/data/load';
import { validDataTexts } from './dataset-fixture';
import { haringeyFields } from './story-frontmatter';
import { runCommand, type CommandRun } from './run-command';

/** The one published story's file name and page. */
const TINY_STORY = 'london-grid';

/** A story's Markdown, about Haringey (the fixture's frontmatter), published or draft. */
export function tinyStory(title: string, body: string, draft: boolean): string {
  return `---
title: "${title}"
standfirst: "A story made for the build tests, about Haringey's children's services."
${haringeyFields()}draft: ${draft}
---

${body}
`;
}

export interface TinySite {
  root: string;
  stories: string;
  writeUps: string;
  /** The environment of a plain build of this site into `out`: no SITE or BASE from outside. */
  env(out: string, extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
  /** `node scripts/build-site.mjs` on this site into `out`. */
  build(out: string, extra?: NodeJS.ProcessEnv): Promise<CommandRun>;
}

/** Write the tiny site's inputs under `root` (created if need be). */
export function makeTinySite(root: string): TinySite {
  const stories = join(root, 'stories');
  const writeUps = join(root, 'write-ups');
  for (const [k, text] of Object.entries(validDataTexts()) as [DataFileKey, string][]) {
    const f = join(root, 'data', DATA_FILES[k]);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, text);
  }
  mkdirSync(stories, { recursive: true });
  mkdirSync(writeUps, { recursive: true });
  writeFileSync(
    join(stories, `${TINY_STORY}.md`),
    tinyStory(
      'London at a glance',
      'Every London council by year.\n\n::chart{type="national-grid" region="London"}',
      false,
    ),
  );
  const bin = resolve('node_modules', '.bin');
  const env = (out: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
    // NODE_ENV=test (set by vitest) is kept on purpose: a build must leave drafts out whatever
    // NODE_ENV says.
    const { SITE: _site, BASE: _base, ...rest } = process.env;
    return {
      ...rest,
      PATH: `${bin}:${process.env['PATH'] ?? ''}`,
      OUT_DIR: out,
      INSPECTED_DATA_DIR: join(root, 'data'),
      INSPECTED_STORIES_DIR: stories,
      INSPECTED_WRITEUPS_DIR: writeUps,
      INSPECTED_OG_CACHE: join(root, 'og-cache'),
      // The tiny site's charts in a cache of their own, not the project's (src/charts/disk-cache.ts):
      // cold for its first build, warm for a second (the reproducibility test compares the two).
      INSPECTED_CHART_CACHE: join(root, 'chart-cache'),
      FORCE_COLOR: '0',
      ...extra,
    };
  };
  return {
    root,
    stories,
    writeUps,
    env,
    build: (out, extra = {}) => runCommand(process.execPath, ['scripts/build-site.mjs'], env(out, extra)),
  };
}
