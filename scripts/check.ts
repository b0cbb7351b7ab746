/**
 * `npm run check`: validate every data file and every story without a full build.
 * Prints each problem as `file:line:column message` and exits non-zero if there is any.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataValidationError, loadDataset } from '../src/data/load';
import { formatProblem } from '../src/data/schema';
import { storiesDir, storySlugs, writeUpsDir } from '../src/config/site-paths';
import { checkAcrossStories, checkStory, formatStoryProblem, type StoryInput } from '../src/stories/check';
import matter from 'gray-matter';
import { inspectionPageIds } from '../src/data/inspection-ids';
import { checkWriteUps } from '../src/stories/inspection-check';

/** Whether a story's frontmatter says `draft: true` (unparseable frontmatter is reported elsewhere). */
function isDraft(text: string): boolean {
  try {
    return matter(text).data['draft'] === true;
  } catch {
    return false;
  }
}

export function runCheck(today = new Date().toISOString().slice(0, 10)): string[] {
  const out: string[] = [];
  let data;
  try {
    data = loadDataset();
  } catch (e) {
    if (e instanceof DataValidationError) {
      out.push(...e.problems.map(formatProblem));
      out.push('(stories not checked: the dataset they refer to is invalid)');
      return out;
    }
    throw e;
  }
  const files = existsSync(storiesDir)
    ? readdirSync(storiesDir)
        .filter((f) => f.endsWith('.md'))
        .sort()
    : [];
  const inputs: StoryInput[] = files.map((f) => ({
    file: relative(process.cwd(), join(storiesDir, f)),
    text: readFileSync(join(storiesDir, f), 'utf8'),
  }));
  const authorities = new Set(data.authorities.keys());
  const inspections = new Set(inspectionPageIds(data.inspections).values());
  const published = { authorities, stories: storySlugs(false), inspections };
  const withDrafts = { authorities, stories: storySlugs(true), inspections };
  for (const input of inputs) {
    const problems = checkStory(input, {
      data,
      site: isDraft(input.text) ? withDrafts : published,
      base: '/',
      today,
    });
    out.push(...problems.map(formatStoryProblem));
  }
  out.push(...checkAcrossStories(inputs).map(formatStoryProblem));
  // Editors' write-ups of inspections (content/inspections/), checked like stories.
  out.push(
    ...checkWriteUps(writeUpsDir, { data, site: published, base: '/', today, pageIds: inspections }).map(
      formatStoryProblem,
    ),
  );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = runCheck();
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`\n${problems.filter((p) => !p.startsWith('(')).length} problem(s) found.`);
    process.exit(1);
  }
  console.log('check: the dataset and every story are valid.');
}
