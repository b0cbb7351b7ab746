/**
 * Checking stories without a full build: the file name, size and characters, the frontmatter
 * (read safely by src/config/frontmatter.ts, validated by the shared schema) and the Markdown
 * body (the same remark plugins as the build). Every problem is returned as
 * `{ file, line, column, message }`; nothing stops at the first, except a file that cannot be
 * read at all.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Dataset } from '../data/types';
import { storyRemarkPlugins } from '../markdown/pipeline';
import { MarkdownProblemsError } from '../markdown/problems';
import type { SiteIndex } from '../config/site-paths';
import { readFrontmatter } from '../config/frontmatter';
import { formatBytes, LIMITS } from '../config/limits';
import { describeUnsafe, escapeText, escapeUnsafe, findUnsafeChars } from '../config/text-safety';
import { skeleton } from './lookalike';
import { closestWord } from '../config/edit-distance';
import { inspectionPageIds } from '../data/inspection-ids';
import { STORY_FIELDS, storySchema, type StoryContext } from './schema';

export interface StoryProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** `file:line:column message`, never with a raw control or bidirectional character. */
export function formatStoryProblem(p: StoryProblem): string {
  return escapeUnsafe(`${p.file}:${p.line}:${p.column} ${p.message}`);
}

const SOURCE_FIELDS = ['publisher', 'title', 'url', 'date'];

/** "did you mean …? " for a misspelt field name, or ''. */
function suggest(key: string, fields: readonly string[]): string {
  const best = closestWord(key, fields);
  return best ? `did you mean "${best}"? ` : '';
}

/** Find the line (1-based, within the file) and column of a path like ['sources', 1, 'url']. */
export function locate(
  frontLines: readonly string[],
  path: readonly (string | number)[],
): { line: number; column: number } {
  let from = 0;
  let found = { line: 1, column: 1 };
  let flow = false;
  for (let k = 0; k < path.length; k++) {
    const seg = path[k];
    if (typeof seg === 'number' && flow) continue; // [a, b] on the key's line
    if (typeof seg === 'number') {
      let count = -1;
      for (let i = from; i < frontLines.length; i++) {
        const m = /^(\s*)- /.exec(frontLines[i] ?? '');
        if (m) count++;
        if (m && count === seg) {
          from = i;
          found = { line: i + 2, column: (m[1]?.length ?? 0) + 1 };
          break;
        }
      }
      // Flow sequences ([a, b]) stay on the key's line.
    } else if (seg !== undefined) {
      const re = new RegExp(`^(\\s*(?:- )?)${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
      for (let i = from; i < frontLines.length; i++) {
        const m = re.exec(frontLines[i] ?? '');
        if (m) {
          from = i;
          found = { line: i + 2, column: (m[1]?.length ?? 0) + 1 };
          flow = /:\s*\[/.test(frontLines[i] ?? '');
          break;
        }
      }
    }
  }
  return found;
}

export interface StoryInput {
  /** Path shown in messages, e.g. `content/stories/x.md`. */
  file: string;
  text: string;
}

export interface CheckOptions {
  data: Dataset;
  site: SiteIndex;
  base: string;
  today: string;
}

/** At most this many unsafe-character findings are listed per file (then a count). */
const MAX_CHAR_FINDINGS = 10;

/** Problems with a story's file name, which is its slug and its address. */
function fileNameProblems(name: string): string[] {
  const out: string[] = [];
  const slug = name.replace(/\.md$/, '');
  const bad = findUnsafeChars(name);
  if (bad[0])
    out.push(
      `file name ${escapeText(name)} contains ${describeUnsafe(bad[0])}; rename the file using lowercase letters, digits and hyphens`,
    );
  else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    out.push(
      `file name ${escapeText(name)} is not a valid story slug; expected lowercase letters, digits and hyphens, e.g. haringey-adoption-2014.md`,
    );
  if (slug.length > LIMITS.slugChars)
    out.push(
      `file name is ${slug.length} characters long before .md; expected a slug of at most ${LIMITS.slugChars} characters (it becomes the address /stories/<slug>/)`,
    );
  return out;
}

/** Unsafe characters in `lines` (file lines from `firstLine`), as problems. */
function charProblems(
  lines: readonly string[],
  firstLine: number,
  where: string,
  allowJoiners: boolean,
): StoryProblemAt[] {
  const out: StoryProblemAt[] = [];
  let total = 0;
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    for (const u of findUnsafeChars(line, { tabs: true, joiners: allowJoiners })) {
      total++;
      if (out.length < MAX_CHAR_FINDINGS)
        out.push({
          line: firstLine + i,
          column: u.index + 1,
          message: `${where} contains ${describeUnsafe(u)}; delete it (it cannot be seen, or changes how the text around it displays)`,
        });
    }
  });
  if (total > MAX_CHAR_FINDINGS && out[0])
    out.push({ ...out[0], message: `${total - MAX_CHAR_FINDINGS} more such characters in ${where}` });
  return out;
}

interface StoryProblemAt {
  line: number;
  column: number;
  message: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text (in double quotes)',
  array: 'a list in square brackets, e.g. [haringey]',
  boolean: 'true or false',
  object: 'fields (name: value)',
  number: 'a number',
  date: 'a date written yyyy-mm-dd',
};

/** zod's wording, in the guide's: "expected text (in double quotes), not a number". */
function plainIssue(message: string): string {
  const m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (!m) return message.replace(/^Invalid input: /, '');
  const got = m[2] === 'null' ? 'nothing' : m[2] === 'array' ? 'a list' : `a ${m[2] ?? ''}`;
  return `expected ${TYPE_WORDS[m[1] ?? ''] ?? m[1] ?? ''}, not ${got}`;
}

/**
 * The one wording of a schema problem for editors, stories' and write-ups' fields alike: what is
 * wrong and what to write, never the validator's own words ("Invalid input: expected string,
 * received number").
 */
export function fieldIssueMessage(
  issue: { code: string; message: string; expected?: unknown },
  field: string,
  value: unknown,
): string {
  if (value === undefined && issue.code === 'invalid_type') {
    const expected = typeof issue.expected === 'string' ? issue.expected : '';
    const what = issue.message.startsWith('Invalid input')
      ? `expected ${TYPE_WORDS[expected] ?? 'a value'}`
      : issue.message;
    return `missing field "${field}"; add it: ${what}`;
  }
  const msg = plainIssue(issue.message);
  return `${field}: ${msg.includes('(got') ? msg : `${msg} (got ${shown(value)})`}`;
}

/** A value for a message, escaped and cut short. */
function shown(value: unknown): string {
  if (typeof value === 'string') return escapeText(value);
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  if (json === undefined) return typeof value;
  return escapeUnsafe(json.length > 80 ? `${json.slice(0, 80)}…` : json);
}

/** The context of the schema's cross-references, from the dataset. */
export function storyContext(data: Dataset, today: string): StoryContext {
  return {
    authorities: new Set(data.authorities.keys()),
    inspections: new Set(data.inspections.map((i) => i.id)),
    inspectionPages: new Map([...inspectionPageIds(data.inspections)].map(([id, page]) => [page, id])),
    today,
  };
}

export interface StoryTextResult {
  problems: StoryProblem[];
  /** The frontmatter's fields, when the file could be read (valid or not). */
  data?: Record<string, unknown>;
  /** The body with the frontmatter blanked (line numbers match the file), when it could be read. */
  body?: string;
}

/**
 * Everything about a story except its Markdown: the file name, the size, the frontmatter (read
 * safely and validated by the shared schema, with lines) and invisible characters anywhere.
 * Shared by `npm run check` and the build's stories loader. `fields`: the fields the file may
 * have (a write-up's include its own), named in messages and suggested for a misspelt one.
 */
export function checkStoryText(
  input: StoryInput,
  ctx: StoryContext,
  fields: readonly string[] = STORY_FIELDS,
): StoryTextResult {
  const problems: StoryProblem[] = [];
  const add = (line: number, column: number, message: string) =>
    problems.push({ file: input.file, line, column, message });
  for (const m of fileNameProblems(input.file.split('/').pop() ?? '')) add(1, 1, m);

  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > LIMITS.storyBytes) {
    add(
      1,
      1,
      `the story is ${formatBytes(bytes)}; the limit is ${formatBytes(LIMITS.storyBytes)}: split it into two stories`,
    );
    return { problems };
  }

  const read = readFrontmatter(input.text);
  if ('problem' in read) {
    add(read.problem.line, read.problem.column, read.problem.message);
    return { problems };
  }
  const { data, split } = read;
  const frontLines = split.yaml.split('\n');
  const fieldProblems: StoryProblemAt[] = [];
  const result = storySchema(ctx).safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const allowed = issue.path.length ? SOURCE_FIELDS : fields;
        for (const key of issue.keys) {
          const at = locate(frontLines, [...(issue.path as (string | number)[]), key]);
          fieldProblems.push({
            ...at,
            message: `unknown field ${escapeText(key)}; ${suggest(key, allowed)}allowed: ${allowed.join(', ')}`,
          });
        }
        continue;
      }
      const path = issue.path as (string | number)[];
      const field = path.join('.');
      let value: unknown = data;
      for (const seg of path) value = (value as Record<string | number, unknown> | undefined)?.[seg];
      const at = locate(frontLines, path);
      fieldProblems.push({ ...at, message: fieldIssueMessage(issue, field, value) });
    }
  }
  // Invisible and control characters anywhere in the frontmatter (comments and field names
  // too), unless a field's own check has already reported that line.
  const reported = new Set(fieldProblems.map((p) => p.line));
  for (const p of [
    ...fieldProblems,
    ...charProblems(frontLines, split.yamlLine, 'the frontmatter', false).filter(
      (p) => !reported.has(p.line),
    ),
  ])
    add(p.line, p.column, p.message);
  // The body: reported too (joiners are allowed there, for emoji).
  for (const p of charProblems(split.body.split('\n'), 1, 'the text', true)) add(p.line, p.column, p.message);
  return { problems, data, body: split.body };
}

/**
 * Problems in a body (the frontmatter blanked, so lines match the file), found by the site's
 * remark plugins as the build runs them. Shared by the stories' and the write-ups' checks.
 */
export function checkMarkdownBody(fileName: string, body: string, o: CheckOptions): StoryProblem[] {
  const file = new VFile({ path: fileName, value: body });
  try {
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(storyRemarkPlugins({ data: () => o.data, base: o.base, site: () => o.site }))
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file);
    return [];
  } catch (e) {
    return problemsFromRenderError(fileName, e);
  }
}

export function checkStory(input: StoryInput, o: CheckOptions): StoryProblem[] {
  const head = checkStoryText(input, storyContext(o.data, o.today));
  const problems = head.problems;
  if (head.body !== undefined) problems.push(...checkMarkdownBody(input.file, head.body, o));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The problems a Markdown render error stands for (one per problem the plugins collected). */
export function problemsFromRenderError(file: string, e: unknown): StoryProblem[] {
  // Duck-typed: the build loads the plugins and this module as separate copies.
  const listed = e as Partial<MarkdownProblemsError> | null;
  if (
    e instanceof MarkdownProblemsError ||
    (listed?.name === 'MarkdownProblemsError' && Array.isArray(listed.problems))
  )
    return (listed?.problems ?? []).map((p) => ({
      file,
      line: p.line,
      column: p.column,
      message: p.message,
    }));
  const err = e as { line?: number; column?: number; message?: string; reason?: string };
  const message = (err.reason ?? err.message ?? String(e)).split('\n')[0] ?? '';
  return [
    {
      file,
      line: err.line ?? 1,
      column: err.column ?? 1,
      message: `the story could not be rendered: ${message}`,
    },
  ];
}

/**
 * Problems across stories: duplicate slugs (case-insensitive), duplicate titles, and titles that
 * look the same as another's (same Unicode TR39 skeleton: look-alike letters, case, spacing).
 */
export function checkAcrossStories(inputs: readonly StoryInput[]): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const slugs = new Map<string, string>();
  const titles = new Map<string, { file: string; title: string }>();
  const skeletons = new Map<string, { file: string; title: string }>();
  for (const s of inputs) {
    const slug = (s.file.split('/').pop() ?? '').replace(/\.md$/, '').toLowerCase();
    const other = slugs.get(slug);
    if (other)
      problems.push({
        file: s.file,
        line: 1,
        column: 1,
        message: `duplicate slug ${escapeText(slug)}: ${other} has the same address /stories/${slug}/`,
      });
    else slugs.set(slug, s.file);
    if (Buffer.byteLength(s.text, 'utf8') > LIMITS.storyBytes) continue; // reported by checkStory
    const read = readFrontmatter(s.text);
    if ('problem' in read) continue; // reported by checkStory
    const raw = read.data['title'];
    if (typeof raw !== 'string' || !raw.trim()) continue;
    const at = locate(read.split.yaml.split('\n'), ['title']);
    const title = raw.trim().toLowerCase();
    const same = titles.get(title);
    if (same) {
      problems.push({ file: s.file, ...at, message: `duplicate title: ${same.file} has the same title` });
      continue;
    }
    titles.set(title, { file: s.file, title: raw });
    const key = skeleton(raw);
    const alike = skeletons.get(key);
    if (alike)
      problems.push({
        file: s.file,
        ...at,
        message: `title ${escapeText(raw)} looks the same as the title of ${alike.file} (${escapeText(alike.title)}) but is spelt with different characters (look-alike letters from another alphabet, or invisible ones); retype the title, or make it distinct`,
      });
    else skeletons.set(key, { file: s.file, title: raw });
  }
  return problems;
}
