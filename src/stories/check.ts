/**
 * Checking stories without a full build: frontmatter (gray-matter + the shared schema) and the
 * Markdown body (the same remark plugins as the build). Every problem is returned as
 * `{ file, line, column, message }`; nothing stops at the first.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
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
import { STORY_FIELDS, storySchema, type StoryContext } from './schema';

export interface StoryProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatStoryProblem(p: StoryProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.message}`;
}

/** Levenshtein distance, for "did you mean" on misspelt field names. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  return (d[a.length] as number[])[b.length] ?? 0;
}

function suggest(key: string): string {
  const best = [...STORY_FIELDS].sort((x, y) => distance(key, x) - distance(key, y))[0] ?? '';
  return distance(key, best) <= 3 ? `did you mean "${best}"? ` : '';
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

/**
 * YAML with the JSON schema: dates stay the strings the editor wrote, so "2024-02-31" is
 * reported instead of silently becoming 2 March.
 */
export function parseYaml(text: string): Record<string, unknown> {
  return (yaml.load(text, { schema: yaml.JSON_SCHEMA }) ?? {}) as Record<string, unknown>;
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

export function checkStory(input: StoryInput, o: CheckOptions): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const add = (line: number, column: number, message: string) =>
    problems.push({ file: input.file, line, column, message });
  const slug = input.file.split('/').pop()?.replace(/\.md$/, '') ?? '';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug))
    add(
      1,
      1,
      `file name "${slug}.md" is not a valid story slug; expected lowercase letters, digits and hyphens, e.g. haringey-adoption-2014.md`,
    );

  if (!input.text.startsWith('---')) {
    add(
      1,
      1,
      'missing frontmatter; expected the file to start with a --- block (npm run new:story creates one)',
    );
    return problems;
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(input.text, { engines: { yaml: parseYaml } });
  } catch (e) {
    const mark = (e as { mark?: { line?: number; column?: number } }).mark;
    add(
      (mark?.line ?? 0) + 2,
      (mark?.column ?? 0) + 1,
      `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
    );
    return problems;
  }
  const frontLines = (parsed.matter ?? '').replace(/^\r?\n/, '').split(/\r?\n/);
  const ctx: StoryContext = {
    authorities: new Set(o.data.authorities.keys()),
    inspections: new Set(o.data.inspections.map((i) => i.id)),
    today: o.today,
  };
  const result = storySchema(ctx).safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const at = locate(frontLines, [...(issue.path as (string | number)[]), key]);
          add(
            at.line,
            at.column,
            `unknown field "${key}"; ${issue.path.length ? '' : suggest(key)}allowed: ${issue.path.length ? 'publisher, title, url, date' : STORY_FIELDS.join(', ')}`,
          );
        }
        continue;
      }
      const path = issue.path as (string | number)[];
      const field = path.join('.');
      let value: unknown = parsed.data;
      for (const seg of path) value = (value as Record<string | number, unknown> | undefined)?.[seg];
      const at = locate(frontLines, path);
      if (value === undefined && issue.code === 'invalid_type') {
        add(
          at.line,
          at.column,
          `missing field "${field}" (${issue.message.replace(/^Invalid input: /, '')})`,
        );
      } else {
        const got = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
        const msg = issue.message.includes('(got') ? issue.message : `${issue.message} (got ${got})`;
        add(at.line, at.column, `${field}: ${msg}`);
      }
    }
  }

  // The body, with the frontmatter blanked so line numbers match the file.
  const fmLineCount = input.text.slice(0, input.text.length - parsed.content.length).split('\n').length - 1;
  const body = '\n'.repeat(fmLineCount) + parsed.content;
  const file = new VFile({ path: input.file, value: body });
  try {
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(storyRemarkPlugins({ data: () => o.data, base: o.base, site: () => o.site }))
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file);
  } catch (e) {
    if (e instanceof MarkdownProblemsError) for (const p of e.problems) add(p.line, p.column, p.message);
    else {
      const err = e as { line?: number; column?: number; message?: string; reason?: string };
      add(err.line ?? 1, err.column ?? 1, err.reason ?? err.message ?? String(e));
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Problems across stories: duplicate slugs (case-insensitive) and duplicate titles. */
export function checkAcrossStories(inputs: readonly StoryInput[]): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const slugs = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const s of inputs) {
    const slug = (s.file.split('/').pop() ?? '').replace(/\.md$/, '').toLowerCase();
    const other = slugs.get(slug);
    if (other)
      problems.push({
        file: s.file,
        line: 1,
        column: 1,
        message: `duplicate slug "${slug}": ${other} has the same address /stories/${slug}/`,
      });
    else slugs.set(slug, s.file);
    try {
      const title = String(matter(s.text).data['title'] ?? '')
        .trim()
        .toLowerCase();
      const t = titles.get(title);
      if (title && t)
        problems.push({
          file: s.file,
          line: 2,
          column: 1,
          message: `duplicate title: ${t} has the same title`,
        });
      else if (title) titles.set(title, s.file);
    } catch {
      // YAML problems are reported by checkStory.
    }
  }
  return problems;
}
