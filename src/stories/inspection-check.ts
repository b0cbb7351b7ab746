/**
 * Checking editors' write-ups of single inspections (`content/inspections/<id>.md`) without a
 * build: the file name must be an inspection's page id; the story fields and the Markdown body
 * go through the stories' own check (src/stories/check.ts, unchanged), and the write-up's own
 * fields (summary, quotes, corrections) through their schema. Every problem is returned as
 * `file:line:column message`, all at once.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { Dataset } from '../data/types';
import type { SiteIndex } from '../config/site-paths';
import {
  checkAcrossStories,
  checkStory,
  locate,
  parseYaml,
  type CheckOptions,
  type StoryInput,
  type StoryProblem,
} from './check';
import { STORY_FIELDS } from './schema';
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
    const [a, b] = [word, c];
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let diag = prev[0] ?? 0;
      prev[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = prev[j] ?? 0;
        prev[j] = Math.min(
          (prev[j] ?? 0) + 1,
          (prev[j - 1] ?? 0) + 1,
          diag + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        diag = tmp;
      }
    }
    const d = prev[b.length] ?? 0;
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

const STORY_ALLOWED = `allowed: ${STORY_FIELDS.join(', ')}`;

export function checkWriteUp(input: StoryInput, o: WriteUpCheckOptions): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const add = (line: number, column: number, message: string) =>
    problems.push({ file: input.file, line, column, message });
  const id = (input.file.split('/').pop() ?? '').replace(/\.md$/, '');
  if (!o.pageIds.has(id)) {
    const hint = closest(id, o.pageIds);
    add(
      1,
      1,
      `no inspection has the page /inspections/${id}/; ${hint ? `did you mean "${hint}.md"? ` : ''}expected the file to be named after an inspection's page id, e.g. havering-2024-ilacs.md (the end of its address)`,
    );
  }

  // Story fields and body: the stories' check, on the text without the write-up's own fields.
  for (const p of checkStory({ file: input.file, text: withoutWriteUpFields(input.text) }, o))
    problems.push({
      ...p,
      message: p.message.includes(STORY_ALLOWED)
        ? p.message.replace(STORY_ALLOWED, `allowed: ${WRITE_UP_FIELDS.join(', ')}`)
        : p.message,
    });

  // The write-up's own fields.
  const fm = frontmatterLines(input.text);
  if (!fm) return problems; // reported by the stories' check
  const frontLines = fm.lines.slice(1, fm.end);
  let parsed: Record<string, unknown>;
  try {
    parsed = parseYaml(frontLines.join('\n'));
  } catch {
    return problems; // reported by the stories' check
  }
  const ctx = {
    authorities: new Set(o.data.authorities.keys()),
    inspections: new Set(o.data.inspections.map((i) => i.id)),
    today: o.today,
  };
  const result = z.object(writeUpExtraShape(ctx)).safeParse(parsed);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const at = locate(frontLines, [...path, key]);
          const allowed = path[0] === 'quotes' ? 'text, by' : 'date, text';
          add(at.line, at.column, `unknown field "${key}" in ${path.join('.')}; allowed: ${allowed}`);
        }
        continue;
      }
      let value: unknown = parsed;
      for (const seg of path) value = (value as Record<string | number, unknown> | undefined)?.[seg];
      const at = locate(frontLines, path);
      const field = path.join('.');
      if (value === undefined)
        add(
          at.line,
          at.column,
          `missing field "${field}" (${issue.message.replace(/^Invalid input: /, '')})`,
        );
      else {
        const msg = issue.message.includes('(got')
          ? issue.message
          : `${issue.message} (got ${JSON.stringify(value)})`;
        add(at.line, at.column, `${field}: ${msg}`);
      }
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Every write-up in `dir`: each file checked, then duplicate titles across them. Only ordinary
 * `.md` files are read; anything else named `.md` (a folder, a link) is refused by name.
 */
export function checkWriteUps(
  dir: string,
  o: { data: Dataset; site: SiteIndex; base: string; today: string; pageIds: ReadonlySet<string> },
): StoryProblem[] {
  if (!existsSync(dir)) return [];
  const problems: StoryProblem[] = [];
  const inputs: StoryInput[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    if (!lstatSync(path).isFile()) {
      problems.push({
        file,
        line: 1,
        column: 1,
        message: 'not an ordinary file (a folder or a link); expected a Markdown file',
      });
      continue;
    }
    inputs.push({ file, text: readFileSync(path, 'utf8') });
  }
  for (const input of inputs) problems.push(...checkWriteUp(input, o));
  problems.push(...checkAcrossStories(inputs));
  return problems;
}
