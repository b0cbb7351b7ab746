/**
 * Issue 11, items 11 and 12: the build's stories loader (src/stories/loader.ts). A broken story
 * stops `npm run build` with every problem as file:line; under `npm run dev` the server keeps
 * running and every page listing stories throws an error naming file:line (Astro shows it as
 * its error page), where Astro's glob loader logged the error and served an empty page.
 * Links, folders named x.md and pipes are refused by name.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_TYPE_NAMES } from '../../src/charts/registry';
import { displayPath } from '../../src/markdown/problems';
import { registeredProblems, throwIfStoryProblems } from '../../src/stories/registry';
import { loadStories } from '../helpers/story-loader';
import { STORY } from '../helpers/story-fixture';

function storiesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'loader-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const BROKEN =
  STORY.replace('authorities: [havering]', 'authorities: [haveringg]').replace(
    'rated inadequate"',
    'judged inadequate"',
  ) + '\n::chart{type="nope"}\n';

describe('stories loader', () => {
  it('stores valid stories rendered by Astro’s Markdown processor with the site’s plugins', async () => {
    const r = await loadStories(storiesDir({ 'havering-story.md': STORY }), { dev: false });
    expect(r.error).toBeUndefined();
    expect(r.stored).toEqual(['havering-story']);
    const entry = r.entries.get('havering-story');
    expect(entry?.data['title']).toBe('Havering rated inadequate');
    expect(entry?.rendered?.html).toContain('class="badge badge--inadequate"');
  });

  it('stops the build with every problem of a broken story as file:line', async () => {
    const dir = storiesDir({ 'good.md': STORY, 'broken.md': BROKEN });
    const r = await loadStories(dir, { dev: false });
    const file = displayPath(join(dir, 'broken.md'));
    expect(r.error?.name).toBe('StoryProblemsError');
    expect(r.error?.message.split('\n').slice(1)).toEqual([
      `${file}:5:1 authorities.0: unknown council "haveringg"; did you mean "havering"? expected a council's slug, the end of its address /authorities/<slug>/ (data/authorities.csv), e.g. haringey (got "haveringg")`,
      `${file}:19:1 unknown chart type "nope"; allowed: ${CHART_TYPE_NAMES.join(', ')}`,
    ]);
    // A Markdown problem is found by rendering, with the file's own line.
    const md = await loadStories(storiesDir({ 'broken.md': STORY + '\n::chart{type="nope"}\n' }), {
      dev: false,
    });
    expect(md.error?.message).toMatch(/broken\.md:19:1 unknown chart type "nope"/);
    expect(md.stored).toEqual([]);
  });

  it('under npm run dev, keeps serving and makes story pages an error naming file:line', async () => {
    const dir = storiesDir({ 'good.md': STORY, 'broken.md': BROKEN });
    const r = await loadStories(dir, { dev: true });
    expect(r.error).toBeUndefined();
    expect(r.stored).toEqual(['good']); // never a half-built page for the broken one
    const file = displayPath(join(dir, 'broken.md'));
    expect(registeredProblems().map((p) => `${p.file}:${p.line}`)).toEqual([`${file}:5`, `${file}:19`]);
    expect(() => throwIfStoryProblems()).toThrow(`${file}:5:1 authorities.0: unknown council "haveringg"`);
    expect(r.logged.join('\n')).toContain(`${file}:5:1`);
    // Fixing the file clears the error on the next change event.
    writeFileSync(join(dir, 'broken.md'), STORY.replace('Havering rated', 'Havering judged'));
    r.watcher?.emit('change', join(dir, 'broken.md'));
    await new Promise((ok) => setTimeout(ok, 200));
    await expect.poll(() => registeredProblems().length, { timeout: 10_000 }).toBe(0);
    expect(() => throwIfStoryProblems()).not.toThrow();
  });

  it('refuses a story that is a link (to a file outside), a folder named x.md or a pipe, by name', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'secret.md'), STORY.replace('Havering rated inadequate', 'SECRET-OUTSIDE'));
    const dir = storiesDir({ 'good.md': STORY });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'linked.md'));
    mkdirSync(join(dir, 'folder.md'));
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const r = await loadStories(dir, { dev: false });
    const lines = r.error?.message.split('\n').slice(1) ?? [];
    const rel = (n: string) => displayPath(join(dir, n));
    expect(lines).toEqual([
      `${rel('folder.md')}:1:1 the story is a folder, not an ordinary file`,
      `${rel('linked.md')}:1:1 the story is a symbolic link; links are not followed: replace it with the file itself`,
      `${rel('pipe.md')}:1:1 the story is a named pipe, not an ordinary file`,
    ]);
    expect(r.error?.message).not.toContain('SECRET-OUTSIDE');
  });
});
