/**
 * Content collections. Stories are Markdown files in content/stories/ (or INSPECTED_STORIES_DIR
 * for the benchmark's synthetic sites); their frontmatter is validated with the same schema as
 * `npm run check`, against the dataset's councils and inspections.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadDataset } from './data/load';
import { storySchema } from './stories/schema';
import { writeUpSchema } from './stories/inspection-schema';

const data = loadDataset();

const stories = defineCollection({
  loader: glob({ base: process.env['INSPECTED_STORIES_DIR'] ?? './content/stories', pattern: '*.md' }),
  schema: storySchema({
    authorities: new Set(data.authorities.keys()),
    inspections: new Set(data.inspections.map((i) => i.id)),
    today: new Date().toISOString().slice(0, 10),
  }),
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
