/**
 * `npm run check`: validate every data file and every story without a full build.
 * Prints each problem as `file:line:column message` and exits non-zero if there is any.
 * Stories are read as the build reads them (src/stories/loader.ts): ordinary files only, no
 * links, within the size limit, frontmatter YAML only and never evaluated.
 */
import { join, relative } from 'node:path';
import { DataValidationError, dataDirectory, loadDataset } from '../src/data/load';
import { formatProblem } from '../src/data/schema';
import { isDraftText } from '../src/config/frontmatter';
import { readStoryFile, storiesDir, storyEntries, storySlugs, writeUpsDir } from '../src/config/site-paths';
import {
  checkAcrossStories,
  checkStory,
  formatStoryProblem,
  type StoryInput,
  type StoryProblem,
} from '../src/stories/check';
import {
  COUNCIL_CHANGES_FILE,
  parseCouncilChanges,
  readCouncilChangesText,
  type CouncilChanges,
} from './import/lib/council-changes';
import { ImportError } from './import/lib/problems';
import { inspectionPageIds } from '../src/data/inspection-ids';
import { checkWriteUps } from '../src/stories/inspection-check';
import { listProblems, terminalText } from '../src/config/terminal-text';
import { buildDay } from '../src/config/build-day';

/**
 * Every problem of the data in `dataDir` (default `data/`), of every story in `dir` and of every
 * write-up in `writeUps` (the project's own, when `dir` is the project's stories folder).
 */
export function runCheck(
  today = buildDay(),
  dir = storiesDir,
  dataDir = dataDirectory(),
  writeUps: string | null = dir === storiesDir ? writeUpsDir : null,
): string[] {
  const out: string[] = [];
  // The importers' curated file of council successions and code changes.
  let changes: CouncilChanges | null = null;
  try {
    const text = readCouncilChangesText(dataDir);
    if (text !== null) changes = parseCouncilChanges(text);
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    out.push(...e.problems);
  }
  let data;
  try {
    data = loadDataset(dataDir, today);
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
  const problems: StoryProblem[] = [];
  const inputs: StoryInput[] = [];
  for (const e of storyEntries(dir)) {
    const file = relative(process.cwd(), join(dir, e.name));
    const r = readStoryFile(e.name, dir);
    if (r.kind === 'refused') problems.push({ file, ...r.refusal });
    else if (r.kind === 'ok') inputs.push({ file, text: r.text });
  }
  const authorities = new Set(data.authorities.keys());
  const inspections = new Set(inspectionPageIds(data.inspections).values());
  const published = { authorities, stories: storySlugs(false, dir), inspections };
  const withDrafts = { authorities, stories: storySlugs(true, dir), inspections };
  for (const input of inputs) {
    try {
      problems.push(
        ...checkStory(input, {
          data,
          site: isDraftText(input.text) ? withDrafts : published,
          base: '/',
          today,
        }),
      );
    } catch (e) {
      // A bug in the check must still name the file it was checking.
      problems.push({
        file: input.file,
        line: 1,
        column: 1,
        message: `the check failed on this file (${e instanceof Error ? e.name : 'error'}); please report it`,
      });
    }
  }
  problems.push(...checkAcrossStories(inputs));
  out.push(...problems.map(formatStoryProblem));
  // Editors' write-ups of inspections (content/inspections/), checked like stories.
  if (writeUps)
    out.push(
      ...checkWriteUps(writeUps, { data, site: published, base: '/', today, pageIds: inspections }).map(
        formatStoryProblem,
      ),
    );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = runCheck();
  if (problems.length) {
    // Problems quote stories and data files: printed with their control characters escaped.
    console.error(terminalText(listProblems(problems).join('\n')));
    console.error(`\n${problems.filter((p) => !p.startsWith('(')).length} problem(s) found.`);
    process.exit(1);
  }
  console.log('check: the dataset and every story are valid.');
}
