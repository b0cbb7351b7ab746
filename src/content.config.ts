/**
 * Content collections. Stories are Markdown files in content/stories/ (or INSPECTED_STORIES_DIR
 * for the benchmark's synthetic sites), read by the site's own loader (src/stories/loader.ts):
 * the same safe frontmatter reader, schema and checks as `npm run check`, against the
 * dataset's councils and inspections.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { storiesDir, storySlugs } from './config/site-paths';
import { loadDataset } from './data/load';
import { checkStory, storyContext } from './stories/check';
import { storyLoader } from './stories/loader';
import { storySchema } from './stories/schema';
import { writeUpSchema } from './stories/inspection-schema';

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

/** Editors' write-ups of single inspections, named by the inspection's page id (checked by npm run check). */
const inspections = defineCollection({
  loader: glob({ base: process.env['INSPECTED_WRITEUPS_DIR'] ?? './content/inspections', pattern: '*.md' }),
  schema: writeUpSchema({
    authorities: new Set(data.authorities.keys()),
    inspections: new Set(data.inspections.map((i) => i.id)),
    today: new Date().toISOString().slice(0, 10),
  }),
});

export const collections = { stories, inspections };
