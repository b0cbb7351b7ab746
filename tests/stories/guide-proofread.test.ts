/**
 * docs/editing.md proofread against the code: every command, option, path and field it names
 * exists, and its tables of frontmatter fields and chart types list exactly what the code accepts.
 * (The messages it quotes are checked by tests/stories/editing-guide.test.ts.)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_TYPE_NAMES } from '../../src/charts/registry';
import { STORY_FIELDS } from '../../src/stories/schema';
import { WRITE_UP_EXTRA_FIELDS } from '../../src/stories/inspection-schema';

const root = join(import.meta.dirname, '../..');
const guide = readFileSync(join(root, 'docs/editing.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
/** Spans in backticks and lines of fenced code: where the guide names things to type. */
const codeSpans = [...guide.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
const fenced = [...guide.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n'));
const typed = [...codeSpans, ...fenced];

/** A section of the guide: from its heading to the next heading of the same level. */
function section(heading: string): string {
  const start = guide.indexOf(`\n## ${heading}`);
  expect(start, heading).toBeGreaterThan(-1);
  const end = guide.indexOf('\n## ', start + 1);
  return guide.slice(start, end < 0 ? undefined : end);
}

/** The first column of every table row in `text` that starts with a code span. */
const firstColumn = (text: string) => [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? '');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}
const scriptSource = [...filesUnder(join(root, 'scripts')), join(root, 'package.json')]
  .filter((f) => /\.(ts|mjs|json)$/.test(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('docs/editing.md names only what exists', () => {
  it('every npm command is a script in package.json', () => {
    const commands = [
      ...new Set(typed.flatMap((t) => [...t.matchAll(/\bnpm run ([\w:-]+)/g)].map((m) => m[1] ?? ''))),
    ];
    expect(commands.length).toBeGreaterThan(3);
    expect(commands.filter((c) => !(c in pkg.scripts))).toEqual([]);
  });

  it('every command-line option is one a script reads', () => {
    const options = [
      ...new Set(typed.flatMap((t) => [...t.matchAll(/(?:^|\s)--([a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''))),
    ];
    expect(options.length).toBeGreaterThan(2);
    expect(options.filter((o) => !scriptSource.includes(o))).toEqual([]);
  });

  it('every file and folder of the project it names exists', () => {
    const paths = [
      ...new Set(
        typed.flatMap((t) =>
          [...t.matchAll(/(?:^|[\s(`"])((?:content|data|src|scripts|docs|tests|public)\/[\w./-]*)/g)].map(
            (m) => m[1] ?? '',
          ),
        ),
      ),
    ]
      // A placeholder (content/stories/<slug>.md), an example image in a message, or a file the
      // refresh writes (data/CHANGES.md) names no file of the repository.
      .filter(
        (p) => !/[<*]/.test(p) && !/\.(png|jpe?g|webp|avif|svg|gif)$/.test(p) && p !== 'data/CHANGES.md',
      );
    expect(paths.length).toBeGreaterThan(10);
    const examples = new Set(
      [...guide.matchAll(/(?:create|creates|add|adds|save|Save|put|Put)\s+`([^`]+)`/g)].map(
        (m) => m[1] ?? '',
      ),
    );
    expect(
      paths.filter((p) => !examples.has(p) && !existsSync(join(root, p.replace(/[.,:;]$/, '')))),
    ).toEqual([]);
  });

  it('the frontmatter table lists exactly the fields a story takes', () => {
    expect(new Set(firstColumn(section('2. Frontmatter')))).toEqual(new Set(STORY_FIELDS));
  });

  it('the write-up section names each of a write-up’s own fields', () => {
    const text = section('9a. Writing up one inspection');
    for (const f of WRITE_UP_EXTRA_FIELDS) expect(text, f).toContain(`\`${f}\``);
  });

  it('the chart table lists exactly the chart types', () => {
    expect(new Set(firstColumn(section('4. Charts')))).toEqual(new Set(CHART_TYPE_NAMES));
  });
});
