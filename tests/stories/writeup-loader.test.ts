/**
 * Issue 11: editors' write-ups of inspections (content/inspections/) load through the build's
 * own loader (src/stories/loader.ts), as stories do (tests/stories/loader.test.ts), never through
 * Astro's glob loader: `---js` frontmatter is refused and never run, links and files outside the
 * folder are refused by name without their contents showing, oversized files are refused, and a
 * production build leaves a draft out before it is rendered or stored.
 */
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/config/limits';
import { displayPath } from '../../src/markdown/problems';
import { registeredProblems, throwIfStoryProblems } from '../../src/stories/registry';
import { loadWriteUps } from '../helpers/story-loader';
import { writeUpFront } from '../helpers/story-fixture';

const root = mkdtempSync(join(tmpdir(), 'writeup-loader-'));
const marker = join(root, 'ran.txt');
const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;

/** A valid write-up of the fixture dataset's Havering inspection (tests/helpers/dataset-fixture.ts). */
function writeUp(o: { title?: string; draft?: boolean; body?: string } = {}): string {
  return `${writeUpFront(o)}
${o.body ?? 'Havering was rated :grade[inadequate].'}
`;
}

const NAME = 'havering-2024-ilacs.md';

function writeUpsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'write-ups-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

afterEach(() => rmSync(marker, { force: true }));

describe('write-ups loader', () => {
  it('stores a valid write-up, its own fields validated and its body rendered with the site’s plugins', async () => {
    const r = await loadWriteUps(writeUpsDir({ [NAME]: writeUp() }), { dev: false });
    expect(r.error).toBeUndefined();
    expect(r.stored).toEqual(['havering-2024-ilacs']);
    const entry = r.entries.get('havering-2024-ilacs');
    expect(entry?.data['quotes']).toEqual([
      { text: 'widespread drift and delay', by: 'Ofsted inspectors, February 2024' },
    ]);
    expect(entry?.rendered?.html).toContain('class="badge badge--inadequate"');
  });

  it('refuses ---js frontmatter without running it, and stops the build naming file:line', async () => {
    const payloads = [
      `---js\n${code}\n---\n\nText.\n`,
      `--- javascript\n({ title: (${code}, 'x') })\n---\n\nText.\n`,
      writeUp().replace(
        '  - text: "widespread drift and delay"',
        `  - text: !!js/function "function () { ${code} }"`,
      ),
    ];
    const dir = writeUpsDir({
      [NAME]: payloads[0] ?? '',
      'haringey-2014-sif.md': payloads[1] ?? '',
      'haringey-2008-jar.md': payloads[2] ?? '',
    });
    const r = await loadWriteUps(dir, { dev: false });
    expect(existsSync(marker)).toBe(false);
    expect(r.stored).toEqual([]);
    const lines = r.error?.message.split('\n').slice(1) ?? [];
    const file = (n: string) => displayPath(join(dir, n));
    expect(lines).toContainEqual(
      `${file(NAME)}:1:4 the frontmatter must open with a line of just --- (found "---js"); frontmatter is YAML only, and no other language (js, json, coffee...) is accepted or run`,
    );
    expect(
      lines.some((l) => l.startsWith(`${file('haringey-2014-sif.md')}:1:4 the frontmatter must open`)),
    ).toBe(true);
    // A tag inside the write-up's own fields (quotes) is refused too, with its line.
    expect(
      lines.some(
        (l) =>
          l.startsWith(`${file('haringey-2008-jar.md')}:17:`) &&
          l.includes(' YAML tags (such as !!js/function'),
      ),
    ).toBe(true);
    expect(r.error?.message).not.toContain('writeFileSync');
  });

  it('refuses a write-up that is a link to a file outside its folder, without showing its text', async () => {
    const outside = mkdtempSync(join(root, 'outside-'));
    writeFileSync(join(outside, 'secret.md'), writeUp({ title: 'SECRET-OUTSIDE write-up' }));
    const dir = writeUpsDir({});
    symlinkSync(join(outside, 'secret.md'), join(dir, NAME));
    const r = await loadWriteUps(dir, { dev: false });
    expect(r.error?.message.split('\n').slice(1)).toEqual([
      `${displayPath(join(dir, NAME))}:1:1 the write-up is a symbolic link; links are not followed: replace it with the file itself`,
    ]);
    expect(r.error?.message).not.toContain('SECRET-OUTSIDE');
    expect(r.stored).toEqual([]);
  });

  it('refuses a write-up over the size limit', async () => {
    const big = writeUp({ body: 'x'.repeat(LIMITS.storyBytes) });
    const dir = writeUpsDir({ [NAME]: big });
    const r = await loadWriteUps(dir, { dev: false });
    expect(r.error?.message.split('\n').slice(1)).toEqual([
      `${displayPath(join(dir, NAME))}:1:1 the write-up is ${Math.ceil(Buffer.byteLength(big) / 1024)} KB; the limit is ${LIMITS.storyBytes / 1024} KB`,
    ]);
    expect(r.stored).toEqual([]);
  });

  it('leaves a draft out of a production build before rendering it, and keeps it under npm run dev', async () => {
    // The draft's body would fail to render: a build that rendered it would stop.
    const draft = writeUp({
      draft: true,
      title: 'Haringey, a draft',
      body: 'Not ready.\n\n::chart{type="no-such-chart"}',
    });
    const dir = writeUpsDir({ [NAME]: writeUp(), 'haringey-2008-jar.md': draft });
    const build = await loadWriteUps(dir, { dev: false });
    expect(build.error).toBeUndefined();
    expect(build.stored).toEqual(['havering-2024-ilacs']);

    const fine = writeUpsDir({
      'haringey-2008-jar.md': writeUp({ draft: true, title: 'Haringey, a draft', body: 'Not ready.' }),
    });
    const saved = process.argv;
    process.argv = [saved[0] ?? 'node', 'astro', 'dev'];
    try {
      const dev = await loadWriteUps(fine, { dev: true });
      expect(dev.error).toBeUndefined();
      expect(dev.stored).toEqual(['haringey-2008-jar']);
    } finally {
      process.argv = saved;
    }
  });

  it('under npm run dev, keeps serving and makes pages an error naming file:line', async () => {
    const dir = writeUpsDir({
      [NAME]: writeUp(),
      'haringey-2008-jar.md': writeUp({ title: 'Haringey, 2008', body: '::chart{type="nope"}' }),
    });
    const r = await loadWriteUps(dir, { dev: true });
    expect(r.error).toBeUndefined();
    expect(r.stored).toEqual(['havering-2024-ilacs']);
    const file = displayPath(join(dir, 'haringey-2008-jar.md'));
    expect(registeredProblems().map((p) => `${p.file}:${p.line}`)).toContain(`${file}:22`);
    expect(() => throwIfStoryProblems()).toThrow(`${file}:22:1 unknown chart type "nope"`);
  });

  it('refuses a file not named after an inspection page, as npm run check does', async () => {
    const dir = writeUpsDir({ 'havering-2024-ilac.md': writeUp() });
    const r = await loadWriteUps(dir, { dev: false });
    expect(r.error?.message).toContain(
      `${displayPath(join(dir, 'havering-2024-ilac.md'))}:1:1 no inspection has the page /inspections/havering-2024-ilac/; did you mean "havering-2024-ilacs.md"?`,
    );
  });
});
