/**
 * Content collections, both read by the site's own loader (src/stories/loader.ts), never by
 * Astro's glob loader: the same safe frontmatter reader (YAML only, nothing evaluated), file
 * checks (no links, nothing outside the folder, size limits), schema and checks as `npm run
 * check`, against the dataset's councils and inspections; drafts left out of production builds.
 * - Stories: Markdown files in content/stories/ (or INSPECTED_STORIES_DIR, for the benchmark's
 *   synthetic sites and the pipeline tests).
 * - Write-ups: editors' write-ups of single inspections, content/inspections/<page id>.md (or
 *   INSPECTED_WRITEUPS_DIR, for the pipeline tests).
 */
import { defineCollection } from 'astro:content';
import { storiesDir, storySlugs, writeUpsDir } from './config/site-paths';
import { inspectionPageIds } from './data/inspection-ids';
import { loadDataset } from './data/load';
import { checkStory, checkStoryText, storyContext } from './stories/check';
import { checkWriteUp, checkWriteUpText } from './stories/inspection-check';
import { writeUpSchema } from './stories/inspection-schema';
import { contentLoader } from './stories/loader';
import { storySchema } from './stories/schema';
import { buildDay } from './config/build-day';

const data = loadDataset();
const today = buildDay();
const context = storyContext(data, today);
const pageIds = new Set(inspectionPageIds(data.inspections).values());
// npm run dev: the whole check first, drafts' pages counted as existing (dev shows drafts).
const devSite = () => ({
  authorities: new Set(data.authorities.keys()),
  stories: storySlugs(true),
  inspections: pageIds,
});

const stories = defineCollection({
  loader: contentLoader({
    name: 'inspected-stories',
    what: 'story',
    dir: storiesDir,
    checkText: (input) => checkStoryText(input, context),
    devCheck: () => {
      const site = devSite();
      return (input) => checkStory(input, { data, site, base: '/', today });
    },
  }),
  schema: storySchema(context),
});

/** Editors' write-ups of single inspections, named by the inspection's page id. */
const inspections = defineCollection({
  loader: contentLoader({
    name: 'inspected-write-ups',
    what: 'write-up',
    dir: writeUpsDir,
    checkText: (input) => checkWriteUpText(input, { context, pageIds, data }),
    devCheck: () => {
      const site = devSite();
      return (input) => checkWriteUp(input, { data, site, base: '/', today, pageIds });
    },
  }),
  schema: writeUpSchema(context),
});

export const collections = { stories, inspections };
