/**
 * Issue 11, items 4 and 13: a story's local image is re-encoded by Astro's image pipeline and
 * published with its width and height, and an SVG stops the build before anything is built.
 * Builds a one-story site (INSPECTED_STORIES_DIR, no write-ups: INSPECTED_WRITEUPS_DIR) into
 * dist-images/.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pngOf } from '../helpers/images';
import { npmBuild } from '../helpers/run-command';
import { STORY } from '../helpers/story-fixture';

const OUT = 'dist-images';

// No inspection write-ups: the site's own link to its stories, which this one-story site does not
// have (the content check would refuse them).
const build = (storiesDir: string) =>
  npmBuild({
    OUT_DIR: OUT,
    INSPECTED_STORIES_DIR: storiesDir,
    INSPECTED_WRITEUPS_DIR: mkdtempSync(join(tmpdir(), 'image-writeups-')),
  });

function storiesWith(body: string, images: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'image-stories-'));
  mkdirSync(join(dir, 'images'));
  for (const [name, bytes] of Object.entries(images)) writeFileSync(join(dir, 'images', name), bytes);
  writeFileSync(join(dir, 'havering-pictured.md'), STORY + body);
  return dir;
}

test('a local image is optimised by Astro, with width and height set', { timeout: 600_000 }, async () => {
  rmSync(OUT, { recursive: true, force: true });
  const dir = storiesWith('\n![Grey stripes, forty pixels by twenty](./images/stripes.png)\n', {
    'stripes.png': pngOf(40, 20),
  });
  const r = await build(dir);
  expect(r.code, r.output.split('\n').slice(-30).join('\n')).toBe(0);
  const html = readFileSync(join(OUT, 'stories', 'havering-pictured', 'index.html'), 'utf8');
  const img = /<img [^>]*alt="Grey stripes, forty pixels by twenty"[^>]*>/.exec(html)?.[0] ?? '';
  expect(img).toMatch(/ width="40"/);
  expect(img).toMatch(/ height="20"/);
  // Re-encoded by the pipeline (WebP by default) and served from the site's own assets.
  const src = / src="([^"]+)"/.exec(img)?.[1] ?? '';
  expect(src).toMatch(/^\/assets\/stripes\.[\w-]+\.webp$/);
  expect(existsSync(join(OUT, src))).toBe(true);
  expect(
    readdirSync(join(OUT, 'assets')).filter((f) => f.endsWith('.png') && f.startsWith('stripes')),
  ).toEqual([]);
  rmSync(OUT, { recursive: true, force: true });
});

test('an SVG image stops the build at the check, naming file:line', { timeout: 600_000 }, async () => {
  rmSync(OUT, { recursive: true, force: true });
  const dir = storiesWith('\n![x](./images/evil.svg)\n', {
    'evil.svg': '<svg><script>alert(1)</script></svg>',
  });
  const r = await build(dir);
  expect(r.code).not.toBe(0);
  expect(r.output).toMatch(/havering-pictured\.md:19:1 image "\.\/images\/evil\.svg" is an SVG/);
  expect(existsSync(OUT)).toBe(false);
});
