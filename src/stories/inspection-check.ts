/**
 * Checking editors' write-ups of single inspections (`content/inspections/<id>.md`), for
 * `npm run check` and for the build's loader (src/stories/loader.ts, as src/content.config.ts
 * sets it up): the file is read as a story is (an ordinary file in the folder, no link, within
 * the size limit), the file name must be an inspection's page id; the story fields and the
 * Markdown body go through the stories' own check (src/stories/check.ts, unchanged), and the
 * write-up's own fields (summary, quotes, corrections) through their schema, all read by the one
 * safe frontmatter reader (src/config/frontmatter.ts). Every problem is returned as
 * `file:line:column message`, all at once.
 */
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { Dataset } from '../data/types';
import { readFrontmatter } from '../config/frontmatter';
import { closestWord, editDistance } from '../config/edit-distance';
import { readStoryFile, storyEntries, type SiteIndex } from '../config/site-paths';
import {
  checkAcrossStories,
  checkMarkdownBody,
  checkStoryText,
  fieldIssueMessage,
  locate,
  storyContext,
  type CheckOptions,
  type StoryInput,
  type StoryProblem,
  type StoryTextResult,
} from './check';
import { withPlainText, type StoryContext } from './schema';
import { otherCouncilCharts } from './write-up-charts';
import { inspectionByPageId } from '../data/inspection-pages';
import { WRITE_UP_EXTRA_FIELDS, WRITE_UP_FIELDS, writeUpExtraShape } from './inspection-schema';

export interface WriteUpCheckOptions extends CheckOptions {
  /** Every inspection page id (src/data/inspection-ids.ts). */
  pageIds: ReadonlySet<string>;
}

function closest(word: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const c of candidates) {
    // Only ids of the same council are worth suggesting.
    if (c.split('-')[0] !== word.split('-')[0]) continue;
    const d = editDistance(word, c);
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== null && bestD <= 4 ? best : null;
}

/** The frontmatter's lines (without the `---` fences) and the index of the closing fence. */
function frontmatterLines(text: string): { lines: string[]; end: number } | null {
  const lines = text.split('\n');
  if ((lines[0] ?? '').trim() !== '---') return null;
  const end = lines.findIndex((l, k) => k > 0 && l.trim() === '---');
  return end < 0 ? null : { lines, end };
}

/**
 * The text with the write-up's own fields blanked out (same number of lines, so the stories'
 * check reports the right line numbers for everything else).
 */
export function withoutWriteUpFields(text: string): string {
  const fm = frontmatterLines(text);
  if (!fm) return text;
  const { lines, end } = fm;
  const own = new RegExp(`^(${WRITE_UP_EXTRA_FIELDS.join('|')})\\s*:`);
  let skipping = false;
  for (let k = 1; k < end; k++) {
    const line = lines[k] ?? '';
    if (own.test(line)) skipping = true;
    else if (/^\S/.test(line) && !line.startsWith('-')) skipping = false;
    if (skipping) lines[k] = '';
  }
  return lines.join('\n');
}

/**
 * Everything about a write-up except its Markdown: its file name (an inspection's page id), the
 * story fields through the stories' own check (src/stories/check.ts), the write-up's own fields,
 * all read by the one safe frontmatter reader. Shared by `npm run check` and the build's loader
 * (src/stories/loader.ts), as checkStoryText is for stories. `data` is the whole frontmatter.
 */
export function checkWriteUpText(
  input: StoryInput,
  o: { context: StoryContext; pageIds: ReadonlySet<string>; data?: Dataset },
): StoryTextResult {
  const problems: StoryProblem[] = [];
  const add = (line: number, column: number, message: string) =>
    problems.push({ file: input.file, line, column, message });
  const sorted = () => problems.sort((a, b) => a.line - b.line || a.column - b.column);
  const id = (input.file.split('/').pop() ?? '').replace(/\.md$/, '');
  if (!o.pageIds.has(id)) {
    const hint = closest(id, o.pageIds);
    add(
      1,
      1,
      `no inspection has the page /inspections/${id}/; ${hint ? `did you mean "${hint}.md"? ` : ''}expected the file to be named after an inspection's page id, e.g. havering-2024-ilacs.md (the end of its address)`,
    );
  }

  // Story fields: the stories' check, on the text without the write-up's own fields.
  const head = checkStoryText(
    { file: input.file, text: withoutWriteUpFields(input.text) },
    o.context,
    WRITE_UP_FIELDS,
  );
  problems.push(...head.problems);
  if (!head.data || head.body === undefined) return { problems: sorted() };

  // The whole frontmatter, own fields included, read by the same safe reader: a tag, an anchor
  // or a syntax error inside the write-up's own fields is refused here.
  const read = readFrontmatter(input.text);
  if ('problem' in read) {
    add(read.problem.line, read.problem.column, read.problem.message);
    return { problems: sorted() };
  }
  const parsed = read.data;
  const frontLines = read.split.yaml.split('\n');
  const result = withPlainText(z.object(writeUpExtraShape(o.context))).safeParse(parsed);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const at = locate(frontLines, [...path, key]);
          const allowed = path[0] === 'quotes' ? ['text', 'by'] : ['date', 'text'];
          const hint = closestWord(key, allowed, 2);
          add(
            at.line,
            at.column,
            `unknown field "${key}" in ${path.join('.')}; ${hint ? `did you mean "${hint}"? ` : ''}allowed: ${allowed.join(', ')}`,
          );
        }
        continue;
      }
      let value: unknown = parsed;
      for (const seg of path) value = (value as Record<string | number, unknown> | undefined)?.[seg];
      const at = locate(frontLines, path);
      const field = path.join('.');
      add(at.line, at.column, fieldIssueMessage(issue, field, value));
    }
  }
  // Charts of another council: refused (src/stories/write-up-charts.ts).
  const council = o.data ? inspectionByPageId(o.data, id)?.authority : undefined;
  if (o.data && council)
    for (const p of otherCouncilCharts(head.body, council, o.data)) add(p.line, p.column, p.message);
  return { problems: sorted(), data: parsed, body: head.body };
}

export function checkWriteUp(input: StoryInput, o: WriteUpCheckOptions): StoryProblem[] {
  const head = checkWriteUpText(input, {
    context: storyContext(o.data, o.today),
    pageIds: o.pageIds,
    data: o.data,
  });
  const problems = head.problems;
  if (head.body !== undefined) problems.push(...checkMarkdownBody(input.file, head.body, o));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Every write-up in `dir`: each file checked, then duplicate titles across them. Only ordinary
 * `.md` files directly in the folder are read, as the build's loader reads them (no link, no
 * folder named x.md, within the size limit); anything else is refused by name.
 */
export function checkWriteUps(
  dir: string,
  o: { data: Dataset; site: SiteIndex; base: string; today: string; pageIds: ReadonlySet<string> },
): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const inputs: StoryInput[] = [];
  for (const e of storyEntries(dir)) {
    const file = relative(process.cwd(), join(dir, e.name));
    const r = readStoryFile(e.name, dir, 'write-up');
    if (r.kind === 'refused') problems.push({ file, ...r.refusal });
    else if (r.kind === 'ok') inputs.push({ file, text: r.text });
  }
  for (const input of inputs) problems.push(...checkWriteUp(input, o));
  problems.push(...checkAcrossStories(inputs));
  return problems;
}
