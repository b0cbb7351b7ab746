/**
 * Content collections. Stories are Markdown files in content/stories/ (or INSPECTED_STORIES_DIR
 * for the benchmark's synthetic sites); their frontmatter is validated with the same schema as
 * `npm run check`, against the dataset's councils and inspections.
 *
 * Drafts (`draft: true`) are dropped from the collection as it loads in a production build: never
 * rendered (rendering waits for a page that asks) and deleted from the content store before it is
 * written or bundled, so a draft's text cannot reach the build's output or its intermediate files
 * (tests/pipeline/build-atomic.e2e.ts). `npm run dev` keeps them (the story page shows a banner).
 * Rendering is deferred to the story's page (`deferRender`): the collection holds front matter and
 * source only, which keeps memory flat with thousands of stories (docs/performance.md).
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { isDevServer } from './config/mode';
import { loadDataset } from './data/load';
import { storySchema } from './stories/schema';

const data = loadDataset();

const storiesBase = process.env['INSPECTED_STORIES_DIR'] ?? './content/stories';

/**
 * The glob loader over `base`, minus drafts unless this is the dev server. Astro's cached store
 * keeps an unchanged entry's old file path, so when the folder itself changes (the benchmark's
 * archives, INSPECTED_STORIES_DIR) the store is cleared first, or the build would import files
 * from the previous folder.
 */
function storyLoader(inner: Loader, base: string, keepDrafts: boolean): Loader {
  return {
    name: `${inner.name}-stories`,
    load: async (context) => {
      if (context.meta.get('base') !== base) {
        context.store.clear();
        context.meta.set('base', base);
      }
      await inner.load(context);
      if (keepDrafts) return;
      for (const [id, entry] of context.store.entries())
        if (entry.data['draft'] === true) context.store.delete(id);
    },
  };
}

const stories = defineCollection({
  loader: storyLoader(
    glob({ base: storiesBase, pattern: '*.md', deferRender: true }),
    storiesBase,
    isDevServer(),
  ),
  schema: storySchema({
    authorities: new Set(data.authorities.keys()),
    inspections: new Set(data.inspections.map((i) => i.id)),
    today: new Date().toISOString().slice(0, 10),
  }),
});

export const collections = { stories };
