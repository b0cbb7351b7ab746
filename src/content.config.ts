/**
 * Content collections. Stories are Markdown files in content/stories/ (or INSPECTED_STORIES_DIR
 * for the benchmark's synthetic sites), read by the site's own loader (src/stories/loader.ts):
 * the same safe frontmatter reader, schema and checks as `npm run check`, against the
 * dataset's councils and inspections.
 */
import { defineCollection } from 'astro:content';
import { storiesDir } from './config/site-paths';
import { loadDataset } from './data/load';
import { storyContext } from './stories/check';
import { storyLoader } from './stories/loader';
import { storySchema } from './stories/schema';

const context = storyContext(loadDataset(), new Date().toISOString().slice(0, 10));

const stories = defineCollection({
  loader: storyLoader({ dir: storiesDir, context }),
  schema: storySchema(context),
});

export const collections = { stories };
