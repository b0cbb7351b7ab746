/**
 * Content collections. Stories are Markdown files in content/stories/ (or INSPECTED_STORIES_DIR
 * for the benchmark's synthetic sites), read by the site's own loader (src/stories/loader.ts):
 * the same safe frontmatter reader, schema and checks as `npm run check`, against the
 * dataset's councils and inspections.
 */
import { defineCollection } from 'astro:content';
import { storiesDir, storySlugs } from './config/site-paths';
import { loadDataset } from './data/load';
import { checkStory, storyContext } from './stories/check';
import { storyLoader } from './stories/loader';
import { storySchema } from './stories/schema';

const data = loadDataset();
const today = new Date().toISOString().slice(0, 10);
const context = storyContext(data, today);

const stories = defineCollection({
  loader: storyLoader({
    dir: storiesDir,
    context,
    // npm run dev: the whole check first, drafts' pages counted as existing (dev shows drafts).
    devCheck: () => {
      const site = { authorities: new Set(data.authorities.keys()), stories: storySlugs(true) };
      return (input) => checkStory(input, { data, site, base: '/', today });
    },
  }),
  schema: storySchema(context),
});

export const collections = { stories };
