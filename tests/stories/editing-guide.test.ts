/**
 * docs/editing.md lists every check with the message an editor will see. Each example in its
 * tables is produced here from a broken input and must appear in the guide word for word, so
 * the guide cannot drift from the code.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/config/limits';
import { buildDataset, DataValidationError } from '../../src/data/load';
import { formatProblem } from '../../src/data/schema';
import { checkAcrossStories } from '../../src/stories/check';
import { validDataTexts } from '../helpers/dataset-fixture';
import { PNG } from '../helpers/images';
import { check, FRONT, STORY } from '../helpers/story-fixture';
import { loadStories, loadWriteUps } from '../helpers/story-loader';

const guide = readFileSync(join(import.meta.dirname, '../../docs/editing.md'), 'utf8');

/** The message of a `file:line:column message` line. */
const message = (line: string | undefined) => (line ?? '').replace(/^.*?\.(md|csv):\d+:\d+ /, '');

function expectInGuide(lines: readonly string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines)
    expect(guide, `not in docs/editing.md: ${message(l)}`).toContain('`' + message(l) + '`');
}

const body = (b: string) => check(FRONT + b);

describe('docs/editing.md shows the messages the check gives', () => {
  it('frontmatter', () => {
    expectInGuide([
      ...check('No frontmatter.\n'),
      ...check(STORY.replace(/^---\n/, '---js\n')),
      ...check(STORY.replace(/---\n\n/, '\n')),
      ...check(STORY.replace('title: "Havering rated inadequate"', 'a: &a x\ntitle: *a')),
      ...check(STORY.replace('title: "Havering rated inadequate"', 'title: !!js/function "x"')),
      ...check(STORY.replace('tags: [havering]', `tags: ${'['.repeat(12)}${']'.repeat(12)}`)),
      ...check('---\n- a list\n---\n'),
      ...check(STORY.replace(/^byline:.*\n/m, '')),
      ...check(STORY.replace('standfirst:', 'standfrist:')).slice(1),
      ...check(STORY.replace('"Havering rated inadequate"', '"Havering\\u0001 rated inadequate"')),
      ...check(STORY.replace('byline: "Inspected data team"', 'byline: "  "')),
      ...check(STORY.replace('Havering rated inadequate', 'Ofst')),
      ...check(STORY.replace('title: "Havering rated inadequate"', 'title: 2026-01-01')),
      ...check(STORY.replace('title: "Havering rated inadequate"', 'title: 20260101')),
      ...check(STORY.replace('published: 2024-02-20', 'published: 2024-02-31')),
      ...check(STORY.replace('authorities: [havering]', 'authorities: [haringay]')),
      ...check(STORY.replace('tags: [havering]', 'tags: [Care Leavers]')),
      ...check(STORY.replace(/sources:\n(.*\n){4}/, 'sources: []\n')),
      ...check(STORY.replace('draft: false', 'draft: false # \u200B')),
    ]);
  });

  it('the body', () => {
    expectInGuide([
      ...body('\nA \u202Eb.\n'),
      ...body('\n[a](javascript:alert(1)) [b](/authorities/hackney/) [c](http://example.org)\n'),
      ...body(
        '\n::chart{type="trajectory" authority="havering" age="17-18"}\n\n::chart{type="trajectory"}\n',
      ),
      ...body('\nThe grades ::chart{type="trajectory" authority="havering"} fell.\n'),
      ...body('\n- ::chart{type="trajectory" authority="havering"}\n\n:chart[x]\n'),
      ...body('\n' + '::chart{type="trajectory" authority="havering"}\n\n'.repeat(LIMITS.chartsPerStory + 1)),
      ...body('\n:::factbox{title="a"}\n:::pullquote{cite="b"}\nq\n:::\n:::\n'),
      ...body('\n:::factbox{title="a"}\n- x\n'),
      ...body('\n- :::factbox{title="a"}\n  x\n  :::\n'),
      ...body('\n:::factbox title="x"\n'),
      ...body('\n::map{a="b"}\n\n:::sidebar\nx\n:::\n\n:note[x]\n\nSee ::map here.\n'),
      ...body('\n:::pullquote\n"q"\n:::\n\nRated :grade[gud].\n'),
      ...body(
        '\nOf the 114 current councils, most were rated.\n\nIn all, 19 councils were rated inadequate.\n',
      ),
      ...body(
        '\n:stat{measure="councils-transition"} :stat{measure="councils-transition" direction="down"}\n\n' +
          ':stat{measure="councils-transition" direction="fell" steps="4"} :stat{measure="councils-transition" direction="same" steps="2"}\n',
      ),
      ...body(
        '\n![](https://example.net/p.png)\n\n![x](/p.png)\n\n![x](../secret.png)\n\n![x](./images/nope.png)\n',
      ),
    ]);
  });

  it('images', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-'));
    mkdirSync(join(dir, 'images'));
    writeFileSync(join(dir, 'images', 'logo.svg'), '<svg></svg>');
    writeFileSync(join(dir, 'images', 'x.gif'), 'GIF89a');
    writeFileSync(join(dir, 'images', 'photo.jpg'), PNG);
    writeFileSync(join(dir, 'real.png'), PNG);
    symlinkSync(join(dir, 'real.png'), join(dir, 'images', 'x.png'));
    expectInGuide(
      check(
        FRONT +
          '\n![x](./images/logo.svg)\n\n![x](./images/x.gif)\n\n![x](./images/photo.jpg)\n\n![x](./images/x.png)\n',
        join(dir, 'story.md'),
      ),
    );
  });

  it('the story file and stories together', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-'));
    mkdirSync(join(dir, 'x.md'));
    symlinkSync('/etc/hostname', join(dir, 'y.md'));
    const r = await loadStories(dir, { dev: false });
    expectInGuide(r.error?.message.split('\n').slice(1) ?? []);
    expectInGuide(
      check(STORY, 'content/stories/Havering Story.md').map((l) =>
        l.replace('"Havering Story.md"', '"<name>"'),
      ),
    );
    expectInGuide(
      check(STORY + 'x'.repeat(LIMITS.storyBytes)).map((l) => l.replace(/is \d+ KB/, 'is <n> KB')),
    );
  });

  it('a write-up that is a link (section 9a), as the build reads it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-'));
    symlinkSync('/etc/hostname', join(dir, 'havering-2024-ilacs.md'));
    const r = await loadWriteUps(dir, { dev: false });
    expectInGuide(r.error?.message.split('\n').slice(1) ?? []);
  });

  it('data files', () => {
    const t = validDataTexts();
    t.curatedEvents = t.curatedEvents.replace('Joint area review', 'Joint\u0007 area review');
    try {
      buildDataset(t);
    } catch (e) {
      expectInGuide((e as DataValidationError).problems.map(formatProblem));
      return;
    }
    throw new Error('expected a DataValidationError');
  });

  it('look-alike and duplicate titles', () => {
    const lines = checkAcrossStories([
      { file: 'content/stories/a.md', text: STORY },
      { file: 'content/stories/b.md', text: STORY },
    ]).map(
      (p) => `${p.file}:${p.line}:${p.column} ${p.message.replace('content/stories/a.md', '<other file>')}`,
    );
    expectInGuide(lines);
  });
});
