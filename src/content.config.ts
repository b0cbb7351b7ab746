/**
 * Content collections. Stories are Markdown files in content/stories/ (or INSPECTED_STORIES_DIR
 * for the benchmark's synthetic sites); their frontmatter is validated with the same schema as
 * `npm run check`, against the dataset's councils and inspections.
 *
 * Drafts (`draft: true`) are left out of a production build as the collection loads (below), so a
 * draft's text cannot reach the build's output or its intermediate files
 * (tests/pipeline/build-atomic.e2e.ts). `npm run dev` keeps them (the story page shows a banner).
 * Each story's charts are slots that its page fills in (src/charts/cache.ts), so the rendered
 * stories the collection holds stay small with thousands of stories (docs/performance.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { isDevServer } from './config/mode';
import { loadDataset } from './data/load';
import { storySchema } from './stories/schema';

const data = loadDataset();

const storiesBase = process.env['INSPECTED_STORIES_DIR'] ?? './content/stories';

/** A file name that is the same as a glob pattern (no *, ?, [, {, !, parentheses). */
const LITERAL = /^[A-Za-z0-9][A-Za-z0-9._-]*\.md$/;

/** The story files whose front matter says `draft: true` (with the parser Astro's loader uses). */
function draftFiles(base: string): string[] {
  const dir = resolve(base);
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.md')) continue;
    try {
      if (parseFrontmatter(readFileSync(join(dir, f), 'utf8')).frontmatter['draft'] === true) out.push(f);
    } catch {
      // not a readable story: `npm run check` has refused it before the build
    }
  }
  return out;
}

/**
 * Stories: Markdown files in `base`. In a production build drafts are left out of the glob, so
 * they are never read into the collection, rendered or stored (a draft whose name is not a plain
 * file name is dropped from the store right after loading, before anything is written). The dev
 * server keeps them. Astro's cached store keeps an unchanged entry's old file path, so when the
 * folder itself changes (the benchmark's archives, INSPECTED_STORIES_DIR) it is cleared first.
 */
function storyLoader(base: string, keepDrafts: boolean): Loader {
  return {
    name: 'inspected-stories',
    load: async (context) => {
      if (context.meta.get('base') !== base) {
        context.store.clear();
        context.meta.set('base', base);
      }
      const drafts = keepDrafts ? [] : draftFiles(base);
      const skip = drafts.filter((f) => LITERAL.test(f)).map((f) => `!${f}`);
      await glob({ base, pattern: ['*.md', ...skip] }).load(context);
      if (keepDrafts) return;
      for (const [id, entry] of context.store.entries())
        if (entry.data['draft'] === true) context.store.delete(id);
    },
  };
}

const stories = defineCollection({
  loader: storyLoader(storiesBase, isDevServer()),
  schema: storySchema({
    authorities: new Set(data.authorities.keys()),
    inspections: new Set(data.inspections.map((i) => i.id)),
    today: new Date().toISOString().slice(0, 10),
  }),
});

export const collections = { stories };
