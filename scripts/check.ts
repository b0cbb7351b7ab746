/**
 * `npm run check`: validate every data file and every story without a full build.
 * Prints each problem as `file:line:column message` and exits non-zero if there is any.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DataValidationError, dataDirectory, loadDataset } from '../src/data/load';
import { formatProblem } from '../src/data/schema';
import { storiesDir, storySlugs } from '../src/config/site-paths';
import { checkAcrossStories, checkStory, formatStoryProblem, type StoryInput } from '../src/stories/check';
import matter from 'gray-matter';
import { COUNCIL_CHANGES_FILE, parseCouncilChanges, type CouncilChanges } from './import/lib/council-changes';
import { ImportError } from './import/lib/problems';

/** Whether a story's frontmatter says `draft: true` (unparseable frontmatter is reported elsewhere). */
function isDraft(text: string): boolean {
  try {
    return matter(text).data['draft'] === true;
  } catch {
    return false;
  }
}

/** Every problem of the data in `dataDir` (default `data/`) and of every story. */
export function runCheck(today = new Date().toISOString().slice(0, 10), dataDir = dataDirectory()): string[] {
  const out: string[] = [];
  // The importers' curated file of council successions and code changes.
  const changesFile = join(dataDir, COUNCIL_CHANGES_FILE);
  let changes: CouncilChanges | null = null;
  if (existsSync(changesFile))
    try {
      changes = parseCouncilChanges(readFileSync(changesFile, 'utf8'));
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      out.push(...e.problems);
    }
  let data;
  try {
    data = loadDataset(dataDir);
  } catch (e) {
    if (e instanceof DataValidationError) {
      out.push(...e.problems.map(formatProblem));
      out.push('(stories not checked: the dataset they refer to is invalid)');
      return out;
    }
    throw e;
  }
  for (const r of changes?.refs ?? [])
    if (!data.authorities.has(r.slug))
      out.push(
        `data/${COUNCIL_CHANGES_FILE}:${r.line}:${r.column} ${r.field}: unknown council; expected a slug from data/authorities.csv (got "${r.slug}")`,
      );
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
  const published = { authorities, stories: storySlugs(false) };
  const withDrafts = { authorities, stories: storySlugs(true) };
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
